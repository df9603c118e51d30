"""Core: the AgentMailroom core operations, run by mailroom.wasm in wasmtime."""

from __future__ import annotations

import os
import threading
import time
from typing import Any, Optional, Union, cast

from ._convert import BytesLike, IntLike, dumps, json_bytes, to_hex, to_int
from ._guest import Guest
from ._ops import (
    EnvelopeDigestRequest,
    Ops,
    ReceiptDigestRequest,
    RegistrationDigestRequest,
    ReplayNewRequest,
)
from .errors import MailroomError
from .types import (
    GeneratedKey,
    RecoveredTypedData,
    SignedEnvelope,
    SignedReceipt,
    SignedTypedData,
    SignedVoucher,
    TypedDataHash,
    Verified,
)

JSONLike = Union[str, bytes, dict[str, Any], list[Any]]

_default_lock = threading.Lock()
_default: Optional["Core"] = None


def default() -> "Core":
    """The process-wide Core (created on first use, thread-safe)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Core()
        return _default


class Core:
    """One mailroom.wasm instance. Thread-safe (calls are serialised);
    create one per thread for parallelism. Values use the wire forms: 0x-hex
    strings (bytes accepted as input), EIP-55 addresses, integers as Python
    ints on input and decimal strings in wire objects."""

    def __init__(self, wasm: Union[bytes, str, "os.PathLike[str]", None] = None) -> None:
        self._g = Guest(wasm)
        self._ops = Ops(self._g.call)

    @property
    def ops(self) -> Ops:
        """The raw JSON surface: one method per operation of wasm/ABI.md §5
        (``ops.keccak256({"data": "0x"})``), generated from the table in
        wasm/abi/ops.go, taking the request as a dict (typed: the *Request
        TypedDicts of agent_mailroom._ops) or as JSON text/bytes (sent byte
        for byte) and returning the reply's ok value. Every op of the module
        is here, including those without a method below."""
        return self._ops

    @property
    def generation(self) -> int:
        """Increments when the instance is replaced after a trap."""
        return self._g.generation

    def _call(self, name: str, req: Any) -> Any:
        return self._g.call(name, req)

    # ---- hashing, keys, identities -------------------------------------

    def keccak256(self, data: BytesLike) -> str:
        """keccak256 (legacy Keccak, not SHA3-256) of bytes or 0x-hex."""
        return self._ops.keccak256({"data": to_hex(data, "data")})

    def payload_hash(self, body: Union[bytes, str]) -> str:
        """keccak256 of a request body's exact bytes (str is UTF-8 encoded)."""
        return self.keccak256(body.encode() if isinstance(body, str) else body)

    def generate_key(self) -> GeneratedKey:
        """A fresh key from the host's CSPRNG (WASI random_get)."""
        return self._ops.generate_key({})

    def address_of(self, private_key: BytesLike) -> str:
        return self._ops.address_of({"privateKey": to_hex(private_key, "private_key")})

    def get_address(self, address: str) -> str:
        """Validate an address (EIP-55 checked when mixed case); return it checksummed."""
        return self._ops.parse_address({"address": address})

    def to_did(self, address: str) -> str:
        return self._ops.format_did({"address": address})

    def parse_did(self, did: str) -> str:
        return self._ops.parse_did({"did": did})

    # ---- raw signatures --------------------------------------------------

    def sign(self, private_key: BytesLike, digest: BytesLike) -> str:
        """Sign a 32-byte digest (RFC 6979, low s); 0x r‖s‖v with v in {27, 28}."""
        return self._ops.sign({"privateKey": to_hex(private_key, "private_key"), "digest": to_hex(digest, "digest")})

    def recover(self, digest: BytesLike, signature: BytesLike) -> str:
        """The EIP-55 address that signed digest (v in {0,1,27,28}; low s only)."""
        return self._ops.recover({"digest": to_hex(digest, "digest"), "signature": to_hex(signature, "signature")})

    def verify(self, address: str, digest: BytesLike, signature: BytesLike) -> None:
        """Raise MailroomError('signer_mismatch') unless signature recovers to address."""
        want = self.get_address(address)
        got = self.recover(digest, signature)
        if got != want:
            raise MailroomError("signer_mismatch", f"recovered {got}, want {want}")

    # ---- EIP-712 -----------------------------------------------------------

    def hash_typed_data(self, typed_data: JSONLike) -> TypedDataHash:
        """Hash eth_signTypedData_v4 JSON (text/bytes used byte for byte, or a dict)."""
        return self._ops.typed_data_hash(json_bytes(typed_data, "typed_data"))

    def sign_typed_data(self, private_key: BytesLike, typed_data: JSONLike) -> SignedTypedData:
        pk = dumps(to_hex(private_key, "private_key"))
        req = b'{"privateKey":' + pk + b',"typedData":' + json_bytes(typed_data, "typed_data") + b"}"
        return self._ops.typed_data_sign(req)

    def recover_typed_data(self, typed_data: JSONLike, signature: BytesLike) -> RecoveredTypedData:
        sig = dumps(to_hex(signature, "signature"))
        req = b'{"typedData":' + json_bytes(typed_data, "typed_data") + b',"signature":' + sig + b"}"
        return self._ops.typed_data_recover(req)

    # ---- request envelopes --------------------------------------------------

    @staticmethod
    def _envelope(sender: str, recipient: str, payload_hash: BytesLike, timestamp: IntLike, nonce: IntLike,
                  chain_id: IntLike, verifying_contract: str) -> EnvelopeDigestRequest:
        return {
            "sender": sender,
            "recipient": recipient,
            "payloadHash": to_hex(payload_hash, "payload_hash"),
            "timestamp": to_int(timestamp, "timestamp"),
            "nonce": to_int(nonce, "nonce"),
            "chainId": to_int(chain_id, "chain_id"),
            "verifyingContract": verifying_contract,
        }

    def envelope_digest(self, *, sender: str, recipient: str, payload_hash: BytesLike, timestamp: IntLike,
                        nonce: IntLike, chain_id: IntLike, verifying_contract: str) -> str:
        """EIP-712 digest of an AgentRequest (verifying_contract: the AgentRegistry)."""
        f = self._envelope(sender, recipient, payload_hash, timestamp, nonce, chain_id, verifying_contract)
        return self._ops.envelope_digest(f)

    def sign_envelope(self, private_key: BytesLike, *, sender: str, recipient: str, payload_hash: BytesLike,
                      timestamp: IntLike, nonce: IntLike, chain_id: IntLike, verifying_contract: str) -> SignedEnvelope:
        """Sign an AgentRequest (the key must be the sender's); returns the wire object."""
        f = self._envelope(sender, recipient, payload_hash, timestamp, nonce, chain_id, verifying_contract)
        return self._ops.envelope_sign({"privateKey": to_hex(private_key, "private_key"), **f})

    def verify_envelope(self, signed: JSONLike) -> Verified:
        """Check the signature recovers to the sender (wire object or its JSON text)."""
        return self._ops.envelope_verify(json_bytes(signed, "signed"))

    # ---- vouchers ---------------------------------------------------------------

    def voucher_digest(self, *, channel_id: BytesLike, cumulative_amount: IntLike, chain_id: IntLike,
                       verifying_contract: str) -> str:
        """EIP-712 digest of Voucher(channelId, cumulativeAmount) (verifying_contract: the channel contract)."""
        return self._ops.voucher_digest({
            "chainId": to_int(chain_id, "chain_id"), "verifyingContract": verifying_contract,
            "channelId": to_hex(channel_id, "channel_id"), "cumulativeAmount": to_int(cumulative_amount, "cumulative_amount")})

    def sign_voucher(self, private_key: BytesLike, *, channel_id: BytesLike, cumulative_amount: IntLike,
                     chain_id: IntLike, verifying_contract: str) -> SignedVoucher:
        return self._ops.voucher_sign({
            "privateKey": to_hex(private_key, "private_key"),
            "chainId": to_int(chain_id, "chain_id"), "verifyingContract": verifying_contract,
            "channelId": to_hex(channel_id, "channel_id"), "cumulativeAmount": to_int(cumulative_amount, "cumulative_amount")})

    def verify_voucher(self, signed: JSONLike, *, sender: str, chain_id: IntLike, verifying_contract: str) -> Verified:
        head = dumps({"chainId": to_int(chain_id, "chain_id"), "verifyingContract": verifying_contract, "sender": sender})
        req = head[:-1] + b',"voucher":' + json_bytes(signed, "signed") + b"}"
        return self._ops.voucher_verify(req)

    def accept_voucher(self, *, last_accepted: IntLike, price: IntLike, deposit: IntLike, cumulative: IntLike) -> int:
        """Acceptance rule: last_accepted + price <= cumulative <= deposit; returns the new total."""
        out = self._ops.voucher_accept({
            "lastAccepted": to_int(last_accepted, "last_accepted"), "price": to_int(price, "price"),
            "deposit": to_int(deposit, "deposit"), "cumulative": to_int(cumulative, "cumulative")})
        return int(out)

    # ---- receipts -------------------------------------------------------------------

    @staticmethod
    def _receipt(request_digest: BytesLike, channel_id: BytesLike, cumulative_amount: IntLike, result_hash: BytesLike,
                 chain_id: IntLike, verifying_contract: str) -> ReceiptDigestRequest:
        return {
            "chainId": to_int(chain_id, "chain_id"), "verifyingContract": verifying_contract,
            "requestDigest": to_hex(request_digest, "request_digest"), "channelId": to_hex(channel_id, "channel_id"),
            "cumulativeAmount": to_int(cumulative_amount, "cumulative_amount"), "resultHash": to_hex(result_hash, "result_hash"),
        }

    def receipt_digest(self, *, request_digest: BytesLike, channel_id: BytesLike, cumulative_amount: IntLike,
                       result_hash: BytesLike, chain_id: IntLike, verifying_contract: str) -> str:
        """EIP-712 digest of a Receipt (request domain: verifying_contract is the AgentRegistry)."""
        f = self._receipt(request_digest, channel_id, cumulative_amount, result_hash, chain_id, verifying_contract)
        return self._ops.receipt_digest(f)

    def sign_receipt(self, private_key: BytesLike, *, request_digest: BytesLike, channel_id: BytesLike,
                     cumulative_amount: IntLike, result_hash: BytesLike, chain_id: IntLike,
                     verifying_contract: str) -> SignedReceipt:
        f = self._receipt(request_digest, channel_id, cumulative_amount, result_hash, chain_id, verifying_contract)
        return self._ops.receipt_sign({"privateKey": to_hex(private_key, "private_key"), **f})

    def verify_receipt(self, signed: JSONLike, *, recipient: str, chain_id: IntLike, verifying_contract: str) -> Verified:
        head = dumps({"chainId": to_int(chain_id, "chain_id"), "verifyingContract": verifying_contract, "recipient": recipient})
        req = head[:-1] + b',"receipt":' + json_bytes(signed, "signed") + b"}"
        return self._ops.receipt_verify(req)

    # ---- registration consent --------------------------------------------------------

    @staticmethod
    def _consent(agent: str, owner: str, deadline: IntLike, chain_id: IntLike,
                 verifying_contract: str) -> RegistrationDigestRequest:
        return {
            "chainId": to_int(chain_id, "chain_id"), "verifyingContract": verifying_contract,
            "agent": agent, "owner": owner, "deadline": to_int(deadline, "deadline"),
        }

    def registration_digest(self, *, agent: str, owner: str, deadline: IntLike, chain_id: IntLike,
                            verifying_contract: str) -> str:
        """EIP-712 digest of the agent's consent RegisterAgent(agent, owner, deadline)
        (verifying_contract: the AgentRegistry; deadline: unix seconds)."""
        return self._ops.registration_digest(self._consent(agent, owner, deadline, chain_id, verifying_contract))

    def sign_registration(self, private_key: BytesLike, *, agent: str, owner: str, deadline: IntLike,
                          chain_id: IntLike, verifying_contract: str) -> str:
        """Sign the consent with the agent's key (MailroomError('signer_mismatch')
        for another key); the owner passes it to AgentRegistry.registerAgent."""
        f = self._consent(agent, owner, deadline, chain_id, verifying_contract)
        return self._ops.registration_sign({"privateKey": to_hex(private_key, "private_key"), **f})

    # ---- replay guard ------------------------------------------------------------------

    def replay_guard(self, *, capacity: int, past_seconds: IntLike = 300, future_seconds: IntLike = 30,
                     per_sender: Optional[int] = None) -> "ReplayGuard":
        return ReplayGuard(self, capacity=capacity, past_seconds=past_seconds, future_seconds=future_seconds,
                           per_sender=per_sender)


class ReplayGuard:
    """Remembers used (sender, nonce) pairs inside the guest. A request is
    accepted iff now - past <= timestamp <= now + future and its nonce is
    unused; when full the guard refuses (fails closed), and so it does for a
    sender holding per_sender nonces (default: capacity/16, at least 16 or the
    whole capacity when smaller). Use as a context manager or call close()."""

    def __init__(self, core: Core, *, capacity: int, past_seconds: IntLike = 300, future_seconds: IntLike = 30,
                 per_sender: Optional[int] = None) -> None:
        self._core = core
        req: ReplayNewRequest = {
            "pastSeconds": to_int(past_seconds, "past_seconds"),
            "futureSeconds": to_int(future_seconds, "future_seconds"),
            "capacity": cast(int, to_int(capacity, "capacity"))}
        if per_sender is not None:
            req["perSender"] = cast(int, to_int(per_sender, "per_sender"))
        self._handle: int = core._ops.replay_new(req)
        self._generation = core.generation
        self._closed = False

    def _check(self) -> None:
        if self._closed:
            raise MailroomError("invalid_input", "replay guard is closed")
        if self._core.generation != self._generation:
            raise MailroomError("internal", "replay guard was lost when its mailroom.wasm instance trapped")

    def use(self, sender: str, nonce: IntLike, timestamp: IntLike, now: Optional[IntLike] = None) -> None:
        """Accept and record (sender, nonce) at unix time now (default: the clock), or raise."""
        self._check()
        if now is None:
            now = int(time.time())
        self._core._ops.replay_use({
            "guard": self._handle, "sender": sender, "nonce": to_int(nonce, "nonce"),
            "timestamp": to_int(timestamp, "timestamp"), "now": to_int(now, "now")})

    def __len__(self) -> int:
        self._check()
        return self._core._ops.replay_len({"guard": self._handle})

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._core.generation == self._generation:
            self._core._ops.replay_close({"guard": self._handle})

    def __enter__(self) -> "ReplayGuard":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:
            pass
