"""Settlement of a Python recipient: what was served is claimed, never more
(after a failed task the charge is rolled back), and a sender's close
request is claimed at once by the gate's watcher while new work on the
channel is refused."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx

from agent_mailroom import AgentMailroom
from conftest import Node, channel_on_chain

PRICE = 10**15


def agent(node: Node) -> AgentMailroom:
    a = AgentMailroom(agent_private_key=node.fresh_key(), w3=node.w3, deployments=str(node.deployments))
    a.registry.register_agent()
    return a


def test_failed_task_rolled_back_and_not_claimed(node: Node, gated_app: Any) -> None:
    app = gated_app()
    a = agent(node)
    r = a.request(app.did, {"task": 1})
    fail_url = app.url.replace("/task", "/fail")
    # The app fails (503): the charge is rolled back and the agent is told so (task_failed).
    try:
        a.request(app.did, {"task": 2}, url=fail_url, price=PRICE)
        raise AssertionError("a failed task must not succeed")
    except Exception as e:
        assert getattr(e, "code", None) == "task_failed", e
    r = a.request(app.did, {"task": 3})
    assert r.cumulative == 2 * PRICE  # the failed request cost nothing
    gate = app.gate()
    assert [x.amount for x in gate.settle()] == [2 * PRICE]
    assert channel_on_chain(node, r.channel_id or "")[1] == 2 * PRICE
    a.close()


def test_close_request_claimed_at_once(node: Node, gated_app: Any) -> None:
    app = gated_app()
    a = agent(node)
    for i in range(2):
        r = a.request(app.did, {"task": i})
    cid = r.channel_id or ""
    gate = app.gate()
    stop = asyncio.Event()
    loop = asyncio.new_event_loop()
    t = threading.Thread(target=lambda: loop.run_until_complete(gate.watch(interval=0.2, stop=stop)), daemon=True)
    t.start()
    try:
        t0 = time.monotonic()
        a.channel_manager.request_close(app.address)
        while channel_on_chain(node, cid)[1] < 2 * PRICE and time.monotonic() - t0 < 20:
            time.sleep(0.1)
        reaction = time.monotonic() - t0
        assert channel_on_chain(node, cid)[1] == 2 * PRICE, "the watcher did not claim"
        assert reaction < 10, reaction
        # New work on the closing channel is refused: the agent abandons it and opens another.
        r = a.request(app.did, {"task": "after close"})
        assert r.channel_id != cid and r.cumulative == PRICE
        probe, _ = a.prepare_request(app.did, {"x": 1}, url=app.url)
        assert httpx.post(app.url, content=probe.body, headers=probe.headers).status_code == 402
    finally:
        loop.call_soon_threadsafe(stop.set)
        t.join(10)
    a.close()


def test_redeem_does_not_lose_a_request_served_meanwhile(node: Node, gated_app: Any) -> None:
    """A redeem stops new work on the channel before it reads the channel's
    record: a request the gate (here the uvicorn worker, on the same store)
    serves during the redeem's chain read is either refused (the agent moves
    to another channel) or claimed by the redeem, never served on a voucher
    the redeem does not claim (after the redeem is mined the closed channel
    could never pay it)."""
    app = gated_app()
    a = agent(node)
    served: dict[str, int] = {}

    def count(r: Any) -> None:
        served[r.channel_id or ""] = served.get(r.channel_id or "", 0) + 1

    for i in range(2):
        r = a.request(app.did, {"task": i})
        count(r)
    cid = r.channel_id or ""
    gate = app.gate()
    read = gate.chain.get_channel
    during: list[Any] = []

    def get_channel(channel_id: str) -> Any:
        if not during:  # the redeem's chain read: a paid request is served meanwhile
            during.append(a.request(app.did, {"task": "during the redeem"}))
            count(during[0])
        return read(channel_id)

    gate.chain.get_channel = get_channel
    res = gate.settle_channel(cid, close=True)
    assert res.error is None, res.error
    assert during, "the redeem did not read the chain"
    deposit, claimed, is_open = channel_on_chain(node, cid)
    assert not is_open and res.closed
    # Every request served on the channel was claimed by its redeem.
    assert claimed == PRICE * served[cid], (claimed, served)
    assert sum(served.values()) == 3
    a.close()
