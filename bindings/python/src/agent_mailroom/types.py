"""Typed shapes of the wire objects (TypedDicts over the JSON the core speaks).

They are generated from the operation table (wasm/abi/ops.go) into
agent_mailroom._ops, with the request TypedDicts of every operation; this
module re-exports the reply shapes under their public names."""

from __future__ import annotations

from ._ops import (
    GeneratedKey,
    RecoveredTypedData,
    SignedEnvelope,
    SignedReceipt,
    SignedTypedData,
    SignedVoucher,
    TypedDataHash,
    Verified,
)

__all__ = [
    "GeneratedKey",
    "TypedDataHash",
    "SignedTypedData",
    "RecoveredTypedData",
    "SignedEnvelope",
    "SignedVoucher",
    "SignedReceipt",
    "Verified",
]
