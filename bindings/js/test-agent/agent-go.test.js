// A Node agent (createAgent) against real parts: `mailroom node` on a free
// loopback port with its own deployments file, Go mailrooms run by
// `mailroom serve`, claims by `mailroom settle`. Money safety through the
// JS path: a mailroom down then up (the lost request costs nothing), a
// forged correction (refused, nothing adopted), replays (the same request
// answered idempotently, another one reusing its nonce refused), budgets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createAgent } from '../src/agent.js';
import { generateKey, init, ops, signVoucher } from '../src/index.js';
import { fileStore, memoryStore } from '../src/store.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devChain, freePort, goMailroom, requireCLI, run, serveAt, settle, stop, stopAll } from './harness.js';

const PRICE = 1000000000000000n; // 0.001 ether
let chain;
let ok = false;

before(async () => {
  const t = { skip: () => {} };
  if (!requireCLI(t)) return;
  await init();
  chain = await devChain();
  ok = true;
});
after(stopAll);

async function newAgent(extra = {}) {
  const k = generateKey();
  await run(['fund', k.address, '5ether'], { cwd: chain.dir, env: chain.env });
  const a = await createAgent({ privateKey: k.privateKey, deployments: chain.deployments, store: memoryStore(), ...extra });
  await a.registry.register({ capabilities: ['test'] });
  return a;
}

const claimed = async (n, store) => JSON.parse(await settle(chain, n, store)).reduce((s, c) => s + BigInt(c.paidWei), 0n);

test('createAgent registers, reads the profile and pays a Go mailroom three times; Bob claims exactly 3 x price', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const bob = await goMailroom(chain, 2, { price: String(PRICE) });
  const dir = mkdtempSync(join(tmpdir(), 'mailroom-js-store-'));
  const k = generateKey();
  await run(['fund', k.address, '1ether'], { cwd: chain.dir, env: chain.env });
  const alice = await createAgent({ privateKey: k.privateKey, deployments: chain.deployments, store: dir });
  assert.equal(alice.did, `did:agent:eth:${k.address}`);
  const me = await alice.registry.register({ endpoint: '', capabilities: ['summarise'] });
  assert.deepEqual([me.owner, me.capabilities, me.active], [k.address, ['summarise'], true]);
  const p = await alice.registry.profile(bob.did);
  assert.deepEqual([p.address, p.endpoint, p.ratePerTaskWei, p.active], [bob.address, bob.endpoint, PRICE, true]);
  for (let i = 1; i <= 3; i++) {
    const res = await alice.fetch(bob.did, { method: 'POST', body: JSON.stringify({ task: i }) });
    assert.equal(res.status, 200);
    assert.deepEqual(JSON.parse(await res.text()).echo, { task: i });
    assert.equal(BigInt(res.receipt.cumulativeAmount), BigInt(i) * PRICE);
    assert.equal(res.payment.price, PRICE);
  }
  // The store is on disk: a new agent on it continues the channel.
  await alice.close();
  const again = await createAgent({ privateKey: k.privateKey, deployments: chain.deployments, store: await fileStore(dir) });
  assert.equal(BigInt(again.channel(bob.did).cumulative), 3n * PRICE);
  await again.close();
  assert.equal(await claimed(2, bob.store), 3n * PRICE);
  const onChain = await alice.channels.onChain(alice.channel(bob.did)?.channelId ?? again.channel(bob.did).channelId);
  assert.equal(onChain.claimed, 3n * PRICE);
});

test('mailroom down then up: the refused request costs nothing, the next pays exactly price', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const bob = await goMailroom(chain, 3, { price: String(PRICE) });
  const alice = await newAgent();
  assert.equal((await alice.fetch(bob.did, { body: '{"n":1}' })).status, 200);
  const spent = alice.spent();
  await stop(bob.handle);
  await assert.rejects(alice.fetch(bob.did, { body: '{"n":2}' }), (e) => e.code === 'transport_error');
  assert.equal(alice.spent(), spent, 'a request that never left gives its budget back');
  assert.equal(BigInt(alice.channel(bob.did).cumulative), PRICE);
  await serveAt(chain, 3, bob.port, bob.store);
  const res = await alice.fetch(bob.did, { body: '{"n":3}' });
  assert.equal(res.status, 200);
  assert.equal(BigInt(res.receipt.cumulativeAmount), 2n * PRICE);
  assert.equal(alice.spent(), spent + PRICE);
  assert.equal(await claimed(3, bob.store), 2n * PRICE);
});

test('a forged correction is refused (correction_unproven) and changes nothing; the next request pays exactly price', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const bob = await goMailroom(chain, 4, { price: String(PRICE), register: false, args: ['--price', String(PRICE)] });
  // Bob's registered endpoint is a proxy that forges one answer.
  const port = await freePort();
  let forge = false;
  const thief = generateKey();
  const proxy = createServer(async (req, res) => {
    const parts = [];
    for await (const c of req) parts.push(c);
    const body = Buffer.concat(parts);
    const headers = {};
    for (const h of ['agent-envelope', 'payment-signature', 'content-type']) if (req.headers[h]) headers[h] = req.headers[h];
    if (forge && req.headers['payment-signature']) {
      forge = false;
      const pay = JSON.parse(Buffer.from(req.headers['payment-signature'], 'base64').toString());
      const terms = await fetch(bob.endpoint, { method: 'POST', body: '{}' });
      const big = 10n * PRICE;
      const sig = signVoucher(thief.privateKey, { chainId: chain.dep.chainId, verifyingContract: chain.dep.paymentChannel, channelId: pay.payload.channelId, cumulativeAmount: big });
      res.writeHead(402, { 'Content-Type': 'application/json', 'PAYMENT-REQUIRED': terms.headers.get('PAYMENT-REQUIRED') });
      res.end(JSON.stringify({ code: 'voucher_insufficient', message: 'forged', acceptedCumulative: String(big), channelId: pay.payload.channelId, acceptedSignature: sig }));
      return;
    }
    const r = await fetch(bob.endpoint, { method: 'POST', headers, body });
    const out = {};
    r.headers.forEach((v, k) => { if (k !== 'content-length' && k !== 'transfer-encoding') out[k] = v; });
    res.writeHead(r.status, out);
    res.end(Buffer.from(await r.arrayBuffer()));
  });
  await new Promise((ok2) => proxy.listen(port, '127.0.0.1', ok2));
  try {
    await run(['register', '--dev-account', '4', '--endpoint', `http://127.0.0.1:${port}/task`, '--rate', String(PRICE)], { cwd: chain.dir, env: chain.env });
    const alice = await newAgent();
    assert.equal((await alice.fetch(bob.did, { body: '{"n":1}' })).status, 200);
    const before1 = alice.channel(bob.did);
    forge = true;
    await assert.rejects(alice.fetch(bob.did, { body: '{"n":2}' }), (e) => e.code === 'correction_unproven');
    const afterForge = alice.channel(bob.did);
    assert.equal(afterForge.cumulative, before1.cumulative, 'the forged amount is not adopted');
    assert.ok(BigInt(afterForge.deposit) === BigInt(before1.deposit));
    const res = await alice.fetch(bob.did, { body: '{"n":3}' });
    assert.equal(res.status, 200);
    assert.equal(BigInt(res.receipt.cumulativeAmount), 2n * PRICE);
    assert.equal(await claimed(4, bob.store), 2n * PRICE);
  } finally {
    proxy.close();
  }
});

test('replays: the same request is answered again (Idempotent-Replayed) and charged once; another body or voucher on its nonce is refused', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const bob = await goMailroom(chain, 5, { price: String(PRICE) });
  const alice = await newAgent();
  const p = await alice.prepare(bob.did, '{"task":"once"}');
  const send = (headers, body) => fetch(p.url, { method: 'POST', headers, body });
  const first = await send(p.headers, p.body);
  assert.equal(first.status, 200);
  const firstBody = await first.text();
  const again = await send(p.headers, p.body);
  assert.equal(again.status, 200);
  assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
  assert.equal(await again.text(), firstBody);
  const tampered = await send(p.headers, '{"task":"twice"}');
  assert.equal(tampered.status, 401);
  assert.equal((await tampered.json()).code, 'payload_mismatch');
  const p2 = await alice.prepare(bob.did, '{"task":"once"}');
  const reused = await send({ ...p.headers, 'PAYMENT-SIGNATURE': p2.headers['PAYMENT-SIGNATURE'] }, p.body);
  assert.equal(reused.status, 409);
  assert.equal((await reused.json()).code, 'nonce_replayed');
  // The agent resynchronises (p2's voucher never got served) and pays exactly price more.
  const res = await alice.fetch(bob.did, { body: '{"task":"next"}' });
  assert.equal(res.status, 200);
  assert.equal(BigInt(res.receipt.cumulativeAmount), 2n * PRICE);
  assert.equal(await claimed(5, bob.store), 2n * PRICE);
});

test('budgets as in Go: maxPerRequest refuses a price above it, maxPerDay a deposit above it, before any transaction', { timeout: 60000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const bob = await goMailroom(chain, 6, { price: String(PRICE) });
  const a = await newAgent({ budget: { maxPerRequest: PRICE - 1n } });
  await assert.rejects(a.fetch(bob.did, { body: '{}' }), (e) => e.code === 'budget_exceeded');
  assert.equal(a.channel(bob.did), null, 'no channel was opened');
  const b = await newAgent({ budget: { maxPerDay: 50n * PRICE } }); // the default deposit is 100 x price
  await assert.rejects(b.fetch(bob.did, { body: '{}' }), (e) => e.code === 'budget_exceeded');
  assert.equal(b.spent(), 0n);
  await assert.rejects(b.fetch(bob.did, { method: 'GET' }), (e) => e.code === 'invalid_input');
  await assert.rejects(b.fetch('did:agent:eth:0xnot'), (e) => typeof e.code === 'string');
});

test('channels.use adopts an existing channel by the core\'s rule, resynchronises and pays on it; another\'s channel is refused', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const bob = await goMailroom(chain, 7, { price: String(PRICE) });
  const first = await newAgent();
  const { channelId } = await first.chain.openChannel(bob.address, 100n * PRICE, 3600n); // opened outside the agent's records
  const alice = await createAgent({ privateKey: first.config.privateKey, deployments: chain.deployments, store: memoryStore() });
  const st = await alice.channels.use(bob.did, channelId);
  assert.deepEqual([st.channelId, st.cumulative, st.uncertain], [channelId, '0', true]);
  const res = await alice.fetch(bob.did, { body: '{"adopted":true}' });
  assert.equal(res.status, 200);
  assert.equal(res.receipt.channelId, channelId);
  assert.equal(BigInt(res.receipt.cumulativeAmount), PRICE);
  const eve = await newAgent();
  await assert.rejects(eve.channels.use(bob.did, channelId), (e) => e.code === 'channel_mismatch');
  assert.equal(eve.channel(bob.did), null);
  assert.equal(await claimed(7, bob.store), PRICE);
});

test('prepareRequest (the Go SDK\'s PrepareRequest) signs an envelope and exactly accepted + amount; the answer\'s receipt verifies; withdrawDelayFor follows the core', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const bob = await goMailroom(chain, 8, { price: String(PRICE) });
  const alice = await newAgent();
  assert.equal(alice.withdrawDelayFor(), 3600n);
  assert.equal(alice.withdrawDelayFor(7200), 7200n);
  await assert.rejects(alice.prepareRequest(bob.did, '{}', PRICE), (e) => e.code === 'payment_required', 'no channel: nothing signed');
  await alice.channels.open(bob.did, { deposit: 10n * PRICE });
  await assert.rejects(alice.prepareRequest(bob.did, '{}', 11n * PRICE), (e) => e.code === 'voucher_exceeds_deposit');
  const body = '{"task":"prepared"}';
  const { envelope, voucher } = await alice.prepareRequest(bob.did, body, PRICE);
  assert.equal(BigInt(voucher.cumulativeAmount), PRICE);
  const payment = ops.clientPayment({ config: alice.config, url: bob.endpoint, recipient: bob.address, terms: { price: String(PRICE) }, voucher });
  const res = await fetch(bob.endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Agent-Envelope': Buffer.from(JSON.stringify(envelope)).toString('base64'), 'PAYMENT-SIGNATURE': payment }, body });
  assert.equal(res.status, 200);
  const got = new Uint8Array(await res.arrayBuffer());
  const rc = alice.verifyReceipt({ recipient: bob.did, paymentResponse: res.headers.get('PAYMENT-RESPONSE'), body: got, envelope, voucher });
  assert.equal(BigInt(rc.cumulativeAmount), PRICE);
  assert.throws(() => alice.verifyReceipt({ recipient: bob.did, paymentResponse: res.headers.get('PAYMENT-RESPONSE'), body: 'another body', envelope, voucher }), (e) => e.code === 'receipt_invalid');
  assert.equal(await claimed(8, bob.store), PRICE);
});

test('an answer lost after the mailroom served it: redelivered idempotently, or resynchronised; never paid twice', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const bob = await goMailroom(chain, 9, { price: String(PRICE), register: false, args: ['--price', String(PRICE)] });
  const port = await freePort();
  let drops = 0; // answers to swallow: the request reaches Bob, its answer never comes back
  const proxy = createServer(async (req, res) => {
    const parts = [];
    for await (const c of req) parts.push(c);
    const headers = {};
    for (const h of ['agent-envelope', 'payment-signature', 'content-type']) if (req.headers[h]) headers[h] = req.headers[h];
    const r = await fetch(bob.endpoint, { method: 'POST', headers, body: Buffer.concat(parts) });
    const body = Buffer.from(await r.arrayBuffer());
    if (req.headers['payment-signature'] && drops > 0) {
      drops--;
      req.socket.destroy(); // served and charged, the answer lost
      return;
    }
    const out = {};
    r.headers.forEach((v, k) => { if (k !== 'content-length' && k !== 'transfer-encoding') out[k] = v; });
    res.writeHead(r.status, out);
    res.end(body);
  });
  await new Promise((ok2) => proxy.listen(port, '127.0.0.1', ok2));
  try {
    await run(['register', '--dev-account', '9', '--endpoint', `http://127.0.0.1:${port}/task`, '--rate', String(PRICE)], { cwd: chain.dir, env: chain.env });
    const alice = await newAgent();
    assert.equal((await alice.fetch(bob.did, { body: '{"n":1}' })).status, 200);
    drops = 1; // one lost answer: the very same request is delivered again and answered from Bob's record
    const again = await alice.fetch(bob.did, { body: '{"n":2}' });
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    assert.equal(BigInt(again.receipt.cumulativeAmount), 2n * PRICE);
    drops = 100; // every answer lost: the outcome stays unknown
    await assert.rejects(alice.fetch(bob.did, { body: '{"n":3}' }), (e) => e.code === 'transport_error');
    assert.equal(alice.channel(bob.did).uncertain, true);
    drops = 0; // the next request first learns what Bob accepted (3 x price), then pays exactly price more
    const res = await alice.fetch(bob.did, { body: '{"n":4}' });
    assert.equal(res.status, 200);
    assert.equal(BigInt(res.receipt.cumulativeAmount), 4n * PRICE);
    assert.equal(await claimed(9, bob.store), 4n * PRICE, 'four served, four paid: none twice');
  } finally {
    proxy.close();
  }
});

test('viem clients instead of an RPC URL: createAgent takes a publicClient and a walletClient of the same key, and refuses another key\'s wallet', { timeout: 60000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const { createPublicClient, createWalletClient, http } = await import('viem');
  const { privateKeyToAccount } = await import('viem/accounts');
  const k = generateKey();
  await run(['fund', k.address, '1ether'], { cwd: chain.dir, env: chain.env });
  const publicClient = createPublicClient({ transport: http(chain.rpc) });
  const walletClient = createWalletClient({ account: privateKeyToAccount(k.privateKey), transport: http(chain.rpc) });
  const a = await createAgent({ privateKey: k.privateKey, publicClient, walletClient, deployments: chain.dep, store: memoryStore() });
  const me = await a.registry.register({ capabilities: ['viem'] });
  assert.equal(me.owner, k.address);
  const other = createWalletClient({ account: privateKeyToAccount(generateKey().privateKey), transport: http(chain.rpc) });
  await assert.rejects(createAgent({ privateKey: k.privateKey, publicClient, walletClient: other, deployments: chain.dep, store: memoryStore() }), (e) => e.code === 'invalid_input');
  await assert.rejects(createAgent({ privateKey: k.privateKey, rpcUrl: chain.rpc, deployments: { ...chain.dep, chainId: 1 }, store: memoryStore() }), (e) => e.code === 'invalid_input' && /chain 1/.test(e.message));
  // No deployments anywhere (no option, no $MAILROOM_DEPLOYMENTS, no ./deployments.json): chain 31337 is mailroom node's own deployment.
  assert.equal(process.env.MAILROOM_DEPLOYMENTS, undefined);
  const dev = await createAgent({ privateKey: k.privateKey, rpcUrl: chain.rpc, store: memoryStore() });
  assert.deepEqual([dev.chain.registry, dev.chain.paymentChannel], [chain.dep.registry, chain.dep.paymentChannel]);
  assert.equal((await dev.registry.profile(k.address)).owner, k.address);
});
