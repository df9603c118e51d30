"""AgentMailroom: an agent that pays other agents, as the quickstart writes it.

It is a host of the core's sender machine (core/client, the ``client_*``
operations of mailroom.wasm): the machine decides every rule (the voucher
amount, the budget counts, the withdraw delay, the classification of an
answer, corrections, what a lost request restores, the receipt check);
this module does the I/O: HTTP through httpx, the chain through web3.py,
the records in sqlite (:class:`~agent_mailroom.store.SenderStore`, written
before a voucher leaves), and the per-recipient locking. It is the Python
twin of the Go SDK (hosts/mailroom/agent) and gives the same guarantees::

    w3 = Web3(Web3.HTTPProvider("http://127.0.0.1:8545"))
    agent_mailroom = AgentMailroom(agent_private_key="0x…", w3=w3)
    response = agent_mailroom.request(bob_did, {"task": "…"})
    response.json(), response.receipt
"""

from __future__ import annotations

import base64
import datetime
import json
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Generator, Mapping, Optional, Sequence, Union, cast

import httpx
from web3 import Web3

from ._ops import ClientConfig, ClientDecision, ClientState, ClientTerms, SignedEnvelope, SignedReceipt, SignedVoucher
from .chain import NATIVE, AgentProfile, Chain, ChainChannel, TTLCache, asset_of
from .core import Core
from .discovery import DEFAULT_LOG_RANGE, DEFAULT_RESCAN, Discovery
from .deployments import Deployments, DeploymentsLike, resolve
from .errors import MailroomError
from .store import SenderStore

MAX_RESPONSE = 16 << 20
"""The largest response body read (as the Go agent's MaxResponse)."""
MAX_STEPS = 4
"""Steps (learn the terms, open, resynchronise, top up) before one paid attempt."""
PROFILE_TTL = 30.0
"""How long a registry record read for a request is reused (seconds)."""

Flow = Generator[tuple[Any, ...], Any, Any]
"""A request's logic as a generator of I/O steps, run by a driver: it yields
``("post", url, body, headers)`` (answered with ``(answer, wrote, error)``),
``("sleep", seconds)`` and ``("call", fn)`` (a blocking chain call; its
result, or its exception thrown back in). The sync agent runs the steps in
the calling thread; AsyncAgentMailroom awaits them (httpx.AsyncClient, a
worker thread for the chain). The logic, and so every guarantee, is one."""


def _hex(b: bytes) -> str:
    return "0x" + b.hex()


def _b64json(v: Any) -> str:
    return base64.b64encode(json.dumps(v, separators=(",", ":")).encode()).decode()


def encode_payload(payload: Union[bytes, bytearray, str, Mapping[str, Any], Sequence[Any]]) -> bytes:
    """The exact body bytes of a payload: bytes as they are, str as UTF-8,
    anything else as compact JSON."""
    if isinstance(payload, (bytes, bytearray)):
        return bytes(payload)
    if isinstance(payload, str):
        return payload.encode()
    try:
        return json.dumps(payload, separators=(",", ":")).encode()
    except (TypeError, ValueError) as e:
        raise MailroomError("invalid_input", f"payload is not JSON-serialisable: {e}") from e


def today(asset: str = NATIVE) -> str:
    """The key of the daily budget in ``asset``: the UTC date for ETH
    (core/client Day), ``"<date>/<token address>"`` for a token (DayIn: a
    budget never adds wei to token units)."""
    day = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")
    return day if asset == NATIVE else f"{day}/{asset}"


@dataclass
class Budget:
    """Spending bounds in the agent's asset's base units (wei for ETH; None:
    no limit). ``max_per_request`` bounds a price and what one voucher raises
    the recipient's claim by; ``max_per_day`` everything signed per UTC day:
    deposits, top-ups and voucher increases."""

    max_per_request: Optional[int] = None
    max_per_day: Optional[int] = None


@dataclass
class Response:
    """An HTTP answer to a mailroom request. For a paid one (``receipt`` set)
    the receipt was verified: signed by the recipient over this request,
    this channel, this cumulative amount and exactly this body."""

    status_code: int
    headers: httpx.Headers
    content: bytes
    receipt: Optional[SignedReceipt] = None
    price: int = 0
    cumulative: int = 0
    channel_id: Optional[str] = None
    attempts: int = 1

    @property
    def text(self) -> str:
        """The body as text (UTF-8, undecodable bytes replaced)."""
        return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.content)


@dataclass
class PreparedRequest:
    """A signed request that has not been sent (:meth:`AgentMailroom.prepare_request`):
    the envelope's wire object and what :meth:`AgentMailroom.transmit` needs."""

    envelope: SignedEnvelope
    url: str
    recipient: str
    body: bytes
    terms: ClientTerms
    before: Optional[ClientState] = None
    after: Optional[ClientState] = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class _Answer:
    status: int
    headers: httpx.Headers
    body: bytes

    def wire(self) -> dict[str, Any]:
        r: dict[str, Any] = {"status": self.status, "body": _hex(self.body)}
        pr, ps = self.headers.get("payment-required"), self.headers.get("payment-response")
        if pr:
            r["paymentRequired"] = pr
        if ps:
            r["paymentResponse"] = ps
        return r


class Registry:
    """The AgentRegistry as the quickstart uses it (``agent_mailroom.registry``)."""

    def __init__(self, agent: "AgentMailroom") -> None:
        self._a = agent
        self._index: Optional[Discovery] = None
        self._index_mu = threading.Lock()

    def find_agents(self, capability: Optional[str] = None, max_rate_wei: Optional[int] = None,
                    include_inactive: bool = False) -> list[AgentProfile]:
        """The registered agents that list ``capability`` (exact match; None:
        any), ask at most ``max_rate_wei`` per task (None: any) and are active
        (unless ``include_inactive``), cheapest first, ties by address: one
        sync of this agent's discovery index (the first call scans the
        registry's events from block 0, later ones only the new blocks and
        the last 64), then :meth:`Discovery.find`. ``invalid_input`` for a
        bad query, ``chain_error`` when the chain cannot be read."""
        with self._index_mu:
            if self._index is None:
                self._index = self._a.discovery()
            ix = self._index
        ix.find(capability, max_rate_wei, include_inactive)  # a bad query fails before any chain I/O
        ix.sync()
        return ix.find(capability, max_rate_wei, include_inactive)

    def register_agent(self, endpoint: str = "", capabilities: Sequence[str] = (), rate_per_task_wei: int = 0) -> str:
        """Register this agent (owner: itself) with its endpoint, capabilities
        and rate; returns the transaction hash."""
        rc = self._a.chain.register_agent(self._a._key, self._a.address, endpoint, capabilities, int(rate_per_task_wei))
        self._a._profiles.forget(self._a.address)
        return "0x" + bytes(rc["transactionHash"]).hex()

    def update_agent(self, endpoint: str = "", capabilities: Sequence[str] = (), rate_per_task_wei: int = 0) -> str:
        """Change this agent's record (it must own itself)."""
        rc = self._a.chain.update_agent(self._a._key, self._a.address, endpoint, capabilities, int(rate_per_task_wei))
        self._a._profiles.forget(self._a.address)
        return "0x" + bytes(rc["transactionHash"]).hex()

    def get_agent_profile(self, did_or_address: str) -> AgentProfile:
        """The registry record of a DID or address, read now (``agent_not_found``
        when it is not registered)."""
        addr = self._a.resolve_address(did_or_address)
        p = self._a.chain.get_agent(addr)
        self._a._profiles.get(addr, lambda: p, fresh=True)
        return p


class ChannelManager:
    """Payment channels from this agent (``agent_mailroom.channel_manager``)."""

    def __init__(self, agent: "AgentMailroom") -> None:
        self._a = agent

    def open_channel(self, recipient_address: str, amount_wei: int, sender_private_key: Optional[str] = None) -> str:
        """Open a channel to ``recipient_address`` locking ``amount_wei`` (base
        units of the agent's asset: a token channel is opened with a permit)
        and make it this agent's channel to that recipient; returns its id. The sender
        is this agent (``sender_private_key``, when given, must be its key:
        vouchers are signed with it). The daily budget counts the deposit."""
        if sender_private_key is not None and self._a.core.address_of(sender_private_key) != self._a.address:
            raise MailroomError("invalid_input", "sender_private_key is not this agent's key: its vouchers would not be valid on the channel")
        return self._a.open_channel(recipient_address, int(amount_wei))

    def top_up(self, recipient_address: str, amount_wei: int) -> None:
        """Add ``amount_wei`` (base units of the agent's asset: wei, or the
        token's units, approving the token first when the allowance is short)
        to the channel to ``recipient_address``."""
        self._a.top_up(recipient_address, int(amount_wei))

    def use_channel(self, recipient_address: str, channel_id: str) -> None:
        """Make an existing open channel (e.g. one opened with ``mailroom channel
        open``) this agent's channel to a recipient, by the core's rule
        (client_adopt: from this agent to the recipient, open, not closing);
        what the recipient accepted on it is asked before the next voucher.
        A channel in another asset than the agent's is ``asset_mismatch``."""
        self._a.use_channel(recipient_address, channel_id)

    def get_channel(self, channel_id: str) -> Optional[ChainChannel]:
        """The channel as the contract reports it (None: no such channel)."""
        return self._a.chain.get_channel(channel_id)

    def channel_to(self, recipient_address: str) -> Optional[ClientState]:
        """This agent's record of its channel to a recipient (in the agent's asset)."""
        return cast(Optional[ClientState], self._a._outgoing(self._a.resolve_address(recipient_address)))

    def request_close(self, recipient_address: str) -> None:
        """Ask to close the channel to a recipient (the recipient claims at once;
        the rest can be withdrawn after the withdraw delay)."""
        st = self.channel_to(recipient_address)
        if st is None:
            raise MailroomError("channel_not_found", f"no channel to {recipient_address}")
        self._a.chain.request_close(self._a._key, st["channelId"])

    def withdraw(self, recipient_address: str) -> str:
        """Take back the unclaimed rest of the channel to a recipient (in its
        asset), once :meth:`request_close` was mined and the withdraw delay has
        passed (``reverted`` with WithdrawTooEarly before); the channel closes
        and the record says so (the next request opens a new one). Returns
        the transaction hash."""
        r = self._a.resolve_address(recipient_address)
        with self._a._lock(r):
            st = self._a._outgoing(r)
            if st is None:
                raise MailroomError("channel_not_found", f"no channel to {recipient_address}")
            rc = self._a.chain.withdraw(self._a._key, st["channelId"])
            closed = dict(st)
            closed["closed"] = True
            self._a._put_outgoing(closed)
        return "0x" + bytes(rc["transactionHash"]).hex()

    def refund_of(self, asset: Optional[str] = None) -> int:
        """The refunds credited to this agent by the contract in ``asset``
        (default the agent's): what a redeem could not push to it."""
        return self._a.chain.refund_of(self._a.address, self._a.asset if asset is None else self._a._asset_name(asset))

    def withdraw_refund(self, asset: Optional[str] = None, to: Optional[str] = None) -> str:
        """Take the refunds credited in ``asset`` (default the agent's) to
        ``to`` (default this agent); returns the transaction hash."""
        a = self._a.asset if asset is None else self._a._asset_name(asset)
        rc = self._a.chain.withdraw_refund(self._a._key, a, to)
        return "0x" + bytes(rc["transactionHash"]).hex()


class AgentMailroom:
    """One agent identity with its channels, paying other agents' mailrooms.

    ``agent_private_key`` is the agent's key (0x hex), ``w3`` a web3.py
    connection. Contract addresses come from ``deployments`` (a
    :class:`~agent_mailroom.deployments.Deployments`, the deployments file's
    dict or its path), else ``$MAILROOM_DEPLOYMENTS``, else the dev chain's
    known deployment on chain 31337. Records are kept in ``store`` (a sqlite
    file, bound to its chain; default ``<chain id>-<address>.sqlite`` in
    ``$MAILROOM_AGENT_HOME``, else ``~/.agent_mailroom``), owned by one
    process at a time.

    ``asset`` is what the agent pays in: ``"native"`` (ETH, the default),
    ``"token"`` (the deployments' token, e.g. the dev chain's tUSDC) or a
    token's 0x address. Paying in a token, channels are opened in it with an
    EIP-2612 permit in one transaction (``approve`` then
    ``createTokenChannel`` for a token without permit), topped up in it, and
    the price is learnt from the recipient's 402 (the registry's rate is in
    wei); a recipient that does not take the asset is ``asset_mismatch``
    before any transaction.

    ``deposit`` is what a channel opened on demand (and each top-up) locks
    (default 100 × price); ``withdraw_delay`` a new channel's withdraw delay
    (default 3600 s, or the recipient's minimum when higher); ``budget``
    bounds spending. Amounts are in the asset's base units (wei for ETH).
    Thread-safe: requests to one recipient are serialised.
    """

    def __init__(self, agent_private_key: str, w3: Web3, *, deployments: DeploymentsLike = None,
                 store: Union[str, "os.PathLike[str]", SenderStore, None] = None, deposit: Optional[int] = None,
                 withdraw_delay: Optional[int] = None, budget: Optional[Budget] = None,
                 http: Optional[httpx.Client] = None, timeout: float = 30.0, core: Optional[Core] = None,
                 asset: str = NATIVE) -> None:
        self.core = core or Core()
        self.ops = self.core.ops
        self._key = agent_private_key
        self.address = self.core.address_of(agent_private_key)
        self.w3 = w3
        try:
            chain_id = int(w3.eth.chain_id)
        except Exception as e:
            raise MailroomError("chain_error", f"cannot read the chain id: {e}") from e
        self.deployments: Deployments = resolve(deployments, chain_id)
        self.chain = Chain(w3, self.deployments)
        self.asset: str = self._asset_name(asset)
        """What the agent pays in: ``"native"`` or the token's EIP-55 address."""
        self.budget = budget or Budget()
        cfg: dict[str, Any] = {"privateKey": agent_private_key, "chainId": str(chain_id),
                               "registry": self.deployments.registry, "channelContract": self.deployments.payment_channel,
                               "asset": self.asset}
        if deposit is not None:
            cfg["deposit"] = str(int(deposit))
        if withdraw_delay:
            cfg["withdrawDelay"] = str(int(withdraw_delay))
        if self.budget.max_per_request is not None:
            cfg["maxPerRequest"] = str(int(self.budget.max_per_request))
        self._cfg = cast(ClientConfig, cfg)
        self.ops.client_withdraw_delay({"config": self._cfg})  # a bad config fails here, not mid-request
        if isinstance(store, SenderStore):
            self.store = store
        else:
            if store is None:
                home = os.environ.get("MAILROOM_AGENT_HOME") or Path.home() / ".agent_mailroom"
                store = Path(home) / f"{chain_id}-{self.address}.sqlite"
            self.store = SenderStore(store)
        self.store.bind(self.chain.identity())
        self._own_http = http is None
        self.http = http or httpx.Client(timeout=timeout)
        self._profiles = TTLCache(PROFILE_TTL)
        self._mu = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self.registry = Registry(self)
        self.channel_manager = ChannelManager(self)

    def _asset_name(self, asset: str) -> str:
        """``"native"``, ``"token"`` (the deployments' token) or a 0x address, as the core names it."""
        if asset == NATIVE:
            return NATIVE
        if asset == "token":
            if not self.deployments.token:
                raise MailroomError("invalid_input", 'asset="token": the deployments name no token')
            return self.deployments.token
        try:
            a = asset_of(asset)
        except (ValueError, TypeError) as e:
            raise MailroomError("invalid_input", f'asset {asset!r} is neither "native", "token" nor a token address') from e
        if a == NATIVE:
            raise MailroomError("invalid_input", f'asset {asset!r}: ETH is named "native"')
        return a

    def _outgoing(self, recipient: str) -> Optional[dict[str, Any]]:
        """The record of this agent's channel in its asset to ``recipient``."""
        return self.store.outgoing(recipient, self.asset)

    def _put_outgoing(self, state: Mapping[str, Any]) -> None:
        self.store.put_outgoing(dict(state), self.asset)

    # ---- discovery ----------------------------------------------------------

    def discovery(self, *, from_block: int = 0, log_range: int = DEFAULT_LOG_RANGE,
                  rescan: int = DEFAULT_RESCAN) -> Discovery:
        """A new live index of the registry's agents (not yet synced): call
        ``sync()`` then ``find(capability=…, max_rate_wei=…)``, or keep it
        current with ``watch(interval)`` (see :mod:`agent_mailroom.discovery`)."""
        return Discovery(self.chain, from_block=from_block, log_range=log_range, rescan=rescan)

    # ---- identity -----------------------------------------------------------

    @property
    def did(self) -> str:
        """The agent's ``did:agent:eth:<EIP-55 address>``."""
        return self.core.to_did(self.address)

    def resolve_address(self, did_or_address: str) -> str:
        """The EIP-55 address of a DID or an address (``invalid_did`` / ``invalid_address``)."""
        if did_or_address.startswith("did:"):
            return self.core.parse_did(did_or_address)
        return self.core.get_address(did_or_address)

    def close(self) -> None:
        """Close the HTTP client (when this agent made it) and the store."""
        if self._own_http:
            self.http.close()
        self.store.close()

    def __enter__(self) -> "AgentMailroom":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _lock(self, recipient: str) -> threading.Lock:
        with self._mu:
            lk = self._locks.get(recipient)
            if lk is None:
                lk = self._locks[recipient] = threading.Lock()
            return lk

    # ---- budget -------------------------------------------------------------------

    def _spend(self, amount: int) -> None:
        if amount > 0:
            self.store.spend(today(self.asset), amount, self.budget.max_per_day)

    def _refund(self, amount: int) -> None:
        if amount > 0:
            self.store.refund(today(self.asset), amount)

    def spent_today(self) -> int:
        """What the daily budget counted today (UTC), in the asset's base units
        (tokens are counted under their own key, never with wei)."""
        return self.store.spent(today(self.asset))

    # ---- channels -------------------------------------------------------------------

    def open_channel(self, recipient: str, deposit: int) -> str:
        """Open a channel to ``recipient`` with ``deposit`` and the configured
        withdraw delay (no recipient minimum known) and record it, replacing a
        previous one; returns its id."""
        r = self.resolve_address(recipient)
        with self._lock(r):
            delay = int(self.ops.client_withdraw_delay({"config": self._cfg}))
            return cast(str, self._run(self._open_flow(r, deposit, delay)))

    def _open_flow(self, recipient: str, deposit: int, delay: int) -> Flow:
        if isinstance(deposit, bool) or not isinstance(deposit, int) or deposit <= 0:
            raise MailroomError("invalid_input", "deposit must be a positive number of base units")
        self._spend(deposit)
        try:
            cid = yield ("call", lambda: self.chain.open_in(self._key, self.asset, recipient, deposit, delay))
        except MailroomError as e:
            if e.code == "reverted":
                self._refund(deposit)  # a reverted transaction moved nothing
            raise
        # The record of a channel just opened (wasm/ABI.md §5): nothing accepted, nothing signed.
        self._put_outgoing({"recipient": recipient, "channelId": cid, "deposit": str(deposit), "cumulative": "0",
                            "withdrawDelay": str(delay)})
        return cid

    def use_channel(self, recipient: str, channel_id: str) -> None:
        """See :meth:`ChannelManager.use_channel`."""
        r = self.resolve_address(recipient)
        with self._lock(r):
            st = self._outgoing(r)
            if st is not None and st["channelId"] == channel_id and not st.get("closed"):
                return
            ch = self.chain.get_channel(channel_id)
            if ch is None:
                raise MailroomError("channel_not_found", f"no channel {channel_id} on chain")
            on = {"id": channel_id, "sender": ch.sender, "recipient": ch.recipient, "deposit": str(ch.deposit),
                  "claimed": str(ch.claimed), "withdrawDelay": str(ch.withdraw_delay), "open": ch.open,
                  "token": ch.token, "closeRequested": ch.close_requested_at != 0}
            adopted = self.ops.client_adopt({"config": self._cfg, "recipient": r, "channel": on})
            self._put_outgoing(cast(dict[str, Any], adopted))

    def top_up(self, recipient: str, amount: int) -> None:
        """Add ``amount`` to the channel to ``recipient``."""
        r = self.resolve_address(recipient)
        with self._lock(r):
            self._run(self._top_up_flow(r, amount))

    def _top_up_flow(self, recipient: str, amount: int) -> Flow:
        st = self._outgoing(recipient)
        if st is None or st.get("closed"):
            raise MailroomError("channel_not_found", f"no open channel to {recipient}")
        if amount <= 0:
            raise MailroomError("invalid_input", "top-up amount must be positive")
        self._spend(amount)
        try:
            yield ("call", lambda: self.chain.top_up_in(self._key, self.asset, st["channelId"], amount))
        except MailroomError as e:
            if e.code == "reverted":
                self._refund(amount)
            raise
        st["deposit"] = str(int(st["deposit"]) + amount)  # the top-up is in the deposit (wasm/ABI.md §5)
        self._put_outgoing(st)

    # ---- signing ------------------------------------------------------------------

    def _sign_locked(self, state: ClientState, plan: Mapping[str, Any]) -> tuple[ClientState, SignedVoucher]:
        inc = int(plan.get("increase") or 0)
        self._spend(inc)
        try:
            signed = self.ops.client_sign({"config": self._cfg, "state": state, "cumulativeAmount": plan["voucher"]})
            self._put_outgoing(cast(dict[str, Any], signed["state"]))
        except BaseException:
            self._refund(inc)  # never handed out
            raise
        return signed["state"], signed["voucher"]

    def _envelope_locked(self, recipient: str, url: str, body: bytes) -> SignedEnvelope:
        if not (url.startswith("http://") or url.startswith("https://")):
            raise MailroomError("invalid_input", f"request URL {url!r} is not an absolute http(s) URL")
        nonce = self.store.next_nonce(recipient)
        return self.ops.client_envelope({"config": self._cfg, "recipient": recipient, "url": url, "payload": _hex(body),
                                         "nonce": nonce, "now": int(time.time())})

    def _profile_to_pay(self, recipient: str, name: str) -> AgentProfile:
        p = self._profiles.get(recipient, lambda: self.chain.get_agent(recipient))
        if not p.active:
            raise MailroomError("agent_inactive", f"{name} is deactivated in the registry")
        if not p.endpoint:
            raise MailroomError("no_endpoint", f"{name} lists no endpoint in the registry")
        return p

    # ---- the quickstart's two steps -----------------------------------------------

    def prepare_request(self, recipient_did: str, payload: Any, attach_voucher_amount_wei: int = 0,
                        url: Optional[str] = None) -> tuple[PreparedRequest, Optional[SignedVoucher]]:
        """Sign an envelope for ``payload`` to the recipient (a POST to its
        registered endpoint, or ``url``) and, when ``attach_voucher_amount_wei``
        > 0 (base units of the agent's asset), the next voucher on this
        agent's channel to it: its cumulative amount grows by exactly that much (persisted, and counted by the
        budget, before it is returned). Consumes one nonce. No step is taken
        (``payment_required`` without an open channel, ``voucher_exceeds_deposit``
        above the deposit)."""
        recipient = self.resolve_address(recipient_did)
        if url is None:
            url = self._profile_to_pay(recipient, recipient_did).endpoint
        body = encode_payload(payload)
        amount = int(attach_voucher_amount_wei)
        with self._lock(recipient):
            voucher: Optional[SignedVoucher] = None
            before = after = None
            if amount > 0:
                st = self._outgoing(recipient)
                req: dict[str, Any] = {"config": self._cfg, "amount": str(amount)}
                if st is not None:
                    req["state"] = st
                plan = self.ops.client_prepare(cast(Any, req))
                before = cast(ClientState, st)
                after, voucher = self._sign_locked(before, plan)
            env = self._envelope_locked(recipient, url, body)
        terms = cast(ClientTerms, {"price": str(amount)})
        prep = PreparedRequest(env, url, recipient, body, terms, before, after)
        prep.headers = self._headers(prep, voucher)
        return prep, voucher

    def _headers(self, prep: PreparedRequest, voucher: Optional[SignedVoucher]) -> dict[str, str]:
        h = {"Agent-Envelope": _b64json(prep.envelope),
             "Content-Type": "application/json" if _is_json(prep.body) else "application/octet-stream"}
        if voucher is not None:
            h["PAYMENT-SIGNATURE"] = self.ops.client_payment({"config": self._cfg, "url": prep.url, "recipient": prep.recipient,
                                                              "terms": prep.terms, "voucher": voucher})
        return h

    def transmit(self, envelope: PreparedRequest, voucher: Optional[SignedVoucher] = None) -> Response:
        """Send a prepared request and verify its answer: a paid answer's
        receipt must verify (else ``receipt_invalid``); a correction is
        adopted and the request paid again as :meth:`request` does; a refusal
        raises MailroomError with its code. Without a voucher the answer is
        returned as it is (e.g. the 402 with the recipient's terms)."""
        if voucher is None:
            return cast(Response, self._run(self._transmit_flow(envelope, None)))
        with self._lock(envelope.recipient):
            return cast(Response, self._run(self._transmit_flow(envelope, voucher)))

    def _transmit_flow(self, prep: PreparedRequest, voucher: Optional[SignedVoucher]) -> Flow:
        if voucher is None:
            ans, _, err = yield from self._exchange_flow(prep.url, prep.body, prep.headers)
            if err is not None:
                raise err
            assert ans is not None
            return Response(ans.status, ans.headers, ans.body)
        attempt = {"n": 1, "before": prep.before, "after": prep.after, "terms": prep.terms, "envelope": prep.envelope, "voucher": voucher}
        out = yield from self._attempt_flow(prep.url, prep.body, prep.headers, attempt)
        if isinstance(out, Response):
            return out
        return (yield from self._send_flow(prep.url, prep.recipient, out, prep.body, first=2))

    # ---- the whole paid round trip ----------------------------------------------------

    def request(self, recipient_did: str, payload: Any, *, url: Optional[str] = None, price: Optional[int] = None) -> Response:
        """Pay the recipient for one request carrying ``payload``, at its
        registered endpoint and rate (or ``url`` and ``price``; an agent paying
        in a token learns the price from the recipient's 402, the registry's
        rate being in wei): learn its terms from a 402, open or top up a
        channel, resynchronise after an unknown outcome, sign the voucher
        (persisted first), send, and verify the receipt. Raises MailroomError
        with the core's code when refused (``asset_mismatch`` when the
        recipient does not take the agent's asset)."""
        recipient = self.resolve_address(recipient_did)
        with self._lock(recipient):
            return cast(Response, self._run(self._request_flow(recipient_did, recipient, payload, url, price)))

    def _request_flow(self, name: str, recipient: str, payload: Any, url: Optional[str], price: Optional[int]) -> Flow:
        body = encode_payload(payload)
        if url is None or (price is None and self.asset == NATIVE):
            p = yield ("call", lambda: self._profile_to_pay(recipient, name))
            url = url or p.endpoint
            if price is None and self.asset == NATIVE:
                price = p.rate_per_task_wei  # the registry's rate is in wei: a token agent learns its price from the 402
        assert url is not None
        terms: dict[str, Any] = {} if price is None else {"price": str(int(price))}
        return (yield from self._send_flow(url, recipient, cast(ClientTerms, terms), body))

    def _send_flow(self, url: str, recipient: str, terms: ClientTerms, body: bytes, first: int = 1) -> Flow:
        for n in range(first, first + 64):
            st, plan = yield from self._ready_flow(url, recipient, body, terms)
            env = self._envelope_locked(recipient, url, body)
            after, voucher = self._sign_locked(st, plan)
            prep = PreparedRequest(env, url, recipient, body, terms)
            headers = self._headers(prep, voucher)
            attempt = {"n": n, "before": st, "after": after, "terms": terms, "envelope": env, "voucher": voucher}
            out = yield from self._attempt_flow(url, body, headers, attempt)
            if isinstance(out, Response):
                return out
            terms = out
        raise MailroomError("internal", f"no answer from {recipient} after 64 attempts")

    def _attempt_flow(self, url: str, body: bytes, headers: dict[str, str], attempt: dict[str, Any]) -> Flow:
        """Deliver one attempt and do what the machine decides: the Response
        when done, the next terms on retry; raises on fail."""
        ans, sent, err = yield from self._exchange_flow(url, body, headers)
        d: ClientDecision
        if ans is None:
            assert err is not None
            d = self.ops.client_lost({"config": self._cfg, "attempt": cast(Any, attempt), "sent": sent,
                                      "code": err.code, "message": err.detail})
        else:
            d = self.ops.client_handle({"config": self._cfg, "attempt": cast(Any, attempt), "response": cast(Any, ans.wire())})
        if d.get("state"):
            try:
                self._put_outgoing(cast(dict[str, Any], d["state"]))
            except MailroomError:
                if d["outcome"] != "fail":
                    raise
        self._refund(int(d.get("refund") or 0))
        if d["outcome"] == "done":
            assert ans is not None
            v = attempt["voucher"]
            return Response(ans.status, ans.headers, ans.body, d.get("receipt"), int(attempt["terms"].get("price") or 0),
                            int(v["cumulativeAmount"]), v["channelId"], int(attempt["n"]))
        if d["outcome"] == "retry":
            return cast(ClientTerms, d.get("terms") or attempt["terms"])
        raise MailroomError(str(d.get("code") or "internal"), str(d.get("message") or ""))

    def _ready_flow(self, url: str, recipient: str, body: bytes, terms: ClientTerms) -> Flow:
        """Perform the steps the machine's plan asks for until it says pay;
        returns (state, plan)."""
        for _ in range(MAX_STEPS + 1):
            st = self._outgoing(recipient)
            if terms.get("price") is None and terms.get("stated") is None:
                plan: Any = {"need": "learn-terms"}  # no price known at all (a token agent has no registry rate)
            else:
                req: dict[str, Any] = {"config": self._cfg, "terms": terms}
                if st is not None:
                    req["state"] = st
                plan = self.ops.client_plan(cast(Any, req))
            need = plan["need"]
            if need == "pay":
                return cast(ClientState, st), plan
            if need == "learn-terms":
                ans = yield from self._probe_flow(url, recipient, body)
                learnt = self.ops.client_learn_terms({"config": self._cfg, "recipient": recipient, "response": cast(Any, ans.wire())})
                t = cast(dict[str, Any], terms)
                t.clear()
                t.update(learnt or {})
            elif need == "open":
                yield from self._open_flow(recipient, int(plan["deposit"] or 0), int(plan["withdrawDelay"] or 0))
            elif need == "resync":
                assert st is not None
                ans = yield from self._probe_flow(url, recipient, body)
                nxt = self.ops.client_resync({"config": self._cfg, "state": cast(ClientState, st), "response": cast(Any, ans.wire())})
                self._put_outgoing(cast(dict[str, Any], nxt))
            elif need == "top-up":
                yield from self._top_up_flow(recipient, int(plan["deposit"] or 0))
            else:
                raise MailroomError("internal", f"unknown plan step {need!r}")
        raise MailroomError("internal", f"no voucher to {recipient} after {MAX_STEPS} steps")

    def _probe_flow(self, url: str, recipient: str, body: bytes) -> Flow:
        """The envelope alone (no voucher): answered by a 402 with the terms
        and, for a known sender, what it accepted."""
        env = self._envelope_locked(recipient, url, body)
        prep = PreparedRequest(env, url, recipient, body, cast(ClientTerms, {}))
        ans, _, err = yield from self._exchange_flow(url, body, self._headers(prep, None))
        if err is not None:
            raise err
        assert ans is not None
        return ans

    def _exchange_flow(self, url: str, body: bytes, headers: dict[str, str]) -> Flow:
        """POST, delivering the very same request again while the machine
        says so (client_redeliver); returns (answer, sent, error). sent is
        False only when the request provably never left (the connection was
        never made)."""
        sent = False
        for tries in range(1, 1 << 20):
            ans, wrote, err = yield ("post", url, body, headers)
            sent = sent or wrote
            req: dict[str, Any] = {"sent": sent, "deliveries": tries}
            if ans is not None:
                req["response"] = ans.wire()
            r = self.ops.client_redeliver(cast(Any, req))
            if not r["again"]:
                return ans, sent, err
            yield ("sleep", int(r.get("backoffMs") or 0) / 1000)
        raise MailroomError("internal", "unreachable")

    # ---- the sync driver ------------------------------------------------------------

    def _run(self, flow: Flow) -> Any:
        """Run a flow's I/O steps in this thread."""
        value: Any = None
        exc: Optional[BaseException] = None
        while True:
            try:
                step = flow.throw(exc) if exc is not None else flow.send(value)
            except StopIteration as stop:
                return stop.value
            value, exc = None, None
            try:
                if step[0] == "post":
                    value = self._post(step[1], step[2], step[3])
                elif step[0] == "sleep":
                    time.sleep(step[1])
                else:
                    value = cast(Callable[[], Any], step[1])()
            except BaseException as e:
                exc = e

    def _post(self, url: str, body: bytes, headers: dict[str, str]) -> tuple[Optional[_Answer], bool, Optional[MailroomError]]:
        try:
            with self.http.stream("POST", url, content=body, headers=headers) as r:
                buf = bytearray()
                for chunk in r.iter_bytes():
                    buf += chunk
                    if len(buf) > MAX_RESPONSE:
                        break
                return _Answer(r.status_code, r.headers, bytes(buf[:MAX_RESPONSE])), True, None
        except NOT_SENT as e:
            # Nothing was written to a connection: the request did not leave.
            return None, False, MailroomError("transport_error", f"POST {url}: {e!r}")
        except httpx.HTTPError as e:
            return None, True, MailroomError("transport_error", f"POST {url}: {e!r} (request outcome unknown)")


NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol, httpx.InvalidURL)
"""httpx failures before anything was written to a connection."""


def _is_json(b: bytes) -> bool:
    try:
        json.loads(b)
        return True
    except ValueError:
        return False
