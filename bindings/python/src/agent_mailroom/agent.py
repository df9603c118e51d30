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
from typing import Any, Callable, Generator, Mapping, Optional, Sequence, TypedDict, Union, cast

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
MAX_TERMS_KEPT = 1024
"""How many (recipient, asset, URL) terms an agent keeps in memory (the oldest go first)."""

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


class _AssetPreferenceRequired(TypedDict):
    asset: str


class AssetPreference(_AssetPreferenceRequired, total=False):
    """One asset an agent pays in (``AgentMailroom(assets=[…])``, preferred
    first): ``asset`` is ``"native"`` (ETH), ``"token"`` (the deployments'
    token) or a token's 0x address; ``max_per_request`` and ``max_per_day``
    its budget and ``deposit`` what a channel opened in it (and each top-up)
    locks, all in its base units (None: no limit / 100 × price)."""

    max_per_request: Optional[int]
    max_per_day: Optional[int]
    deposit: Optional[int]


_PREFERENCE_KEYS = AssetPreference.__required_keys__ | AssetPreference.__optional_keys__


@dataclass
class _Payer:
    """What the agent pays in one asset with: its sender config (the core's
    client config with this asset, deposit and per-request cap) and budget."""

    asset: str
    cfg: ClientConfig
    budget: Budget


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
    asset: str = NATIVE
    """What the request paid in (``price`` and ``cumulative`` are in its base
    units): ``"native"`` or the token's address."""

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
    asset: str = NATIVE
    """The asset of the voucher's channel."""


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
    """Payment channels from this agent (``agent_mailroom.channel_manager``).

    ``asset`` names a channel's asset (``"native"``, ``"token"`` or a token's
    address). Opening and topping up default to the agent's first asset;
    reading, closing and withdrawing default to the asset the agent pays the
    recipient in (the one chosen from its 402, else the agent's first)."""

    def __init__(self, agent: "AgentMailroom") -> None:
        self._a = agent

    def open_channel(self, recipient_address: str, amount_wei: int, sender_private_key: Optional[str] = None,
                     asset: Optional[str] = None) -> str:
        """Open a channel to ``recipient_address`` locking ``amount_wei`` (base
        units of ``asset``, default the agent's first: a token channel is opened with a permit)
        and make it this agent's channel to that recipient in that asset; returns its id. The sender
        is this agent (``sender_private_key``, when given, must be its key:
        vouchers are signed with it). The asset's daily budget counts the deposit."""
        if sender_private_key is not None and self._a.core.address_of(sender_private_key) != self._a.address:
            raise MailroomError("invalid_input", "sender_private_key is not this agent's key: its vouchers would not be valid on the channel")
        return self._a.open_channel(recipient_address, int(amount_wei), asset=asset)

    def top_up(self, recipient_address: str, amount_wei: int, asset: Optional[str] = None) -> None:
        """Add ``amount_wei`` (base units of ``asset``, default the agent's
        first: wei, or the token's units, approving the token first when the
        allowance is short) to the channel in that asset to ``recipient_address``."""
        self._a.top_up(recipient_address, int(amount_wei), asset=asset)

    def use_channel(self, recipient_address: str, channel_id: str) -> None:
        """Make an existing open channel (e.g. one opened with ``mailroom channel
        open``) this agent's channel to a recipient in its asset, by the core's rule
        (client_adopt: from this agent to the recipient, open, not closing);
        what the recipient accepted on it is asked before the next voucher.
        A channel in an asset the agent does not pay in is ``asset_mismatch``."""
        self._a.use_channel(recipient_address, channel_id)

    def get_channel(self, channel_id: str) -> Optional[ChainChannel]:
        """The channel as the contract reports it (None: no such channel)."""
        return self._a.chain.get_channel(channel_id)

    def channel_to(self, recipient_address: str, asset: Optional[str] = None) -> Optional[ClientState]:
        """This agent's record of its channel in ``asset`` to a recipient."""
        r = self._a.resolve_address(recipient_address)
        return cast(Optional[ClientState], self._a._outgoing(r, self._a._asset_to(r, asset)))

    def request_close(self, recipient_address: str, asset: Optional[str] = None) -> None:
        """Ask to close the channel in ``asset`` to a recipient (the recipient claims at once;
        the rest can be withdrawn after the withdraw delay)."""
        st = self.channel_to(recipient_address, asset)
        if st is None:
            raise MailroomError("channel_not_found", f"no channel to {recipient_address}")
        self._a.chain.request_close(self._a._key, st["channelId"])

    def withdraw(self, recipient_address: str, asset: Optional[str] = None) -> str:
        """Take back the unclaimed rest of the channel in ``asset`` to a recipient,
        once :meth:`request_close` was mined and the withdraw delay has
        passed (``reverted`` with WithdrawTooEarly before); the channel closes
        and the record says so (the next request opens a new one). Returns
        the transaction hash."""
        r = self._a.resolve_address(recipient_address)
        with self._a._lock(r):
            a = self._a._asset_to(r, asset)
            st = self._a._outgoing(r, a)
            if st is None:
                raise MailroomError("channel_not_found", f"no channel to {recipient_address}")
            rc = self._a.chain.withdraw(self._a._key, st["channelId"])
            closed = dict(st)
            closed["closed"] = True
            self._a._put_outgoing(closed, a)
        return "0x" + bytes(rc["transactionHash"]).hex()

    def refund_of(self, asset: Optional[str] = None) -> int:
        """The refunds credited to this agent by the contract in ``asset``
        (default the agent's first): what a redeem could not push to it."""
        return self._a.chain.refund_of(self._a.address, self._a.asset if asset is None else self._a._asset_name(asset))

    def withdraw_refund(self, asset: Optional[str] = None, to: Optional[str] = None) -> str:
        """Take the refunds credited in ``asset`` (default the agent's first) to
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

    ``assets`` lists several assets instead, preferred first, each with its
    own budget and deposit (:class:`AssetPreference`: ``{"asset", "max_per_request",
    "max_per_day", "deposit"}``, in its base units; exclusive with ``asset``,
    ``deposit`` and ``budget``). The first request to a recipient sends the
    envelope alone and the core chooses from its 402 (``client_choose``):
    the first asset it takes at a price within that asset's
    ``max_per_request`` (``asset_mismatch`` when it takes none,
    ``budget_exceeded`` when all are above their caps, before any
    transaction). The choice and its terms are kept in memory per recipient;
    a later ``asset_mismatch`` or ``unsupported`` in the chosen asset
    chooses again once. Each asset has its own channel to a recipient.

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
                 asset: str = NATIVE, assets: Optional[Sequence[AssetPreference]] = None) -> None:
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
        if assets is None:
            b = budget or Budget()
            prefs: list[AssetPreference] = [{"asset": asset, "deposit": None if deposit is None else int(deposit),
                                             "max_per_request": None if b.max_per_request is None else int(b.max_per_request),
                                             "max_per_day": None if b.max_per_day is None else int(b.max_per_day)}]
        else:
            if asset != NATIVE or deposit is not None or budget is not None:
                raise MailroomError("invalid_input", "assets= lists each asset with its deposit and budget: give it instead of "
                                    "asset=, deposit= and budget=")
            if isinstance(assets, (str, bytes, Mapping)) or not assets:
                raise MailroomError("invalid_input", 'assets= is a non-empty list of {"asset", "max_per_request", "max_per_day", "deposit"}')
            prefs = list(assets)
        base: dict[str, Any] = {"privateKey": agent_private_key, "chainId": str(chain_id),
                                "registry": self.deployments.registry, "channelContract": self.deployments.payment_channel}
        if withdraw_delay:
            base["withdrawDelay"] = str(int(withdraw_delay))
        self._payers: list[_Payer] = []
        for i, p in enumerate(prefs):
            self._payers.append(self._payer_of(p, base, f"assets[{i}]" if assets is not None else "asset"))
        if len({p.asset for p in self._payers}) != len(self._payers):
            raise MailroomError("invalid_input", "assets= names an asset twice")
        self.asset: str = self._payers[0].asset
        """What the agent pays in (with ``assets``, its first preference): ``"native"`` or the token's EIP-55 address."""
        self.assets: list[str] = [p.asset for p in self._payers]
        """The assets the agent pays in, preferred first."""
        self.budget = self._payers[0].budget
        self._cfg = self._payers[0].cfg
        self._by_rate = len(self._payers) == 1 and self.asset == NATIVE
        """One asset, ETH: a request pays the registry's rate (in wei) with no terms probe, as before assets."""
        self._chosen: dict[str, int] = {}
        """Per recipient, the index of the payer the core chose from its 402."""
        """Per (recipient, asset), the terms last stated by the recipient (reused; a payment_required
        stating another price is retried at it by the core, client_handle)."""
        self._terms_at: dict[tuple[str, str, str], ClientTerms] = {}
        """The same per URL too (a route may be priced apart): tried first, the last MAX_TERMS_KEPT kept."""
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

    def _payer_of(self, p: Any, base: Mapping[str, Any], where: str) -> _Payer:
        """The payer of one preference: its asset named as the core names it, its config checked by the core."""
        if not isinstance(p, Mapping) or "asset" not in p:
            raise MailroomError("invalid_input", f'{where} must be an object with "asset"')
        extra = set(p) - _PREFERENCE_KEYS
        if extra:
            raise MailroomError("invalid_input", f"{where}: unknown keys {sorted(extra)} (known: {sorted(_PREFERENCE_KEYS)})")
        vals: dict[str, Optional[int]] = {}
        for k in ("deposit", "max_per_request", "max_per_day"):
            v = p.get(k)
            if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 0):
                raise MailroomError("invalid_input", f"{where}.{k} must be a non-negative integer of base units, not {v!r}")
            vals[k] = v
        a = self._asset_name(str(p["asset"]))
        cfg = dict(base)
        cfg["asset"] = a
        if vals["deposit"] is not None:
            cfg["deposit"] = str(vals["deposit"])
        if vals["max_per_request"] is not None:
            cfg["maxPerRequest"] = str(vals["max_per_request"])
        payer = _Payer(a, cast(ClientConfig, cfg), Budget(vals["max_per_request"], vals["max_per_day"]))
        self.ops.client_withdraw_delay({"config": payer.cfg})  # a bad config fails here, not mid-request
        return payer

    def _payer(self, asset: Optional[str] = None) -> _Payer:
        """The payer in ``asset`` (None: the first preference); ``invalid_input`` when the agent does not pay in it."""
        if asset is None:
            return self._payers[0]
        a = self._asset_name(asset)
        for p in self._payers:
            if p.asset == a:
                return p
        raise MailroomError("invalid_input", f"this agent does not pay in {a} (it pays in {', '.join(self.assets)})")

    def _asset_to(self, recipient: str, asset: Optional[str]) -> str:
        """``asset`` as the core names it, or (None) the asset chosen for ``recipient``, else the first preference."""
        if asset is not None:
            return self._asset_name(asset)
        with self._mu:
            i = self._chosen.get(recipient)
        return self._payers[i].asset if i is not None else self.asset

    def _outgoing(self, recipient: str, asset: Optional[str] = None) -> Optional[dict[str, Any]]:
        """The record of this agent's channel in ``asset`` (default its first) to ``recipient``."""
        return self.store.outgoing(recipient, asset or self.asset)

    def _put_outgoing(self, state: Mapping[str, Any], asset: Optional[str] = None) -> None:
        self.store.put_outgoing(dict(state), asset or self.asset)

    def chosen_asset(self, recipient: str) -> Optional[str]:
        """The asset the core chose to pay ``recipient`` in (a DID or address),
        kept in memory since the last terms probe; None before the first request."""
        r = self.resolve_address(recipient)
        with self._mu:
            i = self._chosen.get(r)
        return self._payers[i].asset if i is not None else None

    def _forget_choice(self, recipient: str) -> None:
        with self._mu:
            i = self._chosen.pop(recipient, None)
            if i is not None:
                a = self._payers[i].asset
                for k in [k for k in self._terms_at if k[0] == recipient and k[1] == a]:
                    del self._terms_at[k]

    def _kept_terms(self, recipient: str, asset: str, url: str) -> Optional[ClientTerms]:
        """The terms kept for ``url`` (in ``asset``); None: none. Not the
        recipient's terms at another URL: a route may cost more, and a
        voucher signed at another route's higher price is handed out
        (refused, but held); a URL not seen yet learns its own terms."""
        with self._mu:
            return self._terms_at.get((recipient, asset, url))

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

    def _spend(self, amount: int, payer: Optional[_Payer] = None) -> None:
        p = payer or self._payers[0]
        if amount > 0:
            self.store.spend(today(p.asset), amount, p.budget.max_per_day)

    def _refund(self, amount: int, payer: Optional[_Payer] = None) -> None:
        if amount > 0:
            self.store.refund(today((payer or self._payers[0]).asset), amount)

    def spent_today(self, asset: Optional[str] = None) -> int:
        """What the daily budget of ``asset`` (default the agent's first)
        counted today (UTC), in its base units (each asset is counted under
        its own key, never added to another's)."""
        return self.store.spent(today(self.asset if asset is None else self._asset_name(asset)))

    # ---- channels -------------------------------------------------------------------

    def open_channel(self, recipient: str, deposit: int, asset: Optional[str] = None) -> str:
        """Open a channel in ``asset`` (default the first) to ``recipient`` with
        ``deposit`` and the configured withdraw delay (no recipient minimum
        known) and record it, replacing a previous one in that asset; returns its id."""
        r = self.resolve_address(recipient)
        payer = self._payer(asset)
        with self._lock(r):
            delay = int(self.ops.client_withdraw_delay({"config": payer.cfg}))
            return cast(str, self._run(self._open_flow(r, deposit, delay, payer)))

    def _open_flow(self, recipient: str, deposit: int, delay: int, payer: _Payer) -> Flow:
        if isinstance(deposit, bool) or not isinstance(deposit, int) or deposit <= 0:
            raise MailroomError("invalid_input", "deposit must be a positive number of base units")
        self._spend(deposit, payer)
        try:
            cid = yield ("call", lambda: self.chain.open_in(self._key, payer.asset, recipient, deposit, delay))
        except MailroomError as e:
            if e.code == "reverted":
                self._refund(deposit, payer)  # a reverted transaction moved nothing
            raise
        # The record of a channel just opened (wasm/ABI.md §5): nothing accepted, nothing signed.
        self._put_outgoing({"recipient": recipient, "channelId": cid, "deposit": str(deposit), "cumulative": "0",
                            "withdrawDelay": str(delay)}, payer.asset)
        return cid

    def use_channel(self, recipient: str, channel_id: str) -> None:
        """See :meth:`ChannelManager.use_channel`."""
        r = self.resolve_address(recipient)
        with self._lock(r):
            ch = self.chain.get_channel(channel_id)
            if ch is None:
                raise MailroomError("channel_not_found", f"no channel {channel_id} on chain")
            a = asset_of(ch.token)
            payer = next((p for p in self._payers if p.asset == a), self._payers[0])  # none: the core says asset_mismatch
            st = self._outgoing(r, payer.asset)
            if st is not None and st["channelId"] == channel_id and not st.get("closed"):
                return
            on = {"id": channel_id, "sender": ch.sender, "recipient": ch.recipient, "deposit": str(ch.deposit),
                  "claimed": str(ch.claimed), "withdrawDelay": str(ch.withdraw_delay), "open": ch.open,
                  "token": ch.token, "closeRequested": ch.close_requested_at != 0}
            adopted = self.ops.client_adopt({"config": payer.cfg, "recipient": r, "channel": on})
            self._put_outgoing(cast(dict[str, Any], adopted), payer.asset)

    def top_up(self, recipient: str, amount: int, asset: Optional[str] = None) -> None:
        """Add ``amount`` to the channel in ``asset`` (default the first) to ``recipient``."""
        r = self.resolve_address(recipient)
        payer = self._payer(asset)
        with self._lock(r):
            self._run(self._top_up_flow(r, amount, payer))

    def _top_up_flow(self, recipient: str, amount: int, payer: _Payer) -> Flow:
        st = self._outgoing(recipient, payer.asset)
        if st is None or st.get("closed"):
            raise MailroomError("channel_not_found", f"no open channel to {recipient}")
        if amount <= 0:
            raise MailroomError("invalid_input", "top-up amount must be positive")
        self._spend(amount, payer)
        try:
            yield ("call", lambda: self.chain.top_up_in(self._key, payer.asset, st["channelId"], amount))
        except MailroomError as e:
            if e.code == "reverted":
                self._refund(amount, payer)
            raise
        st["deposit"] = str(int(st["deposit"]) + amount)  # the top-up is in the deposit (wasm/ABI.md §5)
        self._put_outgoing(st, payer.asset)

    # ---- signing ------------------------------------------------------------------

    def _sign_locked(self, state: ClientState, plan: Mapping[str, Any], payer: Optional[_Payer] = None) -> tuple[ClientState, SignedVoucher]:
        p = payer or self._payers[0]
        inc = int(plan.get("increase") or 0)
        self._spend(inc, p)
        try:
            signed = self.ops.client_sign({"config": p.cfg, "state": state, "cumulativeAmount": plan["voucher"]})
            self._put_outgoing(cast(dict[str, Any], signed["state"]), p.asset)
        except BaseException:
            self._refund(inc, p)  # never handed out
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
                        url: Optional[str] = None, asset: Optional[str] = None) -> tuple[PreparedRequest, Optional[SignedVoucher]]:
        """Sign an envelope for ``payload`` to the recipient (a POST to its
        registered endpoint, or ``url``) and, when ``attach_voucher_amount_wei``
        > 0 (base units of ``asset``, default the agent's first), the next voucher on this
        agent's channel in that asset to it: its cumulative amount grows by exactly that much (persisted, and counted by the
        budget, before it is returned). Consumes one nonce. No step is taken
        (``payment_required`` without an open channel, ``voucher_exceeds_deposit``
        above the deposit)."""
        recipient = self.resolve_address(recipient_did)
        payer = self._payer(asset)
        if url is None:
            url = self._profile_to_pay(recipient, recipient_did).endpoint
        body = encode_payload(payload)
        amount = int(attach_voucher_amount_wei)
        with self._lock(recipient):
            voucher: Optional[SignedVoucher] = None
            before = after = None
            if amount > 0:
                st = self._outgoing(recipient, payer.asset)
                req: dict[str, Any] = {"config": payer.cfg, "amount": str(amount)}
                if st is not None:
                    req["state"] = st
                plan = self.ops.client_prepare(cast(Any, req))
                before = cast(ClientState, st)
                after, voucher = self._sign_locked(before, plan, payer)
            env = self._envelope_locked(recipient, url, body)
        terms = cast(ClientTerms, {"price": str(amount)})
        prep = PreparedRequest(env, url, recipient, body, terms, before, after, asset=payer.asset)
        prep.headers = self._headers(prep, voucher, payer)
        return prep, voucher

    def _headers(self, prep: PreparedRequest, voucher: Optional[SignedVoucher], payer: Optional[_Payer] = None) -> dict[str, str]:
        h = {"Agent-Envelope": _b64json(prep.envelope),
             "Content-Type": "application/json" if _is_json(prep.body) else "application/octet-stream"}
        if voucher is not None:
            cfg = (payer or self._payers[0]).cfg
            h["PAYMENT-SIGNATURE"] = self.ops.client_payment({"config": cfg, "url": prep.url, "recipient": prep.recipient,
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
        payer = self._payer(prep.asset)
        attempt = {"n": 1, "before": prep.before, "after": prep.after, "terms": prep.terms, "envelope": prep.envelope, "voucher": voucher}
        out = yield from self._attempt_flow(prep.url, prep.body, prep.headers, attempt, payer)
        if isinstance(out, Response):
            return out
        return (yield from self._send_flow(prep.url, prep.recipient, out, prep.body, payer, first=2))

    # ---- the whole paid round trip ----------------------------------------------------

    def request(self, recipient_did: str, payload: Any, *, url: Optional[str] = None, price: Optional[int] = None) -> Response:
        """Pay the recipient for one request carrying ``payload``, at its
        registered endpoint (or ``url``): open or top up a channel,
        resynchronise after an unknown outcome, sign the voucher (persisted
        first), send, and verify the receipt. An agent paying in ETH alone
        pays the registry's rate (or ``price``); any other agent sends the
        envelope alone to a recipient first and lets the core choose the
        asset and learn the terms from its 402 (kept for later requests; a
        recipient asking another price is paid at it on the core's retry),
        ``price`` (in the chosen asset's base units) overriding the terms'.
        :attr:`Response.asset` says what it paid in. Raises MailroomError
        with the core's code when refused (``asset_mismatch`` when the
        recipient takes none of the agent's assets, ``budget_exceeded``
        when they are all above their caps)."""
        recipient = self.resolve_address(recipient_did)
        with self._lock(recipient):
            return cast(Response, self._run(self._request_flow(recipient_did, recipient, payload, url, price)))

    def _request_flow(self, name: str, recipient: str, payload: Any, url: Optional[str], price: Optional[int]) -> Flow:
        body = encode_payload(payload)
        if url is None or (price is None and self._by_rate):
            p = yield ("call", lambda: self._profile_to_pay(recipient, name))
            url = url or p.endpoint
            if price is None and self._by_rate:
                price = p.rate_per_task_wei  # the registry's rate is in wei
        assert url is not None
        if self._by_rate:
            terms: dict[str, Any] = {} if price is None else {"price": str(int(price))}
            return (yield from self._send_flow(url, recipient, cast(ClientTerms, terms), body, self._payers[0]))
        for again in (False, True):
            with self._mu:
                i = self._chosen.get(recipient)
            known = i is not None
            cached = self._kept_terms(recipient, self._payers[i].asset, url) if i is not None else None
            if i is None or cached is None:
                i, learnt = yield from self._choose_flow(url, recipient, body)
                cached, known = learnt, False
            payer = self._payers[i]
            if price is not None and cached.get("price") != str(int(price)):
                cached = {"price": str(int(price))}  # another price than the recipient stated: the plan learns the terms again
            t = cast(ClientTerms, dict(cached))
            try:
                return (yield from self._send_flow(url, recipient, t, body, payer))
            except MailroomError as e:
                if known and not again and e.code in ("asset_mismatch", "unsupported", "budget_exceeded"):
                    # The recipient no longer takes the asset chosen, or its
                    # budget is spent: choose again, once (dayLeft passes
                    # over an asset whose day has too little left).
                    self._forget_choice(recipient)
                    continue
                raise
        raise MailroomError("internal", "unreachable")

    def _choose_flow(self, url: str, recipient: str, body: bytes) -> Flow:
        """Send the envelope alone and have the core choose, from the 402,
        which asset to pay ``recipient`` in; kept in memory. Returns (payer index, terms)."""
        ans = yield from self._probe_flow(url, recipient, body)
        return self._choose_answer(recipient, ans)

    def _preferences(self) -> list[dict[str, str]]:
        out = []
        for p in self._payers:
            pref = {"asset": p.asset}
            if p.budget.max_per_request is not None:
                pref["maxPerRequest"] = str(p.budget.max_per_request)
            if p.budget.max_per_day is not None:
                # What the day's budget has left: the core passes over an
                # asset whose price is above it (client_choose's dayLeft).
                pref["dayLeft"] = str(max(0, p.budget.max_per_day - self.store.spent(today(p.asset))))
            out.append(pref)
        return out

    def _choose_answer(self, recipient: str, ans: _Answer) -> tuple[int, ClientTerms]:
        """The core's choice (client_choose) among the assets ``ans`` (a 402) offers, by this agent's preferences."""
        c = self.ops.client_choose({"config": self._cfg, "recipient": recipient, "response": cast(Any, ans.wire()),
                                    "preferences": self._preferences()})
        i = int(c["index"])
        if not 0 <= i < len(self._payers) or self._payers[i].asset != c["asset"]:
            raise MailroomError("internal", f"client_choose chose {c['asset']} at {i}, not one of {self.assets}")
        terms = cast(ClientTerms, dict(c["terms"]))
        with self._mu:
            self._chosen[recipient] = i
        return i, cast(ClientTerms, dict(terms))

    def _keep_terms(self, recipient: str, payer: _Payer, terms: ClientTerms, url: str) -> None:
        """Keep the terms a request to ``url`` was paid at (stated by the
        recipient) for the next request in that asset to that URL."""
        if terms.get("stated") is None or self._by_rate:
            return
        with self._mu:
            k = (recipient, payer.asset, url)
            self._terms_at.pop(k, None)
            self._terms_at[k] = cast(ClientTerms, dict(terms))
            while len(self._terms_at) > MAX_TERMS_KEPT:
                del self._terms_at[next(iter(self._terms_at))]

    def _send_flow(self, url: str, recipient: str, terms: ClientTerms, body: bytes, payer: _Payer, first: int = 1) -> Flow:
        for n in range(first, first + 64):
            st, plan = yield from self._ready_flow(url, recipient, body, terms, payer)
            env = self._envelope_locked(recipient, url, body)
            after, voucher = self._sign_locked(st, plan, payer)
            prep = PreparedRequest(env, url, recipient, body, terms, asset=payer.asset)
            headers = self._headers(prep, voucher, payer)
            attempt = {"n": n, "before": st, "after": after, "terms": terms, "envelope": env, "voucher": voucher}
            out = yield from self._attempt_flow(url, body, headers, attempt, payer)
            if isinstance(out, Response):
                self._keep_terms(recipient, payer, terms, url)
                return out
            terms = out
        raise MailroomError("internal", f"no answer from {recipient} after 64 attempts")

    def _attempt_flow(self, url: str, body: bytes, headers: dict[str, str], attempt: dict[str, Any], payer: _Payer) -> Flow:
        """Deliver one attempt and do what the machine decides: the Response
        when done, the next terms on retry; raises on fail."""
        ans, sent, err = yield from self._exchange_flow(url, body, headers)
        d: ClientDecision
        if ans is None:
            assert err is not None
            d = self.ops.client_lost({"config": payer.cfg, "attempt": cast(Any, attempt), "sent": sent,
                                      "code": err.code, "message": err.detail})
        else:
            d = self.ops.client_handle({"config": payer.cfg, "attempt": cast(Any, attempt), "response": cast(Any, ans.wire())})
        if d.get("state"):
            try:
                self._put_outgoing(cast(dict[str, Any], d["state"]), payer.asset)
            except MailroomError:
                if d["outcome"] != "fail":
                    raise
        self._refund(int(d.get("refund") or 0), payer)
        if d["outcome"] == "done":
            assert ans is not None
            v = attempt["voucher"]
            return Response(ans.status, ans.headers, ans.body, d.get("receipt"), int(attempt["terms"].get("price") or 0),
                            int(v["cumulativeAmount"]), v["channelId"], int(attempt["n"]), payer.asset)
        if d["outcome"] == "retry":
            return cast(ClientTerms, d.get("terms") or attempt["terms"])
        raise MailroomError(str(d.get("code") or "internal"), str(d.get("message") or ""))

    def _ready_flow(self, url: str, recipient: str, body: bytes, terms: ClientTerms, payer: Optional[_Payer] = None) -> Flow:
        """Perform the steps the machine's plan asks for until it says pay;
        returns (state, plan)."""
        p = payer or self._payers[0]
        for _ in range(MAX_STEPS + 1):
            st = self._outgoing(recipient, p.asset)
            if terms.get("price") is None and terms.get("stated") is None:
                plan: Any = {"need": "learn-terms"}  # no price known at all (a token agent has no registry rate)
            else:
                req: dict[str, Any] = {"config": p.cfg, "terms": terms}
                if st is not None:
                    req["state"] = st
                plan = self.ops.client_plan(cast(Any, req))
            need = plan["need"]
            if need == "pay":
                return cast(ClientState, st), plan
            if need == "learn-terms":
                ans = yield from self._probe_flow(url, recipient, body)
                learnt = self.ops.client_learn_terms({"config": p.cfg, "recipient": recipient, "response": cast(Any, ans.wire())})
                t = cast(dict[str, Any], terms)
                t.clear()
                t.update(learnt or {})
            elif need == "open":
                yield from self._open_flow(recipient, int(plan["deposit"] or 0), int(plan["withdrawDelay"] or 0), p)
            elif need == "resync":
                assert st is not None
                ans = yield from self._probe_flow(url, recipient, body)
                nxt = self.ops.client_resync({"config": p.cfg, "state": cast(ClientState, st), "response": cast(Any, ans.wire())})
                self._put_outgoing(cast(dict[str, Any], nxt), p.asset)
            elif need == "top-up":
                yield from self._top_up_flow(recipient, int(plan["deposit"] or 0), p)
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
