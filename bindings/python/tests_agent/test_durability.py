"""Crash safety and budgets of the Python agent, with a Go mailroom.

The voucher, the nonce and the spend are on disk before a request leaves:
an agent process SIGKILLed while its paid request is being served (the
recipient charged it, the answer never came back) leaves a store from which
a new process goes on with no overpay and no lost charge; budgets refuse
before anything is signed or sent."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from agent_mailroom import AgentMailroom, Budget, MailroomError
from conftest import PKG, Node, channel_on_chain

PRICE = 10**15


def test_killed_mid_request_no_overpay(node: Node, go_mailroom: Any, tmp_path: Path) -> None:
    bob = go_mailroom(rate=str(PRICE))
    forwarded = threading.Event()

    class Hold(BaseHTTPRequestHandler):
        """Forwards the request to Bob, then never answers (the agent is killed meanwhile)."""

        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            keep = {k: v for k, v in self.headers.items() if k.lower() in ("agent-envelope", "payment-signature", "content-type")}
            r = httpx.post(bob.url, content=body, headers=keep)
            if r.status_code == 200:
                forwarded.set()
                time.sleep(30)
            self.send_response(r.status_code)
            for k, v in r.headers.items():
                if k.lower() not in ("content-length", "transfer-encoding", "connection"):
                    self.send_header(k, v)
            self.send_header("content-length", str(len(r.content)))
            self.end_headers()
            self.wfile.write(r.content)

        def log_message(self, *a: Any) -> None:
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Hold)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    proxy = f"http://127.0.0.1:{srv.server_address[1]}/task"
    key, store = node.fresh_key(), tmp_path / "alice.sqlite"
    a = AgentMailroom(agent_private_key=key, w3=node.w3, deployments=str(node.deployments), store=store)
    a.registry.register_agent()
    first = a.request(bob.did, {"task": 1})  # the channel, and P accepted
    spent = a.spent_today()
    a.close()
    script = (
        "import sys; from web3 import Web3; from agent_mailroom import AgentMailroom\n"
        f"a = AgentMailroom(agent_private_key={key!r}, w3=Web3(Web3.HTTPProvider({node.rpc!r})), deployments={str(node.deployments)!r}, store={str(store)!r})\n"
        f"a.request({bob.did!r}, {{'task': 2}}, url={proxy!r}, price={PRICE})\n"
    )
    p = subprocess.Popen([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": str(PKG / "src")})
    try:
        assert forwarded.wait(60), "the request never reached Bob"
        p.send_signal(signal.SIGKILL)  # mid-request: Bob charged it, the agent never heard back
        p.wait(10)
    finally:
        if p.poll() is None:
            p.kill()
        srv.shutdown()
    b = AgentMailroom(agent_private_key=key, w3=node.w3, deployments=str(node.deployments), store=store)
    st = b.channel_manager.channel_to(bob.address)
    assert st is not None and st["cumulative"] == str(2 * PRICE)  # written before the request left
    assert b.spent_today() == spent + PRICE  # and counted
    r = b.request(bob.did, {"task": 3})
    assert r.status_code == 200 and r.cumulative == 3 * PRICE
    bob.settle()
    assert channel_on_chain(node, first.channel_id or "")[1] == 3 * PRICE  # three served, three paid
    b.close()


def test_budgets_refuse_before_signing(node: Node, go_mailroom: Any, tmp_path: Path) -> None:
    bob = go_mailroom(rate=str(PRICE))
    key = node.fresh_key()
    a = AgentMailroom(agent_private_key=key, w3=node.w3, deployments=str(node.deployments), store=tmp_path / "a.sqlite",
                      budget=Budget(max_per_request=PRICE - 1))
    a.registry.register_agent()
    with pytest.raises(MailroomError) as e:
        a.request(bob.did, {"task": 1})
    assert e.value.code == "budget_exceeded" and a.spent_today() == 0
    assert a.channel_manager.channel_to(bob.address) is None  # no channel was opened
    a.close()
    # A day's budget below the first deposit (100 x price): refused before the transaction.
    b = AgentMailroom(agent_private_key=key, w3=node.w3, deployments=str(node.deployments), store=tmp_path / "a.sqlite",
                      budget=Budget(max_per_day=50 * PRICE))
    with pytest.raises(MailroomError) as e:
        b.request(bob.did, {"task": 1})
    assert e.value.code == "budget_exceeded" and b.spent_today() == 0
    assert b.channel_manager.channel_to(bob.address) is None
    b.close()
    # Enough for the deposit and two requests, not three.
    c = AgentMailroom(agent_private_key=key, w3=node.w3, deployments=str(node.deployments), store=tmp_path / "a.sqlite",
                      budget=Budget(max_per_day=102 * PRICE))
    c.request(bob.did, {"task": 1})
    c.request(bob.did, {"task": 2})
    with pytest.raises(MailroomError) as e:
        c.request(bob.did, {"task": 3})
    assert e.value.code == "budget_exceeded" and c.spent_today() == 102 * PRICE
    st = c.channel_manager.channel_to(bob.address)
    assert st is not None and st["cumulative"] == str(2 * PRICE)
    c.close()


def test_store_bound_to_its_chain_and_one_process(node: Node, tmp_path: Path) -> None:
    from agent_mailroom.store import SenderStore
    s = SenderStore(tmp_path / "x.sqlite")
    with pytest.raises(MailroomError) as e:
        SenderStore(tmp_path / "x.sqlite")  # a second owner
    assert e.value.code == "store_error"
    s.bind("31337/0xaa")
    with pytest.raises(MailroomError) as e:
        s.bind("31337/0xbb")  # the chain was reset
    assert e.value.code == "store_error" and "0xaa" in e.value.detail
    s.close()


def test_bad_input_is_a_clear_code(node: Node) -> None:
    a = AgentMailroom(agent_private_key=node.fresh_key(), w3=node.w3, deployments=str(node.deployments))
    for did, code in (("did:agent:eth:0x123", "invalid_did"), ("0xnothex", "invalid_address")):
        with pytest.raises(MailroomError) as e:
            a.request(did, {"task": 1})
        assert e.value.code == code
    with pytest.raises(MailroomError) as e:
        a.registry.get_agent_profile("did:agent:eth:0x000000000000000000000000000000000000dEaD")
    assert e.value.code == "agent_not_found"
    with pytest.raises(MailroomError) as e:
        a.channel_manager.open_channel(sender_private_key=node.fresh_key(), recipient_address=a.address, amount_wei=1)
    assert e.value.code == "invalid_input"
    with pytest.raises(MailroomError) as e:
        AgentMailroom(agent_private_key=node.fresh_key(), w3=node.w3, deployments={"chainId": 1, "registry": a.address,
                                                                                   "paymentChannel": a.address})
    assert e.value.code == "invalid_input"
    a.close()
    _ = json
