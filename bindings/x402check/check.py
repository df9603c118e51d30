"""Validates captured mailroom x402 headers with the x402 reference
implementation for Python (PyPI x402: its header decoders and pydantic
models). Usage: python check.py capture.json (see check.mjs)."""
import json
import sys
from urllib.parse import urlparse

from x402.http.utils import (
    decode_payment_required_header,
    decode_payment_response_header,
    decode_payment_signature_header,
)
from x402.schemas.payments import PaymentPayload, PaymentRequired


def absolute(u: str) -> bool:
    p = urlparse(u)
    return p.scheme in ("http", "https") and bool(p.netloc)


def payment_required(v: str) -> None:
    p = decode_payment_required_header(v)
    if not isinstance(p, PaymentRequired) or p.resource is None or not absolute(p.resource.url):
        raise ValueError("not a v2 PaymentRequired with an absolute resource.url")


def payment_signature(v: str) -> None:
    p = decode_payment_signature_header(v)
    if not isinstance(p, PaymentPayload) or p.resource is None or not absolute(p.resource.url):
        raise ValueError("not a v2 PaymentPayload with an absolute resource.url")


def payment_response(v: str) -> None:
    s = decode_payment_response_header(v)
    if ":" not in s.network:
        raise ValueError("network is not CAIP-2")


CHECK = {"PAYMENT-REQUIRED": payment_required, "PAYMENT-SIGNATURE": payment_signature, "PAYMENT-RESPONSE": payment_response}


def main() -> int:
    cap = json.load(open(sys.argv[1]))
    passed = failed = 0
    for c in cap["valid"]:
        try:
            CHECK[c["header"]](c["value"])
            passed += 1
        except Exception as e:  # noqa: BLE001 - any refusal is a failure here
            failed += 1
            print(f"FAIL {c['name']} ({c['header']}): {e}", file=sys.stderr)
    for c in cap["invalid"]:
        try:
            CHECK[c["header"]](c["value"])
            failed += 1
            print(f"FAIL {c['name']} ({c['header']}): accepted, want refused", file=sys.stderr)
        except Exception:  # noqa: BLE001
            passed += 1
    print(f"x402 python: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
