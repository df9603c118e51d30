"""Paid requests/s of a Python agent paying a Go mailroom in the token
(issue 14): `mailroom node`, `mailroom serve --price 0.25tUSDC`, one
AgentMailroom(asset="token") sending BENCH_REQUESTS (default 200) requests
in sequence after one warm-up request (which opens the channel). Prints
JSON with `uptime` before and after; bounded in count.

    MAILROOM_CLI=build/python-agent/mailroom .venv/bin/python tools/bench_token.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PKG = HERE.parent
sys.path.insert(0, str(PKG / "src"))
sys.path.insert(0, str(PKG / "tests_agent"))

from eth_account import Account  # noqa: E402

from conftest import GoMailroom, Node  # noqa: E402  (the tests' real parts)
from test_token import give_tokens  # noqa: E402

from agent_mailroom import AgentMailroom  # noqa: E402

REQUESTS = int(os.environ.get("BENCH_REQUESTS", "200"))


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def main() -> None:
    out: dict[str, Any] = {"uptime_before": uptime()}
    with tempfile.TemporaryDirectory() as td:
        d = Path(td)
        node = Node(d)
        try:
            bob = GoMailroom(node, 5, "0.001ether", d, ("--price", "0.25tUSDC", "--min-withdraw-delay", "0"))
            try:
                key = node.fresh_key("1ether")
                give_tokens(node, Account.from_key(key).address, 10**12)
                a = AgentMailroom(key, node.w3, deployments=str(node.deployments), asset="token", deposit=10**11,
                                  store=d / "alice.sqlite")
                a.registry.register_agent(capabilities=["bench"])
                a.request(bob.did, {"warm": 1})
                t0 = time.perf_counter()
                for n in range(REQUESTS):
                    r = a.request(bob.did, {"n": n})
                    assert r.receipt is not None and r.price == 250_000
                el = time.perf_counter() - t0
                out["token_agent_to_go"] = {"requests": REQUESTS, "seconds": round(el, 2), "rps": round(REQUESTS / el, 1),
                                            "ms_per_request": round(1000 * el / REQUESTS, 2),
                                            "nonces_used": a.store.next_nonce(bob.address)}
                a.close()
            finally:
                bob.stop()
        finally:
            node.stop()
    out["uptime_after"] = uptime()
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
