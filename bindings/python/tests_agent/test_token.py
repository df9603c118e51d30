"""Python agents pay, and the ASGI gate is paid, in an ERC-20 token (issue
14): the dev chain's MailroomTestUSD (tUSDC, 6 decimals, EIP-2612), against
`mailroom node`, Go mailrooms priced in the token (`mailroom serve --routes`)
and the gate under uvicorn. Every amount is checked to the base unit."""

from __future__ import annotations

import asyncio
import json
import os
import time
from pathlib import Path
from typing import Any, Iterator

import pytest
from eth_account import Account

from agent_mailroom import AgentMailroom, AsyncAgentMailroom, MailroomError
from agent_mailroom._contracts import AGENT_PAYMENT_CHANNEL_ABI, MAILROOM_TEST_USD_ABI
from agent_mailroom.agent import today
from agent_mailroom.asgi import MailroomGate

from conftest import GoMailroom, Node, _accounts, dev_key

PRICE = 250_000  # 0.25 tUSDC
DEPOSIT = 5_000_000  # 5 tUSDC


def token_of(node: Node) -> str:
    t = node.d.get("token")
    assert t, f"mailroom node wrote no token to its deployments: {node.d}"
    return str(t)


def token_contract(node: Node) -> Any:
    return node.w3.eth.contract(address=token_of(node), abi=MAILROOM_TEST_USD_ABI)


def balance(node: Node, who: str) -> int:
    return int(token_contract(node).functions.balanceOf(who).call())


def give_tokens(node: Node, to: str, amount: int) -> None:
    """Send tUSDC from dev account 0 (1,000,000 tUSDC) to ``to``."""
    key = dev_key(0)
    acct = Account.from_key(key)
    tx = token_contract(node).functions.transfer(to, amount).build_transaction(
        {"from": acct.address, "nonce": node.w3.eth.get_transaction_count(acct.address, "pending"), "chainId": 31337})
    h = node.w3.eth.send_raw_transaction(acct.sign_transaction(tx).raw_transaction)
    assert node.w3.eth.wait_for_transaction_receipt(h, timeout=60)["status"] == 1


def mine_a_block(node: Node) -> None:
    acct = Account.from_key(dev_key(0))
    tx = {"from": acct.address, "to": acct.address, "value": 0, "gas": 21000, "gasPrice": node.w3.eth.gas_price * 2,
          "nonce": node.w3.eth.get_transaction_count(acct.address, "pending"), "chainId": 31337}
    node.w3.eth.wait_for_transaction_receipt(node.w3.eth.send_raw_transaction(acct.sign_transaction(tx).raw_transaction), timeout=60)


def token_agent_key(node: Node, tokens: int = 20_000_000) -> str:
    key = node.fresh_key("1ether")
    give_tokens(node, Account.from_key(key).address, tokens)
    return key


def on_chain(node: Node, channel_id: str) -> tuple[int, int, bool, str]:
    c = node.w3.eth.contract(address=node.d["paymentChannel"], abi=AGENT_PAYMENT_CHANNEL_ABI)
    _s, _r, dep, cl, _delay, _close_at, is_open, token = c.functions.getChannel(bytes.fromhex(channel_id[2:])).call()
    return int(dep), int(cl), bool(is_open), str(token)


def routes_file(dir: Path, token: str, price: int = PRICE) -> Path:
    p = dir / f"routes-{time.monotonic_ns()}.json"
    p.write_text(json.dumps([{"path": "*", "price": str(price), "asset": token}]))
    return p


@pytest.fixture(scope="module")
def token_bob(node: Node, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GoMailroom]:
    """A Go `mailroom serve` pricing every request at 0.25 tUSDC (its registry
    rate is in wei), shared by this module's tests (one dev account)."""
    d = tmp_path_factory.mktemp("token-bob")
    m = GoMailroom(node, next(_accounts), "0.001ether", d,
                   ("--routes", str(routes_file(d, token_of(node))), "--min-withdraw-delay", "0"))
    yield m
    m.stop()


def registered(a: AgentMailroom) -> AgentMailroom:
    """The agent, registered (a mailroom serves registered senders only)."""
    a.registry.register_agent(capabilities=["client"])
    return a


def nonce(node: Node, key: str) -> int:
    return int(node.w3.eth.get_transaction_count(Account.from_key(key).address))


def test_python_agent_pays_a_go_mailroom_in_the_token(node: Node, token_bob: Any, tmp_path: Path) -> None:
    """Three requests at 0.25 tUSDC on a channel opened with a permit (one
    transaction); Bob's settle claims exactly 750000; close and withdraw
    give Alice the rest: every base unit is accounted for."""
    bob = token_bob
    token = token_of(node)
    key = token_agent_key(node)
    alice = Account.from_key(key).address
    channels = node.d["paymentChannel"]
    a = registered(AgentMailroom(key, node.w3, deployments=str(node.deployments), asset="token", deposit=DEPOSIT, withdraw_delay=1))
    assert a.asset == token
    bob.settle()  # Bob is shared: what other tests left unclaimed is not counted below
    alice0, bob0, held0, n0 = balance(node, alice), balance(node, bob.address), balance(node, channels), nonce(node, key)
    for i in range(1, 4):
        r = a.request(bob.did, {"n": i})
        assert r.status_code == 200 and r.receipt is not None
        assert r.price == PRICE and r.cumulative == i * PRICE, (r.price, r.cumulative)
    st = a.channel_manager.channel_to(bob.address)
    assert st is not None
    dep, claimed, is_open, ch_token = on_chain(node, st["channelId"])
    assert (dep, claimed, is_open, ch_token) == (DEPOSIT, 0, True, token)
    assert nonce(node, key) - n0 == 1, "the token channel opens in one transaction (permit), no approve"
    assert balance(node, alice) == alice0 - DEPOSIT
    assert balance(node, channels) == held0 + DEPOSIT
    # The budget counts token units under the token's key, never with wei.
    assert a.spent_today() == DEPOSIT + 3 * PRICE
    assert a.store.spent(today()) == 0 and a.store.spent(today(token)) == DEPOSIT + 3 * PRICE

    bob.settle()
    dep, claimed, is_open, _ = on_chain(node, st["channelId"])
    assert claimed == 3 * PRICE == 750_000 and is_open
    assert balance(node, bob.address) == bob0 + 750_000
    assert balance(node, channels) == held0 + DEPOSIT - 750_000

    a.channel_manager.request_close(bob.address)
    end = time.monotonic() + 30
    while True:
        try:
            a.channel_manager.withdraw(bob.address)
            break
        except MailroomError as e:
            if "WithdrawTooEarly" not in str(e) or time.monotonic() > end:
                raise
            time.sleep(0.5)
            mine_a_block(node)  # the dev chain mines on demand: its clock moves with a new block
    dep, claimed, is_open, _ = on_chain(node, st["channelId"])
    assert not is_open and claimed == 750_000
    assert balance(node, alice) == alice0 - 750_000
    assert balance(node, bob.address) == bob0 + 750_000
    assert balance(node, channels) == held0
    assert a.channel_manager.refund_of() == 0  # the rest was pushed, nothing credited
    rec = a.channel_manager.channel_to(bob.address)
    assert rec is not None and rec.get("closed")
    a.close()


def test_an_ether_agent_is_told_the_mailroom_takes_the_token(node: Node, token_bob: Any) -> None:
    """An agent paying in ETH meets asset_mismatch from the 402, before any transaction."""
    key = node.fresh_key("1ether")
    a = registered(AgentMailroom(key, node.w3, deployments=str(node.deployments)))
    n0, wei0 = nonce(node, key), node.w3.eth.get_balance(Account.from_key(key).address)
    with pytest.raises(MailroomError) as ei:
        a.request(token_bob.did, {"n": 1})
    assert ei.value.code == "asset_mismatch", ei.value
    assert nonce(node, key) == n0 and node.w3.eth.get_balance(Account.from_key(key).address) == wei0
    assert a.channel_manager.channel_to(token_bob.address) is None
    assert a.spent_today() == 0
    a.close()


def test_a_token_agent_refuses_an_ether_mailroom(node: Node, go_mailroom: Any) -> None:
    """The other way round: a token agent facing an ETH-only mailroom gets asset_mismatch, nothing opened."""
    bob = go_mailroom()
    key = token_agent_key(node)
    a = registered(AgentMailroom(key, node.w3, deployments=str(node.deployments), asset="token"))
    n0 = nonce(node, key)
    with pytest.raises(MailroomError) as ei:
        a.request(bob.did, {"n": 1})
    assert ei.value.code == "asset_mismatch", ei.value
    assert nonce(node, key) == n0 and a.channel_manager.channel_to(bob.address) is None
    a.close()


def test_restart_pays_on_the_same_token_channel(node: Node, token_bob: Any, tmp_path: Path) -> None:
    """A restarted agent on the same sqlite store pays on the token channel
    it opened (no new transaction); an ETH agent on that store does not see it."""
    bob = token_bob
    key = token_agent_key(node)
    store = tmp_path / "alice.sqlite"
    a = registered(AgentMailroom(key, node.w3, deployments=str(node.deployments), asset="token", deposit=DEPOSIT, store=store))
    r1 = a.request(bob.did, {"n": 1})
    r2 = a.request(bob.did, {"n": 2})
    assert (r1.cumulative, r2.cumulative) == (PRICE, 2 * PRICE) and r1.channel_id == r2.channel_id
    a.close()
    n0 = nonce(node, key)

    e = AgentMailroom(key, node.w3, deployments=str(node.deployments), store=store)  # in ETH, same store
    assert e.channel_manager.channel_to(bob.address) is None, "a token channel is no ETH channel"
    e.close()

    b = AgentMailroom(key, node.w3, deployments=str(node.deployments), asset=token_of(node), deposit=DEPOSIT, store=store)
    st = b.channel_manager.channel_to(bob.address)
    assert st is not None and st["channelId"] == r1.channel_id
    r3 = b.request(bob.did, {"n": 3})
    assert r3.channel_id == r1.channel_id and r3.cumulative == 3 * PRICE and r3.price == PRICE
    assert nonce(node, key) == n0, "no transaction: the same channel"
    b.close()
    bob.settle()
    assert on_chain(node, str(r1.channel_id))[1] == 3 * PRICE


def test_use_channel_adopts_only_a_channel_in_the_agents_asset(node: Node, token_bob: Any, tmp_path: Path) -> None:
    """use_channel of a token channel: an ETH agent is refused (asset_mismatch), the token agent adopts and pays on it."""
    bob = token_bob
    key = token_agent_key(node)
    a = registered(AgentMailroom(key, node.w3, deployments=str(node.deployments), asset="token", store=tmp_path / "t.sqlite"))
    cid = a.chain.open_token_channel(key, token_of(node), bob.address, DEPOSIT, 3600)
    e = AgentMailroom(key, node.w3, deployments=str(node.deployments), store=tmp_path / "e.sqlite")
    with pytest.raises(MailroomError) as ei:
        e.channel_manager.use_channel(bob.address, cid)
    assert ei.value.code == "asset_mismatch"
    e.close()
    a.channel_manager.use_channel(bob.address, cid)
    r = a.request(bob.did, {"n": 1})
    assert r.channel_id == cid and r.cumulative == PRICE
    a.close()


def test_top_up_in_the_token_approves_when_short(node: Node, token_bob: Any, tmp_path: Path) -> None:
    """A deposit of two requests: the third tops up in the token (approve, then topUpToken)."""
    bob = token_bob
    key = token_agent_key(node)
    alice = Account.from_key(key).address
    a = registered(AgentMailroom(key, node.w3, deployments=str(node.deployments), asset="token", deposit=2 * PRICE))
    alice0 = balance(node, alice)
    for i in range(1, 4):
        assert a.request(bob.did, {"n": i}).cumulative == i * PRICE
    st = a.channel_manager.channel_to(bob.address)
    assert st is not None
    dep, _cl, _open, _t = on_chain(node, st["channelId"])
    assert dep == 4 * PRICE and int(st["deposit"]) == 4 * PRICE
    assert balance(node, alice) == alice0 - 4 * PRICE
    a.close()


def test_a_token_without_permit_opens_with_approve(node: Node, tmp_path: Path, token_bob: Any) -> None:
    """A token without EIP-2612 (NoReturnToken of contracts/artifacts):
    approve, then createTokenChannel, two transactions."""
    bob = token_bob
    art = Path(__file__).parents[3] / "contracts" / "artifacts"
    abi = json.loads((art / "NoReturnToken.abi").read_text())
    names = {e.get("name") for e in abi}
    if "permit" in names or "mint" not in names:
        pytest.skip(f"NoReturnToken's ABI changed: {sorted(n for n in names if n)}")
    deployer = Account.from_key(dev_key(0))
    w3 = node.w3
    ctor = next((e for e in abi if e.get("type") == "constructor"), {"inputs": []})
    args: list[Any] = [deployer.address if i["type"] == "address" else 0 for i in ctor["inputs"]]
    c = w3.eth.contract(abi=abi, bytecode=(art / "NoReturnToken.bin").read_text().strip())
    tx = c.constructor(*args).build_transaction({"from": deployer.address, "nonce": w3.eth.get_transaction_count(deployer.address, "pending"),
                                                 "chainId": 31337})
    rc = w3.eth.wait_for_transaction_receipt(w3.eth.send_raw_transaction(deployer.sign_transaction(tx).raw_transaction), timeout=60)
    tok = w3.eth.contract(address=rc["contractAddress"], abi=abi)
    key = node.fresh_key("1ether")
    alice = Account.from_key(key).address
    mint = tok.functions.mint(alice, 10 * DEPOSIT).build_transaction(
        {"from": deployer.address, "nonce": w3.eth.get_transaction_count(deployer.address, "pending"), "chainId": 31337})
    w3.eth.wait_for_transaction_receipt(w3.eth.send_raw_transaction(deployer.sign_transaction(mint).raw_transaction), timeout=60)
    a = AgentMailroom(key, w3, deployments=str(node.deployments), asset=rc["contractAddress"])
    assert a.chain.permit_domain(rc["contractAddress"]) is None
    n0 = nonce(node, key)
    cid = a.chain.open_token_channel(key, rc["contractAddress"], bob.address, DEPOSIT, 3600)
    assert nonce(node, key) - n0 == 2
    dep, _cl, is_open, ch_token = on_chain(node, cid)
    assert (dep, is_open, ch_token) == (DEPOSIT, True, rc["contractAddress"])
    assert int(tok.functions.balanceOf(alice).call()) == 9 * DEPOSIT
    a.close()


def test_permit_is_the_tokens_own(node: Node) -> None:
    """The permit the agent signs recovers to its owner under the token's
    own domain (eip712Domain; its separator is DOMAIN_SEPARATOR())."""
    from eth_account.messages import encode_typed_data

    from agent_mailroom.chain import _permit_message
    key = dev_key(1)
    a = AgentMailroom(key, node.w3, deployments=str(node.deployments), asset="token", store=str(Path(os.environ["MAILROOM_AGENT_HOME"]) / "p.sqlite"))
    dom = a.chain.permit_domain(token_of(node))
    assert dom == {"name": "Mailroom Test USD", "version": "1", "chainId": 31337, "verifyingContract": token_of(node)}
    v, r, s = a.chain.sign_permit(key, token_of(node), 123, 10**10, dom)
    nonce_ = int(token_contract(node).functions.nonces(a.address).call())
    msg = encode_typed_data(full_message=_permit_message(dom, a.address, node.d["paymentChannel"], 123, nonce_, 10**10))
    assert Account.recover_message(msg, vrs=(v, r, s)) == a.address
    a.close()


def test_async_agent_pays_in_the_token(node: Node, token_bob: Any) -> None:
    bob = token_bob
    key = token_agent_key(node)

    async def main() -> tuple[int, int, str]:
        async with AsyncAgentMailroom(key, node.w3, deployments=str(node.deployments), asset="token", deposit=DEPOSIT) as a:
            assert a.asset == token_of(node)
            await a.registry.register_agent(capabilities=["client"])
            r1 = await a.request(bob.did, {"n": 1})
            r2 = await a.request(bob.did, {"n": 2})
            assert r1.price == r2.price == PRICE
            return r1.cumulative, r2.cumulative, str(r2.channel_id)

    c1, c2, cid = asyncio.run(main())
    assert (c1, c2) == (PRICE, 2 * PRICE)
    dep, _cl, _open, ch_token = on_chain(node, cid)
    assert dep == DEPOSIT and ch_token == token_of(node)
    bob.settle()
    assert on_chain(node, cid)[1] == 2 * PRICE


def test_python_agent_pays_the_gate_priced_in_the_token(node: Node, gated_app: Any) -> None:
    """The ASGI gate under uvicorn priced at 0.25 tUSDC: three requests; its settle claims exactly 3 × price in the token."""
    token = token_of(node)
    g = gated_app(price=PRICE, env={"GATE_ASSET": "token"})
    key = token_agent_key(node)
    a = registered(AgentMailroom(key, node.w3, deployments=str(node.deployments), asset="token", deposit=DEPOSIT))
    for i in range(1, 4):
        r = a.request(g.did, {"n": i})
        assert r.status_code == 200 and r.price == PRICE and r.cumulative == i * PRICE
    bob0 = balance(node, g.address)
    gate = MailroomGate(private_key=g.key, w3=node.w3, price=PRICE, asset="token", store=g.store, deployments=str(node.deployments))
    assert gate.asset == token and gate.config["asset"] == token and gate.config["price"] == str(PRICE)
    rs = gate.settle()
    assert len(rs) == 1 and rs[0].error is None, rs
    assert rs[0].paid == rs[0].amount == 3 * PRICE and rs[0].asset == token
    assert balance(node, g.address) == bob0 + 3 * PRICE
    # An ETH agent is told the gate takes the token.
    e = registered(AgentMailroom(node.fresh_key("1ether"), node.w3, deployments=str(node.deployments)))
    with pytest.raises(MailroomError) as ei:
        e.request(g.did, {"n": 1})
    assert ei.value.code == "asset_mismatch"
    a.close()
    e.close()


def test_gate_routes_price_a_path_in_the_token(node: Node, gated_app: Any) -> None:
    """routes= passes to the core: /task costs 0.25 tUSDC while the default
    stays in wei; an ETH agent is refused on /task, a token agent pays it."""
    token = token_of(node)
    g = gated_app(price=10**15, env={"GATE_ROUTES": json.dumps([{"method": "POST", "path": "/task", "price": str(PRICE), "asset": "token"}])})
    key = token_agent_key(node)
    a = registered(AgentMailroom(key, node.w3, deployments=str(node.deployments), asset="token", deposit=DEPOSIT))
    for i in range(1, 3):
        r = a.request(g.did, {"n": i})
        assert r.price == PRICE and r.cumulative == i * PRICE
    e = registered(AgentMailroom(node.fresh_key("1ether"), node.w3, deployments=str(node.deployments)))
    with pytest.raises(MailroomError) as ei:
        e.request(g.did, {"n": 1})
    assert ei.value.code == "asset_mismatch"
    gate = MailroomGate(private_key=g.key, w3=node.w3, price_wei=10**15, store=g.store, deployments=str(node.deployments),
                        routes=[{"method": "POST", "path": "/task", "price": PRICE, "asset": "token"}])
    assert gate.config["routes"] == [{"method": "POST", "path": "/task", "price": str(PRICE), "asset": token}]
    rs = gate.settle()
    assert len(rs) == 1 and rs[0].paid == 2 * PRICE and rs[0].asset == token, rs
    a.close()
    e.close()


def test_gate_counts_what_it_charged_per_asset(node: Node, tmp_path: Path) -> None:
    """The gate in process (httpx's ASGI transport): ``charged`` adds the
    served price under the channel's asset, never tokens to wei."""
    import httpx
    from fastapi import FastAPI

    from agent_mailroom.asgi import MailroomMiddleware
    token = token_of(node)
    app = FastAPI()

    @app.post("/task")
    async def task() -> dict[str, str]:
        return {"ok": "yes"}

    bob_key = node.fresh_key("1ether")
    gate = MailroomGate(private_key=bob_key, w3=node.w3, price=PRICE, asset=token, store=tmp_path / "g.sqlite",
                        deployments=str(node.deployments), min_withdraw_delay=0)
    app.add_middleware(MailroomMiddleware, gate=gate, paths=["/task"])
    key = token_agent_key(node)
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]

    async def main() -> None:
        async with httpx.AsyncClient(transport=transport) as http:
            async with AsyncAgentMailroom(key, node.w3, deployments=str(node.deployments), asset="token", deposit=DEPOSIT,
                                          http=http) as a:
                await a.registry.register_agent(capabilities=["client"])
                for i in range(1, 3):
                    r = await a.request(gate.address, {"n": i}, url="http://gate/task")
                    assert r.cumulative == i * PRICE

    asyncio.run(main())
    assert gate.charged == {token: 2 * PRICE}
    with pytest.raises(MailroomError):
        MailroomGate(private_key=bob_key, w3=node.w3, price=1, accepts=[{"price": "1"}], store=tmp_path / "x.sqlite",
                     deployments=str(node.deployments))
    with pytest.raises(MailroomError) as ei:
        MailroomGate(private_key=bob_key, w3=node.w3, price=1, asset="bogus", store=tmp_path / "y.sqlite", deployments=str(node.deployments))
    assert ei.value.code == "invalid_input"


def test_asset_names(node: Node, tmp_path: Path) -> None:
    key = node.fresh_key("1ether")
    for bad in ("bogus", "0x0000000000000000000000000000000000000000"):
        with pytest.raises(MailroomError) as ei:
            AgentMailroom(key, node.w3, deployments=str(node.deployments), asset=bad, store=tmp_path / "a.sqlite")
        assert ei.value.code == "invalid_input"
    a = AgentMailroom(key, node.w3, deployments=str(node.deployments), asset=token_of(node).lower(), store=tmp_path / "b.sqlite")
    assert a.asset == token_of(node) and a._cfg["asset"] == token_of(node)  # type: ignore[typeddict-item]
    a.close()
    b = AgentMailroom(key, node.w3, deployments=str(node.deployments), store=tmp_path / "c.sqlite")
    assert b.asset == "native"
    b.close()


def test_a_store_from_before_token_channels_keeps_its_channel_in_ether(tmp_path: Path) -> None:
    """Records of a store written before channels had an asset are ETH channels."""
    import sqlite3

    from agent_mailroom.store import SenderStore
    p = tmp_path / "old.sqlite"
    c = sqlite3.connect(p)
    c.executescript("CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);"
                    "CREATE TABLE outgoing (recipient TEXT PRIMARY KEY, state TEXT NOT NULL);")
    c.execute("INSERT INTO outgoing VALUES (?, ?)", ("0xBob", json.dumps({"recipient": "0xBob", "channelId": "0x01"})))
    c.commit()
    c.close()
    s = SenderStore(p)
    assert s.outgoing("0xBob") == {"recipient": "0xBob", "channelId": "0x01"}
    assert s.outgoing("0xBob", "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0") is None
    assert s.assets("0xBob") == ["native"]
    s.close()


ETH_PRICE = 10**15


def test_gate_accepts_several_assets(node: Node, gated_app: Any) -> None:
    """accepts= prices the gate in the token and in ETH: a token agent pays
    0.25 tUSDC, an ETH agent 0.001 ether, each on a channel in its asset;
    settle claims exactly n × the price of each."""
    token = token_of(node)
    accepts = [{"price": str(PRICE), "asset": "token"}, {"price": str(ETH_PRICE), "asset": "native"}]
    g = gated_app(price=ETH_PRICE, env={"GATE_PRICE": "", "GATE_ACCEPTS": json.dumps(accepts)})
    t = registered(AgentMailroom(token_agent_key(node), node.w3, deployments=str(node.deployments), asset="token", deposit=DEPOSIT))
    e = registered(AgentMailroom(node.fresh_key("1ether"), node.w3, deployments=str(node.deployments)))
    for i in range(1, 4):
        r = t.request(g.did, {"n": i})
        assert r.price == PRICE and r.cumulative == i * PRICE
    for i in range(1, 3):
        r = e.request(g.did, {"n": i})
        assert r.price == ETH_PRICE and r.cumulative == i * ETH_PRICE
    ts, es = t.channel_manager.channel_to(g.address), e.channel_manager.channel_to(g.address)
    assert ts is not None and es is not None
    assert on_chain(node, ts["channelId"])[3] == token
    assert on_chain(node, es["channelId"])[3] == "0x0000000000000000000000000000000000000000"
    gate = MailroomGate(private_key=g.key, w3=node.w3, accepts=[{"price": PRICE, "asset": token}, {"price": ETH_PRICE}],
                        store=g.store, deployments=str(node.deployments))
    assert gate.config["accepts"] == [{"price": str(PRICE), "asset": token}, {"price": str(ETH_PRICE)}]
    assert "price" not in gate.config and gate.asset == token
    rs = {r.asset: r for r in gate.settle()}
    assert set(rs) == {token, "native"}, rs
    assert rs[token].paid == 3 * PRICE and rs[token].error is None
    assert rs["native"].paid == 2 * ETH_PRICE and rs["native"].error is None
    assert on_chain(node, ts["channelId"])[1] == 3 * PRICE and on_chain(node, es["channelId"])[1] == 2 * ETH_PRICE
    t.close()
    e.close()


def test_gate_route_accepts_and_charged_per_asset(node: Node, tmp_path: Path) -> None:
    """A route with accepts (in process): /task in the token or in ETH, the
    default in ETH only; ``charged`` adds each served price (the core's
    served record's) under its own asset."""
    import httpx
    from fastapi import FastAPI

    from agent_mailroom.asgi import MailroomMiddleware
    token = token_of(node)
    app = FastAPI()

    @app.post("/task")
    async def task() -> dict[str, str]:
        return {"ok": "yes"}

    @app.post("/other")
    async def other() -> dict[str, str]:
        return {"ok": "other"}

    gate = MailroomGate(private_key=node.fresh_key("1ether"), w3=node.w3, price_wei=7 * ETH_PRICE, store=tmp_path / "g.sqlite",
                        deployments=str(node.deployments), min_withdraw_delay=0,
                        routes=[{"path": "/task", "accepts": [{"price": PRICE, "asset": "token"}, {"price": ETH_PRICE, "asset": "native"}]}])
    assert gate.config["routes"] == [{"path": "/task", "accepts": [{"price": str(PRICE), "asset": token},
                                                                   {"price": str(ETH_PRICE), "asset": "native"}]}]
    app.add_middleware(MailroomMiddleware, gate=gate, paths=["/task", "/other"])
    tkey, ekey = token_agent_key(node), node.fresh_key("1ether")

    async def main() -> None:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as http:  # type: ignore[arg-type]
            async with AsyncAgentMailroom(tkey, node.w3, deployments=str(node.deployments), asset="token", deposit=DEPOSIT,
                                          http=http, store=tmp_path / "t.sqlite") as t, \
                    AsyncAgentMailroom(ekey, node.w3, deployments=str(node.deployments), deposit=100 * ETH_PRICE, http=http,
                                       store=tmp_path / "e.sqlite") as e:
                await t.registry.register_agent(capabilities=["client"])
                await e.registry.register_agent(capabilities=["client"])
                for i in range(1, 3):
                    assert (await t.request(gate.address, {"n": i}, url="http://gate/task")).cumulative == i * PRICE
                r = await e.request(gate.address, {"n": 1}, url="http://gate/task", price=ETH_PRICE)
                assert r.price == ETH_PRICE and r.cumulative == ETH_PRICE
                r = await e.request(gate.address, {"n": 2}, url="http://gate/other", price=7 * ETH_PRICE)
                assert r.price == 7 * ETH_PRICE and r.cumulative == 8 * ETH_PRICE
                with pytest.raises(MailroomError) as ei:
                    await t.request(gate.address, {"n": 3}, url="http://gate/other")
                assert ei.value.code == "asset_mismatch"

    asyncio.run(main())
    assert gate.charged == {token: 2 * PRICE, "native": 8 * ETH_PRICE}


def deploy_test_token(node: Node, name: str) -> Any:
    """A token of contracts/artifacts deployed by dev account 0 (constructor without arguments)."""
    art = Path(__file__).parents[3] / "contracts" / "artifacts"
    abi = json.loads((art / f"{name}.abi").read_text())
    deployer = Account.from_key(dev_key(0))
    w3 = node.w3
    c = w3.eth.contract(abi=abi, bytecode=(art / f"{name}.bin").read_text().strip())
    tx = c.constructor().build_transaction({"from": deployer.address, "nonce": w3.eth.get_transaction_count(deployer.address, "pending"),
                                            "chainId": 31337})
    rc = w3.eth.wait_for_transaction_receipt(w3.eth.send_raw_transaction(deployer.sign_transaction(tx).raw_transaction), timeout=60)
    return w3.eth.contract(address=rc["contractAddress"], abi=abi)


def send_as(node: Node, key: str, fn: Any) -> None:
    acct = Account.from_key(key)
    tx = fn.build_transaction({"from": acct.address, "nonce": node.w3.eth.get_transaction_count(acct.address, "pending"), "chainId": 31337})
    rc = node.w3.eth.wait_for_transaction_receipt(node.w3.eth.send_raw_transaction(acct.sign_transaction(tx).raw_transaction), timeout=60)
    assert rc["status"] == 1


def test_a_token_refund_the_redeem_could_not_push_is_withdrawn(node: Node, tmp_path: Path) -> None:
    """Alice's address refuses the token (BlocklistToken) when Bob redeems:
    the rest is credited to refunds(token, alice); refund_of reads it and
    withdraw_refund sends it to another address, to the base unit."""
    tok = deploy_test_token(node, "BlocklistToken")
    key, bob_key, carol = node.fresh_key("1ether"), node.fresh_key("1ether"), Account.create().address
    alice, bob = Account.from_key(key).address, Account.from_key(bob_key).address
    send_as(node, key, tok.functions.mint(alice, DEPOSIT))
    a = AgentMailroom(key, node.w3, deployments=str(node.deployments), asset=tok.address, store=tmp_path / "a.sqlite")
    cid = a.chain.open_token_channel(key, tok.address, bob, DEPOSIT, 3600)  # no permit: approve + createTokenChannel
    a.channel_manager.use_channel(bob, cid)
    _prep, v = a.prepare_request(bob, {"n": 1}, attach_voucher_amount_wei=PRICE, url="http://127.0.0.1:1/task")
    assert v is not None and int(v["cumulativeAmount"]) == PRICE
    send_as(node, key, tok.functions.setBlocked(alice, True))
    a.chain.redeem(bob_key, cid, PRICE, v["signature"])
    assert int(tok.functions.balanceOf(bob).call()) == PRICE
    assert a.channel_manager.refund_of() == DEPOSIT - PRICE == a.channel_manager.refund_of(tok.address)
    assert a.channel_manager.refund_of("native") == 0
    a.channel_manager.withdraw_refund(to=carol)
    assert int(tok.functions.balanceOf(carol).call()) == DEPOSIT - PRICE
    assert a.channel_manager.refund_of() == 0 and int(tok.functions.balanceOf(a.chain.channels.address).call()) == 0
    a.close()


def test_httpx_auth_pays_in_the_token(node: Node, token_bob: Any) -> None:
    """MailroomAuth with a token agent pays the 402 of a mailroom priced in the token."""
    import httpx

    from agent_mailroom.httpx_auth import MailroomAuth
    a = registered(AgentMailroom(token_agent_key(node), node.w3, deployments=str(node.deployments), asset="token", deposit=DEPOSIT))
    with httpx.Client(auth=MailroomAuth(a)) as http:
        for i in range(1, 3):
            r = http.post(token_bob.url, json={"n": i})
            assert r.status_code == 200, r.text
            assert int(r.extensions["mailroom_receipt"]["cumulativeAmount"]) == i * PRICE
    st = a.channel_manager.channel_to(token_bob.address)
    assert st is not None and on_chain(node, st["channelId"])[3] == token_of(node)
    assert int(st["cumulative"]) == 2 * PRICE and a.store.assets(token_bob.address) == [token_of(node)]
    a.close()
