"""A paid mailroom endpoint in front of any ASGI app (Starlette, FastAPI, …).

:class:`MailroomMiddleware` gates routes: every request must carry a signed
envelope and a voucher paying the price. It is a host of the core's
recipient machine (core/recipient, the ``recipient_*`` operations of
mailroom.wasm), as the Go server (hosts/mailroom/server) is: the machine
decides every rule (verification, replay window, admission, the exact
charge, retries and idempotency, receipts, rollbacks, rendering and
corrections, the same codes and statuses); the middleware reads the
request, the chain (the sender's registry record, the channel) and the
store, commits, waits and runs the app::

    from fastapi import FastAPI
    from agent_mailroom.asgi import MailroomGate, MailroomMiddleware

    app = FastAPI()
    gate = MailroomGate(private_key="0x…", w3=w3, price_wei=10**15, store="bob.sqlite")
    app.add_middleware(MailroomMiddleware, gate=gate, paths=["/task"])

Priced in a token: ``MailroomGate(..., price=250_000, asset="token")`` (the
deployments' token, or its 0x address; the price in its base units); per
route: ``routes=[{"method": "POST", "path": "/api/*", "price": "500", "asset":
"0x…"}]`` (first match wins, else the default price); in several assets:
``accepts=[{"price": "250000", "asset": "0x…"}, {"price": "1000000000000000"}]``
(the core recipient config's JSON, passed through as it is).

Several worker processes (``uvicorn --workers N``) may share one store
file: a charge commits in one sqlite transaction with the nonce record,
and only if the channel's record is still the one it was decided on (the
database decides; the loser decides again on the new record). The answer
is recorded before it is sent, so a retry of the same request gets it
again (``Idempotent-Replayed: true``).

Settlement (:meth:`MailroomGate.settle`, :meth:`MailroomGate.watch`)
claims the voucher of what was served, at once when a sender requests
close.
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Iterable, Mapping, MutableMapping, Optional, Sequence, Union, cast

from web3 import Web3

from .chain import NATIVE, Chain, ChainChannel, TTLCache, asset_of
from .core import Core
from .deployments import Deployments, DeploymentsLike, resolve
from .errors import MailroomError
from .store import Conflict, PathLike, RecipientStore

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

REGISTRY_TTL = 30.0
"""A sender's registry record is at most this old (docs/PROTOCOL.md §6.3)."""


def _hex(b: bytes) -> str:
    return "0x" + b.hex()


@dataclass
class SettleResult:
    """The outcome of settling one channel: ``amount`` is the cumulative
    amount claimed (None: nothing to claim), ``paid`` what this claim added."""

    channel_id: str
    amount: Optional[int] = None
    paid: int = 0
    closed: bool = False
    error: Optional[MailroomError] = None
    #: What ``amount`` and ``paid`` count: the channel's asset (``"native"`` or its token's address).
    asset: Optional[str] = None


class MailroomGate:
    """The recipient: its key, prices, chain view and store.

    ``price_wei`` (or ``price``) is the price of one request, in base units
    of ``asset``: ``"native"`` (ETH, the default), ``"token"`` (the
    deployments' token) or a token's 0x address. ``accepts`` prices the
    default in several assets instead (a list of ``{"price", "asset"}``,
    preference first; exclusive with a price and asset); ``routes`` prices
    requests per method and path (``{"method", "path", "price", "asset"}`` or
    ``{"method", "path", "accepts"}``; first match wins). Both are the core
    recipient config's JSON, passed through (integers may be ints, ``"token"``
    names the deployments' token). ``store`` the sqlite file
    shared by the server's workers; ``min_withdraw_delay`` the shortest
    channel withdraw delay accepted (default 3600 s); ``public_url`` the
    origin clients use (default ``<scheme>://<Host>``); ``reorder_wait`` how
    long a voucher that arrived ahead of its sender's earlier requests waits
    for them (2 s); ``lease`` how long a worker holds an accepted request
    before another may run it again after a crash (60 s).
    """

    def __init__(self, private_key: str, w3: Web3, *, price_wei: Optional[int] = None, store: Union[PathLike, RecipientStore],
                 price: Optional[int] = None, asset: str = NATIVE, accepts: Optional[Sequence[Mapping[str, Any]]] = None,
                 routes: Optional[Sequence[Mapping[str, Any]]] = None, deployments: DeploymentsLike = None, min_withdraw_delay: int = 3600, public_url: Optional[str] = None,
                 past_seconds: Optional[int] = None, future_seconds: Optional[int] = None, max_body: int = 1 << 20,
                 reorder_wait: float = 2.0, lease: float = 60.0, channel_ttl: float = 2.0, core: Optional[Core] = None) -> None:
        self.core = core or Core()
        self.ops = self.core.ops
        self._key = private_key
        self.address = self.core.address_of(private_key)
        chain_id = int(w3.eth.chain_id)
        self.deployments: Deployments = resolve(deployments, chain_id)
        self.chain = Chain(w3, self.deployments)
        if price_wei is not None and price is not None:
            raise MailroomError("invalid_input", "price_wei and price are the same setting: give one")
        p = price_wei if price_wei is not None else price
        if accepts is not None and (p is not None or asset != NATIVE):
            raise MailroomError("invalid_input", "accepts prices the default in several assets: give it instead of a price and asset")
        if accepts is None and p is None:
            raise MailroomError("invalid_input", "a price (price_wei= or price=) or accepts= is required")
        self.asset = self._asset(asset)
        """The default price's asset (``"native"`` or a token's address; with ``accepts``, its first)."""
        self.accepts = [self._price_json(a, f"accepts[{i}]") for i, a in enumerate(accepts)] if accepts is not None else None
        self.routes = [self._route_json(r, i) for i, r in enumerate(routes)] if routes else None
        self.price = int(p) if p is not None else int(self.accepts[0]["price"]) if self.accepts else 0
        """The default price, in base units of :attr:`asset`."""
        if self.accepts:
            self.asset = str(self.accepts[0].get("asset") or NATIVE)
        self.charged: dict[str, int] = {}
        """What this process served and charged, per asset (``"native"`` or a
        token's address), in its base units: the price the core charged each
        request (its served record's), in the asset of the channel that paid it."""
        self._charged_mu = threading.Lock()
        self.store = store if isinstance(store, RecipientStore) else RecipientStore(store)
        self.store.bind(self.chain.identity())
        self.public_url = public_url.rstrip("/") if public_url else None
        self.max_body = int(max_body)
        self.reorder_wait = reorder_wait
        self.lease = lease
        cfg: dict[str, Any] = {"privateKey": private_key, "chainId": str(chain_id), "registry": self.deployments.registry,
                               "channelContract": self.deployments.payment_channel,
                               "minWithdrawDelay": str(int(min_withdraw_delay)), "maxBody": str(self.max_body)}
        if self.accepts is not None:
            cfg["accepts"] = self.accepts
        else:
            cfg["price"] = str(self.price)
            if self.asset != NATIVE:
                cfg["asset"] = self.asset
        if self.routes is not None:
            cfg["routes"] = self.routes
        if past_seconds is not None:
            cfg["pastSeconds"] = str(int(past_seconds))
        if future_seconds is not None:
            cfg["futureSeconds"] = str(int(future_seconds))
        self.config = cfg
        self._check_config()
        self._senders = TTLCache(REGISTRY_TTL)
        self._channels = TTLCache(channel_ttl)
        self._last_prune = 0.0
        self._settle_lock = threading.Lock()

    @property
    def did(self) -> str:
        """The recipient's DID."""
        return self.core.to_did(self.address)

    def _asset(self, asset: Any) -> str:
        """An asset as the core names it: ``"native"`` or an EIP-55 token address (``"token"``: the deployments')."""
        if asset is None or asset == NATIVE:
            return NATIVE
        if asset == "token":
            if not self.deployments.token:
                raise MailroomError("invalid_input", 'asset "token": the deployments name no token')
            return self.deployments.token
        try:
            a = asset_of(str(asset))
        except (ValueError, TypeError) as e:
            raise MailroomError("invalid_input", f'asset {asset!r} is neither "native", "token" nor a token address') from e
        if a == NATIVE:
            raise MailroomError("invalid_input", f'asset {asset!r}: ETH is named "native"')
        return a

    def _price_json(self, p: Mapping[str, Any], where: str) -> dict[str, Any]:
        """One ``{"price","asset"}`` of the config's JSON (other keys passed as they are)."""
        if not isinstance(p, Mapping):
            raise MailroomError("invalid_input", f"{where} must be an object with price and asset")
        out = dict(p)
        if out.get("price") is not None:
            out["price"] = str(int(out["price"])) if isinstance(out["price"], int) else str(out["price"])
        if "asset" in out:
            out["asset"] = self._asset(out["asset"])
        return out

    def _route_json(self, r: Mapping[str, Any], i: int) -> dict[str, Any]:
        """One route of the config's JSON (``{"method","path","price","asset"}`` or with ``"accepts"``)."""
        out = self._price_json(r, f"routes[{i}]")
        if out.get("accepts") is not None:
            out["accepts"] = [self._price_json(a, f"routes[{i}].accepts[{j}]") for j, a in enumerate(out["accepts"])]
        return out

    def _check_config(self) -> None:
        """Have the core read the config once (a bad price, asset or route fails here, not on the first request)."""
        self.ops.recipient_render(cast(Any, {"config": self.config, "code": "payment_required", "message": "",
                                             "resourceUrl": "http://localhost/"}))

    def _count(self, asset: str, price: int) -> None:
        with self._charged_mu:
            self.charged[asset] = self.charged.get(asset, 0) + price

    # ---- chain reads (cached; off the event loop) ---------------------------------

    async def _sender_record(self, sender: str) -> dict[str, bool]:
        def load() -> dict[str, bool]:
            try:
                p = self.chain.get_agent(sender)
            except MailroomError as e:
                if e.code == "agent_not_found":
                    return {"registered": False, "active": False}
                raise
            return {"registered": True, "active": p.active}
        return cast(dict[str, bool], await _cached(self._senders, sender, load))

    async def _channel(self, channel_id: str, fresh: bool = False) -> Optional[ChainChannel]:
        return cast(Optional[ChainChannel], await _cached(self._channels, channel_id, lambda: self.chain.get_channel(channel_id), fresh))

    # ---- the request ----------------------------------------------------------------

    def _render(self, code: str, message: str, resource: str, sender: Optional[str] = None) -> dict[str, Any]:
        req: dict[str, Any] = {"config": self.config, "code": code, "message": message, "resourceUrl": resource}
        if sender is not None:
            req["sender"] = sender
            own = self.store.latest_of(sender)
            if own is not None:
                req["own"] = own
        return cast(dict[str, Any], self.ops.recipient_render(cast(Any, req)))

    async def serve(self, scope: Scope, receive: Receive, send: Send, app: ASGIApp) -> str:
        """Serve one HTTP request through the gate; returns the code (``ok``,
        ``replayed`` or the refusal's)."""
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        target = scope.get("raw_path") or scope.get("path", "/").encode()
        target_s = target.decode("latin-1") if isinstance(target, bytes) else str(target)
        if scope.get("query_string"):
            target_s += "?" + scope["query_string"].decode("latin-1")
        base = self.public_url or f"{scope.get('scheme', 'http')}://{headers.get('host', 'localhost')}"
        resource = base + target_s
        cl = headers.get("content-length")
        if cl is not None and cl.isdigit() and int(cl) > self.max_body:
            await _respond(send, self._render("body_too_large", f"body of {cl} bytes exceeds {self.max_body}", resource))
            return "body_too_large"
        body = await _read_body(receive, self.max_body + 1)
        request: dict[str, Any] = {"method": scope.get("method", "GET"), "target": target_s, "body": _hex(body)}
        if headers.get("agent-envelope"):
            request["envelope"] = headers["agent-envelope"]
        if headers.get("payment-signature"):
            request["payment"] = headers["payment-signature"]
        try:
            return await self._decide_and_run(scope, send, app, request, body, resource)
        except MailroomError as e:
            await _respond(send, self._render(e.code, e.detail, resource))
            return e.code
        except Exception as e:  # a host bug: answered as the core renders internal
            await _respond(send, self._render("internal", f"{type(e).__name__}: {e}", resource))
            return "internal"

    async def _decide_and_run(self, scope: Scope, send: Send, app: ASGIApp, request: dict[str, Any], body: bytes,
                              resource: str) -> str:
        now = time.time()
        self._maybe_prune(now)
        look = self.ops.recipient_inspect({"request": request})
        snap: dict[str, Any] = {"sender": {"registered": False, "active": False}, "flags": {}}
        sender: Optional[str] = look.get("sender") if look.get("ok") else None
        cid: Optional[str] = look.get("channelId")
        version = -1
        fresh = False
        if sender is not None:
            nonce = str(look["nonce"])
            try:
                snap["sender"] = await self._sender_record(sender)
            except MailroomError as e:
                await _respond(send, self._render("chain_unavailable", f"registry: {e.detail}", resource))
                return "chain_unavailable"
            version = self._snapshot_own(snap, sender, cid, now, nonce)
            if cid is not None:
                try:
                    ch = await self._channel(cid)
                except MailroomError as e:
                    await _respond(send, self._render("chain_unavailable", f"channel: {e.detail}", resource, sender))
                    return "chain_unavailable"
                if ch is not None:
                    snap["channel"] = ch.to_snapshot()
        deadline: Optional[float] = None
        for _ in range(1000):
            out = self.ops.recipient_decide({"config": self.config, "request": request, "now": int(now), "resourceUrl": resource,
                                             "snapshot": snap})
            action = out["action"]
            if action in ("refuse", "replay"):
                if out.get("code") == "voucher_exceeds_deposit" and not fresh and cid is not None:
                    fresh = True  # a top-up may not have reached the cache yet
                    ch = await self._channel(cid, fresh=True)
                    if ch is not None:
                        snap["channel"] = ch.to_snapshot()
                        continue
                await _respond(send, out["response"])
                return str(out.get("code") or ("replayed" if action == "replay" else "refused"))
            assert sender is not None
            nonce = str(look["nonce"])
            if action == "wait":
                assert cid is not None
                if deadline is None:
                    deadline = time.monotonic() + self.reorder_wait
                while time.monotonic() < deadline and self.store.version(cid) == version:
                    await asyncio.sleep(0.005)
                if time.monotonic() >= deadline:
                    snap["waitedOut"] = True
                now = time.time()
                version = self._snapshot_own(snap, sender, cid, now, nonce)
                continue
            served = out["served"]
            if action == "accept":
                try:
                    version = self.store.commit_charge(served, out["next"], version, now + self.lease)
                except Conflict:
                    version = self._snapshot_own(snap, sender, cid, now, nonce)
                    continue
                own = out["next"]
            else:  # rerun: the charge is recorded, the answer was lost
                if not self.store.take_lease(served["sender"], served["nonce"], now, now + self.lease):
                    snap["used"] = {"inFlight": True, "fingerprint": served["fingerprint"]}
                    continue
                got = self.store.channel(served["channelId"])
                own = got[0] if got else {"id": served["channelId"], "sender": served["sender"], "accepted": "0", "claimed": "0"}
            # What was charged is in the channel's asset (the core takes a voucher
            # only on a channel holding the terms' asset); newer cores say so in served.
            token = (snap.get("channel") or {}).get("token")
            charged_in = str(served.get("asset") or (asset_of(token) if token else self.asset))
            return await self._run(scope, send, app, body, served, own, charged_in)
        raise MailroomError("internal", "no decision after 1000 rounds")

    def _snapshot_own(self, snap: dict[str, Any], sender: str, cid: Optional[str], now: float, nonce: str) -> int:
        """Refresh the store's part of the snapshot; returns the channel record's version."""
        used = self.store.used(sender, nonce, now)
        if used is not None:
            snap["used"] = used
        else:
            snap.pop("used", None)
        snap["flags"] = {}
        snap.pop("own", None)
        if cid is None:
            latest = self.store.latest_of(sender)
            if latest is not None:
                snap["own"] = latest
            return -1
        got = self.store.channel(cid)
        if got is None:
            return -1
        rec, version, closing = got
        snap["own"] = rec
        snap["flags"] = {"closed": bool(rec.get("closed")), "closing": closing}
        return version

    async def _run(self, scope: Scope, send: Send, app: ASGIApp, body: bytes, served: dict[str, Any], own: dict[str, Any],
                   asset: str = NATIVE) -> str:
        """Run the app for an accepted request, then answer with its receipt,
        or roll the charge back when it failed (5xx or an exception). A
        request served counts its served price in :attr:`charged` under
        ``asset`` (a replay is not run again, so never counted twice)."""
        status, header, out, panicked = await _call_app(app, scope, body)
        task = {"status": status, "header": header, "body": _hex(out), "panicked": panicked}
        # A success needs neither the channel's record nor its held vouchers;
        # a failure is completed again below on the record as it is now.
        c = self.ops.recipient_complete(cast(Any, {"config": self.config, "served": served, "own": own, "task": task}))
        if c.get("rollback") is not None:
            for _ in range(1000):
                got = self.store.channel(served["channelId"])
                if got is None:
                    break
                rec, version, _closing = got
                c = self.ops.recipient_complete(cast(Any, {"config": self.config, "served": served, "own": rec, "task": task,
                                                           "held": self.store.held(served["channelId"])}))
                try:
                    self.store.commit_failure(served["sender"], served["nonce"], c["keep"], c["rollback"], version)
                    break
                except Conflict:
                    continue
            await _respond(send, c["response"])
            return "task_failed"
        if c.get("keep") is not None:
            self.store.put_answer(served["sender"], served["nonce"], c["keep"])
        self._count(asset, int(served.get("price") or 0))
        await _respond(send, c["response"])
        return "ok"

    def _maybe_prune(self, now: float) -> None:
        if now - self._last_prune > 60:
            self._last_prune = now
            self.store.prune(int(now))

    # ---- settlement --------------------------------------------------------------------

    def settle(self, close: bool = False) -> list[SettleResult]:
        """Claim every channel with unclaimed value (``close``: redeem and close
        them). The voucher claimed is the one of what was served
        (recipient_claimable), never more."""
        out = []
        for rec, _v, _c in self.store.channels():
            if rec.get("closed"):
                continue
            if int(self.ops.recipient_claimable({"own": rec})["unclaimed"]) == 0:
                continue
            out.append(self.settle_channel(rec["id"], close))
        return out

    def settle_channel(self, channel_id: str, close: bool = False) -> SettleResult:
        """Claim (``close``: redeem) one channel's claimable voucher."""
        with self._settle_lock:
            r = SettleResult(channel_id)
            marked = False  # this call set the channel closing (and undoes it unless it redeems)
            if close:
                # No new work on a channel being redeemed, from before its record
                # is read: set_closing bumps the record's version, so a worker's
                # charge decided on the old record loses its commit and decides
                # again on flags.closing (the core refuses). A request accepted
                # between the read and the redeem would otherwise be served on a
                # voucher the redeem does not claim, and once the redeem is mined
                # the closed channel can never pay it.
                got = self.store.channel(channel_id)
                if got is not None and not got[2]:
                    self.store.set_closing(channel_id, True)
                    marked = True
            redeemed = False
            try:
                got = self.store.channel(channel_id)
                if got is None:
                    raise MailroomError("channel_not_found", f"no accepted voucher on channel {channel_id}")
                ch = self.chain.get_channel(channel_id)
                if ch is None:
                    raise MailroomError("channel_not_found", f"no channel {channel_id} on chain")
                r.asset = asset_of(ch.token)
                if not ch.open:
                    r.closed = True
                    self._mark_claimed(channel_id, ch.claimed, True)
                    return r
                cl = self.ops.recipient_claimable({"own": got[0]})
                amount = int(cl["amount"])
                if amount <= ch.claimed or not cl.get("signature"):
                    self._mark_claimed(channel_id, ch.claimed, False)
                    return r
                if close:
                    self.chain.redeem(self._key, channel_id, amount, cl["signature"])
                    redeemed = True
                else:
                    self.chain.claim(self._key, channel_id, amount, cl["signature"])
                r.amount, r.paid, r.closed = amount, amount - ch.claimed, close
                self._mark_claimed(channel_id, amount, close)
            except MailroomError as e:
                r.error = e
            finally:
                if marked and not redeemed:
                    self.store.set_closing(channel_id, False)
            return r

    def _mark_claimed(self, channel_id: str, claimed: int, closed: bool) -> None:
        for _ in range(100):
            got = self.store.channel(channel_id)
            if got is None:
                return
            nxt = self.ops.recipient_mark_claimed(cast(Any, {"own": got[0], "claimed": str(claimed), "closed": closed}))
            try:
                self.store.put_channel(cast(dict[str, Any], nxt), got[1])
                return
            except Conflict:
                continue

    def scan(self) -> list[SettleResult]:
        """One settlement pass for close requests: every channel with
        unclaimed value whose sender requested close (or that closed) is
        marked closing (no new work) and claimed at once."""
        out = []
        for rec, _v, closing in self.store.channels():
            if rec.get("closed") or int(self.ops.recipient_claimable({"own": rec})["unclaimed"]) == 0:
                continue
            try:
                ch = self.chain.get_channel(rec["id"])
            except MailroomError:
                continue
            if ch is None:
                continue
            if ch.close_requested_at != 0 or not ch.open:
                if not closing:
                    with self._settle_lock:  # not between a redeem's look at the flag and its mark
                        got = self.store.channel(rec["id"])
                        if got is not None and not got[2]:
                            self.store.set_closing(rec["id"], True)
                self._channels.forget(rec["id"])
                out.append(self.settle_channel(rec["id"]))
        return out

    async def watch(self, interval: float = 1.0, stop: Optional[asyncio.Event] = None) -> None:
        """Run :meth:`scan` every ``interval`` seconds until ``stop`` is set (or
        the task is cancelled): a close request is claimed within about
        ``interval``, far inside any withdraw delay the gate accepts."""
        while stop is None or not stop.is_set():
            await asyncio.to_thread(self.scan)
            try:
                if stop is None:
                    await asyncio.sleep(interval)
                else:
                    await asyncio.wait_for(stop.wait(), interval)
            except asyncio.TimeoutError:
                pass


class MailroomMiddleware:
    """ASGI middleware gating ``paths`` (prefixes; default: every HTTP
    request) behind ``gate``; other requests, websockets and lifespan pass
    through untouched."""

    def __init__(self, app: ASGIApp, gate: MailroomGate, paths: Optional[Sequence[str]] = None,
                 on_request: Optional[Callable[[str, str, float], None]] = None) -> None:
        self.app = app
        self.gate = gate
        self.paths = list(paths) if paths is not None else None
        self.on_request = on_request

    def gated(self, path: str) -> bool:
        """Whether a request to ``path`` must pay."""
        return self.paths is None or any(path == p or path.startswith(p.rstrip("/") + "/") for p in self.paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope.get("type") != "http" or not self.gated(scope.get("path", "/")):
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()
        code = await self.gate.serve(scope, receive, send, self.app)
        if self.on_request is not None:
            self.on_request(scope.get("path", "/"), code, time.perf_counter() - t0)


async def _cached(cache: TTLCache, key: Any, load: Callable[[], Any], fresh: bool = False) -> Any:
    if not fresh:
        ok, v = cache.peek(key)
        if ok:
            return v
    v = await asyncio.to_thread(load)
    cache.put(key, v)
    return v


async def _read_body(receive: Receive, limit: int) -> bytes:
    buf = bytearray()
    while True:
        msg = await receive()
        if msg["type"] == "http.disconnect":
            break
        buf += msg.get("body", b"")
        if len(buf) >= limit or not msg.get("more_body", False):
            break
    return bytes(buf[:limit])


async def _respond(send: Send, resp: Mapping[str, Any]) -> None:
    body = bytes.fromhex(str(resp.get("body") or "0x")[2:])
    hdrs = [(k.lower().encode("latin-1"), str(v).encode("latin-1")) for k, v in (resp.get("header") or {}).items()
            if k.lower() != "content-length"]
    hdrs.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": int(resp["status"]), "headers": hdrs})
    await send({"type": "http.response.body", "body": body})


async def _call_app(app: ASGIApp, scope: Scope, body: bytes) -> tuple[int, dict[str, str], bytes, bool]:
    """Run the app on the request, buffering its response (the receipt
    covers the body, so it is signed before anything is sent)."""
    sent_body = False
    status = 200
    header: dict[str, str] = {}
    out = bytearray()
    started = False

    async def receive() -> Message:
        nonlocal sent_body
        if not sent_body:
            sent_body = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.Event().wait()  # no disconnect until the answer is out
        return {"type": "http.disconnect"}

    async def send(msg: Message) -> None:
        nonlocal status, started
        if msg["type"] == "http.response.start":
            started = True
            status = int(msg["status"])
            for k, v in msg.get("headers", []):
                name = k.decode("latin-1")
                if name.lower() != "content-length":
                    header[_canonical(name)] = v.decode("latin-1")
        elif msg["type"] == "http.response.body":
            out.extend(msg.get("body", b""))

    try:
        await app(dict(scope), receive, send)
    except Exception:
        return 500, {}, b"", True
    if not started:
        return 500, {}, b"", True
    return status, header, bytes(out), False


def _canonical(name: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in name.split("-"))
