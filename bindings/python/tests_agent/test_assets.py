"""An agent paying in several assets (issue 14): AgentMailroom(assets=[…])
lists its assets, preferred first, each with its budget and deposit; the
core chooses from each recipient's 402 (client_choose) the first offered
within its cap. Against `mailroom node` and Go mailrooms taking ETH and the
test token at once (`mailroom serve --price 0.001ether --price 0.25tUSDC`,
a /premium route at 0.003ether or 1tUSDC). Amounts to the base unit."""

from __future__ import annotations

import asyncio
import json
import re
import time
from pathlib import Path
from typing import Any, Iterator

import pytest
from eth_account import Account

from agent_mailroom import AgentMailroom, AsyncAgentMailroom, MailroomError
from agent_mailroom.agent import today

from conftest import PKG, GoMailroom, Node, _accounts
from test_token import DEPOSIT, PRICE, balance, nonce, on_chain, registered, token_agent_key, token_of

ETH_PRICE = 10**15  # 0.001 ether
ETH_DEPOSIT = 10**16
PREMIUM_ETH, PREMIUM_TOKEN = 3 * 10**15, 1_000_000  # /premium: 0.003 ether or 1 tUSDC
ZERO = "0x0000000000000000000000000000000000000000"


def both_args(d: Path) -> tuple[str, ...]:
    routes = d / f"routes-{time.monotonic_ns()}.json"
    routes.write_text(json.dumps([{"path": "/premium", "accepts": [{"price": "0.003ether"}, {"price": "1tUSDC"}]}]))
    return ("--price", "0.001ether", "--price", "0.25tUSDC", "--routes", str(routes), "--min-withdraw-delay", "0")


@pytest.fixture(scope="module")
def both_bob(node: Node, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GoMailroom]:
    """A Go `mailroom serve` taking ETH (preferred) and tUSDC: 0.001 ether or
    0.25 tUSDC a request, /premium 0.003 ether or 1 tUSDC."""
    d = tmp_path_factory.mktemp("both-bob")
    m = GoMailroom(node, next(_accounts), "0.001ether", d, both_args(d))
    yield m
    m.stop()


def agent(node: Node, key: str, assets: list[Any], **kw: Any) -> AgentMailroom:
    return registered(AgentMailroom(key, node.w3, deployments=str(node.deployments), assets=assets, **kw))


def token_first(node: Node, cap: int | None = None) -> list[Any]:
    return [{"asset": "token", "deposit": DEPOSIT, "max_per_request": cap}, {"asset": "native", "deposit": ETH_DEPOSIT}]


def test_each_agent_pays_in_its_preferred_asset(node: Node, both_bob: GoMailroom) -> None:
    """A both-assets Go mailroom: the agent preferring the token pays 3 ×
    0.25 tUSDC, the one preferring ETH 2 × 0.001 ether, each on one channel
    in its asset; the terms are learnt once (one probe, then one nonce a
    request); `mailroom settle` claims exactly what each channel paid."""
    bob, token = both_bob, token_of(node)
    both_bob.settle()
    t = agent(node, token_agent_key(node), token_first(node))
    e = agent(node, node.fresh_key("1ether"), [{"asset": "native", "deposit": ETH_DEPOSIT}, {"asset": "token", "deposit": DEPOSIT}])
    assert t.assets == [token, "native"] and t.asset == token and e.assets == ["native", token]
    assert t.chosen_asset(bob.did) is None
    for i in range(1, 4):
        r = t.request(bob.did, {"n": i})
        assert (r.status_code, r.asset, r.price, r.cumulative) == (200, token, PRICE, i * PRICE), r
        assert r.receipt is not None and r.attempts == 1
    for i in range(1, 3):
        r = e.request(bob.did, {"n": i})
        assert (r.status_code, r.asset, r.price, r.cumulative) == (200, "native", ETH_PRICE, i * ETH_PRICE), r
    assert t.chosen_asset(bob.did) == token and e.chosen_asset(bob.address) == "native"
    # One probe (the envelope alone) for the first request, none after: 1 + 3 nonces.
    assert t.store.next_nonce(bob.address) == 4 and e.store.next_nonce(bob.address) == 3
    assert t.store.assets(bob.address) == [token] and e.store.assets(bob.address) == ["native"]
    ts, es = t.channel_manager.channel_to(bob.did), e.channel_manager.channel_to(bob.did)
    assert ts is not None and es is not None
    assert on_chain(node, ts["channelId"])[:4] == (DEPOSIT, 0, True, token)
    assert on_chain(node, es["channelId"])[:4] == (ETH_DEPOSIT, 0, True, ZERO)
    # Budgets per asset, each in its base units.
    assert t.spent_today(token) == t.spent_today() == DEPOSIT + 3 * PRICE and t.spent_today("native") == 0
    assert e.spent_today() == e.spent_today("native") == ETH_DEPOSIT + 2 * ETH_PRICE and e.spent_today("token") == 0
    assert t.store.spent(today()) == 0

    bob0 = balance(node, bob.address)
    both_bob.settle()
    assert on_chain(node, ts["channelId"])[1] == 3 * PRICE
    assert on_chain(node, es["channelId"])[1] == 2 * ETH_PRICE
    assert balance(node, bob.address) == bob0 + 3 * PRICE
    t.close()
    e.close()


def test_a_token_cap_below_the_price_pays_in_ether(node: Node, both_bob: GoMailroom) -> None:
    """The token's max_per_request is one unit below its price: the core
    chooses the next preference, ETH. Every cap below its price:
    budget_exceeded before any transaction."""
    bob = both_bob
    key = token_agent_key(node)
    a = agent(node, key, token_first(node, cap=PRICE - 1))
    r = a.request(bob.did, {"n": 1})
    assert (r.asset, r.price, r.cumulative) == ("native", ETH_PRICE, ETH_PRICE)
    assert a.store.assets(bob.address) == ["native"] and a.spent_today(token_of(node)) == 0
    a.close()

    key = token_agent_key(node)
    b = agent(node, key, [{"asset": "token", "max_per_request": PRICE - 1}, {"asset": "native", "max_per_request": ETH_PRICE - 1}])
    me = Account.from_key(key).address
    wei0, units0, n0 = node.w3.eth.get_balance(me), balance(node, me), nonce(node, key)  # after the registration
    with pytest.raises(MailroomError) as ei:
        b.request(bob.did, {"n": 1})
    assert ei.value.code == "budget_exceeded", ei.value
    assert nonce(node, key) == n0, "no transaction"
    assert balance(node, me) == units0 and node.w3.eth.get_balance(me) == wei0
    assert b.store.assets(bob.address) == [] and b.spent_today() == 0 and b.spent_today("native") == 0
    assert b.chosen_asset(bob.did) is None
    b.close()


def test_a_spent_day_budget_pays_in_the_next_asset(node: Node, both_bob: GoMailroom) -> None:
    """The token's max_per_day covers its deposit and one request: the
    first request is paid in the token; the second is refused by the
    token's day budget, the choice is made again with what each day has
    left (client_choose's dayLeft) and is paid in ETH, whose day is its own.
    A fresh agent whose token day has less left than the price is paid in
    ETH at once."""
    bob, token = both_bob, token_of(node)
    a = agent(node, token_agent_key(node), [{"asset": "token", "deposit": DEPOSIT, "max_per_day": DEPOSIT + PRICE},
                                            {"asset": "native", "deposit": ETH_DEPOSIT, "max_per_day": ETH_DEPOSIT + ETH_PRICE}])
    r = a.request(bob.did, {"n": 1})
    assert (r.asset, r.price) == (token, PRICE), r
    r = a.request(bob.did, {"n": 2})
    assert (r.asset, r.price, r.cumulative) == ("native", ETH_PRICE, ETH_PRICE), r
    assert a.chosen_asset(bob.did) == "native"
    assert a.spent_today(token) == DEPOSIT + PRICE and a.spent_today("native") == ETH_DEPOSIT + ETH_PRICE
    a.close()

    b = agent(node, token_agent_key(node), [{"asset": "token", "deposit": DEPOSIT, "max_per_day": PRICE - 1},
                                            {"asset": "native", "deposit": ETH_DEPOSIT}])
    r = b.request(bob.did, {"n": 1})
    assert r.asset == "native" and b.store.assets(bob.address) == ["native"] and b.spent_today(token) == 0
    b.close()


def test_an_ether_only_mailroom_is_paid_in_ether(node: Node, go_mailroom: Any) -> None:
    """Preferring the token, then ETH, against a mailroom taking ETH only: ETH, at the 402's price."""
    bob = go_mailroom()
    a = agent(node, token_agent_key(node), token_first(node))
    for i in range(1, 3):
        r = a.request(bob.did, {"n": i})
        assert (r.asset, r.price, r.cumulative) == ("native", ETH_PRICE, i * ETH_PRICE), r
    st = a.channel_manager.channel_to(bob.did)
    assert st is not None and on_chain(node, st["channelId"])[3] == ZERO
    bob.settle()
    assert on_chain(node, st["channelId"])[1] == 2 * ETH_PRICE
    # A token-only agent is still told the mailroom does not take the token.
    b = agent(node, token_agent_key(node), [{"asset": "token"}])
    with pytest.raises(MailroomError) as ei:
        b.request(bob.did, {"n": 1})
    assert ei.value.code == "asset_mismatch"
    a.close()
    b.close()


def test_the_async_agent_chooses_by_its_preferences(node: Node, both_bob: GoMailroom) -> None:
    bob, token = both_bob, token_of(node)
    tkey, ekey = token_agent_key(node), token_agent_key(node)

    async def main() -> list[tuple[str, int, int]]:
        out = []
        async with AsyncAgentMailroom(tkey, node.w3, deployments=str(node.deployments), assets=token_first(node)) as t, \
                AsyncAgentMailroom(ekey, node.w3, deployments=str(node.deployments), assets=token_first(node, cap=PRICE - 1)) as e:
            assert t.assets == [token, "native"]
            await t.registry.register_agent(capabilities=["client"])
            await e.registry.register_agent(capabilities=["client"])
            rs = await asyncio.gather(t.request(bob.did, {"n": 1}), e.request(bob.did, {"n": 1}))
            rs += await asyncio.gather(t.request(bob.did, {"n": 2}), e.request(bob.did, {"n": 2}))
            out = [(r.asset, r.price, r.cumulative) for r in rs]
            assert t.chosen_asset(bob.did) == token and e.chosen_asset(bob.did) == "native"
            assert t.spent_today() == DEPOSIT + 2 * PRICE and e.spent_today("native") == ETH_DEPOSIT + 2 * ETH_PRICE
            ts, es = t.channel_manager.channel_to(bob.did), e.channel_manager.channel_to(bob.did)
            assert ts is not None and es is not None
            out.append((ts["channelId"], 0, 0))
            out.append((es["channelId"], 0, 0))
        return out

    out = asyncio.run(main())
    assert out[:4] == [(token, PRICE, PRICE), ("native", ETH_PRICE, ETH_PRICE), (token, PRICE, 2 * PRICE), ("native", ETH_PRICE, 2 * ETH_PRICE)]
    bob.settle()
    assert on_chain(node, out[4][0])[1] == 2 * PRICE and on_chain(node, out[5][0])[1] == 2 * ETH_PRICE


def test_a_route_priced_apart_is_paid_at_its_price(node: Node, both_bob: GoMailroom) -> None:
    """/premium costs 1 tUSDC (0.003 ether) where the default is 0.25 tUSDC
    (0.001 ether): terms are kept per URL, so the first /premium request
    learns /premium's (no voucher at /task's price first) and pays its price
    in one attempt; back on /task and /premium each pays its price at once.
    An ETH agent going by the registry's rate pays /premium through the
    core's repriced retry. settle claims exactly the sum."""
    bob, token = both_bob, token_of(node)
    premium = bob.url.rsplit("/", 1)[0] + "/premium"
    t = agent(node, token_agent_key(node), token_first(node))
    e = agent(node, node.fresh_key("1ether"), [{"asset": "native", "deposit": ETH_DEPOSIT}])
    assert t.request(bob.did, {"n": 1}).cumulative == PRICE
    r = t.request(bob.did, {"n": 2}, url=premium)
    assert (r.asset, r.price, r.cumulative, r.attempts) == (token, PREMIUM_TOKEN, PRICE + PREMIUM_TOKEN, 1), r
    r = t.request(bob.did, {"n": 3}, url=premium)
    assert (r.price, r.cumulative, r.attempts) == (PREMIUM_TOKEN, PRICE + 2 * PREMIUM_TOKEN, 1), r  # the terms paid are kept
    r = t.request(bob.did, {"n": 4})
    assert (r.price, r.cumulative, r.attempts) == (PRICE, 2 * PRICE + 2 * PREMIUM_TOKEN, 1), r
    # An ETH-only agent pays the registry's rate, and /premium at its own price (the core's repriced retry).
    r = e.request(bob.did, {"n": 1})
    assert (r.asset, r.price, r.cumulative, r.attempts) == ("native", ETH_PRICE, ETH_PRICE, 1), r
    r = e.request(bob.did, {"n": 2}, url=premium)
    assert (r.asset, r.price, r.cumulative, r.attempts) == ("native", PREMIUM_ETH, ETH_PRICE + PREMIUM_ETH, 2), r
    ts, es = t.channel_manager.channel_to(bob.did), e.channel_manager.channel_to(bob.did)
    assert ts is not None and es is not None
    # Nothing signed beyond what was paid.
    assert t.spent_today() == DEPOSIT + 2 * PRICE + 2 * PREMIUM_TOKEN
    assert int(ts.get("signed") or ts["cumulative"]) == 2 * PRICE + 2 * PREMIUM_TOKEN
    bob0 = balance(node, bob.address)
    bob.settle()
    assert on_chain(node, ts["channelId"])[1] == 2 * PRICE + 2 * PREMIUM_TOKEN
    assert on_chain(node, es["channelId"])[1] == ETH_PRICE + PREMIUM_ETH
    assert balance(node, bob.address) == bob0 + 2 * PRICE + 2 * PREMIUM_TOKEN
    t.close()
    e.close()


def test_a_recipient_that_stops_taking_the_chosen_asset_is_asked_again(node: Node, tmp_path: Path) -> None:
    """The token was chosen; the mailroom restarts taking ETH only: the next
    request meets asset_mismatch in the token, probes once more and pays in ETH."""
    token = token_of(node)
    bob = GoMailroom(node, next(_accounts), "0.001ether", tmp_path, both_args(tmp_path))
    try:
        a = agent(node, token_agent_key(node), token_first(node))
        assert a.request(bob.did, {"n": 1}).asset == token
        bob.stop()
        bob.extra = ("--min-withdraw-delay", "0")
        bob.start()
        r = a.request(bob.did, {"n": 2})
        assert (r.asset, r.price, r.cumulative) == ("native", ETH_PRICE, ETH_PRICE), r
        assert a.chosen_asset(bob.did) == "native"
        assert sorted(a.store.assets(bob.address)) == sorted([token, "native"])
        assert a.spent_today("native") == ETH_DEPOSIT + ETH_PRICE
        a.close()
    finally:
        bob.stop()


def test_httpx_auth_pays_in_the_preferred_asset(node: Node, both_bob: GoMailroom) -> None:
    import httpx

    from agent_mailroom.httpx_auth import MailroomAuth
    a = agent(node, token_agent_key(node), token_first(node, cap=PRICE - 1))
    with httpx.Client(auth=MailroomAuth(a)) as http:
        for i in range(1, 3):
            r = http.post(both_bob.url, json={"n": i})
            assert r.status_code == 200, r.text
            assert r.extensions["mailroom_asset"] == "native"
            assert int(r.extensions["mailroom_receipt"]["cumulativeAmount"]) == i * ETH_PRICE
    assert a.store.assets(both_bob.address) == ["native"]
    a.close()


def test_preferences_are_checked(node: Node, tmp_path: Path) -> None:
    key = node.fresh_key("1ether")
    bad: list[tuple[dict[str, Any], str]] = [
        ({"assets": []}, "empty"),
        ({"assets": [{"asset": "native"}, {"asset": "native"}]}, "twice"),
        ({"assets": [{"asset": "token"}, {"asset": token_of(node).lower()}]}, "twice"),
        ({"assets": [{"asset": "native", "max_per_requests": 1}]}, "unknown key"),
        ({"assets": [{"asset": "native", "deposit": -1}]}, "negative"),
        ({"assets": [{"asset": "bogus"}]}, "bad asset"),
        ({"assets": [{"max_per_request": 1}]}, "no asset"),
        ({"assets": [{"asset": "native"}], "asset": "token"}, "both"),
        ({"assets": [{"asset": "native"}], "deposit": 1}, "deposit outside"),
    ]
    for kw, why in bad:
        with pytest.raises(MailroomError) as ei:
            AgentMailroom(key, node.w3, deployments=str(node.deployments), store=tmp_path / "a.sqlite", **kw)
        assert ei.value.code == "invalid_input", why
    a = AgentMailroom(key, node.w3, deployments=str(node.deployments), store=tmp_path / "b.sqlite",
                      assets=[{"asset": "token", "max_per_request": 7, "deposit": 70}, {"asset": "native"}])
    assert a._payers[0].cfg["maxPerRequest"] == "7" and a._payers[0].cfg["deposit"] == "70"  # type: ignore[typeddict-item]
    assert "maxPerRequest" not in a._payers[1].cfg and a._payers[1].cfg["asset"] == "native"  # type: ignore[typeddict-item]
    with pytest.raises(MailroomError) as ei:
        a.spent_today("bogus")
    assert ei.value.code == "invalid_input"
    a.close()


def test_the_readme_block_runs(node: Node, both_bob: GoMailroom, capsys: Any) -> None:
    """README.md's "Paying in several assets" block, as written, against the both-assets mailroom."""
    m = re.search(r"## Paying in several assets\n.*?```python\n(.*?)```", (PKG / "README.md").read_text(), re.S)
    assert m, "README.md has no 'Paying in several assets' python block"
    ns: dict[str, Any] = {"alice_key": token_agent_key(node), "w3": node.w3, "bob_did": both_bob.did, "AgentMailroom": AgentMailroom}
    exec(compile(m.group(1), "README.md several assets", "exec"), ns)
    token = token_of(node)
    assert capsys.readouterr().out.split("\n")[:2] == [f"{token} {PRICE} {PRICE}", f"{token} 0"]
    ns["agent"].close()
