"""This binding's part of the operation table's coverage test (the table is
wasm/abi/ops.go, read here as the generated wasm/abi/ops.json): Core.ops has
a stub for exactly the ops not hidden from Python, every example answers as
the table says, and every Python wrapper the table lists exists and reaches
its op's stub (by the call graph of agent_mailroom/core.py)."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest
from eth_account import Account
from eth_account.messages import _hash_eip191_message, encode_typed_data

import agent_mailroom
from agent_mailroom import Core, MailroomError, Ops
from agent_mailroom._ops import ABI_VERSION, HIDDEN, OPS

REPO = Path(__file__).parents[3]
TABLE = json.loads((REPO / "wasm/abi/ops.json").read_text())
EXPOSED = [o for o in TABLE["ops"] if not o["py"].get("hidden")]


def compact(v: Any) -> str:
    return json.dumps(v, separators=(",", ":"), ensure_ascii=False)


def test_ops_has_one_stub_per_op_not_hidden() -> None:
    assert ABI_VERSION == TABLE["version"]
    stubs = sorted(n for n in dir(Ops) if not n.startswith("_"))
    assert stubs == sorted(o["py"]["stub"] for o in EXPOSED)
    assert OPS == {o["py"]["stub"]: o["name"] for o in EXPOSED}
    assert HIDDEN == {o["name"]: o["py"]["hidden"] for o in TABLE["ops"] if o["py"].get("hidden")}
    for o in TABLE["ops"]:
        if o["py"].get("hidden"):
            assert not o["py"]["wrappers"], f"{o['name']} is hidden from Python but lists wrappers"


def test_examples_on_a_fresh_instance() -> None:
    mr = Core()  # a fresh instance: the first replay guard is handle 1
    for o in EXPOSED:
        ok = getattr(mr.ops, o["py"]["stub"])(o["exampleRequest"])
        if o["exampleOk"] is not None:
            assert compact(ok) == compact(o["exampleOk"]), o["name"]


def test_stubs_take_dicts_text_and_bytes(mr: Core) -> None:
    for o in EXPOSED:
        if o["stateful"] or o["exampleOk"] is None:
            continue
        stub = getattr(mr.ops, o["py"]["stub"])
        text = o["exampleRequest"]
        for req in (text, text.encode(), bytearray(text.encode()), json.loads(text)):
            assert compact(stub(req)) == compact(o["exampleOk"]), o["name"]
    assert mr.ops.generate_key()["address"].startswith("0x")
    with pytest.raises(MailroomError) as ei:
        mr.ops.parse_address({"address": "0xcD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"})
    assert ei.value.code == "bad_checksum"


def call_graph() -> tuple[dict[str, ast.AST], dict[str, set[str]], dict[str, set[str]]]:
    """Functions ("name"), constructors ("Class") and methods ("Class.name")
    of core.py, the op stubs each uses (…_ops.stub / ….ops.stub) and the
    functions it calls."""
    src = (Path(agent_mailroom.__file__).parent / "core.py").read_text()
    tree = ast.parse(src)
    stubs = {o["py"]["stub"] for o in TABLE["ops"]}
    nodes: dict[str, ast.AST] = {}
    uses: dict[str, set[str]] = {}
    calls: dict[str, set[str]] = {}

    def scan(key: str, fn: ast.AST, cls: str | None) -> None:
        nodes[key], uses[key], calls[key] = fn, set(), set()
        for n in ast.walk(fn):
            if isinstance(n, ast.Attribute) and n.attr in stubs:
                v = n.value
                if (isinstance(v, ast.Attribute) and v.attr in ("_ops", "ops")) or (isinstance(v, ast.Name) and v.id == "ops"):
                    uses[key].add(n.attr)
            if isinstance(n, ast.Call):
                f = n.func
                if isinstance(f, ast.Name):
                    calls[key].add(f.id)
                elif cls and isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id in ("self", cls):
                    calls[key].add(f"{cls}.{f.attr}")

    for st in tree.body:
        if isinstance(st, ast.FunctionDef):
            scan(st.name, st, None)
        elif isinstance(st, ast.ClassDef):
            for m in st.body:
                if isinstance(m, ast.FunctionDef):
                    scan(st.name if m.name == "__init__" else f"{st.name}.{m.name}", m, st.name)
    return nodes, uses, calls


def reach(key: str, uses: dict[str, set[str]], calls: dict[str, set[str]], seen: set[str] | None = None) -> set[str]:
    seen = set() if seen is None else seen
    if key in seen or key not in uses:
        return set()
    seen.add(key)
    out = set(uses[key])
    for c in calls[key]:
        out |= reach(c, uses, calls, seen)
    return out


def test_every_python_wrapper_exists_and_reaches_its_op() -> None:
    nodes, uses, calls = call_graph()
    for o in EXPOSED:
        for w in o["py"]["wrappers"]:
            assert w in nodes, f"{o['name']}: Python wrapper {w} is not in core.py"
            cls, _, member = w.partition(".")
            assert hasattr(agent_mailroom, cls), f"{o['name']}: {cls} is not exported by agent_mailroom"
            if member:
                assert hasattr(getattr(agent_mailroom, cls), member), w
                assert not member.startswith("_") or (member.startswith("__") and member.endswith("__")), f"{w} is private"
            assert o["py"]["stub"] in reach(w, uses, calls), f"{o['name']}: Python wrapper {w} does not reach ops.{o['py']['stub']}"
    # The analysis is not vacuous: a wrapper reaches only what it calls.
    assert reach("Core.payload_hash", uses, calls) == {"keccak256"}
    assert reach("Core.verify", uses, calls) == {"parse_address", "recover"}


def test_registration_consent_matches_eth_account(mr: Core) -> None:
    agent = Account.from_key("0x" + "42" * 32)
    owner = "0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"
    registry = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
    domain = {"name": "AgentRegistry", "version": "1", "chainId": 31337, "verifyingContract": registry}
    types = {"RegisterAgent": [{"name": "agent", "type": "address"}, {"name": "owner", "type": "address"},
                               {"name": "deadline", "type": "uint256"}]}
    msg = {"agent": agent.address, "owner": owner, "deadline": 1700003600}
    signable = encode_typed_data(domain, types, msg)
    want = "0x" + _hash_eip191_message(signable).hex()
    fields = dict(agent=agent.address, owner=owner, deadline=1700003600, chain_id=31337, verifying_contract=registry)
    assert mr.registration_digest(**fields) == want
    sig = mr.sign_registration(agent.key, **fields)
    assert sig == "0x" + Account.sign_message(signable, agent.key).signature.hex().removeprefix("0x")
    assert Account.recover_message(signable, signature=bytes.fromhex(sig[2:])) == agent.address
    with pytest.raises(MailroomError) as ei:
        mr.sign_registration("0x" + "43" * 32, **fields)
    assert ei.value.code == "signer_mismatch"
    with pytest.raises(MailroomError) as ei:
        mr.registration_digest(**{**fields, "deadline": True})
    assert ei.value.code == "invalid_input"
