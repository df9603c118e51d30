"""The Python side of the sign-in-X / verify-in-Y matrix
(bindings/js/tools/matrix.mjs drives it). Reads one JSON job on stdin:

  {"op": "sign", "specs": [...]}    -> [wire object, ...]
  {"op": "verify", "items": [...]}  -> [{"ok": true} | {"code": "<kind>"}, ...]
"""

from __future__ import annotations

import json
import sys
from typing import Any

from agent_mailroom import Core, MailroomError


def sign(mr: Core, s: dict) -> Any:
    if s["kind"] == "envelope":
        return mr.sign_envelope(s["key"], sender=mr.address_of(s["key"]), recipient=s["to"], payload_hash=s["payloadHash"],
                                timestamp=s["timestamp"], nonce=s["nonce"], chain_id=s["chainId"],
                                verifying_contract=s["registry"])
    return mr.sign_voucher(s["key"], channel_id=s["channelId"], cumulative_amount=s["amount"], chain_id=s["chainId"],
                           verifying_contract=s["contract"])


def verify(mr: Core, it: dict) -> dict:
    try:
        if it["kind"] == "envelope":
            mr.verify_envelope(it["wire"])
        else:
            mr.verify_voucher(it["wire"], sender=it["sender"], chain_id=it["chainId"], verifying_contract=it["contract"])
        return {"ok": True}
    except MailroomError as e:
        return {"code": e.code}


def main() -> int:
    job = json.load(sys.stdin)
    mr = Core()
    if job["op"] == "sign":
        out = [sign(mr, s) for s in job["specs"]]
    else:
        out = [verify(mr, it) for it in job["items"]]
    json.dump(out, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
