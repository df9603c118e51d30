"""Typed shapes of the wire objects (TypedDicts over the JSON the core speaks)."""

from __future__ import annotations

from typing import TypedDict


class GeneratedKey(TypedDict):
    privateKey: str
    address: str


class TypedDataHash(TypedDict):
    digest: str
    domainSeparator: str
    messageHash: str


class SignedTypedData(TypedDataHash):
    signature: str


class RecoveredTypedData(TypedDataHash):
    address: str


class SignedEnvelope(TypedDict):
    """The Agent-Envelope wire object (integers as decimal strings)."""

    sender: str
    recipient: str
    payloadHash: str
    timestamp: str
    nonce: str
    chainId: str
    verifyingContract: str
    signature: str


class SignedVoucher(TypedDict):
    channelId: str
    cumulativeAmount: str
    signature: str


class SignedReceipt(TypedDict):
    requestDigest: str
    channelId: str
    cumulativeAmount: str
    resultHash: str
    signature: str


class Verified(TypedDict):
    digest: str
