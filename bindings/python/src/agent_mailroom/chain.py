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
from eth_account.messages import encode_typed_data
from eth_utils.abi import function_signature_to_4byte_selector
from eth_utils.address import to_checksum_address
from web3 import Web3
from web3.exceptions import ContractCustomError, ContractLogicError, TimeExhausted
from web3.logs import DISCARD

from ._contracts import AGENT_PAYMENT_CHANNEL_ABI, AGENT_REGISTRY_ABI, MAILROOM_TEST_USD_ABI
from .deployments import Deployments
from .errors import MailroomError

T = TypeVar("T")

_ERRORS: dict[bytes, tuple[str, list[str], list[str]]] = {}
for _abi in (AGENT_REGISTRY_ABI, AGENT_PAYMENT_CHANNEL_ABI, MAILROOM_TEST_USD_ABI):
    for _e in _abi:
        if _e.get("type") == "error":
            _types = [i["type"] for i in _e["inputs"]]
            _sel = function_signature_to_4byte_selector(f"{_e['name']}({','.join(_types)})")
            _ERRORS[_sel] = (_e["name"], [i["name"] for i in _e["inputs"]], _types)


_ERROR_STRING = function_signature_to_4byte_selector("Error(string)")


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
    if raw[:4] == _ERROR_STRING:  # Error(string): a require with a message (tokens that are not OpenZeppelin's)
        try:
            return f"Error({abi_decode(['string'], raw[4:])[0]!r})"
        except Exception:
            pass
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
NATIVE = "native"
"""The name of ETH as an asset (the terms' and the core configs' ``asset``)."""
PERMIT_VALIDITY = 3600
"""How long an EIP-2612 permit signed to open a channel is valid (seconds past the chain head)."""


def asset_of(token: str) -> str:
    """The asset name of a channel's token: ``"native"`` for the zero address, else the EIP-55 address."""
    t = to_checksum_address(token)
    return NATIVE if t == ZERO else t


def token_of(asset: str) -> str:
    """The token address of an asset name (the zero address for ``"native"``)."""
    return ZERO if asset == NATIVE else to_checksum_address(asset)


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
        # A permit (its nonce) or an approval and the transaction that uses it
        # are one step: two at once from one key would overwrite each other's
        # allowance or sign the same permit nonce.
        self._token_lock = threading.Lock()

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

    def withdraw(self, key: str, channel_id: str) -> Any:
        """``withdraw`` from the sender, after requestClose and the withdraw
        delay: the unclaimed rest (in the channel's asset) goes back to it and
        the channel closes (``reverted`` with WithdrawTooEarly before)."""
        cid = bytes.fromhex(channel_id[2:])
        return self.transact(key, "withdraw", lambda _: self.channels.functions.withdraw(cid))

    def refund_of(self, account: str, asset: str = NATIVE) -> int:
        """The refunds in ``asset`` credited to ``account`` (``refunds(token, account)``):
        what a redeem could not push to it, to be taken with :meth:`withdraw_refund`."""
        tok, a = token_of(asset), to_checksum_address(account)
        return int(self._read("refunds", lambda: self.channels.functions.refunds(tok, a).call()))

    def withdraw_refund(self, key: str, asset: str = NATIVE, to: Optional[str] = None) -> Any:
        """Take the refunds in ``asset`` credited to ``key``'s account:
        ``withdrawRefund`` for ETH to itself, else ``withdrawTokenRefund(token, to)``
        (``to``: default the account)."""
        acct = self.w3.eth.account.from_key(key).address
        if asset == NATIVE and to is None:
            return self.transact(key, "withdrawRefund", lambda _: self.channels.functions.withdrawRefund())
        tok, dest = token_of(asset), to_checksum_address(to or acct)
        return self.transact(key, "withdrawTokenRefund", lambda _: self.channels.functions.withdrawTokenRefund(tok, dest))

    # ---- ERC-20 token channels ---------------------------------------------------

    def token(self, address: str) -> Any:
        """A web3 contract of the ERC-20 token at ``address`` (bound with the
        test token's ABI: its ERC-20, EIP-2612 and EIP-5267 functions are the
        standard ones)."""
        return self.w3.eth.contract(address=to_checksum_address(address), abi=MAILROOM_TEST_USD_ABI)

    def token_balance(self, token: str, account: str) -> int:
        """``balanceOf(account)`` of ``token`` in its base units."""
        a = to_checksum_address(account)
        return int(self._read("balanceOf", lambda: self.token(token).functions.balanceOf(a).call()))

    def allowance(self, token: str, owner: str) -> int:
        """What the payment channel may pull from ``owner`` in ``token``."""
        o, spender = to_checksum_address(owner), self.channels.address
        return int(self._read("allowance", lambda: self.token(token).functions.allowance(o, spender).call()))

    def _allow(self, key: str, token: str, amount: int) -> None:
        """Approve the payment channel for ``amount`` of ``token`` when the
        allowance is short (one transaction); nothing otherwise."""
        owner = self.w3.eth.account.from_key(key).address
        if self.allowance(token, owner) >= amount:
            return
        spender, t = self.channels.address, self.token(token)
        self.transact(key, "approve", lambda _: t.functions.approve(spender, int(amount)))

    def permit_domain(self, token: str) -> Optional[dict[str, Any]]:
        """The token's EIP-712 domain for EIP-2612 permits, or None when it
        has no permit: ``eip712Domain()`` (EIP-5267), else ``name()`` with
        ``version()`` (default "1"), checked against ``DOMAIN_SEPARATOR()``;
        a token without ``nonces(address)`` has no permit."""
        t = self.token(token)
        try:
            t.functions.nonces(ZERO).call()
        except Exception:
            return None
        dom: Optional[dict[str, Any]] = None
        try:
            fields, name, version, chain_id, verifying, _salt, _ext = t.functions.eip712Domain().call()
            bits = bytes(fields)[0] if bytes(fields) else 0x0F
            if bits & 0x10:
                return None  # a salted domain: not the EIP-2612 tokens this signs for
            full = {"name": name, "version": version, "chainId": int(chain_id), "verifyingContract": to_checksum_address(verifying)}
            dom = {k: v for i, (k, v) in enumerate(full.items()) if bits & (1 << i)}
        except Exception:
            try:
                name = t.functions.name().call()
            except Exception:
                return None
            version = "1"
            try:
                vc = self.w3.eth.contract(address=t.address, abi=[{"type": "function", "name": "version", "inputs": [],
                                                                   "outputs": [{"type": "string", "name": ""}], "stateMutability": "view"}])
                version = vc.functions.version().call()
            except Exception:
                pass
            dom = {"name": name, "version": version, "chainId": self.deployments.chain_id, "verifyingContract": t.address}
        try:
            want = bytes(t.functions.DOMAIN_SEPARATOR().call())
        except Exception:
            return dom  # no separator to check against: the permit is tried (a failed one is ignored by the contract)
        have = bytes(encode_typed_data(full_message=_permit_message(dom, ZERO, ZERO, 0, 0, 0)).header)
        return dom if have == want else None

    def sign_permit(self, key: str, token: str, value: int, deadline: int, domain: Optional[dict[str, Any]] = None) -> tuple[int, bytes, bytes]:
        """The owner's EIP-2612 ``Permit(owner, spender=the payment channel,
        value, nonce, deadline)`` under the token's domain, signed with
        eth-account: (v, r, s)."""
        dom = domain or self.permit_domain(token)
        if dom is None:
            raise MailroomError("invalid_input", f"token {token} has no EIP-2612 permit")
        acct = self.w3.eth.account.from_key(key)
        owner = acct.address
        nonce = int(self._read("nonces", lambda: self.token(token).functions.nonces(owner).call()))
        msg = _permit_message(dom, owner, self.channels.address, int(value), nonce, int(deadline))
        sig = acct.sign_message(encode_typed_data(full_message=msg))
        return int(sig.v), int(sig.r).to_bytes(32, "big"), int(sig.s).to_bytes(32, "big")

    def open_token_channel(self, key: str, token: str, recipient: str, amount: int, withdraw_delay: int) -> str:
        """A channel holding ``amount`` base units of ``token``: one
        ``createTokenChannelWithPermit`` transaction with an EIP-2612 permit
        (valid for an hour past the chain head) when the token has one, else
        ``approve`` (when the allowance is short) and ``createTokenChannel``.
        Returns the channel id."""
        r, tok = to_checksum_address(recipient), to_checksum_address(token)
        with self._token_lock:
            return self._open_token_locked(key, tok, r, amount, withdraw_delay)

    def _open_token_locked(self, key: str, tok: str, r: str, amount: int, withdraw_delay: int) -> str:
        dom = self.permit_domain(tok)
        if dom is not None:
            head = self._read("the chain head", lambda: self.w3.eth.get_block("latest"))
            deadline = int(head["timestamp"]) + PERMIT_VALIDITY
            v, rr, ss = self.sign_permit(key, tok, amount, deadline, dom)
            rc = self.transact(key, "createTokenChannelWithPermit", lambda _: self.channels.functions.createTokenChannelWithPermit(
                tok, r, int(amount), int(withdraw_delay), deadline, v, rr, ss))
            what = "createTokenChannelWithPermit"
        else:
            self._allow(key, tok, amount)
            rc = self.transact(key, "createTokenChannel", lambda _: self.channels.functions.createTokenChannel(
                tok, r, int(amount), int(withdraw_delay)))
            what = "createTokenChannel"
        for ev in self.channels.events.ChannelCreated().process_receipt(rc, errors=DISCARD):  # the token's own logs are not ours
            return "0x" + bytes(ev["args"]["channelId"]).hex()
        raise MailroomError("chain_error", f"{what}: no ChannelCreated event in the receipt")

    def top_up_token(self, key: str, token: str, channel_id: str, amount: int) -> Any:
        """``topUpToken`` adding ``amount`` base units of the channel's token
        (approving the payment channel first when the allowance is short)."""
        cid = bytes.fromhex(channel_id[2:])
        with self._token_lock:
            self._allow(key, token, amount)
            return self.transact(key, "topUpToken", lambda _: self.channels.functions.topUpToken(cid, int(amount)))

    def open_in(self, key: str, asset: str, recipient: str, deposit: int, withdraw_delay: int) -> str:
        """A channel in ``asset`` (``"native"``: ETH, :meth:`open_channel`; a
        token: :meth:`open_token_channel`)."""
        if asset == NATIVE:
            return self.open_channel(key, recipient, deposit, withdraw_delay)
        return self.open_token_channel(key, asset, recipient, deposit, withdraw_delay)

    def top_up_in(self, key: str, asset: str, channel_id: str, amount: int) -> Any:
        """A top-up in ``asset`` (``"native"``: :meth:`top_up`; a token: :meth:`top_up_token`)."""
        if asset == NATIVE:
            return self.top_up(key, channel_id, amount)
        return self.top_up_token(key, asset, channel_id, amount)


def _permit_message(dom: dict[str, Any], owner: str, spender: str, value: int, nonce: int, deadline: int) -> dict[str, Any]:
    """EIP-2612's Permit as eth-account's typed data (its header is the domain separator)."""
    order = (("name", "string"), ("version", "string"), ("chainId", "uint256"), ("verifyingContract", "address"))
    return {"types": {"EIP712Domain": [{"name": n, "type": t} for n, t in order if n in dom],
                      "Permit": [{"name": "owner", "type": "address"}, {"name": "spender", "type": "address"},
                                 {"name": "value", "type": "uint256"}, {"name": "nonce", "type": "uint256"},
                                 {"name": "deadline", "type": "uint256"}]},
            "primaryType": "Permit", "domain": dom,
            "message": {"owner": owner, "spender": spender, "value": value, "nonce": nonce, "deadline": deadline}}


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
