"""The README quickstart with an installed agent_mailroom (tools/test_install.sh):
mailroom node on a free port, Bob (dev account 2) registered and serving,
Alice a fresh funded key; the block runs as written (the port replaced),
then Bob settles and claims exactly 2 x his rate. Prints one line:
'install: 1 passed, 0 failed'."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> int:
    readme, cli = Path(sys.argv[1]), os.environ["MAILROOM_CLI"]
    block = re.search(r"## Quickstart\n.*?```python\n(.*?)```", readme.read_text(), re.S)
    assert block, "no quickstart block"
    d = Path(tempfile.mkdtemp())
    port, bport = free_port(), free_port()
    env = {**os.environ, "MAILROOM_DEPLOYMENTS": str(d / "deployments.json"), "MAILROOM_AGENT_HOME": str(d / "agents")}
    os.environ.update(env)
    procs = []

    def start(args: list[str], log: str, ready: str) -> None:
        f = open(d / log, "wb")
        p = subprocess.Popen([cli, *args], cwd=d, stdout=f, stderr=subprocess.STDOUT, env=env)
        procs.append(p)
        end = time.monotonic() + 60
        while ready not in (d / log).read_text(errors="replace"):
            if p.poll() is not None or time.monotonic() > end:
                raise SystemExit(f"{args[0]} did not start: {(d / log).read_text(errors='replace')}")
            time.sleep(0.05)

    def run(*args: str) -> str:
        return subprocess.run([cli, *args], cwd=d, env=env, check=True, capture_output=True, text=True).stdout

    try:
        start(["node", "--port", str(port)], "node.log", "listening on")
        while not (d / "deployments.json").exists():
            time.sleep(0.05)
        run("register", "--dev-account", "2", "--endpoint", f"http://127.0.0.1:{bport}/task", "--rate", "0.001ether")
        start(["serve", "--dev-account", "2", "--listen", f"127.0.0.1:{bport}", "--store", str(d / "bob")], "serve.log", "serving on")
        run("keygen", "--out", str(d / "alice.key"))
        alice_key = (d / "alice.key").read_text().split()[0]
        from eth_account import Account
        run("fund", Account.from_key(alice_key).address, "1ether")
        ns = {"alice_key": alice_key}
        exec(compile(block.group(1).replace("http://127.0.0.1:8545", f"http://127.0.0.1:{port}"), "README quickstart", "exec"), ns)
        agent = ns["agent_mailroom"]
        st = agent.channel_manager.channel_to(ns["bob_profile"].address)
        assert ns["response"].receipt["cumulativeAmount"] == str(2 * 10**15), ns["response"].receipt
        run("settle", "--dev-account", "2", "--store", str(d / "bob"))
        ch = agent.channel_manager.get_channel(st["channelId"])
        assert ch is not None and ch.claimed == 2 * 10**15, ch
        print(json.dumps({"did": agent.did, "claimed": ch.claimed}))
        print("install: 1 passed, 0 failed")
        return 0
    finally:
        for p in procs:
            p.terminate()
            p.wait(15)


if __name__ == "__main__":
    sys.exit(main())
