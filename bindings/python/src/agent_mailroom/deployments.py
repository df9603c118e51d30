"""Where the contracts are: a deployments file, or the dev chain's known one.

The file is the one ``mailroom node`` and ``mailroom deploy`` write
(docs/CONFIG.md)::

    {"chainId": 31337, "registry": "0x…", "paymentChannel": "0x…", "rpc": "http://…"}

:func:`resolve` takes, in order: an explicit :class:`Deployments`, dict or
path; the file named by ``$MAILROOM_DEPLOYMENTS``; else, on chain 31337 only,
the dev chain's known deployment: ``mailroom node`` (and ``mailroom deploy
--dev-account 0`` on a fresh anvil) deploys the registry and the payment
channel as dev account 0's first two transactions, so their addresses are
the CREATE addresses of that account at nonces 0 and 1.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Optional, Union

import rlp  # type: ignore[import-untyped]
from eth_utils.address import to_checksum_address
from eth_utils.crypto import keccak

from .errors import MailroomError

ENV = "MAILROOM_DEPLOYMENTS"
DEV_CHAIN_ID = 31337
DEV_ACCOUNT_0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
"""Dev account 0 of the test mnemonic (anvil's and Hardhat's), the deployer."""


def create_address(deployer: str, nonce: int) -> str:
    """The address of the contract an account creates with its transaction of ``nonce``."""
    raw = keccak(rlp.encode([bytes.fromhex(deployer[2:]), nonce]))[12:]
    return to_checksum_address(raw)


@dataclass(frozen=True)
class Deployments:
    """The chain and the two contracts an agent uses."""

    chain_id: int
    registry: str
    payment_channel: str
    rpc: Optional[str] = None
    min_withdraw_delay: Optional[int] = None
    #: An ERC-20 token deployed with the contracts (the dev chains' MailroomTestUSD).
    token: Optional[str] = None

    @classmethod
    def from_json(cls, d: Mapping[str, Any], where: str = "deployments") -> "Deployments":
        """Parse the deployments file's object (keys as ``mailroom node`` writes them)."""
        try:
            chain_id = d["chainId"]
            registry = d["registry"]
            channel = d["paymentChannel"]
        except (KeyError, TypeError) as e:
            raise MailroomError("invalid_input", f"{where}: chainId, registry and paymentChannel are required") from e
        if isinstance(chain_id, bool) or not isinstance(chain_id, int) or chain_id <= 0:
            raise MailroomError("invalid_input", f"{where}: chainId must be a positive integer")
        try:
            registry, channel = to_checksum_address(registry), to_checksum_address(channel)
        except (ValueError, TypeError) as e:
            raise MailroomError("invalid_address", f"{where}: {e}") from e
        mwd = d.get("minWithdrawDelay")
        rpc = d.get("rpc")
        token = d.get("token")
        if token is not None:
            try:
                token = to_checksum_address(token)
            except (ValueError, TypeError) as e:
                raise MailroomError("invalid_address", f"{where}: token: {e}") from e
        return cls(chain_id, registry, channel, rpc if isinstance(rpc, str) else None,
                   mwd if isinstance(mwd, int) and not isinstance(mwd, bool) else None, token)

    @classmethod
    def load(cls, path: Union[str, "os.PathLike[str]"]) -> "Deployments":
        """Read a deployments file."""
        p = Path(path)
        try:
            d = json.loads(p.read_text())
        except OSError as e:
            raise MailroomError("invalid_input", f"cannot read deployments file {p}: {e}") from e
        except ValueError as e:
            raise MailroomError("invalid_json", f"deployments file {p}: {e}") from e
        return cls.from_json(d, str(p))

    @classmethod
    def dev(cls) -> "Deployments":
        """The dev chain's known deployment (chain 31337, deployed by dev account 0)."""
        return cls(DEV_CHAIN_ID, create_address(DEV_ACCOUNT_0, 0), create_address(DEV_ACCOUNT_0, 1),
                   token=create_address(DEV_ACCOUNT_0, 2))


DeploymentsLike = Union[Deployments, Mapping[str, Any], str, "os.PathLike[str]", None]


def resolve(deployments: DeploymentsLike, chain_id: int) -> Deployments:
    """The deployments to use on the chain ``chain_id`` (see the module doc);
    ``invalid_input`` when none is known or the one given is for another chain."""
    where = "deployments"
    if deployments is None:
        env = os.environ.get(ENV)
        if env:
            deployments, where = env, f"${ENV} ({env})"
    if deployments is None:
        if chain_id != DEV_CHAIN_ID:
            raise MailroomError("invalid_input", f"no deployments for chain {chain_id}: pass deployments= or set ${ENV}")
        return Deployments.dev()
    if isinstance(deployments, Deployments):
        d = deployments
    elif isinstance(deployments, Mapping):
        d = Deployments.from_json(deployments)
    else:
        d = Deployments.load(deployments)
    if d.chain_id != chain_id:
        raise MailroomError("invalid_input", f"{where} is for chain {d.chain_id}, the RPC answers chain {chain_id}")
    return d
