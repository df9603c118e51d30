"""agent_mailroom: the AgentMailroom core for Python.

The same mailroom.wasm module that the Go services (wazero) and the JS
binding run, loaded through wasmtime, so every runtime gives byte-identical
answers::

    from agent_mailroom import Core, MailroomError

    mr = Core()                        # or agent_mailroom.default()
    key = mr.generate_key()
    print(mr.to_did(key["address"]))   # did:agent:eth:0x…
    signed = mr.sign_envelope(key["privateKey"], sender=key["address"], …)

Errors are MailroomError with a stable ``code`` (the core's error kinds).
``mr.ops`` is the raw JSON surface, one typed method per operation of
wasm/ABI.md (generated from its table).
"""

from ._ops import Ops
from .core import Core, ReplayGuard, default
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

__all__ = [
    "Core",
    "ReplayGuard",
    "Ops",
    "MailroomError",
    "default",
    "GeneratedKey",
    "TypedDataHash",
    "SignedTypedData",
    "RecoveredTypedData",
    "SignedEnvelope",
    "SignedVoucher",
    "SignedReceipt",
    "Verified",
]
__version__ = "0.1.0"
