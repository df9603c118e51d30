"""agent_mailroom: the AgentMailroom core for Python.

The same mailroom.wasm module that the Go services (wazero) and the JS
binding run, loaded through wasmtime, so every runtime gives byte-identical
answers::

    from agent_mailroom import Core, MailroomError

    mr = Core()                        # or agent_mailroom.default()
    key = mr.generate_key()
    print(mr.to_did(key["address"]))   # did:agent:eth:0x…
    signed = mr.sign_envelope(key["privateKey"], sender=key["address"], …)

The agent of the quickstart (chain I/O through web3.py, HTTP through httpx,
records in sqlite, every protocol decision made by the core's machines)::

    from agent_mailroom import AgentMailroom
    agent_mailroom = AgentMailroom(agent_private_key="0x…", w3=w3)
    response = agent_mailroom.request(bob_did, {"task": "…"})

and, for a Python API, agent_mailroom.asgi.MailroomMiddleware.

Errors are MailroomError with a stable ``code`` (the core's error kinds).
``mr.ops`` is the raw JSON surface, one typed method per operation of
wasm/ABI.md (generated from its table).
"""

from ._ops import Ops
from .agent import AgentMailroom, AssetPreference, Budget, PreparedRequest, Response
from .aio import AsyncAgentMailroom
from .chain import AgentProfile, ChainChannel
from .deployments import Deployments
from .discovery import Discovery, Watch
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
    "AgentMailroom",
    "AssetPreference",
    "AsyncAgentMailroom",
    "Budget",
    "PreparedRequest",
    "Response",
    "AgentProfile",
    "ChainChannel",
    "Discovery",
    "Watch",
    "Deployments",
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
