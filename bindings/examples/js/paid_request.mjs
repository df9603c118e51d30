// One paid request between two agents, both sides in this process, with
// @agentmailroom/core: the sender's and the recipient's protocol machines
// (core/client and core/recipient inside mailroom.wasm, the very code that
// `mailroom send` and `mailroom serve` run).
//
// Alice signs the next voucher on her channel to Bob and the envelope of a
// POST to his endpoint: the two headers of a paid request. Bob's machine
// decides on the request (signatures, payload hash, nonce window, price,
// deposit) from what his host would read from the chain, given here as a
// snapshot (Alice is registered, her channel holds 0.1 ether); after his
// task it signs the receipt, which Alice verifies. A tampered body is
// refused. No chain, no network: this is the protocol alone.
//
//   npm install && node paid_request.mjs      (make test-examples runs it)

import { init, ops, generateKey, keccak256, toDID, toHex } from '@agentmailroom/core';

await init();
const bytes = (s) => toHex(new TextEncoder().encode(s));
const check = (ok, what) => { if (!ok) throw new Error(`example failed: ${what}`); };

// The chain both agree on: mailroom node's chain id and contract addresses.
const chain = {
  chainId: 31337,
  registry: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
  channelContract: '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512',
};
const alice = generateKey();
const bob = generateKey();
const price = 10n ** 15n; // 0.001 ether per task
const url = 'http://127.0.0.1:8402/task';
const body = '{"task":"hi"}';
const now = Math.floor(Date.now() / 1000);
console.log(`Alice ${toDID(alice.address)}\nBob   ${toDID(bob.address)}`);

// --- Alice: a channel to Bob (opened on chain in real life; its id is made up here).
const aliceConfig = { privateKey: alice.privateKey, ...chain };
const terms = { price }; // what Bob's 402 said (ops.clientLearnTerms reads it)
let state = {
  recipient: bob.address, channelId: keccak256(bytes('an example channel')),
  deposit: 10n ** 17n, cumulative: 0, withdrawDelay: 3600,
};
const plan = ops.clientPlan({ config: aliceConfig, state, terms });
check(plan.need === 'pay', `plan ${JSON.stringify(plan)}`);
const { state: next, voucher } = ops.clientSign({ config: aliceConfig, state, cumulativeAmount: plan.voucher });
state = next; // a real host persists this before the voucher leaves
const envelope = ops.clientEnvelope({ config: aliceConfig, recipient: bob.address, url, payload: bytes(body), nonce: 0, now });
const headers = {
  'Agent-Envelope': Buffer.from(JSON.stringify(envelope)).toString('base64'),
  'PAYMENT-SIGNATURE': ops.clientPayment({ config: aliceConfig, url, recipient: bob.address, terms, voucher }),
};
console.log(`Alice signs: envelope nonce ${envelope.nonce}, voucher of ${voucher.cumulativeAmount} wei`);

// --- Bob: the request as his HTTP server received it.
const bobConfig = { privateKey: bob.privateKey, ...chain, price, minWithdrawDelay: 3600 };
const request = {
  method: 'POST', target: new URL(url).pathname, body: bytes(body),
  envelope: headers['Agent-Envelope'], payment: headers['PAYMENT-SIGNATURE'],
};
const look = ops.recipientInspect({ request }); // whom and what to look up
const snapshot = {
  sender: { registered: true, active: true }, // AgentRegistry: Alice's record
  channel: { // AgentPaymentChannel: the channel the voucher names
    sender: look.sender, recipient: bob.address, deposit: state.deposit, claimed: 0,
    withdrawDelay: 3600, closeRequestedAt: 0, open: true,
    token: '0x0000000000000000000000000000000000000000', // the channel's asset: the zero address is ETH
  },
  flags: {}, // Bob's store: nothing yet on this channel or nonce
};
const decision = ops.recipientDecide({ config: bobConfig, request, now, resourceUrl: url, snapshot });
check(decision.action === 'accept', `decision ${JSON.stringify(decision)}`);
console.log(`Bob accepts ${decision.served.cumulativeAmount} wei from ${look.sender} and runs the task`);
const done = ops.recipientComplete({
  config: bobConfig, served: decision.served, own: decision.next,
  task: { status: 200, header: { 'Content-Type': 'application/json' }, body: bytes('{"answer":"hello from Bob"}') },
});

// --- Alice: the answer is paid for only if Bob's receipt covers it.
const receipt = ops.clientVerifyReceipt({
  config: aliceConfig, recipient: bob.address, paymentResponse: done.response.header['PAYMENT-RESPONSE'],
  body: done.response.body, envelope, voucher,
});
check(receipt.cumulativeAmount === String(price), `receipt ${JSON.stringify(receipt)}`);
console.log(`Alice verifies Bob's receipt: ${receipt.cumulativeAmount} wei on channel ${receipt.channelId.slice(0, 10)}…`);

// --- The same headers on another body: the envelope's payload hash does not match.
const tampered = ops.recipientDecide({ config: bobConfig, request: { ...request, body: bytes('{"task":"steal"}') }, now, resourceUrl: url, snapshot });
check(tampered.action !== 'accept' && tampered.code, `tampered body: ${JSON.stringify(tampered)}`);
console.log(`A tampered body is refused: HTTP ${tampered.response.status} ${tampered.code}`);
