"""Real parts for the agent tests: `mailroom node` on a free loopback port
with its own deployments file, Go mailrooms (`mailroom serve`), FastAPI apps
behind the middleware under uvicorn, all on 127.0.0.1, all stopped at the
end. The CLI is $MAILROOM_CLI or build/python-agent/mailroom (`make
test-python-agent` builds it); without it the tests skip, and fail when
CI=true."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Iterator, Optional

import pytest
from eth_account import Account
from web3 import Web3

HERE = Path(__file__).parent
PKG = HERE.parent
REPO = HERE.parents[2]
CLI = Path(os.environ.get("MAILROOM_CLI") or REPO / "build" / "python-agent" / "mailroom")
MNEMONIC = "test test test test test test test test test test test junk"
ACCOUNTS = 40
"""The dev accounts `mailroom node` funds; 3 and up go to the tests' mailrooms, one each."""
Account.enable_unaudited_hdwallet_features()


def need(ok: bool, why: str) -> None:
    """Skip (fail under CI=true) when a part the test needs is missing."""
    if not ok:
        if os.environ.get("CI") == "true":
            pytest.fail(why + " (CI=true: missing parts fail)")
        pytest.skip(why)


def dev_key(i: int) -> str:
    """Dev account i of the test mnemonic, derived by eth-account (an independent check of the CLI's)."""
    return "0x" + bytes(Account.from_mnemonic(MNEMONIC, account_path=f"m/44'/60'/0'/0/{i}").key).hex()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Proc:
    """A child process whose output goes to a log file."""

    def __init__(self, args: list[str], cwd: Path, log: Path, env: Optional[dict[str, str]] = None) -> None:
        self.log = log
        self.args = args
        self.f = open(log, "wb")
        self.p = subprocess.Popen(args, cwd=cwd, stdout=self.f, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})

    def wait_for(self, text: str, timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if text in self.log.read_text(errors="replace"):
                return
            if self.p.poll() is not None:
                raise RuntimeError(f"{self.args[:2]} exited {self.p.returncode}:\n{self.log.read_text(errors='replace')[-3000:]}")
            time.sleep(0.05)
        raise RuntimeError(f"{self.args[:2]}: no {text!r} after {timeout} s:\n{self.log.read_text(errors='replace')[-3000:]}")

    def stop(self) -> None:
        if self.p.poll() is None:
            self.p.terminate()
            try:
                self.p.wait(15)
            except subprocess.TimeoutExpired:
                self.p.kill()
                self.p.wait()
        self.f.close()


class Node:
    """A running `mailroom node`."""

    def __init__(self, dir: Path) -> None:
        self.dir = dir
        self.port = free_port()
        self.rpc = f"http://127.0.0.1:{self.port}"
        self.deployments = dir / "deployments.json"
        self.proc = Proc([str(CLI), "node", "--port", str(self.port), "--accounts", str(ACCOUNTS), "--deployments", str(self.deployments)],
                         dir, dir / "node.log")
        self.proc.wait_for("listening on")
        for _ in range(100):
            if self.deployments.exists():
                break
            time.sleep(0.05)
        self.d = json.loads(self.deployments.read_text())
        self.w3 = Web3(Web3.HTTPProvider(self.rpc))
        self._next_key = 0

    def cli(self, *args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """Run a mailroom command against this node."""
        r = subprocess.run([str(CLI), *args], cwd=self.dir, capture_output=True, text=True, timeout=timeout,
                           env={**os.environ, "MAILROOM_DEPLOYMENTS": str(self.deployments)})
        if check and r.returncode != 0:
            raise RuntimeError(f"mailroom {' '.join(args)}: exit {r.returncode}\n{r.stdout}\n{r.stderr}")
        return r

    def fresh_key(self, ether: str = "1ether") -> str:
        """A new key, funded from dev account 0 by `mailroom fund`."""
        acct = Account.create()
        self.cli("fund", acct.address, ether)
        return "0x" + bytes(acct.key).hex()

    def stop(self) -> None:
        self.proc.stop()


class GoMailroom:
    """A `mailroom serve` of dev account N, registered at its endpoint with rate."""

    def __init__(self, node: Node, account: int, rate: str, dir: Path, extra: tuple[str, ...] = ()) -> None:
        self.node = node
        self.account = account
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/task"
        self.key = dev_key(account)
        self.address = Account.from_key(self.key).address
        self.did = "did:agent:eth:" + self.address
        self.store = dir / f"store-{account}"
        node.cli("register", "--dev-account", str(account), "--endpoint", self.url, "--rate", rate)
        self.proc: Optional[Proc] = None
        self.extra = extra
        self.start()

    def start(self) -> None:
        self.proc = Proc([str(CLI), "serve", "--dev-account", str(self.account), "--listen", f"127.0.0.1:{self.port}",
                          "--store", str(self.store), "--deployments", str(self.node.deployments), "--log-format", "text", *self.extra],
                         self.node.dir, self.node.dir / f"serve-{self.account}-{time.monotonic_ns()}.log")
        self.proc.wait_for("serving on")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.stop()
            self.proc = None

    def settle(self) -> str:
        return self.node.cli("settle", "--dev-account", str(self.account), "--store", str(self.store)).stdout


@pytest.fixture(scope="session")
def cli() -> Path:
    need(CLI.is_file(), f"the mailroom CLI is not built at {CLI} (make test-python-agent builds it)")
    return CLI


@pytest.fixture(scope="module")
def node(cli: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Node]:
    n = Node(tmp_path_factory.mktemp("node"))
    yield n
    n.stop()


_accounts = iter(range(3, ACCOUNTS))


@pytest.fixture
def next_account() -> Any:
    """A dev account no other test of the session uses (3..ACCOUNTS-1)."""
    return lambda: next(_accounts)


@pytest.fixture(autouse=True)
def agent_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's agents keep their stores in its own directory."""
    monkeypatch.setenv("MAILROOM_AGENT_HOME", str(tmp_path / "agents"))
    return tmp_path / "agents"


@pytest.fixture
def go_mailroom(node: Node, tmp_path: Path, next_account: Any) -> Iterator[Any]:
    made: list[GoMailroom] = []

    def make(rate: str = "0.001ether", extra: tuple[str, ...] = ()) -> GoMailroom:
        m = GoMailroom(node, next_account(), rate, tmp_path, extra)
        made.append(m)
        return m

    yield make
    for m in made:
        m.stop()


def channel_on_chain(node: Node, channel_id: str) -> tuple[int, int, bool]:
    """(deposit, claimed, open) of a channel, read with web3 directly."""
    from agent_mailroom._contracts import AGENT_PAYMENT_CHANNEL_ABI
    c = node.w3.eth.contract(address=node.d["paymentChannel"], abi=AGENT_PAYMENT_CHANNEL_ABI)
    s, r, dep, cl, delay, close_at, is_open, _token = c.functions.getChannel(bytes.fromhex(channel_id[2:])).call()
    return int(dep), int(cl), bool(is_open)


class GatedApp:
    """The FastAPI app of gated_app.py under uvicorn (N workers), for dev account N's key, registered at its /task."""

    def __init__(self, node: Node, account: int, price: int, dir: Path, workers: int = 1, register: bool = True,
                 env: Optional[dict[str, str]] = None) -> None:
        self.node = node
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/task"
        self.key = dev_key(account)
        self.address = Account.from_key(self.key).address
        self.did = "did:agent:eth:" + self.address
        self.account = account
        self.price = price
        self.store = dir / f"gate-{account}.sqlite"
        self.workers = workers
        self.env = env or {}
        if register:
            node.cli("register", "--dev-account", str(account), "--endpoint", self.url, "--rate", str(price))
        self.proc: Optional[Proc] = None
        self.start()

    def start(self) -> None:
        env = {"GATE_KEY": self.key, "GATE_RPC": self.node.rpc, "GATE_DEPLOYMENTS": str(self.node.deployments),
               "GATE_PRICE": str(self.price), "GATE_STORE": str(self.store), "PYTHONPATH": f"{PKG / 'src'}:{HERE}", **self.env}
        self.proc = Proc([sys.executable, "-m", "uvicorn", "gated_app:app", "--host", "127.0.0.1", "--port", str(self.port),
                          "--workers", str(self.workers), "--log-level", "warning"], HERE,
                         self.node.dir / f"uvicorn-{self.account}-{time.monotonic_ns()}.log", env)
        end = time.monotonic() + 60
        import httpx
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/free", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if self.proc.p.poll() is not None or time.monotonic() > end:
                raise RuntimeError("uvicorn did not start:\n" + self.proc.log.read_text(errors="replace")[-3000:])
            time.sleep(0.1)

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.stop()
            self.proc = None

    def gate(self) -> Any:
        """A MailroomGate on the same key and store, in this process (to settle)."""
        from agent_mailroom.asgi import MailroomGate
        return MailroomGate(private_key=self.key, w3=self.node.w3, price_wei=self.price, store=self.store,
                            deployments=str(self.node.deployments))


@pytest.fixture
def gated_app(node: Node, tmp_path: Path, next_account: Any) -> Iterator[Any]:
    made: list[GatedApp] = []

    def make(price: int = 10**15, workers: int = 1, register: bool = True, env: Optional[dict[str, str]] = None) -> GatedApp:
        need(_has("uvicorn") and _has("fastapi"), "uvicorn and fastapi are not installed")
        g = GatedApp(node, next_account(), price, tmp_path, workers, register, env)
        made.append(g)
        return g

    yield make
    for g in made:
        g.stop()


def _has(mod: str) -> bool:
    import importlib.util
    return importlib.util.find_spec(mod) is not None
