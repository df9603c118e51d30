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
