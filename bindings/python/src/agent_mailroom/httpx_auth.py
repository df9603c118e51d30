"""Pay automatically when an httpx request meets a mailroom's 402.

``MailroomAuth`` is an ``httpx.Auth``: a request goes out as it is; when it
is answered by a 402 whose ``PAYMENT-REQUIRED`` asks for a
``mailroom-channel`` payment, the core chooses the asset to pay in
among those it offers and learns the terms from it (``client_choose``, by
the agent's preferences), opens or tops up a channel if needed, and sends
the same request again with a signed envelope and the next voucher, until
the core's machine says done (the receipt verified), retry, or fail
(MailroomError with the code). For agent frameworks built on httpx::

    client = httpx.Client(auth=MailroomAuth(agent_mailroom))
    r = client.post("http://127.0.0.1:8402/task", json={"task": "hi"})

Only POST is paid (what the envelope binds). ``recipient`` pins whom to pay
(a DID or address); by default it is the 402's ``payTo``, bounded by the
agent's budget. Chain transactions and the terms probe run synchronously
(with an ``httpx.AsyncClient`` they block the event loop while they run).
"""

from __future__ import annotations

import base64
import json
from typing import Any, Generator, Optional, cast

import httpx

from ._ops import ClientDecision
from .agent import AgentMailroom, PreparedRequest, _Answer, _hex
from .errors import MailroomError


def _pay_to(header: str) -> Optional[str]:
    try:
        pr = json.loads(base64.b64decode(header))
        for a in pr.get("accepts") or []:
            if a.get("scheme") == "mailroom-channel" and isinstance(a.get("payTo"), str):
                return str(a["payTo"])
    except (ValueError, AttributeError, TypeError):
        return None
    return None


class MailroomAuth(httpx.Auth):
    """An httpx auth that pays a mailroom's 402 with ``agent``."""

    requires_request_body = True
    requires_response_body = True

    def __init__(self, agent: AgentMailroom, recipient: Optional[str] = None) -> None:
        self.agent = agent
        self.recipient = agent.resolve_address(recipient) if recipient else None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        response = yield request
        header = response.headers.get("payment-required")
        if response.status_code != 402 or not header or request.method != "POST":
            return
        recipient = self.recipient or _pay_to(header)
        if recipient is None:
            return
        a = self.agent
        recipient = a.resolve_address(recipient)
        url, body = str(request.url), request.content
        first = _Answer(response.status_code, response.headers, response.content)
        with a._lock(recipient):
            i, terms = a._choose_answer(recipient, first)  # the core chooses the asset among those the 402 offers
            payer = a._payers[i]
            for n in range(1, 65):
                st, plan = a._run(a._ready_flow(url, recipient, body, terms, payer))
                env = a._envelope_locked(recipient, url, body)
                after, voucher = a._sign_locked(st, plan, payer)
                headers = a._headers(PreparedRequest(env, url, recipient, body, terms, asset=payer.asset), voucher, payer)
                paid = httpx.Request("POST", request.url, headers={**dict(request.headers), **headers}, content=body)
                attempt: dict[str, Any] = {"n": n, "before": st, "after": after, "terms": terms, "envelope": env, "voucher": voucher}
                try:
                    resp = yield paid
                except GeneratorExit:
                    # The exchange failed after the voucher was signed: its outcome is unknown.
                    d = a.ops.client_lost({"config": payer.cfg, "attempt": cast(Any, attempt), "sent": True})
                    if d.get("state"):
                        a._put_outgoing(cast(dict[str, Any], d["state"]), payer.asset)
                    raise
                ans = _Answer(resp.status_code, resp.headers, resp.content)
                dec: ClientDecision = a.ops.client_handle({"config": payer.cfg, "attempt": cast(Any, attempt),
                                                          "response": cast(Any, ans.wire())})
                if dec.get("state"):
                    a._put_outgoing(cast(dict[str, Any], dec["state"]), payer.asset)
                a._refund(int(dec.get("refund") or 0), payer)
                if dec["outcome"] == "done":
                    resp.extensions["mailroom_receipt"] = dec.get("receipt")
                    resp.extensions["mailroom_asset"] = payer.asset
                    a._keep_terms(recipient, payer, terms, url)
                    return
                if dec["outcome"] == "retry":
                    terms = dec.get("terms") or terms
                    continue
                raise MailroomError(str(dec.get("code") or "internal"), str(dec.get("message") or ""))
        raise MailroomError("internal", f"no answer from {recipient} after 64 attempts")


__all__ = ["MailroomAuth", "_hex"]
