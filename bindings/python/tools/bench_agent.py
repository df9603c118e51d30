"""Paid requests/s of the Python agent and of the ASGI gate, on this machine
(make bench-python-agent). Everything runs on 127.0.0.1 and stops by
itself; each phase is bounded in count and time.

1. A Python agent (AgentMailroom.request: envelope, voucher, sqlite
   durability before it leaves, receipt verified) against a Go mailroom
   (`mailroom serve`): one agent in sequence, then 4 agents in 4 threads.
2. The FastAPI app of tests_agent/gated_app.py under uvicorn (1 and 2
   workers) behind the gate, and the same app without it: pre-signed paid
   requests (signed before the clock starts, as `mailroom bench` does),
   8 senders each posting its requests in sequence on a keep-alive
   connection. A request counts only as HTTP 200 (with PAYMENT-RESPONSE
   behind the gate).
3. Where a gated request's CPU goes: recipient_decide (two signature
   recoveries under wasmtime), recipient_complete (the receipt signature)
   and one recovery, in-process, next to eth-account's recovery
   (coincurve, libsecp256k1).

The machine is shared: `uptime` is printed before and after.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PKG = HERE.parent
sys.path.insert(0, str(PKG / "src"))
sys.path.insert(0, str(PKG / "tests_agent"))

import httpx  # noqa: E402

from conftest import GatedApp, GoMailroom, Node, dev_key  # noqa: E402  (the tests' real parts)

from agent_mailroom import AgentMailroom, Core  # noqa: E402

PRICE = 10**12
PHASE_SECONDS = float(os.environ.get("BENCH_SECONDS", "6"))


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def agent(node: Node, d: Path) -> AgentMailroom:
    a = AgentMailroom(agent_private_key=node.fresh_key("10ether"), w3=node.w3, deployments=str(node.deployments),
                      store=d / f"agent-{time.monotonic_ns()}.sqlite", deposit=10**17)
    a.registry.register_agent(capabilities=["bench"])
    return a


def bench_agent_to_go(node: Node, d: Path) -> dict[str, Any]:
    bob = GoMailroom(node, 5, str(PRICE), d)
    out: dict[str, Any] = {}
    try:
        a = agent(node, d)
        a.request(bob.did, {"warm": 1})
        n, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < PHASE_SECONDS and n < 3000:
            r = a.request(bob.did, {"n": n})
            assert r.receipt is not None
            n += 1
        el = time.perf_counter() - t0
        out["sequential"] = {"requests": n, "seconds": round(el, 2), "rps": round(n / el, 1), "ms_per_request": round(1000 * el / n, 2)}
        agents = [agent(node, d) for _ in range(4)]
        for x in agents:
            x.request(bob.did, {"warm": 1})
        counts = [0] * 4
        stop = time.perf_counter() + PHASE_SECONDS

        def loop(i: int) -> None:
            while time.perf_counter() < stop and counts[i] < 2000:
                assert agents[i].request(bob.did, {"n": counts[i]}).receipt is not None
                counts[i] += 1

        t0 = time.perf_counter()
        ts = [threading.Thread(target=loop, args=(i,)) for i in range(4)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        el = time.perf_counter() - t0
        out["4_agents_4_threads"] = {"requests": sum(counts), "seconds": round(el, 2), "rps": round(sum(counts) / el, 1)}
        for x in [a, *agents]:
            x.close()
    finally:
        bob.stop()
    return out


def presign(node: Node, d: Path, target: Any, senders: int, per_sender: int) -> list[list[tuple[bytes, dict[str, str]]]]:
    """Per sender, its paid requests in order (a channel opened first)."""
    out = []
    for _ in range(senders):
        a = agent(node, d)
        a.request(target.did, {"open": 1})
        reqs = []
        for i in range(per_sender):
            p, _ = a.prepare_request(target.did, {"n": i}, attach_voucher_amount_wei=PRICE, url=target.url)
            reqs.append((p.body, p.headers))
        out.append(reqs)
        a.close()
    return out


async def blast(url: str, work: list[list[tuple[bytes, dict[str, str]]]], gated: bool) -> dict[str, Any]:
    ok = bad = 0
    stop = time.perf_counter() + PHASE_SECONDS
    lat: list[float] = []

    async def sender(reqs: list[tuple[bytes, dict[str, str]]]) -> None:
        nonlocal ok, bad
        async with httpx.AsyncClient(timeout=30) as c:
            for body, headers in reqs:
                if time.perf_counter() > stop:
                    return
                t = time.perf_counter()
                r = await c.post(url, content=body, headers=headers)
                lat.append(time.perf_counter() - t)
                if r.status_code == 200 and (not gated or r.headers.get("payment-response")):
                    ok += 1
                else:
                    bad += 1

    t0 = time.perf_counter()
    await asyncio.gather(*(sender(r) for r in work))
    el = time.perf_counter() - t0
    lat.sort()
    return {"paid" if gated else "ok": ok, "failed": bad, "seconds": round(el, 2), "rps": round(ok / el, 1),
            "p50_ms": round(1000 * lat[len(lat) // 2], 1) if lat else None,
            "p99_ms": round(1000 * lat[int(len(lat) * 0.99)], 1) if lat else None}


def bench_gate(node: Node, d: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    senders, per = 8, int(os.environ.get("BENCH_PER_SENDER", "150"))
    # uvicorn --workers N (N > 1) leaves TCP_NODELAY off (its shared socket is
    # made without IPPROTO_TCP): every keep-alive request then stalls 40 ms
    # (Nagle and delayed ACK), gated or not. gated_app.py's GATE_NODELAY=1 sets
    # it as a single worker has it; the ungated default is measured too.
    for workers, account in ((1, 6), (2, 7)):
        if workers > 1:
            os.environ["GATE_NODELAY"] = "1"
        app = GatedApp(node, account, PRICE, d, workers=workers)
        try:
            work = presign(node, d, app, senders, per)
            out[f"gated_{workers}_worker"] = asyncio.run(blast(app.url, work, True))
            results = app.gate().settle()
            out[f"gated_{workers}_worker"]["settled_ok"] = all(r.error is None for r in results)
        finally:
            app.stop()
        # The same app without the gate, the same requests.
        base = GatedApp.__new__(GatedApp)
        base.node, base.port = node, __import__("conftest").free_port()
        base.url = f"http://127.0.0.1:{base.port}/task"
        base.key, base.price, base.store, base.workers, base.account = dev_key(account), PRICE, d / "unused.sqlite", workers, account
        os.environ["GATE_UNGATED"] = "1"
        try:
            base.start()
            out[f"ungated_{workers}_worker"] = asyncio.run(blast(base.url, work, False))
        finally:
            base.stop()
        if workers > 1:
            del os.environ["GATE_NODELAY"]
            try:
                base.port = __import__("conftest").free_port()
                base.url = f"http://127.0.0.1:{base.port}/task"
                base.start()
                out[f"ungated_{workers}_worker_uvicorn_default_no_nodelay"] = asyncio.run(blast(base.url, work, False))
            finally:
                base.stop()
        del os.environ["GATE_UNGATED"]
    return out


def bench_ops(node: Node, d: Path) -> dict[str, Any]:
    """In-process costs of the gate's core calls and of one recovery."""
    from eth_account import Account
    from eth_account.messages import _hash_eip191_message, encode_defunct  # noqa: F401

    core = Core()
    app = GatedApp.__new__(GatedApp)
    from agent_mailroom.asgi import MailroomGate
    gate = MailroomGate(private_key=dev_key(8), w3=node.w3, price_wei=PRICE, store=d / "ops.sqlite", deployments=str(node.deployments), core=core)
    a = agent(node, d)
    node.cli("register", "--dev-account", "8", "--endpoint", "http://127.0.0.1:1/task", "--rate", str(PRICE))
    a.channel_manager.open_channel(gate.address, 10**16)
    st0 = a.channel_manager.channel_to(gate.address)
    p, v = a.prepare_request("did:agent:eth:" + gate.address, {"n": 1}, attach_voucher_amount_wei=PRICE, url="http://127.0.0.1:1/task")
    req = {"method": "POST", "target": "/task", "body": "0x" + p.body.hex(), "envelope": p.headers["Agent-Envelope"],
           "payment": p.headers["PAYMENT-SIGNATURE"]}
    st = a.channel_manager.channel_to(gate.address)
    assert st is not None
    snap = {"sender": {"registered": True, "active": True}, "flags": {},
            "channel": {"sender": a.address, "recipient": gate.address, "deposit": str(10**16), "claimed": "0",
                        "withdrawDelay": "3600", "closeRequestedAt": "0", "open": True,
                        "token": "0x0000000000000000000000000000000000000000"}}
    now = int(time.time())

    def timeit(fn: Any, n: int = 300) -> float:
        fn()
        t = time.perf_counter()
        for _ in range(n):
            fn()
        return 1000 * (time.perf_counter() - t) / n

    dec = core.ops.recipient_decide({"config": gate.config, "request": req, "now": now, "resourceUrl": "http://127.0.0.1:1/task", "snapshot": snap})
    assert dec["action"] == "accept", dec
    task = {"status": 200, "header": {"Content-Type": "application/json"}, "body": "0x7b7d"}
    out = {
        "recipient_decide_ms": timeit(lambda: core.ops.recipient_decide({"config": gate.config, "request": req, "now": now,
                                                                          "resourceUrl": "http://127.0.0.1:1/task", "snapshot": snap})),
        "recipient_complete_ms": timeit(lambda: core.ops.recipient_complete({"config": gate.config, "served": dec["served"], "own": dec["next"], "task": task})),
        "recipient_inspect_ms": timeit(lambda: core.ops.recipient_inspect({"request": req})),
    }
    digest = core.voucher_digest(channel_id=st["channelId"], cumulative_amount=PRICE, chain_id=31337, verifying_contract=node.d["paymentChannel"])
    sig = v["signature"] if v else ""
    out["recover_wasm_ms"] = timeit(lambda: core.recover(digest, sig), 1000)
    from eth_keys import keys
    try:
        import coincurve  # noqa: F401
        backend = "coincurve"
    except ImportError:
        backend = "pure python"
    sigb = bytes.fromhex(sig[2:])
    s = keys.Signature(vrs=(sigb[64] - 27, int.from_bytes(sigb[:32], "big"), int.from_bytes(sigb[32:64], "big")))
    db = bytes.fromhex(digest[2:])
    out[f"recover_eth_keys_{backend.replace(' ', '_')}_ms"] = timeit(lambda: s.recover_public_key_from_msg_hash(db), 1000)
    out["call_overhead_ms"] = timeit(lambda: core.ops.keccak256(b'{"data":"0x"}'), 1000)
    out["note"] = "decide runs two recoveries (envelope, voucher) and the fingerprint; complete one signature"
    # The whole gate in process (no HTTP, no uvicorn): pre-signed requests through
    # MailroomGate.serve with a trivial app, sqlite commits included.
    n = 300
    assert st0 is not None
    a.store.put_outgoing(dict(st0))  # the voucher above was never delivered: sign from 0 again
    preps = [a.prepare_request("did:agent:eth:" + gate.address, {"n": i}, attach_voucher_amount_wei=PRICE, url="http://127.0.0.1:1/task")[0]
             for i in range(2 * n)]

    async def app_(scope: Any, receive: Any, send: Any) -> None:
        await receive()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": b'{"ok":true}'})

    async def run_all(batch: list[Any]) -> tuple[float, list[str]]:
        codes = []
        t = time.perf_counter()
        for p in batch:
            hdrs = [(k.lower().encode(), v.encode()) for k, v in p.headers.items()] + [(b"host", b"127.0.0.1:1")]
            scope = {"type": "http", "method": "POST", "path": "/task", "raw_path": b"/task", "query_string": b"", "headers": hdrs, "scheme": "http"}
            sent = False

            async def receive() -> Any:
                nonlocal sent
                if not sent:
                    sent = True
                    return {"type": "http.request", "body": p.body, "more_body": False}
                return {"type": "http.disconnect"}

            async def send(m: Any) -> None:
                pass

            codes.append(await gate.serve(scope, receive, send, app_))
        return time.perf_counter() - t, codes

    import cProfile
    import pstats
    el, codes = asyncio.run(run_all(preps[:n]))
    assert codes == ["ok"] * n, set(codes)
    out["gate_serve_in_process_ms"] = 1000 * el / n
    prof = cProfile.Profile()
    prof.enable()
    el, codes = asyncio.run(run_all(preps[n:]))
    prof.disable()
    assert codes == ["ok"] * n, set(codes)
    st_ = pstats.Stats(prof)
    wasm = sum(v[3] for k, v in st_.stats.items() if k[2] == "call_raw")  # type: ignore[attr-defined]
    total = sum(v[2] for v in st_.stats.values())  # type: ignore[attr-defined]
    out["gate_share_in_core_calls_profiled"] = round(wasm / el, 3) if el else None
    _ = total
    a.close()
    _ = Account
    return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in out.items()}


def main() -> int:
    d = Path(tempfile.mkdtemp(prefix="bench-python-agent-"))
    os.environ["MAILROOM_AGENT_HOME"] = str(d / "agents")
    report: dict[str, Any] = {"uptime_before": uptime(), "cpus": os.cpu_count()}
    node = Node(d)
    try:
        only = os.environ.get("BENCH_ONLY", "agent,gate,ops").split(",")
        if "agent" in only:
            report["python_agent_to_go_mailroom"] = bench_agent_to_go(node, d)
        if "gate" in only:
            report["fastapi_gate_uvicorn"] = bench_gate(node, d)
        if "ops" in only:
            report["core_ops_in_process"] = bench_ops(node, d)
    finally:
        node.stop()
    report["uptime_after"] = uptime()
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
