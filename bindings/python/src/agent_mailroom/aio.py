"""AsyncAgentMailroom: the async twin of :class:`~agent_mailroom.agent.AgentMailroom`.

It runs the very same request logic (the agent's flows: every decision the
core's, every record written before a voucher leaves) with an async
driver: HTTP through ``httpx.AsyncClient`` on the event loop, the blocking
chain transactions in a worker thread, sqlite and the core's operations
inline (both take well under a millisecond). Requests to one recipient are
serialised by an ``asyncio.Lock``; requests to different recipients run
concurrently on one loop::

    agent = AsyncAgentMailroom(agent_private_key="0x…", w3=w3)
    response = await agent.request(bob_did, {"task": "…"})

Use an instance from one event loop; its sync twin is ``agent.sync`` (do
not pay the same recipient through both at once).
"""

from __future__ import annotations

import asyncio
from typing import Any, Callable, Optional, Sequence, cast

import httpx

from ._ops import ClientState, SignedVoucher
from .agent import MAX_RESPONSE, NOT_SENT, AgentMailroom, AssetPreference, Flow, PreparedRequest, Response, _Answer
from .chain import NATIVE, AgentProfile, ChainChannel
from .discovery import DEFAULT_LOG_RANGE, DEFAULT_RESCAN, Discovery
from .errors import MailroomError


class AsyncRegistry:
    """The registry, awaited (``agent.registry``)."""

    def __init__(self, agent: AgentMailroom) -> None:
        self._r = agent.registry

    async def register_agent(self, endpoint: str = "", capabilities: Sequence[str] = (), rate_per_task_wei: int = 0) -> str:
        """See :meth:`Registry.register_agent`."""
        return await asyncio.to_thread(self._r.register_agent, endpoint, capabilities, rate_per_task_wei)

    async def get_agent_profile(self, did_or_address: str) -> AgentProfile:
        """See :meth:`Registry.get_agent_profile`."""
        return await asyncio.to_thread(self._r.get_agent_profile, did_or_address)

    async def find_agents(self, capability: Optional[str] = None, max_rate_wei: Optional[int] = None,
                          include_inactive: bool = False) -> list[AgentProfile]:
        """See :meth:`Registry.find_agents` (the sync runs in a worker thread)."""
        return await asyncio.to_thread(self._r.find_agents, capability, max_rate_wei, include_inactive)


class AsyncChannelManager:
    """The channel manager, awaited (``agent.channel_manager``)."""

    def __init__(self, owner: "AsyncAgentMailroom") -> None:
        self._o = owner
        self._c = owner.sync.channel_manager

    async def open_channel(self, recipient_address: str, amount_wei: int, sender_private_key: Optional[str] = None,
                           asset: Optional[str] = None) -> str:
        """See :meth:`ChannelManager.open_channel`."""
        async with self._o._lock(self._o.sync.resolve_address(recipient_address)):
            return await asyncio.to_thread(self._c.open_channel, recipient_address, amount_wei, sender_private_key, asset)

    async def top_up(self, recipient_address: str, amount_wei: int, asset: Optional[str] = None) -> None:
        """See :meth:`ChannelManager.top_up`."""
        async with self._o._lock(self._o.sync.resolve_address(recipient_address)):
            await asyncio.to_thread(self._c.top_up, recipient_address, amount_wei, asset)

    async def get_channel(self, channel_id: str) -> Optional[ChainChannel]:
        """See :meth:`ChannelManager.get_channel`."""
        return await asyncio.to_thread(self._c.get_channel, channel_id)

    def channel_to(self, recipient_address: str, asset: Optional[str] = None) -> Optional[ClientState]:
        """See :meth:`ChannelManager.channel_to` (reads the store only)."""
        return self._c.channel_to(recipient_address, asset)

    async def request_close(self, recipient_address: str, asset: Optional[str] = None) -> None:
        """See :meth:`ChannelManager.request_close`."""
        async with self._o._lock(self._o.sync.resolve_address(recipient_address)):
            await asyncio.to_thread(self._c.request_close, recipient_address, asset)

    async def withdraw(self, recipient_address: str, asset: Optional[str] = None) -> str:
        """See :meth:`ChannelManager.withdraw`."""
        async with self._o._lock(self._o.sync.resolve_address(recipient_address)):
            return await asyncio.to_thread(self._c.withdraw, recipient_address, asset)

    async def refund_of(self, asset: Optional[str] = None) -> int:
        """See :meth:`ChannelManager.refund_of`."""
        return await asyncio.to_thread(self._c.refund_of, asset)

    async def withdraw_refund(self, asset: Optional[str] = None, to: Optional[str] = None) -> str:
        """See :meth:`ChannelManager.withdraw_refund`."""
        return await asyncio.to_thread(self._c.withdraw_refund, asset, to)


class AsyncAgentMailroom:
    """The async twin of AgentMailroom (same arguments, ``asset`` and
    ``assets`` included: it pays in ETH or a token, or chooses among several
    assets per recipient, as the sync agent does; ``http`` is an
    ``httpx.AsyncClient``)."""

    def __init__(self, agent_private_key: str, w3: Any, *, http: Optional[httpx.AsyncClient] = None, timeout: float = 30.0,
                 asset: str = NATIVE, assets: Optional[Sequence[AssetPreference]] = None, **kwargs: Any) -> None:
        self.sync = AgentMailroom(agent_private_key, w3, timeout=timeout, asset=asset, assets=assets, **kwargs)
        self._own_http = http is None
        self.http = http or httpx.AsyncClient(timeout=timeout)
        self._locks: dict[str, asyncio.Lock] = {}
        self.registry = AsyncRegistry(self.sync)
        self.channel_manager = AsyncChannelManager(self)

    @property
    def did(self) -> str:
        """The agent's DID."""
        return self.sync.did

    @property
    def address(self) -> str:
        """The agent's address."""
        return self.sync.address

    @property
    def asset(self) -> str:
        """What the agent pays in (its first preference): ``"native"`` or the token's address (see :class:`AgentMailroom`)."""
        return self.sync.asset

    @property
    def assets(self) -> list[str]:
        """The assets the agent pays in, preferred first."""
        return self.sync.assets

    def chosen_asset(self, recipient: str) -> Optional[str]:
        """See :meth:`AgentMailroom.chosen_asset`."""
        return self.sync.chosen_asset(recipient)

    def spent_today(self, asset: Optional[str] = None) -> int:
        """See :meth:`AgentMailroom.spent_today` (reads the store only)."""
        return self.sync.spent_today(asset)

    def discovery(self, *, from_block: int = 0, log_range: int = DEFAULT_LOG_RANGE,
                  rescan: int = DEFAULT_RESCAN) -> Discovery:
        """A new live index of the registry's agents: ``await ix.async_sync()``
        then ``ix.find(…)`` (memory only), or ``asyncio.create_task(ix.awatch(interval))``
        to keep it current (see :meth:`AgentMailroom.discovery`)."""
        return self.sync.discovery(from_block=from_block, log_range=log_range, rescan=rescan)

    def _lock(self, recipient: str) -> asyncio.Lock:
        lk = self._locks.get(recipient)
        if lk is None:
            lk = self._locks[recipient] = asyncio.Lock()
        return lk

    async def prepare_request(self, recipient_did: str, payload: Any, attach_voucher_amount_wei: int = 0,
                              url: Optional[str] = None, asset: Optional[str] = None) -> tuple[PreparedRequest, Optional[SignedVoucher]]:
        """See :meth:`AgentMailroom.prepare_request`."""
        async with self._lock(self.sync.resolve_address(recipient_did)):
            return await asyncio.to_thread(self.sync.prepare_request, recipient_did, payload, attach_voucher_amount_wei, url, asset)

    async def transmit(self, envelope: PreparedRequest, voucher: Optional[SignedVoucher] = None) -> Response:
        """See :meth:`AgentMailroom.transmit`."""
        if voucher is None:
            return cast(Response, await self._arun(self.sync._transmit_flow(envelope, None)))
        async with self._lock(envelope.recipient):
            return cast(Response, await self._arun(self.sync._transmit_flow(envelope, voucher)))

    async def request(self, recipient_did: str, payload: Any, *, url: Optional[str] = None, price: Optional[int] = None) -> Response:
        """See :meth:`AgentMailroom.request`."""
        recipient = self.sync.resolve_address(recipient_did)
        async with self._lock(recipient):
            return cast(Response, await self._arun(self.sync._request_flow(recipient_did, recipient, payload, url, price)))

    async def _arun(self, flow: Flow) -> Any:
        """Run a flow's I/O steps on the event loop."""
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
                    value = await self._post(step[1], step[2], step[3])
                elif step[0] == "sleep":
                    await asyncio.sleep(step[1])
                else:
                    value = await asyncio.to_thread(cast(Callable[[], Any], step[1]))
            except BaseException as e:
                exc = e

    async def _post(self, url: str, body: bytes, headers: dict[str, str]) -> tuple[Optional[_Answer], bool, Optional[MailroomError]]:
        try:
            async with self.http.stream("POST", url, content=body, headers=headers) as r:
                buf = bytearray()
                async for chunk in r.aiter_bytes():
                    buf += chunk
                    if len(buf) > MAX_RESPONSE:
                        break
                return _Answer(r.status_code, r.headers, bytes(buf[:MAX_RESPONSE])), True, None
        except NOT_SENT as e:
            return None, False, MailroomError("transport_error", f"POST {url}: {e!r}")
        except httpx.HTTPError as e:
            return None, True, MailroomError("transport_error", f"POST {url}: {e!r} (request outcome unknown)")

    async def aclose(self) -> None:
        """Close the HTTP client (when this agent made it) and the agent."""
        if self._own_http:
            await self.http.aclose()
        await asyncio.to_thread(self.sync.close)

    async def __aenter__(self) -> "AsyncAgentMailroom":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
