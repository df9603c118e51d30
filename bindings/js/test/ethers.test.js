// Cross-checks against ethers v6: the same digests, the same RFC 6979
// signatures byte for byte, the same recovered addresses, and the core's
// stricter refusals with their error codes.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { ethers } from 'ethers';
import * as mr from '../src/index.js';
import { documents, ethersArgs, mailDigest } from './fixtures.js';

const N = ethers.N;

before(() => mr.init());

// A fixed pseudo-random stream, so failures reproduce.
function* stream(seed) {
  let h = ethers.id(seed);
  for (;;) {
    h = ethers.keccak256(h);
    yield h;
  }
}

function keys(n, seed = 'keys') {
  const out = [];
  const s = stream(seed);
  while (out.length < n) {
    const k = s.next().value;
    if (BigInt(k) > 0n && BigInt(k) < N) out.push(k);
  }
  return out;
}

test('keccak256 equals ethers.keccak256', () => {
  const s = stream('keccak');
  for (const len of [0, 1, 31, 32, 135, 136, 137, 1000]) {
    const data = ethers.getBytes(ethers.concat(Array.from({ length: Math.ceil(len / 32) + 1 }, () => s.next().value))).slice(0, len);
    assert.equal(mr.keccak256(data), ethers.keccak256(data));
    assert.equal(mr.keccak256(ethers.hexlify(data)), ethers.keccak256(data));
  }
});

test('addresses, checksums and DIDs agree with ethers', () => {
  for (const k of keys(8)) {
    const addr = new ethers.Wallet(k).address;
    assert.equal(mr.addressOf(k), addr);
    assert.equal(mr.getAddress(addr.toLowerCase()), addr);
    assert.equal(mr.getAddress('0x' + addr.slice(2).toUpperCase()), addr);
    assert.equal(mr.toDID(addr), `did:agent:eth:${addr}`);
    assert.equal(mr.parseDID(`did:agent:eth:${addr.toLowerCase()}`), addr);
  }
});

test('sign gives the bytes of ethers SigningKey.sign (RFC 6979) and recovers like ethers', () => {
  const ks = keys(16, 'sign');
  const ds = stream('digests');
  for (const k of ks) {
    const digest = ds.next().value;
    const want = new ethers.SigningKey(k).sign(digest).serialized;
    const got = mr.sign(k, digest);
    assert.equal(got, want);
    assert.equal(mr.recover(digest, got), ethers.recoverAddress(digest, want));
    assert.equal(mr.recover(ethers.getBytes(digest), ethers.getBytes(got)), new ethers.Wallet(k).address);
  }
});

test('v in {0,1} is accepted like {27,28}', () => {
  const [k] = keys(1, 'v01');
  const digest = ethers.id('v01');
  const sig = ethers.Signature.from(mr.sign(k, digest));
  const raw = ethers.concat([sig.r, sig.s, ethers.toBeHex(sig.v - 27, 1)]);
  assert.equal(mr.recover(digest, raw), new ethers.Wallet(k).address);
});

test('typed-data digests equal TypedDataEncoder.hash; signatures equal Wallet.signTypedData', async () => {
  const [k] = keys(1, 'typed');
  const wallet = new ethers.Wallet(k);
  for (const [name, td] of Object.entries(documents)) {
    const h = mr.hashTypedData(td);
    const args = ethersArgs(td);
    assert.equal(h.digest, ethers.TypedDataEncoder.hash(...args), name);
    assert.equal(h.domainSeparator, ethers.TypedDataEncoder.hashDomain(td.domain), name);
    assert.equal(h.messageHash, ethers.TypedDataEncoder.from(args[1]).hash(td.message), name);
    assert.deepEqual(mr.hashTypedData(JSON.stringify(td)), h, name);
    const signed = mr.signTypedData(k, td);
    assert.equal(signed.signature, await wallet.signTypedData(...args), name);
    assert.equal(signed.digest, h.digest);
    const rec = mr.recoverTypedData(td, signed.signature);
    assert.equal(rec.address, ethers.verifyTypedData(...args, signed.signature), name);
    assert.equal(rec.address, wallet.address);
  }
  assert.equal(mr.hashTypedData(documents.mail).digest, mailDigest);
});

test('typed data with bigint values is serialised exactly', () => {
  const td = structuredClone(documents.kitchenSink);
  td.message.total = 2n ** 256n - 1n;
  assert.equal(mr.hashTypedData(td).digest, mr.hashTypedData(documents.kitchenSink).digest);
});

const registry = '0x5FbDB2315678afecb367f032d93F642f64180aa3';
const channel = '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512';

test('envelope, voucher and receipt digests and signatures equal ethers', async () => {
  const [ka, kb] = keys(2, 'protocol');
  const alice = new ethers.Wallet(ka);
  const bob = new ethers.Wallet(kb);
  const reqDomain = { name: 'AgentMailroomRequest', version: '1', chainId: 31337, verifyingContract: registry };
  const env = {
    sender: alice.address, recipient: bob.address, payloadHash: ethers.keccak256(ethers.toUtf8Bytes('{"task":"audit"}')),
    timestamp: 1700000000, nonce: 7, chainId: 31337, verifyingContract: registry,
  };
  const envTypes = { AgentRequest: [
    { name: 'sender', type: 'address' }, { name: 'recipient', type: 'address' }, { name: 'payloadHash', type: 'bytes32' },
    { name: 'timestamp', type: 'uint256' }, { name: 'nonce', type: 'uint256' }] };
  const envMsg = { sender: env.sender, recipient: env.recipient, payloadHash: env.payloadHash, timestamp: env.timestamp, nonce: env.nonce };
  assert.equal(mr.payloadHash('{"task":"audit"}'), env.payloadHash);
  const envDigest = ethers.TypedDataEncoder.hash(reqDomain, envTypes, envMsg);
  assert.equal(mr.envelopeDigest(env), envDigest);
  const signedEnv = mr.signEnvelope(ka, env);
  assert.equal(signedEnv.signature, await alice.signTypedData(reqDomain, envTypes, envMsg));
  assert.deepEqual(mr.verifyEnvelope(signedEnv), { digest: envDigest });

  const payDomain = { name: 'AgentPaymentChannel', version: '1', chainId: 31337, verifyingContract: channel };
  const vTypes = { Voucher: [{ name: 'channelId', type: 'bytes32' }, { name: 'cumulativeAmount', type: 'uint256' }] };
  const v = { channelId: ethers.id('channel'), cumulativeAmount: 10n ** 16n };
  const vDigest = ethers.TypedDataEncoder.hash(payDomain, vTypes, v);
  assert.equal(mr.voucherDigest({ ...v, chainId: 31337, verifyingContract: channel }), vDigest);
  const signedV = mr.signVoucher(ka, { ...v, chainId: 31337, verifyingContract: channel });
  assert.deepEqual(signedV, { channelId: v.channelId, cumulativeAmount: '10000000000000000', signature: await alice.signTypedData(payDomain, vTypes, v) });
  assert.deepEqual(mr.verifyVoucher({ chainId: 31337, verifyingContract: channel }, signedV, alice.address), { digest: vDigest });

  const rTypes = { Receipt: [
    { name: 'requestDigest', type: 'bytes32' }, { name: 'channelId', type: 'bytes32' },
    { name: 'cumulativeAmount', type: 'uint256' }, { name: 'resultHash', type: 'bytes32' }] };
  const r = { requestDigest: envDigest, channelId: v.channelId, cumulativeAmount: 10n ** 16n, resultHash: ethers.id('result') };
  const rDigest = ethers.TypedDataEncoder.hash(reqDomain, rTypes, r);
  assert.equal(mr.receiptDigest({ ...r, chainId: 31337, verifyingContract: registry }), rDigest);
  const signedR = mr.signReceipt(kb, { ...r, chainId: 31337, verifyingContract: registry });
  assert.equal(signedR.signature, await bob.signTypedData(reqDomain, rTypes, r));
  assert.deepEqual(mr.verifyReceipt({ chainId: 31337, verifyingContract: registry }, signedR, bob.address), { digest: rDigest });

  // Tampering and the wrong signer are refused with stable codes.
  assert.throws(() => mr.verifyEnvelope({ ...signedEnv, nonce: '8' }), { code: 'signer_mismatch' });
  assert.throws(() => mr.verifyVoucher({ chainId: 31337, verifyingContract: channel }, signedV, bob.address), { code: 'signer_mismatch' });
  assert.throws(() => mr.verifyVoucher({ chainId: 1, verifyingContract: channel }, signedV, alice.address), { code: 'signer_mismatch' });
  assert.throws(() => mr.signEnvelope(kb, env), { code: 'signer_mismatch' });
});

test('negative cases: high s, bad v, out-of-range r/s, bad checksum, bad lengths', () => {
  const [k] = keys(1, 'neg');
  const digest = ethers.id('negative');
  const sig = ethers.Signature.from(mr.sign(k, digest));
  const highS = ethers.toBeHex(N - BigInt(sig.s), 32);
  const flipped = ethers.concat([sig.r, highS, ethers.toBeHex(sig.v === 27 ? 28 : 27, 1)]);
  // ethers refuses it at recovery (non-canonical s); the core names the reason.
  assert.throws(() => ethers.recoverAddress(digest, flipped), /non-canonical s/);
  assert.throws(() => mr.recover(digest, flipped), { name: 'MailroomError', code: 'signature_high_s' });
  for (const v of [2, 26, 29, 0xff]) {
    assert.throws(() => mr.recover(digest, ethers.concat([sig.r, sig.s, ethers.toBeHex(v, 1)])), { code: 'invalid_recovery_id' }, `v=${v}`);
  }
  assert.throws(() => mr.recover(digest, ethers.concat([ethers.ZeroHash, sig.s, '0x1b'])), { code: 'signature_out_of_range' });
  assert.throws(() => mr.recover(digest, ethers.concat([ethers.toBeHex(N, 32), sig.s, '0x1b'])), { code: 'signature_out_of_range' });
  assert.throws(() => mr.recover(digest, sig.serialized.slice(0, -2)), { code: 'invalid_signature' });
  assert.throws(() => mr.recover('0x1234', sig.serialized), { code: 'invalid_digest' });
  assert.throws(() => mr.recover(digest, '0xzz'), { code: 'invalid_hex' });

  const addr = new ethers.Wallet(k).address;
  const i = [...addr].findIndex((c, j) => j > 1 && /[a-fA-F]/.test(c));
  const bad = addr.slice(0, i) + (addr[i] === addr[i].toUpperCase() ? addr[i].toLowerCase() : addr[i].toUpperCase()) + addr.slice(i + 1);
  assert.throws(() => ethers.getAddress(bad));
  assert.throws(() => mr.getAddress(bad), { code: 'bad_checksum' });
  assert.throws(() => mr.parseDID(`did:agent:eth:${bad}`), { code: 'bad_checksum' });
  assert.throws(() => mr.parseDID(`did:web:${addr}`), { code: 'invalid_did' });
  assert.throws(() => mr.addressOf('0x' + '00'.repeat(32)), { code: 'invalid_private_key' });
  assert.throws(() => mr.addressOf(ethers.toBeHex(N, 32)), { code: 'invalid_private_key' });
});

test('typed-data refusals carry the core kinds', () => {
  const td = documents.mail;
  const withMsg = (message) => ({ ...td, message });
  assert.throws(() => mr.hashTypedData(withMsg({ ...td.message, extra: 1 })), { code: 'extra_field' });
  const { contents: _c, ...missing } = td.message;
  assert.throws(() => mr.hashTypedData(withMsg(missing)), { code: 'missing_field' });
  assert.throws(() => mr.hashTypedData({ ...td, primaryType: 'Nope' }), { code: 'missing_primary_type' });
  assert.throws(() => mr.hashTypedData('{"types":'), { code: 'invalid_json' });
  const tooBig = structuredClone(documents.kitchenSink);
  tooBig.message.tiny = 128;
  assert.throws(() => mr.hashTypedData(tooBig), { code: 'integer_out_of_range' });
  const frac = JSON.stringify(documents.kitchenSink).replace('"tiny":-128', '"tiny":1.5');
  assert.throws(() => mr.hashTypedData(frac), { code: 'invalid_integer' });
  assert.throws(() => mr.hashTypedData(12), { code: 'invalid_input' });
});

test('generated keys differ (random_get is real randomness)', () => {
  const a = mr.generateKey();
  const b = mr.generateKey();
  assert.notEqual(a.privateKey, b.privateKey);
  assert.equal(mr.addressOf(a.privateKey), a.address);
  assert.equal(new ethers.Wallet(a.privateKey).address, a.address);
});

test('acceptVoucher and the replay guard', () => {
  assert.equal(mr.acceptVoucher({ lastAccepted: 10n, price: 5, deposit: '100', cumulative: '0x0f' }), 15n);
  assert.throws(() => mr.acceptVoucher({ lastAccepted: 10n, price: 5, deposit: 100, cumulative: 14 }), { code: 'voucher_insufficient' });
  assert.throws(() => mr.acceptVoucher({ lastAccepted: 10n, price: 5, deposit: 100, cumulative: 101 }), { code: 'voucher_exceeds_deposit' });
  const g = new mr.ReplayGuard({ pastSeconds: 300, futureSeconds: 30, capacity: 2 });
  const who = new ethers.Wallet(keys(1, 'guard')[0]).address;
  g.use(who, 0, 1000, 1000);
  assert.throws(() => g.use(who, 0, 1000, 1001), { code: 'nonce_replayed' });
  assert.throws(() => g.use(who, 1, 600, 1000), { code: 'timestamp_expired' });
  assert.throws(() => g.use(who, 1, 1031, 1000), { code: 'timestamp_future' });
  g.use(who, 1, 1000, 1000);
  assert.throws(() => g.use(who, 2, 1000, 1000), { code: 'replay_capacity' });
  assert.equal(g.size, 2);
  g.close();
  assert.throws(() => g.size, { code: 'invalid_input' });
});
