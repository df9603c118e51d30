"""All of testvectors/*.json and the conformance sample, in Python; and proof
that the runners can fail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import mailroom_conformance
import mailroom_vectors
from agent_mailroom import Core

REPO = Path(__file__).resolve().parents[3]


def test_every_vector_passes(mr: Core) -> None:
    passed, failed, failures = mailroom_vectors.run_dir(mr, REPO / "testvectors")
    assert failures == []
    assert failed == 0 and passed > 100


def test_vector_runner_fails_and_is_strict(mr: Core) -> None:
    doc = json.loads((REPO / "testvectors" / "sign.json").read_text())
    v = next(x for x in doc["vectors"] if x["expect"].get("signature"))
    sig = v["expect"]["signature"]
    v["expect"]["signature"] = sig[:-2] + ("1c" if sig.endswith("1b") else "1b")
    passed, failed, _ = mailroom_vectors.run_files(mr, [("sign.json", json.dumps(doc))])
    assert failed == 1
    v["expect"]["extra"] = 1
    with pytest.raises(mailroom_vectors.VectorError, match='unknown key "extra"'):
        mailroom_vectors.run_files(mr, [("sign.json", json.dumps(doc))])


def test_conformance_sample_passes_and_corrupted_cases_fail(mr: Core, tmp_path: Path) -> None:
    cases = REPO / "testvectors" / "conformance" / "cases"
    passed, failed, failures = mailroom_conformance.run_dir(mr, cases)
    assert failures == [] and passed == len(list(cases.glob("*.json")))
    positive = next(c for c in (json.loads(p.read_text()) for p in sorted(cases.glob("*.json"))) if "digest" in c)
    (tmp_path / "a.json").write_text(json.dumps({**positive, "digest": "0x" + "00" * 32}))
    (tmp_path / "b.json").write_text(json.dumps({"typedData": positive["typedData"], "invalid": "claims valid is invalid"}))
    (tmp_path / "c.json").write_text(json.dumps({**positive, "note": "x"}))
    assert mailroom_conformance.run_dir(mr, tmp_path)[:2] == (0, 3)


def test_raw_members_keeps_exact_bytes() -> None:
    raw = mailroom_conformance.raw_members(b'{"a": {"x":1e400, "y":"}\\""} , "b":[1,2]}')
    assert raw == {"a": b'{"x":1e400, "y":"}\\""}', "b": b"[1,2]"}
