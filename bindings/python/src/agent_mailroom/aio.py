"""AsyncAgentMailroom: the async twin of :class:`~agent_mailroom.agent.AgentMailroom`.

Every method is the sync one's, awaited: the work (chain transactions,
HTTP, sqlite, the core's operations) runs in a worker thread
(``asyncio.to_thread``), so an event loop is never blocked by it, and the
guarantees are exactly the sync agent's (the same code, the same store,
the same per-recipient locks)::

    agent = AsyncAgentMailroom(agent_private_key="0x…", w3=w3)
    response = await agent.request(bob_did, {"task": "…"})
"""

from __future__ import annotations

import asyncio
from typing import Any, Optional, Sequence

from .agent import AgentMailroom, PreparedRequest, Response
from .chain import AgentProfile, ChainChannel
from ._ops import SignedVoucher


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


class AsyncChannelManager:
    """The channel manager, awaited (``agent.channel_manager``)."""

    def __init__(self, agent: AgentMailroom) -> None:
        self._c = agent.channel_manager

    async def open_channel(self, recipient_address: str, amount_wei: int, sender_private_key: Optional[str] = None) -> str:
        """See :meth:`ChannelManager.open_channel`."""
        return await asyncio.to_thread(self._c.open_channel, recipient_address, amount_wei, sender_private_key)

    async def top_up(self, recipient_address: str, amount_wei: int) -> None:
        """See :meth:`ChannelManager.top_up`."""
        await asyncio.to_thread(self._c.top_up, recipient_address, amount_wei)

    async def get_channel(self, channel_id: str) -> Optional[ChainChannel]:
        """See :meth:`ChannelManager.get_channel`."""
        return await asyncio.to_thread(self._c.get_channel, channel_id)


class AsyncAgentMailroom:
    """The async twin of AgentMailroom (same arguments)."""

    def __init__(self, agent_private_key: str, w3: Any, **kwargs: Any) -> None:
        self.sync = AgentMailroom(agent_private_key, w3, **kwargs)
        self.registry = AsyncRegistry(self.sync)
        self.channel_manager = AsyncChannelManager(self.sync)

    @property
    def did(self) -> str:
        """The agent's DID."""
        return self.sync.did

    @property
    def address(self) -> str:
        """The agent's address."""
        return self.sync.address

    async def prepare_request(self, recipient_did: str, payload: Any, attach_voucher_amount_wei: int = 0,
                              url: Optional[str] = None) -> tuple[PreparedRequest, Optional[SignedVoucher]]:
        """See :meth:`AgentMailroom.prepare_request`."""
        return await asyncio.to_thread(self.sync.prepare_request, recipient_did, payload, attach_voucher_amount_wei, url)

    async def transmit(self, envelope: PreparedRequest, voucher: Optional[SignedVoucher] = None) -> Response:
        """See :meth:`AgentMailroom.transmit`."""
        return await asyncio.to_thread(self.sync.transmit, envelope, voucher)

    async def request(self, recipient_did: str, payload: Any, *, url: Optional[str] = None, price: Optional[int] = None) -> Response:
        """See :meth:`AgentMailroom.request`."""
        return await asyncio.to_thread(lambda: self.sync.request(recipient_did, payload, url=url, price=price))

    async def aclose(self) -> None:
        """Close the agent."""
        await asyncio.to_thread(self.sync.close)

    async def __aenter__(self) -> "AsyncAgentMailroom":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
