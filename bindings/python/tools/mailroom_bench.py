"""Python rows of `make bench-runtimes`: the same operations as the Go and
Node rows (typed-data hash, sign, recover, envelope verify, voucher verify)
through agent_mailroom (mailroom.wasm in wasmtime), and beside it
eth-account with its default pure-Python backend (eth-keys
NativeECCBackend) and with coincurve. eth-keys picks its backend at import,
so each eth-account backend runs in its own subprocess.

Usage: python tools/mailroom_bench.py [--json]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

MIN_S = float(os.environ.get("BENCH_MS", "400")) / 1000
REPO = Path(__file__).resolve().parents[3]
KEY = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
REGISTRY = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
CHANNEL = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"
BACKENDS = {
    "pure-python": "eth_keys.backends.NativeECCBackend",
    "coincurve": "eth_keys.backends.CoinCurveECCBackend",
}


def bench(fn: Callable[[], Any]) -> float:
    for _ in range(5):
        fn()
    n, t0 = 0, time.perf_counter()
    t = t0
    while t - t0 < MIN_S:
        fn()
        n += 1
        t = time.perf_counter()
    return (t - t0) / n * 1e9


def fixtures(mr: Any) -> dict:
    me = mr.address_of(KEY)
    env = dict(sender=me, recipient=REGISTRY, payload_hash=mr.payload_hash(b'{"task":"bench"}'), timestamp=1700000000,
               nonce=1, chain_id=31337, verifying_contract=REGISTRY)
    return {
        "td": (REPO / "core/eip712/testdata/bench-mail.json").read_text(),
        "me": me,
        "digest": mr.envelope_digest(**env),
        "envelope": mr.sign_envelope(KEY, **env),
        "voucher": mr.sign_voucher(KEY, channel_id=mr.keccak256(b"\x01"), cumulative_amount=10**15, chain_id=31337,
                                   verifying_contract=CHANNEL),
    }


def mailroom_rows() -> tuple[list[dict], dict]:
    from agent_mailroom import Core

    mr = Core()
    f = fixtures(mr)
    sig = mr.sign(KEY, f["digest"])
    f["signature"] = sig
    ops = {
        "typed-data-hash": lambda: mr.hash_typed_data(f["td"]),
        "sign": lambda: mr.sign(KEY, f["digest"]),
        "recover": lambda: mr.recover(f["digest"], sig),
        "envelope-verify": lambda: mr.verify_envelope(f["envelope"]),
        "voucher-verify": lambda: mr.verify_voucher(f["voucher"], sender=f["me"], chain_id=31337, verifying_contract=CHANNEL),
    }
    rows = [{"op": op, "runtime": "python", "impl": "agent_mailroom (wasm)", "nsPerOp": bench(fn)} for op, fn in ops.items()]
    return rows, f


def eth_account_rows(backend: str, f: dict) -> list[dict]:
    """Runs in a subprocess whose ECC_BACKEND_CLASS is set."""
    import eth_account
    from eth_account import Account
    from eth_account.messages import _hash_eip191_message, encode_typed_data
    from eth_keys import KeyAPI

    assert type(KeyAPI().backend).__name__ == BACKENDS[backend].rsplit(".", 1)[1], "backend not in effect"
    td = json.loads(f["td"])
    digest = bytes.fromhex(f["digest"][2:])
    sig = bytes.fromhex(f["signature"][2:])
    env = f["envelope"]
    req_domain = {"name": "AgentMailroomRequest", "version": "1", "chainId": int(env["chainId"]),
                  "verifyingContract": env["verifyingContract"]}
    env_types = {"AgentRequest": [
        {"name": "sender", "type": "address"}, {"name": "recipient", "type": "address"},
        {"name": "payloadHash", "type": "bytes32"}, {"name": "timestamp", "type": "uint256"},
        {"name": "nonce", "type": "uint256"}]}
    v = f["voucher"]
    pay_domain = {"name": "AgentPaymentChannel", "version": "1", "chainId": 31337, "verifyingContract": CHANNEL}
    v_types = {"Voucher": [{"name": "channelId", "type": "bytes32"}, {"name": "cumulativeAmount", "type": "uint256"}]}

    def env_verify() -> None:
        msg = {"sender": env["sender"], "recipient": env["recipient"], "payloadHash": env["payloadHash"],
               "timestamp": int(env["timestamp"]), "nonce": int(env["nonce"])}
        if Account.recover_message(encode_typed_data(req_domain, env_types, msg), signature=env["signature"]) != env["sender"]:
            raise AssertionError("mismatch")

    def voucher_verify() -> None:
        msg = {"channelId": v["channelId"], "cumulativeAmount": int(v["cumulativeAmount"])}
        if Account.recover_message(encode_typed_data(pay_domain, v_types, msg), signature=v["signature"]) != f["me"]:
            raise AssertionError("mismatch")

    # Same answers first, so the comparison is of equal work.
    assert bytes(Account.unsafe_sign_hash(digest, KEY).signature) == sig
    assert Account._recover_hash(digest, signature=sig) == f["me"]
    ops = {
        "typed-data-hash": lambda: _hash_eip191_message(encode_typed_data(full_message=td)),
        "sign": lambda: Account.unsafe_sign_hash(digest, KEY),
        "recover": lambda: Account._recover_hash(digest, signature=sig),
        "envelope-verify": env_verify,
        "voucher-verify": voucher_verify,
    }
    impl = f"eth-account {eth_account.__version__} ({backend})" if hasattr(eth_account, "__version__") else f"eth-account ({backend})"
    return [{"op": op, "runtime": "python", "impl": impl, "nsPerOp": bench(fn)} for op, fn in ops.items()]


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--eth-account":
        f = json.loads(sys.stdin.read())
        json.dump(eth_account_rows(sys.argv[2], f), sys.stdout)
        return 0
    rows, f = mailroom_rows()
    for backend, cls in BACKENDS.items():
        env = {**os.environ, "ECC_BACKEND_CLASS": cls}
        out = subprocess.run([sys.executable, __file__, "--eth-account", backend], input=json.dumps(f), env=env,
                             capture_output=True, text=True)
        if out.returncode != 0:
            sys.stderr.write(out.stderr)
            return 1
        rows += json.loads(out.stdout)
    if "--json" in sys.argv:
        print(json.dumps({"python": sys.version.split()[0], "rows": rows}))
    else:
        for r in rows:
            print(f'{r["op"]:16} {r["impl"]:40} {r["nsPerOp"] / 1000:10.1f} µs/op')
    return 0


if __name__ == "__main__":
    sys.exit(main())
