"""A paid Python API and an agent paying it, on a dev chain.

Bob puts his FastAPI app behind the mailroom gate (agent_mailroom.asgi) and
serves it with uvicorn; Alice's AgentMailroom pays him twice: the first
request learns his terms from a 402 and opens a channel, the second pays on
it. Each answer comes with Bob's receipt, which Alice verifies; Bob then
claims exactly what he served. Both keys are fresh, funded from dev account 0.

    mailroom node &          # writes deployments.json (or set MAILROOM_DEPLOYMENTS)
    python paid_api.py       # agent_mailroom, fastapi and uvicorn installed

$MAILROOM_RPC names another node (default http://127.0.0.1:8545).
"""

from __future__ import annotations

import os
import socket
import threading
import time

import uvicorn
from eth_account import Account
from fastapi import FastAPI, Request
from web3 import Web3

from agent_mailroom import AgentMailroom
from agent_mailroom.asgi import MailroomGate, MailroomMiddleware

DEV_ACCOUNT_0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"  # public dev key
RATE = 10**15  # 0.001 ether per task

w3 = Web3(Web3.HTTPProvider(os.environ.get("MAILROOM_RPC", "http://127.0.0.1:8545")))
deployments = os.environ.get("MAILROOM_DEPLOYMENTS") or ("deployments.json" if os.path.exists("deployments.json") else None)


def funded_key() -> str:
    acct, dev = Account.create(), Account.from_key(DEV_ACCOUNT_0)
    tx = {"to": acct.address, "value": w3.to_wei(1, "ether"), "gas": 21000, "gasPrice": w3.eth.gas_price,
          "nonce": w3.eth.get_transaction_count(dev.address, "pending"), "chainId": w3.eth.chain_id}
    w3.eth.wait_for_transaction_receipt(w3.eth.send_raw_transaction(dev.sign_transaction(tx).raw_transaction))
    return "0x" + bytes(acct.key).hex()


with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
bob_key, alice_key = funded_key(), funded_key()
store = f"bob-{port}.sqlite"

# --- Bob: his API, gated, registered at its URL with his rate.
app = FastAPI()


@app.post("/task")
async def task(request: Request) -> dict[str, object]:
    return {"answer": f"Bob did {(await request.json())['task']!r}"}


gate = MailroomGate(private_key=bob_key, w3=w3, price_wei=RATE, store=store, deployments=deployments)
app.add_middleware(MailroomMiddleware, gate=gate, paths=["/task"])
bob = AgentMailroom(agent_private_key=bob_key, w3=w3, deployments=deployments, store=f"bob-agent-{port}.sqlite")
bob.registry.register_agent(endpoint=f"http://127.0.0.1:{port}/task", capabilities=["contract-audit"], rate_per_task_wei=RATE)
server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
threading.Thread(target=server.run, daemon=True).start()
while not server.started:
    time.sleep(0.05)
print(f"Bob   {bob.did} serves http://127.0.0.1:{port}/task at {RATE} wei")

# --- Alice: registered (a mailroom serves registered senders), pays twice.
alice = AgentMailroom(agent_private_key=alice_key, w3=w3, deployments=deployments, store=f"alice-{port}.sqlite")
alice.registry.register_agent(capabilities=["client"])
for job in ("contract-audit", "summary"):
    r = alice.request(bob.did, {"task": job})
    assert r.receipt is not None
    print(f"Alice {r.status_code} {r.json()['answer']!r}: receipt for {r.receipt['cumulativeAmount']} wei verified")

# --- Bob claims what he served.
for res in gate.settle():
    print(f"Bob claimed {res.amount} wei on channel {res.channel_id[:10]}…")
server.should_exit = True
for f in (store, f"bob-agent-{port}.sqlite", f"alice-{port}.sqlite"):
    for suffix in ("", "-wal", "-shm", ".lock", ".wlock"):
        if os.path.exists(f + suffix):
            os.remove(f + suffix)
