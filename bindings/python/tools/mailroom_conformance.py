"""Runner for EIP-712 conformance cases (testvectors/conformance/README.md).

Usage: python tools/mailroom_conformance.py DIR [--verbose]
Prints exactly ``python: N passed, M failed``; exits 1 on a failure.

The typedData value goes to the guest as the exact bytes of the file (like
the Go runner's json.RawMessage): re-serialising would change integer
literals, drop duplicate keys and hide invalid UTF-8.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Optional

MAX_CASE_SIZE = 8 << 20
_WS = b" \t\n\r"


def _skip_ws(b: bytes, i: int) -> int:
    while i < len(b) and b[i] in _WS:
        i += 1
    return i


def _skip_string(b: bytes, i: int) -> int:
    i += 1
    while i < len(b):
        c = b[i]
        if c == 0x5C:
            i += 2
            continue
        if c == 0x22:
            return i + 1
        i += 1
    raise ValueError("unterminated string")


def _skip_value(b: bytes, i: int) -> int:
    c = b[i]
    if c == 0x22:
        return _skip_string(b, i)
    if c in (0x7B, 0x5B):
        depth = 0
        while i < len(b):
            x = b[i]
            if x == 0x22:
                i = _skip_string(b, i)
                continue
            if x in (0x7B, 0x5B):
                depth += 1
            elif x in (0x7D, 0x5D):
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        raise ValueError("unterminated value")
    while i < len(b) and b[i] not in _WS and b[i] not in b",}]":
        i += 1
    return i


def raw_members(b: bytes) -> dict[str, bytes]:
    """Raw bytes of each top-level member of a JSON object (last key wins)."""
    out: dict[str, bytes] = {}
    i = _skip_ws(b, 0)
    if i >= len(b) or b[i] != 0x7B:
        raise ValueError("not a JSON object")
    i = _skip_ws(b, i + 1)
    if i < len(b) and b[i] == 0x7D:
        return out
    while True:
        ks = i
        i = _skip_string(b, i)
        key = json.loads(b[ks:i].decode("utf-8", "replace"))
        i = _skip_ws(b, i)
        if b[i] != 0x3A:
            raise ValueError("expected :")
        i = _skip_ws(b, i + 1)
        vs = i
        i = _skip_value(b, i)
        out[key] = b[vs:i]
        i = _skip_ws(b, i)
        if b[i] == 0x2C:
            i = _skip_ws(b, i + 1)
            continue
        if b[i] == 0x7D:
            return out
        raise ValueError("expected , or }")


def run_case(mr, data: bytes) -> str:  # type: ignore[no-untyped-def]
    """'' when the binding passes the case, else why not."""
    from agent_mailroom import MailroomError

    if len(data) > MAX_CASE_SIZE:
        return f"larger than {MAX_CASE_SIZE} bytes"
    try:
        obj = json.loads(data.decode("utf-8", "replace"))
    except ValueError as e:
        return f"not a JSON object: {e}"
    if not isinstance(obj, dict):
        return "not a JSON object"
    try:
        raw = raw_members(data)
    except (ValueError, IndexError) as e:
        return f"not a JSON object: {e}"
    if "typedData" not in raw:
        return "no typedData"
    negative = "invalid" in raw
    allowed = {"typedData", "invalid"} if negative else {"typedData", "digest", "signature", "signer"}
    for k in sorted(raw):
        if k not in allowed:
            if negative and k in ("digest", "signature", "signer"):
                return f'negative case (has invalid) also has "{k}"'
            return f'unknown key "{k}"'
    if negative:
        if not isinstance(obj.get("invalid"), str):
            return "invalid must be a string"
    else:
        for k in ("digest", "signature", "signer"):
            if k not in obj:
                return f"positive case without {k}"
            if not isinstance(obj[k], str):
                return f"{k} must be a string"
        if not re.fullmatch(r"0x[0-9a-fA-F]{64}", obj["digest"]):
            return "digest: not 32 bytes of 0x-hex"
        if not re.fullmatch(r"0x(?:[0-9a-fA-F]{2})*", obj["signature"]):
            return "signature: not 0x-hex"
        try:
            signer = mr.get_address(obj["signer"])
        except MailroomError as e:
            return f"signer: {e}"
    try:
        h = mr.hash_typed_data(raw["typedData"])
    except MailroomError as e:
        return "" if negative else f"refused valid typed data: {e}"
    if negative:
        return f"accepted invalid typed data ({obj['invalid']}): digest {h['digest']}"
    if h["digest"] != obj["digest"].lower():
        return f"digest {h['digest']}, want {obj['digest']}"
    try:
        got = mr.recover(h["digest"], obj["signature"])
    except MailroomError as e:
        return f"recovering the signature: {e}"
    return "" if got == signer else f"signature recovers to {got}, want {signer}"


def run_dir(mr, directory: Path) -> tuple[int, int, list[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    names = sorted(p.name for p in directory.iterdir() if p.is_file() and p.name.endswith(".json"))
    if not names:
        raise FileNotFoundError(f"no *.json case in {directory}")
    passed, failures = 0, []
    for name in names:
        try:
            data = (directory / name).read_bytes()
        except OSError as e:
            failures.append((name, f"unreadable: {e}"))
            continue
        why = run_case(mr, data)
        if why:
            failures.append((name, why))
        else:
            passed += 1
    return passed, len(failures), failures


def main(argv: Optional[list[str]] = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    verbose = "--verbose" in args
    dirs = [a for a in args if not a.startswith("--")]
    if len(dirs) != 1:
        print("usage: mailroom_conformance.py DIR [--verbose]", file=sys.stderr)
        return 2
    from agent_mailroom import Core

    try:
        passed, failed, failures = run_dir(Core(), Path(dirs[0]))
    except OSError as e:
        print(f"python: {e}", file=sys.stderr)
        return 2
    if verbose:
        for name, why in failures:
            print(f"python: {name}: {why}", file=sys.stderr)
    print(f"python: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
