"""The project's vector runner (testvectors/README.md, mailroom-vectors/1)
for the Python binding, a port of the Go runner (testvectors/runner).

Usage: python tools/mailroom_vectors.py [DIR]

It refuses what it does not fully understand: an unknown key, an unknown
vector type, a duplicate id or a missing required field raises VectorError
(the run stops), never a skipped vector.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, Callable, Optional

FORMAT = "mailroom-vectors/1"
CURVE_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
HALF_N = CURVE_N >> 1

_ADDR_OUT = ["address", "error"]
_SIGNED_OUT = ["digest", "signature", "wire", "error"]
_RESULT_OUT = ["result", "error"]
_VERIFY_IN = ["publicKey", "address", "msg", "digest", "signature"]
TYPES: dict[str, tuple[list[str], list[str]]] = {
    "keccak256": (["data"], ["hash"]),
    "address_of": (["privateKey"], _ADDR_OUT),
    "parse_address": (["address"], _ADDR_OUT),
    "format_did": (["address"], ["did"]),
    "parse_did": (["did"], _ADDR_OUT),
    "sign": (["privateKey", "digest"], ["signature", "address", "error"]),
    "recover": (["digest", "signature"], _ADDR_OUT),
    "eip712": (["typedData", "typedDataHex", "privateKey"],
               ["digest", "domainSeparator", "messageHash", "encodeType", "typeHash", "encodedData", "signature",
                "address", "error"]),
    "envelope_sign": (["privateKey", "chainId", "registry", "request"], _SIGNED_OUT),
    "envelope_verify": (["wire"], _RESULT_OUT),
    "voucher_sign": (["privateKey", "chainId", "contract", "voucher"], _SIGNED_OUT),
    "voucher_verify": (["chainId", "contract", "sender", "wire"], _RESULT_OUT),
    "receipt_sign": (["privateKey", "chainId", "registry", "receipt"], _SIGNED_OUT),
    "receipt_verify": (["chainId", "registry", "recipient", "wire"], _RESULT_OUT),
    "voucher_accept": (["lastAccepted", "price", "deposit", "cumulative"], ["accepted", "error"]),
    "replay": (["pastSeconds", "futureSeconds", "capacity", "steps"], ["results", "len"]),
    "ecdsa_verify_raw": (_VERIFY_IN, _RESULT_OUT),
    "ecdsa_verify_strict": (_VERIFY_IN, _RESULT_OUT),
    "ecdsa_verify_der": (_VERIFY_IN, _RESULT_OUT),
    "ecdsa_recovery_id": (["digest", "signature"], ["recoveryId", "address"]),
    "protocol": (["op", "request"], ["reply", "error"]),
}


class VectorError(Exception):
    """The vector file itself is malformed."""


def strict_keys(obj: Any, allowed: list[str], where: str) -> dict:
    if not isinstance(obj, dict):
        raise VectorError(f"{where}: not an object")
    for k in obj:
        if k not in allowed:
            raise VectorError(f'{where}: unknown key "{k}"')
    return obj


def hexb(field: str, h: Any) -> bytes:
    if not isinstance(h, str) or not re.fullmatch(r"0x(?:[0-9a-fA-F]{2})*", h):
        raise VectorError(f"{field}: not 0x-hex")
    return bytes.fromhex(h[2:])


class Attempt:
    def __init__(self, fn: Callable[[], Any]) -> None:
        from agent_mailroom import MailroomError

        self.value: Any = None
        self.code = ""
        self.err: Optional[BaseException] = None
        try:
            self.value = fn()
        except MailroomError as e:
            self.code, self.err = e.code, e
        except VectorError:
            raise
        except Exception as e:  # a binding bug is a failure, not a crash
            self.code, self.err = "internal", e


def outcome(a: Attempt, want: str) -> tuple[str, bool]:
    got = a.code
    if want and got == want:
        return "", True
    if want and not got:
        return f"want error {want}, got success", True
    if want:
        return f"want error {want}, got {got} ({a.err})", True
    if got:
        return f"want success, got {got} ({a.err})", True
    return "", False


def diff(what: str, got: Any, want: Any) -> str:
    return "" if got == want else f"{what}: got {got}, want {want}"


def first(*fs: str) -> str:
    return next((f for f in fs if f), "")


def need(err: str, *fields: str) -> None:
    if err:
        if any(fields):
            raise VectorError("expect: a negative vector carries only error")
    elif not all(fields):
        raise VectorError("expect: a positive vector needs every expected field")


def result_shape(out: dict) -> None:
    r, e = out.get("result", ""), out.get("error", "")
    if (r == "valid") == (e != "") or (r not in ("", "valid")):
        raise VectorError('expect: exactly one of result "valid" and error')


def der(b: bytes) -> Optional[bytes]:
    """Strict DER r‖s, exactly as testvectors/internal/der; None if not strict."""
    if len(b) < 8 or b[0] != 0x30 or b[1] >= 0x80 or b[1] != len(b) - 2:
        return None
    out = bytearray(64)
    off = 2
    for i in range(2):
        if len(b) - off < 3 or b[off] != 0x02 or b[off + 1] >= 0x80:
            return None
        n = b[off + 1]
        if n == 0 or len(b) - off < 2 + n:
            return None
        v = b[off + 2: off + 2 + n]
        off += 2 + n
        if v[0] & 0x80:
            return None
        if v[0] == 0 and len(v) > 1:
            if not v[1] & 0x80:
                return None
            v = v[1:]
        if len(v) > 32:
            return None
        out[i * 32 + 32 - len(v): i * 32 + 32] = v
    return bytes(out) if off == len(b) else None


def verify_by_recovery(mr, address: str, digest: bytes, sig: bytes, normalize: bool) -> str:  # type: ignore[no-untyped-def]
    if normalize and len(sig) == 64:
        s = int.from_bytes(sig[32:], "big")
        if HALF_N < s < CURVE_N:
            sig = sig[:32] + (CURVE_N - s).to_bytes(32, "big")
    kinds = []
    for v in (27, 28):
        a = Attempt(lambda: mr.recover(digest, sig + bytes([v])))
        kinds.append(a.code)
        if not a.code and a.value == address:
            return "valid"
    return next((k for k in kinds if k), "signer_mismatch")


def _wire(v: Any) -> str:
    return json.dumps(v, separators=(",", ":"))


def run_vector(mr, typ: str, inp: dict, out: dict) -> str:  # type: ignore[no-untyped-def]
    g = inp.get
    o = out.get
    if typ == "keccak256":
        a = Attempt(lambda: mr.keccak256(hexb("data", g("data"))))
        f, done = outcome(a, "")
        return f if done else diff("hash", a.value, o("hash"))
    if typ in ("address_of", "parse_address", "parse_did", "recover"):
        need(o("error", ""), o("address", ""))
        fn: Callable[[], Any]
        if typ == "address_of":
            fn = lambda: mr.address_of(hexb("privateKey", g("privateKey")))  # noqa: E731
        elif typ == "parse_address":
            fn = lambda: mr.get_address(g("address", ""))  # noqa: E731
        elif typ == "parse_did":
            fn = lambda: mr.parse_did(g("did", ""))  # noqa: E731
        else:
            fn = lambda: mr.recover(hexb("digest", g("digest")), hexb("signature", g("signature")))  # noqa: E731
        a = Attempt(fn)
        f, done = outcome(a, o("error", ""))
        return f if done else diff("address", a.value, o("address"))
    if typ == "format_did":
        a = Attempt(lambda: mr.to_did(g("address", "")))
        f, done = outcome(a, "")
        return f if done else diff("did", a.value, o("did"))
    if typ == "sign":
        need(o("error", ""), o("signature", ""), o("address", ""))
        priv, digest = hexb("privateKey", g("privateKey")), hexb("digest", g("digest"))
        a = Attempt(lambda: mr.sign(priv, digest))
        f, done = outcome(a, o("error", ""))
        if done:
            return f
        if (d := diff("signature", a.value, o("signature"))):
            return d
        r = Attempt(lambda: mr.recover(digest, a.value))
        f, done = outcome(r, "")
        return "recover after sign: " + f if done else diff("recovered address", r.value, o("address"))
    if typ == "eip712":
        return _eip712(mr, inp, out)
    if typ == "envelope_sign":
        need(o("error", ""), o("digest", ""), o("signature", ""), o("wire", ""))
        q = strict_keys(g("request"), ["sender", "recipient", "payloadHash", "timestamp", "nonce"], "input.request")
        fields = dict(sender=q.get("sender", ""), recipient=q.get("recipient", ""), payload_hash=q.get("payloadHash", ""),
                      timestamp=q.get("timestamp", ""), nonce=q.get("nonce", ""), chain_id=g("chainId", ""),
                      verifying_contract=g("registry", ""))
        d = Attempt(lambda: mr.envelope_digest(**fields))
        f, done = outcome(d, o("error", ""))
        if done:
            return f
        s = Attempt(lambda: mr.sign_envelope(hexb("privateKey", g("privateKey")), **fields))
        f, done = outcome(s, "")
        if done:
            return "sign: " + f
        if (f := first(diff("digest", d.value, o("digest")), diff("signature", s.value["signature"], o("signature")),
                       diff("wire", _wire(s.value), o("wire")))):
            return f
        return outcome(Attempt(lambda: mr.verify_envelope(s.value)), "")[0]
    if typ == "envelope_verify":
        result_shape(out)
        return outcome(Attempt(lambda: mr.verify_envelope(g("wire", ""))), o("error", ""))[0]
    if typ in ("voucher_sign", "receipt_sign"):
        return _sign_object(mr, typ, inp, out)
    if typ == "voucher_verify":
        result_shape(out)
        a = Attempt(lambda: mr.verify_voucher(g("wire", ""), sender=g("sender", ""), chain_id=g("chainId", ""),
                                              verifying_contract=g("contract", "")))
        return outcome(a, o("error", ""))[0]
    if typ == "receipt_verify":
        result_shape(out)
        a = Attempt(lambda: mr.verify_receipt(g("wire", ""), recipient=g("recipient", ""), chain_id=g("chainId", ""),
                                              verifying_contract=g("registry", "")))
        return outcome(a, o("error", ""))[0]
    if typ == "voucher_accept":
        need(o("error", ""), o("accepted", ""))
        vals = [g(k, "") for k in ("lastAccepted", "price", "deposit", "cumulative")]
        for v in vals:
            if not isinstance(v, str) or not re.fullmatch(r"[0-9]+", v):
                raise VectorError(f"amount: not a decimal integer: {v!r}")
        a = Attempt(lambda: mr.accept_voucher(last_accepted=int(vals[0]), price=int(vals[1]), deposit=int(vals[2]),
                                              cumulative=int(vals[3])))
        f, done = outcome(a, o("error", ""))
        return f if done else diff("accepted", str(a.value), o("accepted"))
    if typ == "replay":
        return _replay(mr, inp, out)
    if typ == "protocol":
        # A protocol machine's JSON operation: the reply must be the core's, value for value.
        fn = getattr(mr.ops, g("op"), None)
        if fn is None:
            return f"no operation {g('op')}"
        a = Attempt(lambda: fn(g("request")))
        f, done = outcome(a, o("error", ""))
        if done:
            return f
        got, want = json.dumps(a.value, sort_keys=True), json.dumps(o("reply"), sort_keys=True)
        return "" if got == want else diff("reply", got, want)
    if typ in ("ecdsa_verify_raw", "ecdsa_verify_strict", "ecdsa_verify_der"):
        result_shape(out)
        digest, sig = hexb("digest", g("digest")), hexb("signature", g("signature"))
        if typ == "ecdsa_verify_der":
            rs = der(sig)
            got = verify_by_recovery(mr, g("address"), digest, rs, False) if rs is not None else "invalid_signature"
        else:
            got = verify_by_recovery(mr, g("address"), digest, sig, typ == "ecdsa_verify_raw")
        want = o("result", "") or o("error", "")
        return "" if got == want else f"got {got}, want {want}"
    if typ == "ecdsa_recovery_id":
        rid = o("recoveryId")
        if rid not in (0, 1):
            raise VectorError("expect: recoveryId must be 0 or 1")
        digest, sig = hexb("digest", g("digest")), hexb("signature", g("signature"))
        a = Attempt(lambda: mr.recover(digest, sig + bytes([rid])))
        f, done = outcome(a, "")
        if done:
            return f"v={rid}: {f}"
        if (d := diff(f"v={rid}", a.value, o("address"))):
            return d
        b = Attempt(lambda: mr.recover(digest, sig + bytes([1 - rid])))
        if not b.code and b.value == o("address"):
            return f"v={1 - rid} also recovers {o('address')}"
        return ""
    raise VectorError(f'unknown vector type "{typ}"')


def _eip712(mr, inp: dict, out: dict) -> str:  # type: ignore[no-untyped-def]
    if "typedData" in inp and not inp.get("typedDataHex"):
        doc = inp["typedData"].encode("utf-8", "surrogatepass")
    elif "typedData" not in inp and inp.get("typedDataHex"):
        doc = hexb("typedDataHex", inp["typedDataHex"])
    else:
        raise VectorError("input: exactly one of typedData and typedDataHex")
    if out.get("error"):
        if any(out.get(k) for k in ("digest", "domainSeparator", "messageHash", "encodeType", "typeHash", "encodedData",
                                    "signature", "address")) or inp.get("privateKey"):
            raise VectorError("expect: a negative vector carries only error")
        return outcome(Attempt(lambda: mr.hash_typed_data(doc)), out["error"])[0]
    if not (out.get("digest") and out.get("domainSeparator") and out.get("messageHash")):
        raise VectorError("expect: digest, domainSeparator and messageHash are required")
    if (not inp.get("privateKey")) != (not out.get("signature")) or (not out.get("signature")) != (not out.get("address")):
        raise VectorError("privateKey, signature and address go together")
    h = Attempt(lambda: mr.hash_typed_data(doc))
    f, done = outcome(h, "")
    if done:
        return f
    if (f := first(diff("digest", h.value["digest"], out["digest"]),
                   diff("domainSeparator", h.value["domainSeparator"], out["domainSeparator"]),
                   diff("messageHash", h.value["messageHash"], out["messageHash"]))):
        return f
    enc_types = out.get("encodeType") or {}
    type_hashes = out.get("typeHash") or {}
    for name in sorted(enc_types):
        if name not in type_hashes:
            raise VectorError(f'expect: encodeType "{name}" without typeHash')
        th = Attempt(lambda: mr.keccak256(enc_types[name].encode()))
        f, done = outcome(th, "")
        if done:
            return f
        if (f := diff(f"typeHash({name})", th.value, type_hashes[name])):
            return f
    if out.get("encodedData"):
        mh = Attempt(lambda: mr.keccak256(hexb("encodedData", out["encodedData"])))
        f, done = outcome(mh, "")
        if done:
            return f
        if (f := diff("keccak256(encodedData)", mh.value, out["messageHash"])):
            return f
    if not inp.get("privateKey"):
        return ""
    s = Attempt(lambda: mr.sign_typed_data(hexb("privateKey", inp["privateKey"]), doc))
    f, done = outcome(s, "")
    if done:
        return "sign: " + f
    if (f := first(diff("sign digest", s.value["digest"], out["digest"]), diff("signature", s.value["signature"], out["signature"]))):
        return f
    a = Attempt(lambda: mr.recover(h.value["digest"], s.value["signature"]))
    f, done = outcome(a, "")
    return "recover: " + f if done else diff("signer", a.value, out["address"])


def _sign_object(mr, typ: str, inp: dict, out: dict) -> str:  # type: ignore[no-untyped-def]
    o = out.get
    need(o("error", ""), o("digest", ""), o("signature", ""), o("wire", ""))
    priv = hexb("privateKey", inp.get("privateKey"))
    chain = inp.get("chainId", "")
    if typ == "voucher_sign":
        v = strict_keys(inp.get("voucher"), ["channelId", "cumulativeAmount"], "input.voucher")
        contract = inp.get("contract", "")
        fields = dict(channel_id=v.get("channelId", ""), cumulative_amount=v.get("cumulativeAmount", ""), chain_id=chain,
                      verifying_contract=contract)
        digest, sign = mr.voucher_digest, mr.sign_voucher

        def verify(s: Any, who: str) -> Any:
            return mr.verify_voucher(s, sender=who, chain_id=chain, verifying_contract=contract)
    else:
        r = strict_keys(inp.get("receipt"), ["requestDigest", "channelId", "cumulativeAmount", "resultHash"], "input.receipt")
        reg = inp.get("registry", "")
        fields = dict(request_digest=r.get("requestDigest", ""), channel_id=r.get("channelId", ""),
                      cumulative_amount=r.get("cumulativeAmount", ""), result_hash=r.get("resultHash", ""),
                      chain_id=chain, verifying_contract=reg)
        digest, sign = mr.receipt_digest, mr.sign_receipt

        def verify(s: Any, who: str) -> Any:
            return mr.verify_receipt(s, recipient=who, chain_id=chain, verifying_contract=reg)
    d = Attempt(lambda: digest(**fields))
    f, done = outcome(d, o("error", ""))
    if done:
        return f
    s = Attempt(lambda: sign(priv, **fields))
    f, done = outcome(s, "")
    if done:
        return "sign: " + f
    if (f := first(diff("digest", d.value, o("digest")), diff("signature", s.value["signature"], o("signature")),
                   diff("wire", _wire(s.value), o("wire")))):
        return f
    who = Attempt(lambda: mr.address_of(priv))
    f, done = outcome(who, "")
    if done:
        return f
    return outcome(Attempt(lambda: verify(s.value, who.value)), "")[0]


def _replay(mr, inp: dict, out: dict) -> str:  # type: ignore[no-untyped-def]
    steps = inp.get("steps") or []
    results = out.get("results")
    if not isinstance(results, list) or len(results) != len(steps) or not steps:
        raise VectorError("expect: one result per step")
    g = Attempt(lambda: mr.replay_guard(capacity=inp.get("capacity", 0), past_seconds=inp.get("pastSeconds", ""),
                                        future_seconds=inp.get("futureSeconds", "")))
    f, done = outcome(g, "")
    if done:
        return "new guard: " + f
    guard = g.value
    failure = ""
    try:
        for i, st in enumerate(steps):
            st = strict_keys(st, ["sender", "nonce", "timestamp", "now"], f"input.steps[{i}]")
            want = "" if results[i] == "ok" else results[i]
            f, _ = outcome(Attempt(lambda: guard.use(st.get("sender", ""), st.get("nonce", ""), st.get("timestamp", ""),
                                                     st.get("now", ""))), want)
            if f:
                failure = f"step {i}: {f}"
                return failure
        n = Attempt(lambda: len(guard))
        f, done = outcome(n, "")
        if done:
            failure = "len: " + f
            return failure
        if n.value != out.get("len", 0):
            failure = f"len: got {n.value}, want {out.get('len', 0)}"
        return failure
    finally:
        c = Attempt(guard.close)
        if c.code and not failure:
            failure = "close: " + c.code


def run_files(mr, files: list[tuple[str, str]]) -> tuple[int, int, list[str]]:  # type: ignore[no-untyped-def]
    """Run (name, text) vector files; returns (passed, failed, failures)."""
    if not files:
        raise VectorError("no *.json vector files")
    passed, failures = 0, []
    seen: dict[str, str] = {}
    for name, text in sorted(files):
        try:
            f = strict_keys(json.loads(text), ["format", "family", "description", "license", "sources", "vectors"], name)
        except ValueError as e:
            raise VectorError(f"{name}: {e}") from e
        if f.get("format") != FORMAT:
            raise VectorError(f'{name}: format "{f.get("format")}", want "{FORMAT}"')
        if not f.get("family") or not isinstance(f.get("sources"), list) or not isinstance(f.get("vectors"), list):
            raise VectorError(f"{name}: family, sources and vectors are required")
        for i, v in enumerate(f["vectors"]):
            where = f"{name}: vector {i}"
            strict_keys(v, ["id", "type", "source", "flags", "comment", "input", "expect"], where)
            if not v.get("id") or not v.get("type") or not v.get("source") or not isinstance(v.get("flags"), list) \
                    or "input" not in v or "expect" not in v:
                raise VectorError(f"{where}: id, type, source, flags, input and expect are required")
            if v["id"] in seen:
                raise VectorError(f'{name}: duplicate id "{v["id"]}" (also in {seen[v["id"]]})')
            seen[v["id"]] = name
            t = TYPES.get(v["type"])
            if t is None:
                raise VectorError(f'{name}: {v["id"]}: unknown vector type "{v["type"]}"')
            strict_keys(v["input"], t[0], f'{name}: {v["id"]}: input')
            strict_keys(v["expect"], t[1], f'{name}: {v["id"]}: expect')
            failure = run_vector(mr, v["type"], v["input"], v["expect"])
            if failure:
                failures.append(f'{name}: {v["id"]}: {failure}')
            else:
                passed += 1
    return passed, len(failures), failures


def run_dir(mr, directory: Path) -> tuple[int, int, list[str]]:  # type: ignore[no-untyped-def]
    files = [(p.name, p.read_text(encoding="utf-8", errors="surrogateescape")) for p in sorted(directory.glob("*.json"))]
    return run_files(mr, files)


def main(argv: Optional[list[str]] = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    directory = Path(args[0]) if args else Path(__file__).resolve().parents[3] / "testvectors"
    from agent_mailroom import Core

    passed, failed, failures = run_dir(Core(), directory)
    for f in failures:
        print(f, file=sys.stderr)
    print(f"python vectors: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
