"""Chain I/O through web3.py: the AgentRegistry and the AgentPaymentChannel.

Transactions are signed locally with the agent's key (eth-account, through
``w3.eth.account``) and sent raw, so any JSON-RPC node works. A transaction
that reverts, or that the node refuses to estimate because it would revert,
is ``MailroomError("reverted")`` with the contract's custom error decoded
(``VoucherExceedsDeposit(deposit=…, cumulativeAmount=…)``): it provably moved
nothing. Any other failure (the node is down, a timeout) is ``chain_error``.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Optional, Sequence, TypeVar

from eth_abi.abi import decode as abi_decode
from eth_utils.abi import function_signature_to_4byte_selector
from eth_utils.address import to_checksum_address
from web3 import Web3
from web3.exceptions import ContractCustomError, ContractLogicError, TimeExhausted

from ._contracts import AGENT_PAYMENT_CHANNEL_ABI, AGENT_REGISTRY_ABI
from .deployments import Deployments
from .errors import MailroomError

T = TypeVar("T")

_ERRORS: dict[bytes, tuple[str, list[str], list[str]]] = {}
for _abi in (AGENT_REGISTRY_ABI, AGENT_PAYMENT_CHANNEL_ABI):
    for _e in _abi:
        if _e.get("type") == "error":
            _types = [i["type"] for i in _e["inputs"]]
            _sel = function_signature_to_4byte_selector(f"{_e['name']}({','.join(_types)})")
            _ERRORS[_sel] = (_e["name"], [i["name"] for i in _e["inputs"]], _types)


def decode_revert(data: Any) -> str:
    """A contract's revert data as ``Name(arg=value, …)`` (raw hex when unknown)."""
    if isinstance(data, str):
        try:
            raw = bytes.fromhex(data[2:] if data.startswith("0x") else data)
        except ValueError:
            return data
    elif isinstance(data, (bytes, bytearray)):
        raw = bytes(data)
    else:
        return str(data)
    known = _ERRORS.get(raw[:4])
    if known is None:
        return "0x" + raw.hex() if raw else "execution reverted (no reason)"
    name, names, types = known
    try:
        vals = abi_decode(types, raw[4:])
    except Exception:
        return name
    parts = [f"{n}={'0x' + v.hex() if isinstance(v, bytes) else v}" for n, v in zip(names, vals)]
    return f"{name}({', '.join(parts)})"


@dataclass(frozen=True)
class AgentProfile:
    """An agent's registry record (``AgentRegistry.getAgent``)."""

    address: str
    owner: str
    endpoint: str
    capabilities: list[str]
    rate_per_task_wei: int
    active: bool

    @property
    def did(self) -> str:
        """The agent's ``did:agent:eth:<address>``."""
        return "did:agent:eth:" + self.address


@dataclass(frozen=True)
class ChainChannel:
    """A payment channel as the contract reports it (``getChannel``)."""

    id: str
    sender: str
    recipient: str
    deposit: int
    claimed: int
    withdraw_delay: int
    close_requested_at: int
    open: bool
    #: The channel's asset: an ERC-20 token, or the zero address for ETH.
    token: str

    def to_snapshot(self) -> dict[str, Any]:
        """The channel in the recipient machine's snapshot form (its token
        included: the core refuses a channel in another asset than the terms)."""
        return {"sender": self.sender, "recipient": self.recipient, "deposit": str(self.deposit),
                "claimed": str(self.claimed), "withdrawDelay": str(self.withdraw_delay),
                "closeRequestedAt": str(self.close_requested_at), "open": self.open, "token": self.token}


ZERO = "0x0000000000000000000000000000000000000000"


class Chain:
    """The two contracts on one chain, read and written through ``w3``.
    Thread-safe: transactions from this process are serialised (one nonce
    sequence per key)."""

    def __init__(self, w3: Web3, deployments: Deployments, *, timeout: float = 120.0) -> None:
        self.w3 = w3
        self.deployments = deployments
        self.timeout = timeout
        self.registry = w3.eth.contract(address=to_checksum_address(deployments.registry), abi=AGENT_REGISTRY_ABI)
        self.channels = w3.eth.contract(address=to_checksum_address(deployments.payment_channel), abi=AGENT_PAYMENT_CHANNEL_ABI)
        self._tx_lock = threading.Lock()

    def identity(self) -> str:
        """``"<chain id>/<block 1 hash>"`` (block 0 while there is no block 1):
        what a store is bound to."""
        def load() -> str:
            try:
                b = self.w3.eth.get_block(1)
            except Exception:
                b = self.w3.eth.get_block(0)
            return f"{self.deployments.chain_id}/0x{bytes(b['hash']).hex()}"
        return self._read("chain identity", load)

    # ---- reads -----------------------------------------------------------

    def _read(self, what: str, fn: Callable[[], T]) -> T:
        try:
            return fn()
        except (ContractCustomError, ContractLogicError) as e:
            raise MailroomError("reverted", f"{what}: {decode_revert(getattr(e, 'data', None) or e)}") from e
        except MailroomError:
            raise
        except Exception as e:
            raise MailroomError("chain_error", f"{what}: {e}") from e

    def get_agent(self, address: str) -> AgentProfile:
        """The registry record of ``address``; ``agent_not_found`` when not registered."""
        addr = to_checksum_address(address)
        owner, endpoint, caps, rate, active, registered = self._read(
            "getAgent", lambda: self.registry.functions.getAgent(addr).call())
        if not registered:
            raise MailroomError("agent_not_found", f"{addr} is not registered")
        return AgentProfile(addr, to_checksum_address(owner), endpoint, list(caps), int(rate), bool(active))

    def get_channel(self, channel_id: str) -> Optional[ChainChannel]:
        """The channel ``channel_id`` (0x hex), or None when it does not exist."""
        cid = bytes.fromhex(channel_id[2:])
        s, r, dep, cl, delay, close_at, is_open, token = self._read(
            "getChannel", lambda: self.channels.functions.getChannel(cid).call())
        if s == ZERO:
            return None
        return ChainChannel(channel_id, to_checksum_address(s), to_checksum_address(r), int(dep), int(cl), int(delay),
                            int(close_at), bool(is_open), to_checksum_address(token))

    def min_withdraw_delay(self) -> int:
        """The contract's minimum withdraw delay (seconds)."""
        return int(self._read("minWithdrawDelay", lambda: self.channels.functions.minWithdrawDelay().call()))

    # ---- transactions ------------------------------------------------------

    def transact(self, key: str, what: str, build: Callable[[dict[str, Any]], Any], value: int = 0) -> Any:
        """Sign and send one transaction from ``key``; wait for its receipt.
        ``reverted`` when it reverts (nothing moved), ``chain_error`` else."""
        acct = self.w3.eth.account.from_key(key)
        with self._tx_lock:
            try:
                fn = build({})
                params: dict[str, Any] = {"from": acct.address, "value": value, "chainId": self.deployments.chain_id,
                                          "nonce": self.w3.eth.get_transaction_count(acct.address, "pending")}
                tx = fn.build_transaction(params)
            except (ContractCustomError, ContractLogicError) as e:
                raise MailroomError("reverted", f"{what}: {decode_revert(getattr(e, 'data', None) or e)}") from e
            except Exception as e:
                raise MailroomError("chain_error", f"{what}: {e}") from e
            signed = acct.sign_transaction(tx)
            try:
                h = self.w3.eth.send_raw_transaction(signed.raw_transaction)
            except Exception as e:
                # Refused by the node or lost on the way: its fate is unknown.
                raise MailroomError("chain_error", f"{what}: send: {e}") from e
        try:
            rc = self.w3.eth.wait_for_transaction_receipt(h, timeout=self.timeout, poll_latency=0.05)
        except TimeExhausted as e:
            raise MailroomError("chain_error", f"{what}: transaction {h.hex()} not mined in {self.timeout} s") from e
        except Exception as e:
            raise MailroomError("chain_error", f"{what}: {e}") from e
        if rc["status"] != 1:
            raise MailroomError("reverted", f"{what}: transaction 0x{bytes(h).hex()} reverted")
        return rc

    def register_agent(self, key: str, agent: str, endpoint: str, capabilities: Sequence[str], rate_per_task_wei: int,
                       deadline: int = 0, agent_signature: bytes = b"") -> Any:
        """``registerAgent`` from ``key`` (the owner); an agent registering itself needs no consent."""
        a = to_checksum_address(agent)
        return self.transact(key, "registerAgent", lambda _: self.registry.functions.registerAgent(
            a, endpoint, list(capabilities), int(rate_per_task_wei), int(deadline), agent_signature))

    def update_agent(self, key: str, agent: str, endpoint: str, capabilities: Sequence[str], rate_per_task_wei: int) -> Any:
        """``updateAgent`` from the owner's key."""
        a = to_checksum_address(agent)
        return self.transact(key, "updateAgent", lambda _: self.registry.functions.updateAgent(
            a, endpoint, list(capabilities), int(rate_per_task_wei)))

    def open_channel(self, key: str, recipient: str, deposit: int, withdraw_delay: int) -> str:
        """``createChannel`` locking ``deposit``; returns the channel id (0x hex) from ChannelCreated."""
        r = to_checksum_address(recipient)
        rc = self.transact(key, "createChannel", lambda _: self.channels.functions.createChannel(r, int(withdraw_delay)), value=int(deposit))
        for ev in self.channels.events.ChannelCreated().process_receipt(rc):
            return "0x" + bytes(ev["args"]["channelId"]).hex()
        raise MailroomError("chain_error", "createChannel: no ChannelCreated event in the receipt")

    def top_up(self, key: str, channel_id: str, amount: int) -> Any:
        """``topUp`` adding ``amount`` to the deposit."""
        cid = bytes.fromhex(channel_id[2:])
        return self.transact(key, "topUp", lambda _: self.channels.functions.topUp(cid), value=int(amount))

    def claim(self, key: str, channel_id: str, amount: int, signature: str) -> Any:
        """``claim`` the voucher of ``amount`` (cumulative), keeping the channel open."""
        cid, sig = bytes.fromhex(channel_id[2:]), bytes.fromhex(signature[2:])
        return self.transact(key, "claim", lambda _: self.channels.functions.claim(cid, int(amount), sig))

    def redeem(self, key: str, channel_id: str, amount: int, signature: str) -> Any:
        """``redeemVoucher``: claim ``amount`` and close the channel (the rest goes back to the sender)."""
        cid, sig = bytes.fromhex(channel_id[2:]), bytes.fromhex(signature[2:])
        return self.transact(key, "redeemVoucher", lambda _: self.channels.functions.redeemVoucher(cid, int(amount), sig))

    def request_close(self, key: str, channel_id: str) -> Any:
        """``requestClose`` from the sender: the recipient should claim before the withdraw delay passes."""
        cid = bytes.fromhex(channel_id[2:])
        return self.transact(key, "requestClose", lambda _: self.channels.functions.requestClose(cid))


class TTLCache:
    """A small thread-safe cache of values read from the chain."""

    def __init__(self, ttl: float) -> None:
        self.ttl = ttl
        self._d: dict[Any, tuple[float, Any]] = {}
        self._lock = threading.Lock()

    def get(self, key: Any, load: Callable[[], T], fresh: bool = False) -> T:
        now = time.monotonic()
        with self._lock:
            hit = self._d.get(key)
        if hit is not None and not fresh and now - hit[0] < self.ttl:
            return hit[1]  # type: ignore[no-any-return]
        v = load()
        with self._lock:
            self._d[key] = (now, v)
        return v

    def peek(self, key: Any) -> tuple[bool, Any]:
        """(True, value) for a fresh entry, else (False, None)."""
        with self._lock:
            hit = self._d.get(key)
        if hit is not None and time.monotonic() - hit[0] < self.ttl:
            return True, hit[1]
        return False, None

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._d[key] = (time.monotonic(), value)

    def forget(self, key: Any) -> None:
        with self._lock:
            self._d.pop(key, None)
