"""A FastAPI app with a paid /task route behind the mailroom gate, for
uvicorn (``uvicorn gated_app:app --workers N``), configured from the
environment: GATE_KEY, GATE_RPC, GATE_DEPLOYMENTS, GATE_PRICE (wei),
GATE_STORE (the sqlite file shared by the workers), GATE_UNGATED=1 for the
same app without the gate (the benchmark's baseline). /fail answers 503
(a failed task: the charge is rolled back) and /free is never gated."""

from __future__ import annotations

import os
from typing import Any

from fastapi import FastAPI, Request, Response

app = FastAPI()


@app.post("/task")
async def task(request: Request) -> dict[str, Any]:
    body = await request.body()
    return {"echo": body.decode(errors="replace"), "worker": os.getpid()}


@app.post("/fail")
async def fail() -> Response:
    return Response(status_code=503, content=b"upstream down")


@app.get("/free")
async def free() -> dict[str, str]:
    return {"free": "yes"}


if os.environ.get("GATE_UNGATED") != "1":
    from web3 import Web3

    from agent_mailroom.asgi import MailroomGate, MailroomMiddleware

    gate = MailroomGate(private_key=os.environ["GATE_KEY"], w3=Web3(Web3.HTTPProvider(os.environ["GATE_RPC"])),
                        price_wei=int(os.environ["GATE_PRICE"]), store=os.environ["GATE_STORE"],
                        deployments=os.environ.get("GATE_DEPLOYMENTS"))
    app.add_middleware(MailroomMiddleware, gate=gate, paths=["/task", "/fail"])
