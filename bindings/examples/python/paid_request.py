"""One paid request between two agents, both sides in this process, with
agent_mailroom: the sender's and the recipient's protocol machines
(core/client and core/recipient inside mailroom.wasm, the very code that
`mailroom send` and `mailroom serve` run).

Alice signs the next voucher on her channel to Bob and the envelope of a
POST to his endpoint: the two headers of a paid request. Bob's machine
decides on the request (signatures, payload hash, nonce window, price,
deposit) from what his host would read from the chain, given here as a
snapshot (Alice is registered, her channel holds 0.1 ether); after his task
it signs the receipt, which Alice verifies. A tampered body is refused. No
chain, no network: this is the protocol alone.

    python paid_request.py      (agent_mailroom installed; make test-examples runs it)
"""

import base64
import json
import time
from urllib.parse import urlsplit

from agent_mailroom import Core

mr = Core()
ops = mr.ops


def data(s: str) -> str:
    return "0x" + s.encode().hex()


def check(ok: bool, what: str) -> None:
    if not ok:
        raise SystemExit(f"example failed: {what}")


# The chain both agree on: mailroom node's chain id and contract addresses.
chain = {
    "chainId": 31337,
    "registry": "0x5FbDB2315678afecb367f032d93F642f64180aa3",
    "channelContract": "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
}
alice, bob = mr.generate_key(), mr.generate_key()
price = 10**15  # 0.001 ether per task
url = "http://127.0.0.1:8402/task"
body = '{"task":"hi"}'
now = int(time.time())
print(f"Alice {mr.to_did(alice['address'])}\nBob   {mr.to_did(bob['address'])}")

# --- Alice: a channel to Bob (opened on chain in real life; its id is made up here).
alice_config = {"privateKey": alice["privateKey"], **chain}
terms = {"price": str(price)}  # what Bob's 402 said (ops.client_learn_terms reads it)
state = {
    "recipient": bob["address"], "channelId": mr.keccak256(b"an example channel"),
    "deposit": str(10**17), "cumulative": "0", "withdrawDelay": "3600",
}
plan = ops.client_plan({"config": alice_config, "state": state, "terms": terms})
check(plan["need"] == "pay", f"plan {plan}")
signed = ops.client_sign({"config": alice_config, "state": state, "cumulativeAmount": plan["voucher"]})
state, voucher = signed["state"], signed["voucher"]  # a real host persists state before the voucher leaves
envelope = ops.client_envelope({"config": alice_config, "recipient": bob["address"], "url": url,
                                "payload": data(body), "nonce": 0, "now": now})
headers = {
    "Agent-Envelope": base64.b64encode(json.dumps(envelope, separators=(",", ":")).encode()).decode(),
    "PAYMENT-SIGNATURE": ops.client_payment({"config": alice_config, "url": url, "recipient": bob["address"],
                                             "terms": terms, "voucher": voucher}),
}
print(f"Alice signs: envelope nonce {envelope['nonce']}, voucher of {voucher['cumulativeAmount']} wei")

# --- Bob: the request as his HTTP server received it.
bob_config = {"privateKey": bob["privateKey"], **chain, "price": str(price), "minWithdrawDelay": 3600}
request = {"method": "POST", "target": urlsplit(url).path, "body": data(body),
           "envelope": headers["Agent-Envelope"], "payment": headers["PAYMENT-SIGNATURE"]}
look = ops.recipient_inspect({"request": request})  # whom and what to look up
snapshot = {
    "sender": {"registered": True, "active": True},  # AgentRegistry: Alice's record
    "channel": {  # AgentPaymentChannel: the channel the voucher names
        "sender": look["sender"], "recipient": bob["address"], "deposit": state["deposit"], "claimed": "0",
        "withdrawDelay": "3600", "closeRequestedAt": "0", "open": True,
        "token": "0x0000000000000000000000000000000000000000",  # the channel's asset: the zero address is ETH
    },
    "flags": {},  # Bob's store: nothing yet on this channel or nonce
}
decision = ops.recipient_decide({"config": bob_config, "request": request, "now": now, "resourceUrl": url,
                                 "snapshot": snapshot})
check(decision["action"] == "accept", f"decision {decision}")
print(f"Bob accepts {decision['served']['cumulativeAmount']} wei from {look['sender']} and runs the task")
done = ops.recipient_complete({
    "config": bob_config, "served": decision["served"], "own": decision["next"],
    "task": {"status": 200, "header": {"Content-Type": "application/json"}, "body": data('{"answer":"hello from Bob"}')},
})

# --- Alice: the answer is paid for only if Bob's receipt covers it.
receipt = ops.client_verify_receipt({
    "config": alice_config, "recipient": bob["address"], "paymentResponse": done["response"]["header"]["PAYMENT-RESPONSE"],
    "body": done["response"]["body"], "envelope": envelope, "voucher": voucher,
})
check(receipt["cumulativeAmount"] == str(price), f"receipt {receipt}")
print(f"Alice verifies Bob's receipt: {receipt['cumulativeAmount']} wei on channel {receipt['channelId'][:10]}…")

# --- The same headers on another body: the envelope's payload hash does not match.
tampered = ops.recipient_decide({"config": bob_config, "request": {**request, "body": data('{"task":"steal"}')},
                                 "now": now, "resourceUrl": url, "snapshot": snapshot})
check(tampered["action"] != "accept" and tampered.get("code"), f"tampered body: {tampered}")
print(f"A tampered body is refused: HTTP {tampered['response']['status']} {tampered['code']}")
