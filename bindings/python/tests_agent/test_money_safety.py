"""Money safety through the Python path, against Go and Python recipients:
a mailroom down then up (no overpay), a forged correction (refused, nothing
adopted), replays (the recorded answer once, a reused nonce refused), and
concurrent vouchers across uvicorn workers sharing one store (each charged
once, the settlement exactly price × served)."""

from __future__ import annotations

import base64
import json
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator

import httpx
import pytest

from agent_mailroom import AgentMailroom, Budget, Core, MailroomError
from conftest import Node, channel_on_chain

PRICE = 10**15


def agent(node: Node, **kw: Any) -> AgentMailroom:
    a = AgentMailroom(agent_private_key=node.fresh_key(), w3=node.w3, deployments=str(node.deployments), **kw)
    a.registry.register_agent(capabilities=["client"])
    return a


@pytest.fixture(params=["go", "python"])
def recipient(request: pytest.FixtureRequest, go_mailroom: Any, gated_app: Any) -> Any:
    """A Go mailroom or the FastAPI gate, with settle() -> claimed on chain."""
    if request.param == "go":
        m = go_mailroom(rate=str(PRICE))
        m.claim = lambda: m.settle()
        return m
    g = gated_app()
    g.claim = lambda: g.gate().settle()
    return g


def test_down_then_up_no_overpay(node: Node, recipient: Any) -> None:
    a = agent(node, budget=Budget(max_per_day=10**18))
    r = a.request(recipient.did, {"task": 1})
    cid = r.channel_id or ""
    before, spent = a.channel_manager.channel_to(recipient.address), a.spent_today()
    recipient.stop()
    with pytest.raises(MailroomError) as e:
        a.request(recipient.did, {"task": 2})
    assert e.value.code == "transport_error"
    # The request never left: nothing advanced, the budget is given back.
    assert a.channel_manager.channel_to(recipient.address) == before and a.spent_today() == spent
    recipient.start()
    for i in range(2):
        r = a.request(recipient.did, {"task": 3 + i})
        assert r.status_code == 200 and r.cumulative == (2 + i) * PRICE
    recipient.claim()
    assert channel_on_chain(node, cid)[1] == 3 * PRICE  # exactly the three served
    a.close()


class Liar(BaseHTTPRequestHandler):
    """A mailroom that claims an upward correction it cannot prove."""

    answer: tuple[int, dict[str, str], bytes] = (500, {}, b"")

    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("content-length") or 0))
        status, headers, body = self.answer
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def liar() -> Iterator[tuple[str, type[Liar]]]:
    cls = type("L", (Liar,), {})
    srv = ThreadingHTTPServer(("127.0.0.1", 0), cls)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/task", cls
    srv.shutdown()
    srv.server_close()


def test_forged_correction_refused(node: Node, recipient: Any, liar: tuple[str, type[Liar]]) -> None:
    a = agent(node)
    for i in range(2):
        r = a.request(recipient.did, {"task": i})
    cid = r.channel_id or ""
    terms_402 = httpx.post(recipient.url, json={}).headers["payment-required"]
    eve = Core().generate_key()
    forged = Core().sign_voucher(eve["privateKey"], channel_id=cid, cumulative_amount=40 * PRICE, chain_id=31337,
                                 verifying_contract=node.d["paymentChannel"])
    body = json.dumps({"code": "voucher_insufficient", "message": "we accepted 40 already", "acceptedCumulative": str(40 * PRICE),
                       "channelId": cid, "acceptedSignature": forged["signature"]}).encode()
    url, cls = liar
    cls.answer = (409, {"PAYMENT-REQUIRED": terms_402, "content-type": "application/json"}, body)
    with pytest.raises(MailroomError) as e:
        a.request(recipient.did, {"task": "x"}, url=url, price=PRICE)
    assert e.value.code == "correction_unproven"
    st = a.channel_manager.channel_to(recipient.address)
    assert st is not None and st["cumulative"] == str(2 * PRICE)  # nothing adopted
    # The honest recipient is paid on: the 3 x price voucher is signed again, costing nothing more.
    spent = a.spent_today()
    r = a.request(recipient.did, {"task": "after"})
    assert r.cumulative == 3 * PRICE and a.spent_today() == spent
    recipient.claim()
    assert channel_on_chain(node, cid)[1] == 3 * PRICE
    a.close()


def test_replay_refused(node: Node, recipient: Any) -> None:
    a = agent(node)
    a.request(recipient.did, {"task": "open"})
    prep, v = a.prepare_request(recipient.did, {"task": "once"}, attach_voucher_amount_wei=PRICE, url=recipient.url)
    r1 = httpx.post(recipient.url, content=prep.body, headers=prep.headers)
    r2 = httpx.post(recipient.url, content=prep.body, headers=prep.headers)
    assert r1.status_code == 200 and r2.status_code == 200
    assert r2.headers.get("idempotent-replayed") == "true" and r2.content == r1.content
    assert r2.headers["payment-response"] == r1.headers["payment-response"]
    other, _ = a.prepare_request(recipient.did, {"task": "once"}, attach_voucher_amount_wei=PRICE, url=recipient.url)
    mixed = {**prep.headers, "PAYMENT-SIGNATURE": other.headers["PAYMENT-SIGNATURE"]}
    r3 = httpx.post(recipient.url, content=prep.body, headers=mixed)
    assert (r3.status_code, r3.json()["code"]) == (409, "nonce_replayed")
    cid = json.loads(base64.b64decode(prep.headers["PAYMENT-SIGNATURE"]))["payload"]["channelId"]
    recipient.claim()
    assert channel_on_chain(node, cid)[1] == 2 * PRICE  # the replayed request was charged once
    # The agent's next request: its unsent 3 x price voucher is corrected down and paid again.
    r = a.request(recipient.did, {"task": "next"})
    assert r.cumulative == 3 * PRICE
    a.close()


def test_concurrent_vouchers_across_workers(node: Node, gated_app: Any) -> None:
    """Eight vouchers of one channel sent at once to two uvicorn workers on one
    store: all served, in any arrival order, each charged exactly once."""
    app = gated_app(workers=2)
    a = agent(node)
    r0 = a.request(app.did, {"task": "open"})
    preps = [a.prepare_request(app.did, {"task": i}, attach_voucher_amount_wei=PRICE, url=app.url)[0] for i in range(8)]

    def post(p: Any) -> httpx.Response:
        return httpx.post(app.url, content=p.body, headers=p.headers, timeout=30)

    with ThreadPoolExecutor(8) as ex:
        rs = list(ex.map(post, reversed(preps)))
    assert [r.status_code for r in rs] == [200] * 8, [r.text for r in rs]
    results = app.gate().settle()
    assert [x.amount for x in results] == [9 * PRICE]
    assert channel_on_chain(node, r0.channel_id or "")[1] == 9 * PRICE
    a.close()


def test_same_voucher_twice_across_workers(node: Node, gated_app: Any) -> None:
    """Two requests (two nonces) carrying the same voucher amount, at once to
    two workers: one is served, the other refused (the database decides;
    never two answers for one charge). Ten rounds."""
    app = gated_app(workers=2)
    a = agent(node)
    a.request(app.did, {"task": "open"})
    served = 0
    barrier = threading.Barrier(2)

    def post(p: Any) -> httpx.Response:
        barrier.wait()
        return httpx.post(app.url, content=p.body, headers=p.headers, timeout=30)

    client = httpx.Client()
    for rnd in range(10):
        before = a.channel_manager.channel_to(app.address)
        assert before is not None
        p1, _ = a.prepare_request(app.did, {"r": rnd}, attach_voucher_amount_wei=PRICE, url=app.url)
        a.store.put_outgoing(dict(before))  # sign the same amount again, under a new nonce
        p2, _ = a.prepare_request(app.did, {"r": rnd}, attach_voucher_amount_wei=PRICE, url=app.url)
        with ThreadPoolExecutor(2) as ex:
            rs = list(ex.map(post, [p1, p2]))
        ok = [r for r in rs if r.status_code == 200]
        assert len(ok) == 1, [(r.status_code, r.text[:80]) for r in rs]
        bad = [r for r in rs if r.status_code != 200][0]
        assert bad.json()["code"] in ("voucher_insufficient", "voucher_excessive"), bad.text
        served += 1
    client.close()
    results = app.gate().settle()
    assert [x.amount for x in results] == [(1 + served) * PRICE]
    a.close()


def test_gate_killed_mid_task_reruns_under_the_same_charge(node: Node, gated_app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The gate's worker is SIGKILLed while the app runs a paid request (the
    charge is committed, the answer not): after a restart, the very same
    request is in progress while the dead worker's lease lasts, then runs
    again under its recorded charge: one answer, one charge."""
    import signal
    import tempfile
    import time
    lease = 6.0
    monkeypatch.setenv("GATE_LEASE", str(lease))
    started = os.path.join(tempfile.mkdtemp(), "slow-started")
    monkeypatch.setenv("GATE_SLOW_STARTED", started)
    app = gated_app()
    a = agent(node)
    a.request(app.did, {"task": "open"})
    slow = app.url.replace("/task", "/slow")
    prep, _ = a.prepare_request(app.did, {"task": "slow"}, attach_voucher_amount_wei=PRICE, url=slow)

    def post() -> None:
        try:
            httpx.post(slow, content=prep.body, headers=prep.headers, timeout=30)
        except httpx.HTTPError:
            pass

    t = threading.Thread(target=post)
    t.start()
    for _ in range(300):  # the task started: accepted and committed; the app sleeps 3 s
        if os.path.exists(started):
            break
        time.sleep(0.05)
    assert os.path.exists(started), "the slow task never started"
    assert app.proc is not None
    app.proc.p.send_signal(signal.SIGKILL)
    killed = time.monotonic()
    app.proc.p.wait(10)
    t.join(30)
    app.stop()
    app.start()
    r = httpx.post(slow, content=prep.body, headers=prep.headers, timeout=30)
    if time.monotonic() - killed < lease - 0.5:  # a restart slower than the lease cannot see it
        assert (r.status_code, r.json().get("code")) == (409, "request_in_progress")  # the dead worker's lease
    while r.status_code == 409 and r.json().get("code") == "request_in_progress" and time.monotonic() - killed < lease + 20:
        time.sleep(0.25)
        r = httpx.post(slow, content=prep.body, headers=prep.headers, timeout=30)
    assert r.status_code == 200 and r.headers.get("payment-response"), r.text
    r2 = httpx.post(slow, content=prep.body, headers=prep.headers, timeout=30)
    assert r2.headers.get("idempotent-replayed") == "true" and r2.content == r.content
    results = app.gate().settle()
    assert [x.amount for x in results] == [2 * PRICE]
    a.close()
