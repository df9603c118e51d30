"""Discovery: find agents by what they do, from the AgentRegistry's events.

The Python twin of the Go index (hosts/chain/discovery), with the same
semantics. :class:`Discovery` reads the registry's logs (AgentRegistered,
AgentUpdated, AgentActivated, AgentDeactivated, AgentOwnershipTransferred;
each names the agent in its first topic) in ranges of at most ``log_range``
blocks, from ``from_block`` to the chain head, and for every agent a log
names reads the agent's current record with ``getAgent`` at the head: the
record is the truth, the logs only say whom to read (an agent whose record
is gone, ``agent_not_found``, is dropped). Each later :meth:`Discovery.sync`
scans again the last ``rescan`` blocks it had already seen, so an agent
touched in a block that a reorganisation replaced is read again; a chain
shorter than what was seen (a reset dev chain) is scanned again from
``from_block``. It works on any JSON-RPC chain (``mailroom node``, anvil, a
public chain)::

    ix = agent_mailroom.discovery()          # a live index of the agent's registry
    ix.sync()
    found = ix.find(capability="gpt-4o", max_rate_wei=10**15)   # cheapest first

    watch = ix.watch(interval=2.0)           # a background thread keeps it current
    …
    watch.stop()

or, from asyncio, ``await ix.async_sync()`` and ``asyncio.create_task(ix.awatch(2.0))``
(cancel the task to stop). ``agent_mailroom.registry.find_agents(…)`` is the
one-shot form (sync, then find).

Capabilities match exactly (case-sensitive), as the registry stores them.
Failures are :class:`~agent_mailroom.errors.MailroomError`: ``chain_error``
for RPC failures, ``invalid_input`` for a bad query or option.
"""

from __future__ import annotations

import asyncio
import dataclasses
import threading
from typing import Any, Callable, Optional

from eth_utils.address import to_checksum_address
from web3 import Web3

from ._contracts import AGENT_REGISTRY_ABI
from .chain import AgentProfile, Chain
from .errors import MailroomError

DEFAULT_LOG_RANGE = 5000
"""The most blocks one ``eth_getLogs`` call covers by default (public RPC providers cap ranges near there)."""
DEFAULT_RESCAN = 64
"""How many already-seen blocks each sync scans again by default (reorganisations)."""
DEFAULT_WATCH_INTERVAL = 2.0
"""Seconds between two syncs of a watch, by default."""

EVENTS = ("AgentRegistered", "AgentUpdated", "AgentActivated", "AgentDeactivated", "AgentOwnershipTransferred")
"""The registry events that change a record; each names the agent in topic 1."""


def _event_topics() -> list[str]:
    out: list[str] = []
    for name in EVENTS:
        ev = next((e for e in AGENT_REGISTRY_ABI if e.get("type") == "event" and e.get("name") == name), None)
        if ev is None:
            raise RuntimeError(f"discovery: the registry ABI has no event {name}")
        sig = f"{name}({','.join(i['type'] for i in ev['inputs'])})"
        out.append("0x" + bytes(Web3.keccak(text=sig)).hex())
    return out


TOPICS = _event_topics()
"""The topic 0 of each of :data:`EVENTS`."""


def _uint(name: str, v: Any, minimum: int) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or v < minimum:
        raise MailroomError("invalid_input", f"{name} must be an integer >= {minimum}, not {v!r}")
    return v


def _topic_address(t: Any) -> str:
    raw = bytes(t) if not isinstance(t, str) else bytes.fromhex(t[2:] if t.startswith("0x") else t)
    return to_checksum_address(raw[-20:])


class Discovery:
    """A live index of the agents of ``chain``'s registry. Thread-safe.

    ``from_block`` is the first block scanned (the registry's deployment
    block, when known; default 0), ``log_range`` the most blocks one
    ``eth_getLogs`` call covers (default 5,000), ``rescan`` how many
    already-seen blocks each sync scans again (default 64).
    """

    def __init__(self, chain: Chain, *, from_block: int = 0, log_range: int = DEFAULT_LOG_RANGE,
                 rescan: int = DEFAULT_RESCAN) -> None:
        self.chain = chain
        self.from_block = _uint("from_block", from_block, 0)
        self.log_range = _uint("log_range", log_range, 1)
        self.rescan = _uint("rescan", rescan, 0)
        self.registry = to_checksum_address(chain.deployments.registry)
        self._sync_mu = threading.Lock()  # one sync at a time
        self._mu = threading.Lock()
        self._agents: dict[str, AgentProfile] = {}
        self._next = self.from_block  # the first block not yet scanned
        self._synced = False

    def _read(self, what: str, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except MailroomError:
            raise
        except Exception as e:
            raise MailroomError("chain_error", f"{what}: {e}") from e

    def sync(self) -> int:
        """Scan the registry's logs up to the chain head and read the record
        of every agent they name; returns how many agents it read."""
        with self._sync_mu:
            w3 = self.chain.w3
            head = int(self._read("read the chain head", lambda: w3.eth.block_number))
            with self._mu:
                start, synced = self._next, self._synced
            if synced:
                start = start - self.rescan if start > self.from_block + self.rescan else self.from_block
            if start > head:
                # A chain shorter than what we saw (a reset dev chain): scan it all again.
                start = self.from_block
            touched: set[str] = set()
            while start <= head:
                end = min(start + self.log_range - 1, head)
                flt: Any = {"fromBlock": start, "toBlock": end, "address": self.registry, "topics": [TOPICS]}
                logs = self._read(f"registry logs of blocks {start}-{end}", lambda: w3.eth.get_logs(flt))
                for log in logs:
                    topics = log["topics"]
                    if len(topics) > 1:
                        touched.add(_topic_address(topics[1]))
                start += self.log_range
            read: dict[str, AgentProfile] = {}
            gone: list[str] = []
            for a in sorted(touched):
                try:
                    read[a] = self.chain.get_agent(a)
                except MailroomError as e:
                    if e.code != "agent_not_found":
                        raise
                    gone.append(a)  # a reorganisation took its registration away
            with self._mu:
                self._agents.update(read)
                for a in gone:
                    self._agents.pop(a, None)
                self._next, self._synced = head + 1, True
            return len(touched)

    async def async_sync(self) -> int:
        """:meth:`sync` in a worker thread, for asyncio."""
        return await asyncio.to_thread(self.sync)

    def find(self, capability: Optional[str] = None, max_rate_wei: Optional[int] = None,
             include_inactive: bool = False) -> list[AgentProfile]:
        """The agents the index knows that are active (or any, with
        ``include_inactive``), list ``capability`` (exact, case-sensitive;
        None or "": any) and ask at most ``max_rate_wei`` per task (None:
        any), cheapest first, ties by address. No chain I/O: call
        :meth:`sync` (or run a watch) first. ``invalid_input`` for a bad query."""
        if capability is not None and not isinstance(capability, str):
            raise MailroomError("invalid_input", f"capability must be a string, not {capability!r}")
        if max_rate_wei is not None:
            _uint("max_rate_wei", max_rate_wei, 0)
        if not isinstance(include_inactive, bool):
            raise MailroomError("invalid_input", f"include_inactive must be a bool, not {include_inactive!r}")
        with self._mu:
            agents = list(self._agents.values())
        out = [dataclasses.replace(a, capabilities=list(a.capabilities)) for a in agents
               if (a.active or include_inactive)
               and (max_rate_wei is None or a.rate_per_task_wei <= max_rate_wei)
               and (not capability or capability in a.capabilities)]
        out.sort(key=lambda a: (a.rate_per_task_wei, bytes.fromhex(a.address[2:])))
        return out

    def __len__(self) -> int:
        """The number of registered agents the index knows."""
        with self._mu:
            return len(self._agents)

    def watch(self, interval: float = DEFAULT_WATCH_INTERVAL,
              on_error: Optional[Callable[[MailroomError], None]] = None) -> "Watch":
        """Keep the index current from a background thread: sync now, then
        every ``interval`` seconds, until :meth:`Watch.stop`. A failed sync is
        reported to ``on_error`` (None: ignored) and tried again at the next tick."""
        return Watch(self, interval, on_error)

    async def awatch(self, interval: float = DEFAULT_WATCH_INTERVAL,
                     on_error: Optional[Callable[[MailroomError], None]] = None) -> None:
        """The asyncio watch: sync now, then every ``interval`` seconds (each
        sync in a worker thread), reporting a failed sync to ``on_error``,
        until the task is cancelled::

            task = asyncio.create_task(ix.awatch(2.0))
            …
            task.cancel()
        """
        interval = _interval(interval)
        while True:
            try:
                await self.async_sync()
            except MailroomError as e:
                if on_error is not None:
                    on_error(e)
            await asyncio.sleep(interval)


def _interval(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not v > 0:
        raise MailroomError("invalid_input", f"interval must be a positive number of seconds, not {v!r}")
    return float(v)


class Watch:
    """A background thread syncing a :class:`Discovery` every ``interval``
    seconds (:meth:`Discovery.watch`); also a context manager."""

    def __init__(self, index: Discovery, interval: float, on_error: Optional[Callable[[MailroomError], None]]) -> None:
        self.index = index
        self.interval = _interval(interval)
        self.on_error = on_error
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="agent_mailroom-discovery", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.index.sync()
            except MailroomError as e:
                self._report(e)
            except Exception as e:  # a bug, not the chain: reported, and the watch goes on
                self._report(MailroomError("internal", f"discovery sync: {e!r}"))
            self._stop.wait(self.interval)

    def _report(self, e: MailroomError) -> None:
        if self.on_error is not None and not self._stop.is_set():
            try:
                self.on_error(e)
            except Exception:
                pass

    @property
    def running(self) -> bool:
        """True until the thread ends (after :meth:`stop`)."""
        return self._thread.is_alive()

    def stop(self, timeout: Optional[float] = None) -> None:
        """Stop the thread and wait for it (a sync under way is finished first)."""
        self._stop.set()
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    def __enter__(self) -> "Watch":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
