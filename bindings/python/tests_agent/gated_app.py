"""A FastAPI app with a paid /task route behind the mailroom gate, for
uvicorn (``uvicorn gated_app:app --workers N``), configured from the
environment: GATE_KEY, GATE_RPC, GATE_DEPLOYMENTS, GATE_PRICE (base units of
GATE_ASSET, default ETH), GATE_ACCEPTS and GATE_ROUTES (JSON, passed to the
gate as accepts= and routes=), GATE_MIN_WITHDRAW_DELAY,
GATE_STORE (the sqlite file shared by the workers), GATE_LEASE (seconds a
worker holds an accepted request), GATE_UNGATED=1 for the
same app without the gate (the benchmark's baseline). /fail answers 503
(a failed task: the charge is rolled back), /slow sleeps GATE_SLOW seconds
and /free is never gated."""

from __future__ import annotations

import os
from typing import Any

from fastapi import FastAPI, Request, Response

if os.environ.get("GATE_NODELAY") == "1":
    # uvicorn --workers N shares a socket made without IPPROTO_TCP, so asyncio
    # leaves TCP_NODELAY off on its connections (a 40 ms Nagle / delayed-ACK
    # stall per keep-alive request); this sets it as a single worker has it.
    import asyncio.base_events as _be
    import socket as _socket

    def _set_nodelay(sock: _socket.socket) -> None:
        if sock.family in (_socket.AF_INET, _socket.AF_INET6) and sock.type == _socket.SOCK_STREAM:
            sock.setsockopt(_socket.IPPROTO_TCP, _socket.TCP_NODELAY, 1)

    _be._set_nodelay = _set_nodelay  # type: ignore[attr-defined]

app = FastAPI()


@app.post("/task")
async def task(request: Request) -> dict[str, Any]:
    body = await request.body()
    return {"echo": body.decode(errors="replace"), "worker": os.getpid()}


@app.post("/slow")
async def slow(request: Request) -> dict[str, Any]:
    import asyncio
    started = os.environ.get("GATE_SLOW_STARTED")
    if started:  # the task runs: the charge is committed (tests wait for this file)
        with open(started, "a") as f:
            f.write("started\n")
    await asyncio.sleep(float(os.environ.get("GATE_SLOW", "3")))
    return {"slow": (await request.body()).decode(errors="replace")}


@app.post("/fail")
async def fail() -> Response:
    return Response(status_code=503, content=b"upstream down")


@app.get("/free")
async def free() -> dict[str, str]:
    return {"free": "yes"}


if os.environ.get("GATE_UNGATED") != "1":
    from web3 import Web3

    from agent_mailroom.asgi import MailroomGate, MailroomMiddleware

    import json

    prices: dict[str, Any] = {"price": int(os.environ["GATE_PRICE"])} if os.environ.get("GATE_PRICE") else {}
    if os.environ.get("GATE_ASSET"):
        prices["asset"] = os.environ["GATE_ASSET"]
    if os.environ.get("GATE_ACCEPTS"):
        prices["accepts"] = json.loads(os.environ["GATE_ACCEPTS"])
    if os.environ.get("GATE_ROUTES"):
        prices["routes"] = json.loads(os.environ["GATE_ROUTES"])
    gate = MailroomGate(private_key=os.environ["GATE_KEY"], w3=Web3(Web3.HTTPProvider(os.environ["GATE_RPC"])),
                        store=os.environ["GATE_STORE"], deployments=os.environ.get("GATE_DEPLOYMENTS"),
                        lease=float(os.environ.get("GATE_LEASE", "60")),
                        min_withdraw_delay=int(os.environ.get("GATE_MIN_WITHDRAW_DELAY", "3600")), **prices)
    app.add_middleware(MailroomMiddleware, gate=gate, paths=["/task", "/fail", "/slow"])
