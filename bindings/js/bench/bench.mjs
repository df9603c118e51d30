// Node rows of `make bench-runtimes`: the same operations as the Go rows
// (typed-data hash, sign, recover, envelope verify, voucher verify), through
// @agentmailroom/core (mailroom.wasm) and beside it ethers v6 doing the same
// work. Prints a table, or JSON rows with --json.
import { readFileSync } from 'node:fs';
import { ethers } from 'ethers';
import * as mr from '../src/index.js';

const MIN_MS = Number(process.env.BENCH_MS || 400);

function bench(fn) {
  for (let i = 0; i < 20; i++) fn(); // warm up (JIT, guest allocator)
  let n = 0;
  const t0 = process.hrtime.bigint();
  let t = t0;
  const deadline = BigInt(MIN_MS) * 1000000n;
  while (t - t0 < deadline) {
    for (let i = 0; i < 10; i++) fn();
    n += 10;
    t = process.hrtime.bigint();
  }
  return Number(t - t0) / n;
}

await mr.init(process.env.MAILROOM_WASM);

const td = readFileSync(new URL('../../../core/eip712/testdata/bench-mail.json', import.meta.url), 'utf8');
const tdObj = JSON.parse(td);
const tdTypes = { ...tdObj.types };
delete tdTypes.EIP712Domain;

const key = '0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318';
const signingKey = new ethers.SigningKey(key);
const me = mr.addressOf(key);
const registry = '0x5FbDB2315678afecb367f032d93F642f64180aa3';
const channel = '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512';
const env = { sender: me, recipient: registry, payloadHash: mr.payloadHash('{"task":"bench"}'), timestamp: 1700000000, nonce: 1, chainId: 31337, verifyingContract: registry };
const signedEnv = mr.signEnvelope(key, env);
const digest = mr.envelopeDigest(env);
const sig = mr.sign(key, digest);
const vdomain = { chainId: 31337, verifyingContract: channel };
const signedV = mr.signVoucher(key, { ...vdomain, channelId: mr.keccak256('0x01'), cumulativeAmount: 10n ** 15n });

const reqDomain = { name: 'AgentMailroomRequest', version: '1', chainId: 31337, verifyingContract: registry };
const envTypes = { AgentRequest: [
  { name: 'sender', type: 'address' }, { name: 'recipient', type: 'address' }, { name: 'payloadHash', type: 'bytes32' },
  { name: 'timestamp', type: 'uint256' }, { name: 'nonce', type: 'uint256' }] };
const payDomain = { name: 'AgentPaymentChannel', version: '1', chainId: 31337, verifyingContract: channel };
const vTypes = { Voucher: [{ name: 'channelId', type: 'bytes32' }, { name: 'cumulativeAmount', type: 'uint256' }] };

// ethers' equivalents: verification = hash the typed data, recover, compare
// with the claimed signer (what verifyEnvelope/verifyVoucher do).
const ethersOps = {
  'typed-data-hash': () => ethers.TypedDataEncoder.hash(tdObj.domain, tdTypes, tdObj.message),
  sign: () => signingKey.sign(digest).serialized,
  recover: () => ethers.recoverAddress(digest, sig),
  'envelope-verify': () => {
    const { signature, chainId: _c, verifyingContract: _v, ...msg } = signedEnv;
    if (ethers.verifyTypedData(reqDomain, envTypes, msg, signature) !== msg.sender) throw new Error('mismatch');
  },
  'voucher-verify': () => {
    const { signature, ...msg } = signedV;
    if (ethers.verifyTypedData(payDomain, vTypes, msg, signature) !== me) throw new Error('mismatch');
  },
};
const mailroomOps = {
  'typed-data-hash': () => mr.hashTypedData(td),
  sign: () => mr.sign(key, digest),
  recover: () => mr.recover(digest, sig),
  'envelope-verify': () => mr.verifyEnvelope(signedEnv),
  'voucher-verify': () => mr.verifyVoucher(vdomain, signedV, me),
};

// Same answers first, so the comparison is of equal work.
if (mailroomOps['typed-data-hash']().digest !== ethersOps['typed-data-hash']()) throw new Error('typed-data digest differs');
if (mailroomOps.sign() !== ethersOps.sign()) throw new Error('signature differs');
if (mailroomOps.recover() !== ethersOps.recover()) throw new Error('recovered address differs');

const rows = [];
for (const op of Object.keys(mailroomOps)) {
  rows.push({ op, runtime: 'node', impl: '@agentmailroom/core (wasm)', nsPerOp: bench(mailroomOps[op]) });
  rows.push({ op, runtime: 'node', impl: `ethers ${ethers.version}`, nsPerOp: bench(ethersOps[op]) });
}
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ node: process.version, rows }));
} else {
  for (const r of rows) console.log(`${r.op.padEnd(16)} ${r.impl.padEnd(28)} ${(r.nsPerOp / 1000).toFixed(1).padStart(10)} µs/op`);
}
