"""The gate in front of a plain Starlette app and of a bare ASGI callable
(not only FastAPI), served by uvicorn in this process; and its 402 states
the same terms, field for field, as a Go mailroom's."""

from __future__ import annotations

import base64
import json
import socket
import threading
import time
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from agent_mailroom import AgentMailroom
from agent_mailroom.asgi import MailroomGate, MailroomMiddleware
from conftest import Node, dev_key, need, _has

PRICE = 10**15


def serve(app: Any) -> Iterator[str]:
    import uvicorn
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    t = threading.Thread(target=server.run, daemon=True)
    t.start()
    end = time.monotonic() + 20
    while not server.started and time.monotonic() < end:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    t.join(10)


async def bare(scope: Any, receive: Any, send: Any) -> None:
    """A bare ASGI app: echoes the body."""
    body = b""
    while True:
        m = await receive()
        body += m.get("body", b"")
        if not m.get("more_body"):
            break
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"bare:" + body})


def starlette_app() -> Any:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    async def task(request: Request) -> JSONResponse:
        return JSONResponse({"starlette": (await request.json())})

    return Starlette(routes=[Route("/task", task, methods=["POST"])])


@pytest.mark.parametrize("kind", ["starlette", "bare"])
def test_any_asgi_app(node: Node, next_account: Any, tmp_path: Path, kind: str) -> None:
    need(_has("uvicorn") and _has("starlette"), "uvicorn and starlette are not installed")
    acct = next_account()
    key = dev_key(acct)
    gate = MailroomGate(private_key=key, w3=node.w3, price_wei=PRICE, store=tmp_path / "g.sqlite", deployments=str(node.deployments))
    inner = starlette_app() if kind == "starlette" else bare
    gen = serve(MailroomMiddleware(inner, gate=gate))
    base = next(gen)
    try:
        node.cli("register", "--dev-account", str(acct), "--endpoint", base + "/task", "--rate", str(PRICE))
        a = AgentMailroom(agent_private_key=node.fresh_key(), w3=node.w3, deployments=str(node.deployments))
        a.registry.register_agent()
        for i in range(2):
            r = a.request(gate.did, {"n": i})
            assert r.status_code == 200 and r.receipt is not None and r.cumulative == (i + 1) * PRICE
        assert (r.json() == {"starlette": {"n": 1}}) if kind == "starlette" else (r.text == 'bare:{"n":1}')
        assert [x.amount for x in gate.settle()] == [2 * PRICE]
        a.close()
    finally:
        next(gen, None)


def test_402_terms_match_the_go_server(node: Node, go_mailroom: Any, gated_app: Any) -> None:
    go, py = go_mailroom(rate=str(PRICE)), gated_app()

    def terms(url: str) -> tuple[dict[str, Any], dict[str, str]]:
        r = httpx.post(url, json={"task": 1})
        assert r.status_code == 402
        pr = json.loads(base64.b64decode(r.headers["payment-required"]))
        return pr, {k: r.headers.get(k, "") for k in ("cache-control", "content-type")}

    g, gh = terms(go.url)
    p, ph = terms(py.url)
    assert gh == ph
    for d, who in ((g, go), (p, py)):
        assert d["resource"]["url"] == who.url
        assert d["accepts"][0]["payTo"] == who.address
        d["resource"]["url"] = d["accepts"][0]["payTo"] = "-"
    assert g == p, f"go {g} != python {p}"
