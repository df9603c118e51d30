"""bindings/examples/python/paid_api.py runs as a newcomer would run it, against mailroom node."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import PKG, REPO, Node


def test_paid_api_example(node: Node, tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, str(REPO / "bindings" / "examples" / "python" / "paid_api.py")], cwd=tmp_path,
                       capture_output=True, text=True, timeout=120,
                       env={**os.environ, "MAILROOM_RPC": node.rpc, "MAILROOM_DEPLOYMENTS": str(node.deployments),
                            "PYTHONPATH": str(PKG / "src")})
    assert r.returncode == 0, r.stdout + r.stderr
    assert "receipt for 2000000000000000 wei verified" in r.stdout
    assert "Bob claimed 2000000000000000 wei" in r.stdout
    assert list(tmp_path.iterdir()) == []  # it cleaned up after itself
