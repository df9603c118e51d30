"""Cross-checks against eth-account: the same typed-data digests, the same
RFC 6979 signatures byte for byte, the same recovered addresses; and the
core's stricter refusals with their error codes."""

from __future__ import annotations

import copy
import json

import pytest
from eth_account import Account
from eth_account.messages import _hash_eip191_message, encode_typed_data
from eth_utils import keccak, to_checksum_address

from agent_mailroom import Core, MailroomError

N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
REGISTRY = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
CHANNEL = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"


def keys(n: int, seed: str) -> list[bytes]:
    out, h = [], keccak(text=seed)
    while len(out) < n:
        h = keccak(h)
        if 0 < int.from_bytes(h, "big") < N:
            out.append(h)
    return out


def test_keccak_and_addresses(mr: Core) -> None:
    for data in [b"", b"a", bytes(range(256)) * 3]:
        assert mr.keccak256(data) == "0x" + keccak(data).hex()
    for k in keys(6, "addr"):
        acct = Account.from_key(k)
        assert mr.address_of(k) == acct.address
        assert mr.get_address(acct.address.lower()) == acct.address
        assert mr.parse_did(mr.to_did(acct.address)) == acct.address


def test_sign_equals_unsafe_sign_hash_and_recovers(mr: Core) -> None:
    for i, k in enumerate(keys(12, "sign")):
        digest = keccak(text=f"digest {i}")
        want = Account.unsafe_sign_hash(digest, k).signature
        got = mr.sign(k, digest)
        assert got == "0x" + bytes(want).hex()
        assert mr.recover(digest, got) == Account._recover_hash(digest, signature=want)


@pytest.mark.parametrize("name", ["mail", "kitchenSink"])
def test_typed_data_matches_eth_account(mr: Core, fixtures: dict, name: str) -> None:
    td = fixtures[name]
    msg = encode_typed_data(full_message=copy.deepcopy(td))
    digest = "0x" + _hash_eip191_message(msg).hex()
    h = mr.hash_typed_data(td)
    assert h["digest"] == digest
    assert h["domainSeparator"] == "0x" + bytes(msg.header).hex()
    assert h["messageHash"] == "0x" + bytes(msg.body).hex()
    assert mr.hash_typed_data(json.dumps(td)) == h
    (k,) = keys(1, "typed")
    want = Account.sign_message(msg, k).signature
    signed = mr.sign_typed_data(k, td)
    assert signed["signature"] == "0x" + bytes(want).hex()
    assert signed["digest"] == digest
    rec = mr.recover_typed_data(td, signed["signature"])
    assert rec["address"] == Account.recover_message(msg, signature=want) == Account.from_key(k).address
    if name == "mail":
        assert digest == fixtures["mailDigest"]


def test_protocol_objects_match_eth_account(mr: Core) -> None:
    ka, kb = keys(2, "protocol")
    alice, bob = Account.from_key(ka), Account.from_key(kb)
    req_domain = {"name": "AgentMailroomRequest", "version": "1", "chainId": 31337, "verifyingContract": REGISTRY}
    env_types = {"AgentRequest": [
        {"name": "sender", "type": "address"}, {"name": "recipient", "type": "address"},
        {"name": "payloadHash", "type": "bytes32"}, {"name": "timestamp", "type": "uint256"},
        {"name": "nonce", "type": "uint256"}]}
    body = b'{"task":"audit"}'
    ph = mr.payload_hash(body)
    assert ph == "0x" + keccak(body).hex()
    env_msg = {"sender": alice.address, "recipient": bob.address, "payloadHash": ph, "timestamp": 1700000000, "nonce": 7}
    signable = encode_typed_data(req_domain, env_types, env_msg)
    env_digest = "0x" + _hash_eip191_message(signable).hex()
    fields = dict(sender=alice.address, recipient=bob.address, payload_hash=ph, timestamp=1700000000, nonce=7,
                  chain_id=31337, verifying_contract=REGISTRY)
    assert mr.envelope_digest(**fields) == env_digest
    signed = mr.sign_envelope(ka, **fields)
    assert signed["signature"] == "0x" + bytes(Account.sign_message(signable, ka).signature).hex()
    assert mr.verify_envelope(signed) == {"digest": env_digest}
    assert mr.verify_envelope(json.dumps(signed)) == {"digest": env_digest}
    with pytest.raises(MailroomError) as ei:
        mr.verify_envelope({**signed, "nonce": "8"})
    assert ei.value.code == "signer_mismatch"
    with pytest.raises(MailroomError) as ei:
        mr.sign_envelope(kb, **fields)
    assert ei.value.code == "signer_mismatch"

    pay_domain = {"name": "AgentPaymentChannel", "version": "1", "chainId": 31337, "verifyingContract": CHANNEL}
    v_types = {"Voucher": [{"name": "channelId", "type": "bytes32"}, {"name": "cumulativeAmount", "type": "uint256"}]}
    cid = keccak(text="channel")
    amount = 10**16
    vs = encode_typed_data(pay_domain, v_types, {"channelId": cid, "cumulativeAmount": amount})
    v_digest = "0x" + _hash_eip191_message(vs).hex()
    assert mr.voucher_digest(channel_id=cid, cumulative_amount=amount, chain_id=31337, verifying_contract=CHANNEL) == v_digest
    sv = mr.sign_voucher(ka, channel_id=cid, cumulative_amount=amount, chain_id=31337, verifying_contract=CHANNEL)
    assert sv == {"channelId": "0x" + cid.hex(), "cumulativeAmount": str(amount),
                  "signature": "0x" + bytes(Account.sign_message(vs, ka).signature).hex()}
    assert mr.verify_voucher(sv, sender=alice.address, chain_id=31337, verifying_contract=CHANNEL) == {"digest": v_digest}
    with pytest.raises(MailroomError) as ei:
        mr.verify_voucher(sv, sender=bob.address, chain_id=31337, verifying_contract=CHANNEL)
    assert ei.value.code == "signer_mismatch"

    r_types = {"Receipt": [
        {"name": "requestDigest", "type": "bytes32"}, {"name": "channelId", "type": "bytes32"},
        {"name": "cumulativeAmount", "type": "uint256"}, {"name": "resultHash", "type": "bytes32"}]}
    rh = keccak(text="result")
    rmsg = {"requestDigest": bytes.fromhex(env_digest[2:]), "channelId": cid, "cumulativeAmount": amount, "resultHash": rh}
    rs = encode_typed_data(req_domain, r_types, rmsg)
    r_digest = "0x" + _hash_eip191_message(rs).hex()
    rf = dict(request_digest=env_digest, channel_id=cid, cumulative_amount=amount, result_hash=rh, chain_id=31337,
              verifying_contract=REGISTRY)
    assert mr.receipt_digest(**rf) == r_digest
    sr = mr.sign_receipt(kb, **rf)
    assert sr["signature"] == "0x" + bytes(Account.sign_message(rs, kb).signature).hex()
    assert mr.verify_receipt(sr, recipient=bob.address, chain_id=31337, verifying_contract=REGISTRY) == {"digest": r_digest}


def code_of(fn, *args, **kw) -> str:
    with pytest.raises(MailroomError) as ei:
        fn(*args, **kw)
    return ei.value.code


def test_negative_cases(mr: Core) -> None:
    (k,) = keys(1, "neg")
    digest = keccak(text="negative")
    sig = bytes.fromhex(mr.sign(k, digest)[2:])
    r, s, v = sig[:32], int.from_bytes(sig[32:64], "big"), sig[64]
    high = r + (N - s).to_bytes(32, "big") + bytes([55 - v])
    # eth-account (eth-keys) recovers the malleated signature; the core enforces EIP-2.
    assert code_of(mr.recover, digest, high) == "signature_high_s"
    for bad_v in (2, 26, 29, 255):
        assert code_of(mr.recover, digest, sig[:64] + bytes([bad_v])) == "invalid_recovery_id"
    assert mr.recover(digest, sig[:64] + bytes([v - 27])) == Account.from_key(k).address
    assert code_of(mr.recover, digest, bytes(32) + sig[32:]) == "signature_out_of_range"
    assert code_of(mr.recover, digest, N.to_bytes(32, "big") + sig[32:]) == "signature_out_of_range"
    assert code_of(mr.recover, digest, sig[:64]) == "invalid_signature"
    assert code_of(mr.recover, digest[:31], sig) == "invalid_digest"
    assert code_of(mr.recover, digest, "0xzz") == "invalid_hex"
    addr = Account.from_key(k).address
    i = next(j for j, c in enumerate(addr) if j > 1 and c.isalpha())
    bad = addr[:i] + addr[i].swapcase() + addr[i + 1:]
    assert to_checksum_address(bad) != bad
    assert code_of(mr.get_address, bad) == "bad_checksum"
    assert code_of(mr.parse_did, "did:agent:eth:" + bad) == "bad_checksum"
    assert code_of(mr.parse_did, "did:web:" + addr) == "invalid_did"
    assert code_of(mr.address_of, bytes(32)) == "invalid_private_key"
    assert code_of(mr.address_of, N.to_bytes(32, "big")) == "invalid_private_key"


def test_typed_data_refusals(mr: Core, fixtures: dict) -> None:
    td = fixtures["mail"]
    assert code_of(mr.hash_typed_data, {**td, "message": {**td["message"], "extra": 1}}) == "extra_field"
    missing = {k: v for k, v in td["message"].items() if k != "contents"}
    assert code_of(mr.hash_typed_data, {**td, "message": missing}) == "missing_field"
    assert code_of(mr.hash_typed_data, {**td, "primaryType": "Nope"}) == "missing_primary_type"
    assert code_of(mr.hash_typed_data, '{"types":') == "invalid_json"
    ks = copy.deepcopy(fixtures["kitchenSink"])
    ks["message"]["tiny"] = 128
    assert code_of(mr.hash_typed_data, ks) == "integer_out_of_range"
    ks["message"]["tiny"] = 1.5
    assert code_of(mr.hash_typed_data, ks) == "invalid_integer"
    big = copy.deepcopy(fixtures["kitchenSink"])
    big["message"]["total"] = 2**256 - 1  # a Python int stays exact in the JSON
    assert mr.hash_typed_data(big) == mr.hash_typed_data(fixtures["kitchenSink"])


def test_generated_keys_differ(mr: Core) -> None:
    a, b = mr.generate_key(), mr.generate_key()
    assert a["privateKey"] != b["privateKey"]
    assert Account.from_key(a["privateKey"]).address == a["address"]


def test_accept_voucher_and_replay_guard(mr: Core) -> None:
    assert mr.accept_voucher(last_accepted=10, price=5, deposit="100", cumulative="0x0f") == 15
    assert code_of(mr.accept_voucher, last_accepted=10, price=5, deposit=100, cumulative=14) == "voucher_insufficient"
    assert code_of(mr.accept_voucher, last_accepted=10, price=5, deposit=100, cumulative=101) == "voucher_exceeds_deposit"
    who = Account.from_key(keys(1, "guard")[0]).address
    with mr.replay_guard(capacity=2) as g:
        g.use(who, 0, 1000, 1000)
        assert code_of(g.use, who, 0, 1000, 1001) == "nonce_replayed"
        assert code_of(g.use, who, 1, 600, 1000) == "timestamp_expired"
        assert code_of(g.use, who, 1, 1031, 1000) == "timestamp_future"
        g.use(who, 1, 1000, 1000)
        assert code_of(g.use, who, 2, 1000, 1000) == "replay_capacity"
        assert len(g) == 2
    assert code_of(len, g) == "invalid_input"


def test_errors_are_typed(mr: Core) -> None:
    with pytest.raises(MailroomError) as ei:
        mr.keccak256(12)  # type: ignore[arg-type]
    assert ei.value.code == "invalid_input"
    assert isinstance(ei.value, Exception)
