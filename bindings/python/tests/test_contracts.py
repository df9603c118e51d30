"""agent_mailroom/_contracts.py is generated from contracts/artifacts: it
must be exactly what tools/gen_contracts.py makes of them now (a contract
recompiled without `make py-contracts` fails here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from agent_mailroom import _contracts

HERE = Path(__file__).parent
REPO = HERE.parents[2]


def test_contract_abis_match_artifacts() -> None:
    r = subprocess.run([sys.executable, str(HERE.parent / "tools" / "gen_contracts.py"), "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert _contracts.AGENT_REGISTRY_ABI == json.loads((REPO / "contracts/artifacts/AgentRegistry.abi").read_text())
    assert _contracts.AGENT_PAYMENT_CHANNEL_ABI == json.loads((REPO / "contracts/artifacts/AgentPaymentChannel.abi").read_text())
    assert _contracts.MAILROOM_TEST_USD_ABI == json.loads((REPO / "contracts/artifacts/MailroomTestUSD.abi").read_text())


def test_drift_is_detected(tmp_path: Path) -> None:
    art = tmp_path / "artifacts"
    art.mkdir()
    for n in ("AgentRegistry", "AgentPaymentChannel", "MailroomTestUSD"):
        abi = json.loads((REPO / f"contracts/artifacts/{n}.abi").read_text())
        if n == "AgentPaymentChannel":
            abi = [e for e in abi if e.get("name") != "topUp"]  # a contract that changed
        (art / f"{n}.abi").write_text(json.dumps(abi))
    r = subprocess.run([sys.executable, str(HERE.parent / "tools" / "gen_contracts.py"), "--check", "--artifacts", str(art)],
                       capture_output=True, text=True)
    assert r.returncode == 1 and "stale" in r.stderr
