"""Python and Go, both ways, over real HTTP on a real dev chain:
a Python agent pays a Go mailroom (`mailroom serve`); `mailroom send` pays
a FastAPI app behind the middleware; Python pays Python; refusals carry the
same codes and statuses as the Go server's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from agent_mailroom import AgentMailroom, AsyncAgentMailroom, MailroomError
from agent_mailroom.httpx_auth import MailroomAuth
from conftest import Node, channel_on_chain

PRICE = 10**15


def agent(node: Node, **kw: Any) -> AgentMailroom:
    a = AgentMailroom(agent_private_key=node.fresh_key(), w3=node.w3, deployments=str(node.deployments), **kw)
    a.registry.register_agent(capabilities=["client"])
    return a


def test_python_agent_pays_go_mailroom(node: Node, go_mailroom: Any) -> None:
    bob = go_mailroom()
    a = agent(node)
    for i in range(3):  # the first learns the terms from a 402 and opens a channel
        r = a.request(bob.did, {"task": f"n{i}"})
        assert r.status_code == 200 and r.receipt is not None
        assert r.cumulative == (i + 1) * PRICE and r.price == PRICE
    assert a.spent_today() == 100 * PRICE + 3 * PRICE  # the deposit (100 x price) and three increases
    bob.settle()
    assert channel_on_chain(node, r.channel_id or "")[1] == 3 * PRICE
    a.close()


def test_go_send_pays_fastapi_gate(node: Node, gated_app: Any, tmp_path: Path) -> None:
    app = gated_app()
    key = tmp_path / "alice.key"
    key.write_text(node.fresh_key() + "\n")
    key.chmod(0o600)
    node.cli("register", "--key", str(key))
    for i in range(2):
        out = node.cli("send", "--key", str(key), "--store", str(tmp_path / "alice-store"), "--json", app.did, json.dumps({"task": i}))
        res = json.loads(out.stdout)
        assert json.dumps(res).count(str((i + 1) * PRICE)) >= 1, res
    results = app.gate().settle()
    assert len(results) == 1 and results[0].error is None and results[0].amount == 2 * PRICE
    assert channel_on_chain(node, results[0].channel_id)[1] == 2 * PRICE


def test_python_pays_python(node: Node, gated_app: Any) -> None:
    app = gated_app(workers=2)
    a = agent(node)
    rs = [a.request(app.did, {"task": i}) for i in range(6)]
    assert all(r.status_code == 200 and r.receipt is not None for r in rs)
    assert [r.cumulative for r in rs] == [(i + 1) * PRICE for i in range(6)]
    assert rs[-1].json()["echo"] == json.dumps({"task": 5}, separators=(",", ":"))
    gate = app.gate()
    assert [x.amount for x in gate.settle()] == [6 * PRICE]
    assert gate.settle() == []  # nothing more to claim
    a.close()


def test_async_agent_and_httpx_auth(node: Node, gated_app: Any) -> None:
    import asyncio
    app = gated_app()
    key = node.fresh_key()

    async def go() -> Any:
        aa = AsyncAgentMailroom(agent_private_key=key, w3=node.w3, deployments=str(node.deployments))
        await aa.registry.register_agent(capabilities=["client"])
        # Three at once to one recipient: serialised, each paying the next amount.
        rs = await asyncio.gather(*(aa.request(app.did, {"task": i}) for i in range(3)))
        await aa.aclose()
        return rs

    rs = asyncio.run(go())
    assert all(r.status_code == 200 and r.receipt is not None for r in rs)
    assert sorted(r.cumulative for r in rs) == [PRICE, 2 * PRICE, 3 * PRICE]
    # The same agent, through httpx: a plain POST meets the 402 and is paid.
    a = AgentMailroom(agent_private_key=key, w3=node.w3, deployments=str(node.deployments))
    with httpx.Client(auth=MailroomAuth(a)) as c:
        resp = c.post(app.url, json={"task": "via httpx"})
    assert resp.status_code == 200 and resp.extensions["mailroom_receipt"]["cumulativeAmount"] == str(4 * PRICE)
    a.close()


def refusal(resp: httpx.Response) -> tuple[int, str]:
    try:
        return resp.status_code, str(resp.json().get("code"))
    except ValueError:
        return resp.status_code, ""


def test_refusals_match_the_go_server(node: Node, go_mailroom: Any, gated_app: Any) -> None:
    """The same hand-made bad requests to a Go mailroom and to the gate get the same status and code."""
    go, py = go_mailroom(rate=str(PRICE)), gated_app()
    outsider = AgentMailroom(agent_private_key=node.fresh_key(), w3=node.w3, deployments=str(node.deployments))
    a = agent(node)
    cases: dict[str, list[tuple[int, str]]] = {}
    for target in (go, py):
        got = []
        # no envelope at all: 402 with the terms
        r = httpx.post(target.url, json={"task": 1})
        got.append(refusal(r))
        assert r.headers.get("payment-required")
        # an unregistered sender
        prep, _ = outsider.prepare_request(target.did, {"task": 1}, url=target.url)
        got.append(refusal(httpx.post(target.url, content=prep.body, headers=prep.headers)))
        # a registered sender, envelope only (the probe): 402 payment_required
        prep, _ = a.prepare_request(target.did, {"task": 1}, url=target.url)
        got.append(refusal(httpx.post(target.url, content=prep.body, headers=prep.headers)))
        # a tampered body: payload_mismatch
        got.append(refusal(httpx.post(target.url, content=b'{"task":"steal"}', headers=prep.headers)))
        # the envelope sent to another target (a query added)
        got.append(refusal(httpx.post(target.url + "?x=1", content=prep.body, headers=prep.headers)))
        # a body above the 1 MiB limit
        got.append(refusal(httpx.post(target.url, content=b"x" * ((1 << 20) + 10))))
        # garbage envelope
        got.append(refusal(httpx.post(target.url, content=b"{}", headers={"Agent-Envelope": "!!"})))
        # a voucher on a channel that does not exist
        a.request(target.did, {"task": "open"})  # opens a real channel first
        st = a.channel_manager.channel_to(target.address)
        assert st is not None
        fake = dict(st, channelId="0x" + "ab" * 32)
        a.store.put_outgoing(fake)
        prep, v = a.prepare_request(target.did, {"task": 2}, attach_voucher_amount_wei=PRICE, url=target.url)
        got.append(refusal(httpx.post(target.url, content=prep.body, headers=prep.headers)))
        a.store.put_outgoing(st)
        cases[target.url] = got
    g, p = cases[go.url], cases[py.url]
    assert g == p, f"go {g} != python {p}"
    assert [c for _, c in g] == ["payment_required", "sender_unregistered", "payment_required", "payload_mismatch",
                                 "payload_mismatch", "body_too_large", "invalid_json", "channel_not_found"]
    a.close()
    outsider.close()


def test_use_channel_opened_with_the_cli(node: Node, go_mailroom: Any, tmp_path: Path) -> None:
    """A channel opened with `mailroom channel open` is adopted by the core's
    rule (client_adopt) and paid on after learning what the recipient accepted."""
    bob = go_mailroom()
    key = node.fresh_key()
    kf = tmp_path / "k.key"
    kf.write_text(key + "\n")
    kf.chmod(0o600)
    out = node.cli("channel", "open", "--key", str(kf), "--deposit", "0.01ether", "--json", "--to", bob.did).stdout
    cid = json.loads(out)["channelId"]
    a = AgentMailroom(agent_private_key=key, w3=node.w3, deployments=str(node.deployments))
    a.registry.register_agent()
    other = AgentMailroom(agent_private_key=node.fresh_key(), w3=node.w3, deployments=str(node.deployments))
    with pytest.raises(MailroomError) as e:
        other.channel_manager.use_channel(bob.address, cid)  # not its channel
    assert e.value.code == "channel_mismatch"
    a.channel_manager.use_channel(bob.address, cid)
    r = a.request(bob.did, {"task": "on an adopted channel"})
    assert r.channel_id == cid and r.cumulative == PRICE
    a.close()
    other.close()
