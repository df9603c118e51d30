"""Discovery (issue 14, part 4) against a real `mailroom node`: four agents
registered through the CLI (as cmd/mailroom/agents_test.go does), one
deactivated, found by capability, rate and activity, cheapest first; every
eth_getLogs range boundary crossed (log_range=1) and the rescan counted; a
reset chain scanned again; the watches (thread and asyncio) pick up an
update, an activation and a new registration."""

from __future__ import annotations

import asyncio
import time
from typing import Any, Callable, Iterator

import pytest
from eth_account import Account
from web3 import Web3
from web3.providers.rpc import HTTPProvider

from agent_mailroom import AgentMailroom, AgentProfile, AsyncAgentMailroom, Discovery, MailroomError
from agent_mailroom.chain import Chain
from agent_mailroom.deployments import resolve
from conftest import Node, dev_key
from test_token import mine_a_block


class Counting(HTTPProvider):
    """An HTTP provider that counts the JSON-RPC calls by method (and can be pointed elsewhere)."""

    def __init__(self, url: str) -> None:
        super().__init__(url, exception_retry_configuration=None)
        self.calls: dict[str, int] = {}
        self.route: dict[str, HTTPProvider] = {}  # methods answered by another node

    def make_request(self, method: Any, params: Any) -> Any:
        self.calls[str(method)] = self.calls.get(str(method), 0) + 1
        if str(method) in self.route:
            return self.route[str(method)].make_request(method, params)
        return super().make_request(method, params)


class Four:
    """The four registered agents: a (3e15 wei, gpt-4o + audit), b (1000,
    gpt-4o), c (500, summarise + GPT-4o), d (1000, gpt-4o, deactivated)."""

    def __init__(self, node: Node, accounts: list[int]) -> None:
        self.node = node
        self.acct = dict(zip("abcd", accounts))
        self.addr = {k: Account.from_key(dev_key(n)).address for k, n in self.acct.items()}
        for k, rate, caps in (("a", "0.003ether", "gpt-4o,audit"), ("b", "1000", "gpt-4o"),
                              ("c", "500", "summarise,GPT-4o"), ("d", "1000", "gpt-4o")):
            node.cli("register", "--dev-account", str(self.acct[k]), "--endpoint", f"http://127.0.0.1:1/{k}",
                     "--capability", caps, "--rate", rate)
        node.cli("agent", "deactivate", self.addr["d"], "--dev-account", str(self.acct["d"]))

    def names(self, found: list[AgentProfile]) -> list[str]:
        """The fixture's names of the agents found (others, e.g. the watch's, are left out)."""
        back = {v: k for k, v in self.addr.items()}
        return [back[p.address] for p in found if p.address in back]


@pytest.fixture(scope="module")
def four(node: Node) -> Four:
    # This module's node is its own; next_account hands out 3..29 from the bottom, these are the top ones.
    return Four(node, [26, 27, 28, 29])


@pytest.fixture
def agent(node: Node) -> Iterator[AgentMailroom]:
    a = AgentMailroom(agent_private_key=node.fresh_key(), w3=node.w3, deployments=str(node.deployments))
    yield a
    a.close()


def tie_order(four: Four, *names: str) -> list[str]:
    """names in address-byte order."""
    return sorted(names, key=lambda k: bytes.fromhex(four.addr[k][2:]))


def test_find_by_capability_rate_and_activity(four: Four, agent: AgentMailroom) -> None:
    ix = agent.discovery()
    assert ix.sync() >= 4
    assert len(ix) >= 4
    assert four.names(ix.find(capability="gpt-4o")) == ["b", "a"]  # d is inactive, c lists GPT-4o (other case)
    assert four.names(ix.find(capability="gpt-4o", include_inactive=True)) == tie_order(four, "b", "d") + ["a"]
    assert four.names(ix.find(capability="GPT-4o")) == ["c"]
    assert ix.find(capability="gpt") == [] and ix.find(capability="GPT-4O") == []
    assert four.names(ix.find(capability="audit")) == ["a"]
    assert four.names(ix.find()) == ["c", "b", "a"]
    assert four.names(ix.find(include_inactive=True)) == ["c"] + tie_order(four, "b", "d") + ["a"]
    # max_rate_wei is inclusive.
    assert four.names(ix.find(capability="gpt-4o", max_rate_wei=1000)) == ["b"]
    assert ix.find(capability="gpt-4o", max_rate_wei=999) == []
    assert four.names(ix.find(max_rate_wei=500)) == ["c"]
    assert four.names(ix.find(max_rate_wei=3 * 10**15)) == ["c", "b", "a"]
    assert four.names(ix.find(capability="gpt-4o", max_rate_wei=0)) == []

    a = ix.find(capability="audit")[0]
    assert a == AgentProfile(four.addr["a"], four.addr["a"], "http://127.0.0.1:1/a", ["gpt-4o", "audit"], 3 * 10**15, True)
    a.capabilities.append("mutated")  # a copy: the index is not changed
    assert ix.find(capability="audit")[0].capabilities == ["gpt-4o", "audit"]
    d = ix.find(capability="gpt-4o", include_inactive=True)
    assert [p.active for p in d if p.address == four.addr["d"]] == [False]


def test_find_agents_one_shot(four: Four, agent: AgentMailroom) -> None:
    assert four.names(agent.registry.find_agents(capability="gpt-4o")) == ["b", "a"]
    assert four.names(agent.registry.find_agents(capability="gpt-4o", max_rate_wei=1000)) == ["b"]
    assert four.names(agent.registry.find_agents(capability="gpt-4o", include_inactive=True)) == tie_order(four, "b", "d") + ["a"]


@pytest.mark.parametrize("query", [{"max_rate_wei": -1}, {"max_rate_wei": True}, {"max_rate_wei": "1000"},
                                   {"max_rate_wei": 1.5}, {"capability": 7}, {"include_inactive": "yes"}])
def test_bad_query_is_invalid_input(agent: AgentMailroom, query: dict[str, Any]) -> None:
    with pytest.raises(MailroomError) as e:
        agent.registry.find_agents(**query)
    assert e.value.code == "invalid_input"
    with pytest.raises(MailroomError) as e:
        agent.discovery().find(**query)
    assert e.value.code == "invalid_input"


@pytest.mark.parametrize("opts", [{"log_range": 0}, {"rescan": -1}, {"from_block": -1}, {"log_range": True}])
def test_bad_options_are_invalid_input(agent: AgentMailroom, opts: dict[str, Any]) -> None:
    with pytest.raises(MailroomError) as e:
        agent.discovery(**opts)
    assert e.value.code == "invalid_input"


def _counted(node: Node) -> tuple[Counting, Chain]:
    p = Counting(node.rpc)
    w3 = Web3(p)
    return p, Chain(w3, resolve(str(node.deployments), int(w3.eth.chain_id)))


def test_every_range_boundary_and_the_rescan(node: Node, four: Four) -> None:
    p, chain = _counted(node)
    head = chain.w3.eth.block_number
    ix = Discovery(chain, log_range=1, rescan=3)
    p.calls.clear()
    n = ix.sync()
    # One eth_getLogs per block from 0 to the head; every agent the logs name read once.
    assert p.calls.get("eth_getLogs") == head + 1
    assert n == len(ix) >= 4 and p.calls.get("eth_call") == n
    assert four.names(ix.find(capability="gpt-4o", include_inactive=True)) == tie_order(four, "b", "d") + ["a"]
    whole = Discovery(chain)
    p.calls.clear()
    whole.sync()
    assert p.calls.get("eth_getLogs") == 1 + head // 5000
    assert whole.find(include_inactive=True) == ix.find(include_inactive=True)

    # A later sync scans the last 3 seen blocks again, and the new ones.
    p.calls.clear()
    ix.sync()
    now = chain.w3.eth.block_number
    assert p.calls.get("eth_getLogs") == 3 + (now - head)

    # from_block skips what precedes it: the four registrations are older.
    late = Discovery(chain, from_block=now + 1)
    late.sync()
    assert four.names(late.find(include_inactive=True)) == []

    # Ranges of 2 blocks: boundaries fall on both parities.
    two = Discovery(chain, log_range=2)
    p.calls.clear()
    two.sync()
    assert p.calls.get("eth_getLogs") == (chain.w3.eth.block_number + 2) // 2
    assert two.find(include_inactive=True) == ix.find(include_inactive=True)


def test_rpc_failure_is_chain_error(node: Node) -> None:
    p, chain = _counted(node)
    ix = Discovery(chain)
    ix.sync()
    p.endpoint_uri = f"http://127.0.0.1:{_closed_port()}"
    with pytest.raises(MailroomError) as e:
        ix.sync()
    assert e.value.code == "chain_error"
    errors: list[MailroomError] = []
    w = ix.watch(interval=0.05, on_error=errors.append)
    _until(lambda: len(errors) >= 2, "the watch reports each failed sync")
    w.stop()
    assert not w.running and all(x.code == "chain_error" for x in errors)


def _closed_port() -> int:
    from conftest import free_port
    return free_port()


def test_a_shorter_chain_is_scanned_again_and_gone_records_dropped(node: Node, four: Four, tmp_path: Any) -> None:
    p, chain = _counted(node)
    fresh = Node(tmp_path)  # a new chain: the same deployer, so the same addresses, and fewer blocks
    try:
        assert fresh.d["registry"] == node.d["registry"]
        fresh.cli("register", "--dev-account", "5", "--endpoint", "http://127.0.0.1:1/fresh", "--capability", "fresh-only", "--rate", "7")
        # The shared chain must be the longer one (by more than the rescan
        # depth) when the index syncs on it; how many blocks each has
        # depends on what ran before: mine empty blocks on it until it is.
        for _ in range(64):
            if fresh.w3.eth.block_number < chain.w3.eth.block_number - 1:
                break
            mine_a_block(node)
        assert fresh.w3.eth.block_number < chain.w3.eth.block_number - 1
        ix = Discovery(chain, rescan=1)
        ix.sync()
        assert four.names(ix.find()) == ["c", "b", "a"]

        # Logs that name agents whose record at the head is gone (what a
        # reorganisation does: here the records are read on the fresh chain).
        gone_p, gone_chain = _counted(node)
        gone = Discovery(gone_chain, rescan=10**9)
        gone.sync()
        assert four.names(gone.find(include_inactive=True)) == ["c"] + tie_order(four, "b", "d") + ["a"]
        gone_p.route["eth_call"] = HTTPProvider(fresh.rpc)
        gone.sync()
        assert four.names(gone.find(include_inactive=True)) == []

        p.endpoint_uri = fresh.rpc
        ix.sync()
        found = ix.find(capability="fresh-only")
        assert [(f.address, f.rate_per_task_wei) for f in found] == [(Account.from_key(dev_key(5)).address, 7)]
    finally:
        fresh.stop()


def _until(cond: Callable[[], bool], what: str, timeout: float = 5.0) -> None:
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            pytest.fail(f"{what}: not within {timeout} s")
        time.sleep(0.05)


def test_watch_picks_up_update_activation_and_registration(node: Node, four: Four, agent: AgentMailroom) -> None:
    ix = agent.discovery()
    with ix.watch(interval=0.2) as w:
        _until(lambda: four.names(ix.find(capability="gpt-4o")) == ["b", "a"], "the first sync")
        # An update: b becomes the dearest and gains a capability.
        b = AgentMailroom(agent_private_key=dev_key(four.acct["b"]), w3=node.w3, deployments=str(node.deployments))
        try:
            b.registry.update_agent("http://127.0.0.1:1/b2", ["gpt-4o", "watched"], 4 * 10**15)
        finally:
            b.close()
        _until(lambda: four.names(ix.find(capability="gpt-4o")) == ["a", "b"], "the update")
        assert [x.endpoint for x in ix.find(capability="watched")] == ["http://127.0.0.1:1/b2"]
        # An activation: d is back.
        node.cli("agent", "activate", four.addr["d"], "--dev-account", str(four.acct["d"]))
        _until(lambda: four.names(ix.find(capability="gpt-4o")) == ["d", "a", "b"], "the activation")
        # A new registration.
        new = AgentMailroom(agent_private_key=node.fresh_key(), w3=node.w3, deployments=str(node.deployments))
        try:
            new.registry.register_agent("http://127.0.0.1:1/new", ["watched"], 1)
            _until(lambda: [x.address for x in ix.find(capability="watched")] == [new.address, four.addr["b"]],
                   "the new registration")
        finally:
            new.close()
        assert w.running
    assert not w.running


def test_async_find_and_awatch(node: Node, four: Four) -> None:
    async def main() -> None:
        async with AsyncAgentMailroom(agent_private_key=node.fresh_key(), w3=node.w3, deployments=str(node.deployments)) as a:
            found = await a.registry.find_agents(capability="audit")
            assert four.names(found) == ["a"]
            with pytest.raises(MailroomError) as e:
                await a.registry.find_agents(max_rate_wei=-5)
            assert e.value.code == "invalid_input"
            ix = a.discovery(log_range=7)
            task = asyncio.create_task(ix.awatch(0.1))
            try:
                for _ in range(100):
                    if four.names(ix.find(capability="audit")) == ["a"]:
                        break
                    await asyncio.sleep(0.05)
                assert four.names(ix.find(capability="audit")) == ["a"]
                new = AgentMailroom(agent_private_key=node.fresh_key(), w3=node.w3, deployments=str(node.deployments))
                try:
                    await asyncio.to_thread(new.registry.register_agent, "http://127.0.0.1:1/async", ["async-only"], 3)
                    for _ in range(100):
                        if ix.find(capability="async-only"):
                            break
                        await asyncio.sleep(0.05)
                    assert [x.address for x in ix.find(capability="async-only")] == [new.address]
                finally:
                    new.close()
            finally:
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task
    asyncio.run(main())


def test_readme_block_runs(four: Four, agent: AgentMailroom, capsys: Any) -> None:
    import re
    from conftest import PKG
    m = re.search(r"## Finding agents\n.*?```python\n(.*?)```", (PKG / "README.md").read_text(), re.S)
    assert m, "README.md has no Finding agents python block"
    ns: dict[str, Any] = {"agent_mailroom": agent}
    exec(compile(m.group(1), "README.md Finding agents", "exec"), ns)
    assert ns["found"] == agent.registry.find_agents(capability="gpt-4o", max_rate_wei=10**15)
    assert four.addr["a"] not in [p.address for p in ns["found"]]  # 3e15 wei is above the bound
    assert all(p.did in capsys.readouterr().out for p in ns["found"])
    assert not ns["ix"].find(capability="no-such-capability")
