// Express and Hono apps gated by createMailroom's middleware, paid by the
// Go CLI (`mailroom send`) and by the JS agent, on `mailroom node`; then
// the middleware's settle claims exactly what was served. Durability and
// the Go server's codes: a retry of the same request after a restart on
// the same file store gets the recorded answer (Idempotent-Replayed), a
// failing route rolls its charge back (task_failed, the next request pays
// the same amount), an unpaid request is a 402 with the terms.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { createAgent } from '../src/agent.js';
import { createMailroom } from '../src/server.js';
import { generateKey, init, ops } from '../src/index.js';
import { createPublicClient, http } from 'viem';
import { fileStore, memoryStore } from '../src/store.js';
import { DEV_ADDRS, DEV_KEYS, devChain, did, freePort, requireCLI, run, stopAll } from './harness.js';

const PRICE = 1000000000000000n;
let chain;
let ok = false;
const closers = [];

before(async () => {
  if (!requireCLI({ skip: () => {} })) return;
  await init();
  chain = await devChain();
  await run(['register', '--dev-account', '1'], { cwd: chain.dir, env: chain.env });
  ok = true;
});
after(async () => {
  for (const c of closers) await c();
  await stopAll();
});

async function alice() {
  const k = generateKey();
  await run(['fund', k.address, '5ether'], { cwd: chain.dir, env: chain.env });
  const a = await createAgent({ privateKey: k.privateKey, deployments: chain.deployments, store: memoryStore() });
  await a.registry.register({});
  return a;
}

const send = (to, payload, store) => run(['send', '--dev-account', '1', '--store', join(chain.dir, store), '--json', to, payload], { cwd: chain.dir, env: chain.env }).then(JSON.parse);

async function registered(n, port) {
  await run(['register', '--dev-account', String(n), '--endpoint', `http://127.0.0.1:${port}/task`, '--rate', String(PRICE)], { cwd: chain.dir, env: chain.env });
}

async function expressApp(mr, port, route) {
  const app = express();
  app.post('/task', mr.express(), route || ((req, res) => res.json({ got: req.body })));
  const srv = app.listen(port, '127.0.0.1');
  await new Promise((r) => srv.once('listening', r));
  const close = () => new Promise((r) => srv.close(r));
  closers.push(close);
  return close;
}

async function paidBoth(mr, n, store) {
  const to = did(DEV_ADDRS[n]);
  for (let i = 1; i <= 2; i++) {
    const r = await send(to, JSON.stringify({ cli: i }), store);
    assert.equal(r.status, 200);
    assert.deepEqual(JSON.parse(r.body).got, { cli: i });
    assert.equal(BigInt(r.cumulativeWei), BigInt(i) * PRICE);
  }
  const a = await alice();
  for (let i = 1; i <= 2; i++) {
    const res = await a.fetch(to, { body: JSON.stringify({ js: i }) });
    assert.equal(res.status, 200);
    assert.deepEqual((await res.json()).got, { js: i });
    assert.equal(BigInt(res.receipt.cumulativeAmount), BigInt(i) * PRICE);
  }
  const claims = await mr.settle();
  assert.equal(claims.length, 2);
  assert.ok(claims.every((c) => !c.error));
  assert.equal(claims.reduce((s, c) => s + c.paid, 0n), 4n * PRICE);
  for (const c of claims) assert.equal((await mr.chain.getChannel(c.channelId)).claimed, 2n * PRICE);
  assert.deepEqual(await mr.settle(), [], 'nothing left to claim');
}

test('an Express app behind the middleware is paid by mailroom send and by the JS agent; settle claims exactly 4 x price', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const port = await freePort();
  await registered(3, port);
  const lines = [];
  const mr = await createMailroom({ privateKey: DEV_KEYS[3], deployments: chain.deployments, store: memoryStore(), minWithdrawDelay: 60, onRequest: (l) => lines.push(l) });
  await expressApp(mr, port);
  const unpaid = await fetch(`http://127.0.0.1:${port}/task`, { method: 'POST', body: '{}' });
  assert.equal(unpaid.status, 402);
  assert.equal((await unpaid.json()).code, 'payment_required');
  assert.ok(unpaid.headers.get('PAYMENT-REQUIRED'));
  await paidBoth(mr, 3, 'send-express');
  const paid = lines.filter((l) => l.code === 'ok');
  assert.equal(paid.length, 4);
  assert.ok(paid.every((l) => l.status === 200 && l.paidWei === PRICE && l.target === '/task' && /^0x/.test(l.sender)));
  assert.ok(lines.some((l) => l.code === 'payment_required' && l.status === 402 && l.paidWei === 0n));
  // A body parser mounted before the gate: a clear 500 internal, not a hang.
  const parsedPort = await freePort();
  const parsed = express();
  parsed.use(express.json());
  parsed.post('/task', mr.express(), (req, res) => res.json({ got: req.body }));
  const srv = parsed.listen(parsedPort, '127.0.0.1');
  await new Promise((r) => srv.once('listening', r));
  closers.push(() => new Promise((r) => srv.close(r)));
  const r = await fetch(`http://127.0.0.1:${parsedPort}/task`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}', signal: AbortSignal.timeout(10000) });
  assert.equal(r.status, 500);
  assert.match((await r.json()).message, /raw request body/);
});

test('a Hono app behind the middleware is paid by mailroom send and by the JS agent; settle claims exactly 4 x price', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const port = await freePort();
  await registered(4, port);
  const mr = await createMailroom({ privateKey: DEV_KEYS[4], deployments: chain.deployments, store: memoryStore(), minWithdrawDelay: 60 });
  const app = new Hono();
  app.post('/task', mr.hono(), async (c) => c.json({ got: await c.req.json() }));
  const srv = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
  closers.push(() => new Promise((r) => srv.close(r)));
  await paidBoth(mr, 4, 'send-hono');
});

test('durability: a retry after a restart on the same file store is answered from the record; a failing route rolls its charge back', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const port = await freePort();
  await registered(5, port);
  const dir = mkdtempSync(join(tmpdir(), 'mailroom-js-mw-'));
  let fail = false;
  const route = (req, res) => (fail ? res.status(500).json({ oops: true }) : res.json({ got: req.body }));
  let mr = await createMailroom({ privateKey: DEV_KEYS[5], deployments: chain.deployments, store: await fileStore(dir), minWithdrawDelay: 60 });
  let close = await expressApp(mr, port, route);
  const a = await alice();
  const to = did(DEV_ADDRS[5]);
  assert.equal((await a.fetch(to, { body: '{"n":1}' })).status, 200);
  const p = await a.prepare(to, '{"n":2}');
  const first = await fetch(p.url, { method: 'POST', headers: p.headers, body: p.body });
  assert.equal(first.status, 200);
  const firstBody = await first.text();
  await close();
  await mr.close();
  mr = await createMailroom({ privateKey: DEV_KEYS[5], deployments: chain.deployments, store: await fileStore(dir), minWithdrawDelay: 60 });
  close = await expressApp(mr, port, route);
  const retry = await fetch(p.url, { method: 'POST', headers: p.headers, body: p.body });
  assert.equal(retry.status, 200);
  assert.equal(retry.headers.get('Idempotent-Replayed'), 'true');
  assert.equal(await retry.text(), firstBody);
  assert.ok(retry.headers.get('PAYMENT-RESPONSE'));
  fail = true;
  await assert.rejects(a.fetch(to, { body: '{"n":3}' }), (e) => e.code === 'task_failed');
  fail = false;
  const res = await a.fetch(to, { body: '{"n":4}' });
  assert.equal(res.status, 200);
  assert.equal(BigInt(res.receipt.cumulativeAmount), 3n * PRICE, 'the failed request was not charged');
  await close();
  await mr.close();
  // Bob's agent claims from the stopped mailroom's store, as `mailroom settle --store` does.
  const bobAgent = await createAgent({ privateKey: DEV_KEYS[5], deployments: chain.deployments, store: memoryStore() });
  const claims = await bobAgent.settle({ store: dir });
  assert.equal(claims.reduce((s, c) => s + c.paid, 0n), 3n * PRICE);
  assert.deepEqual(await bobAgent.settle({ store: dir }), [], 'nothing left to claim');
});

test('a chain that cannot be read: the gate answers 503 chain_unavailable as the core renders it, and the route does not run', { timeout: 60000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const mr = await createMailroom({ privateKey: DEV_KEYS[6], deployments: chain.deployments, store: memoryStore(), price: PRICE, minWithdrawDelay: 60 });
  const dead = await freePort();
  mr.chain.public = createPublicClient({ transport: http(`http://127.0.0.1:${dead}`, { retryCount: 0 }) });
  const a = await alice();
  const env = ops.clientEnvelope({ config: a.config, recipient: mr.address, url: 'http://127.0.0.1/task', payload: '0x7b7d', nonce: 0, now: Math.floor(Date.now() / 1000) });
  let ran = false;
  const r = await mr.handle({ method: 'POST', target: '/task', host: '127.0.0.1', headers: { 'Agent-Envelope': Buffer.from(JSON.stringify(env)).toString('base64') }, body: '{}' },
    async () => { ran = true; return { status: 200, body: 'free' }; });
  assert.equal(r.status, 503);
  assert.equal(JSON.parse(new TextDecoder().decode(r.body)).code, 'chain_unavailable');
  assert.equal(ran, false);
  const cors = await createMailroom({ privateKey: DEV_KEYS[6], deployments: chain.deployments, store: memoryStore(), price: PRICE, corsOrigins: ['http://app.example'] });
  assert.equal(cors.corsHeaders('http://evil.example', false), null);
  assert.match(cors.corsHeaders('http://app.example', false)['Access-Control-Expose-Headers'], /PAYMENT-RESPONSE/);
  assert.match(cors.corsHeaders('http://app.example', true)['Access-Control-Allow-Headers'], /Agent-Envelope/);
});

test('the settler claims at the threshold and at once when the sender requests close; the closing channel takes no new work', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const port = await freePort();
  await registered(7, port);
  const mr = await createMailroom({ privateKey: DEV_KEYS[7], deployments: chain.deployments, store: memoryStore(), minWithdrawDelay: 60, channelTtlMs: 0 });
  const stopSettler = mr.startSettler({ thresholdWei: 2n * PRICE, intervalMs: 200 });
  await expressApp(mr, port);
  const a = await alice();
  const to = did(DEV_ADDRS[7]);
  const claimedSoon = async (id, want) => {
    for (let i = 0; i < 100; i++) {
      if ((await mr.chain.getChannel(id)).claimed === want) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  };
  for (let i = 0; i < 2; i++) assert.equal((await a.fetch(to, { body: '{}' })).status, 200);
  const id = a.channel(to).channelId;
  assert.ok(await claimedSoon(id, 2n * PRICE), 'claimed at the threshold');
  assert.equal((await a.fetch(to, { body: '{}' })).status, 200);
  await a.channels.requestClose(to);
  assert.ok(await claimedSoon(id, 3n * PRICE), 'claimed at once after the close request, below the threshold');
  const res = await a.fetch(to, { body: '{"after":"close"}' });
  assert.equal(res.status, 200);
  assert.notEqual(res.receipt.channelId, id, 'a closing channel takes no new work: the agent opened another');
  assert.equal(BigInt(res.receipt.cumulativeAmount), PRICE);
  await stopSettler();
});

test('sixteen requests of one sender sent at once, in reverse order, all succeed through the gate; settle claims exactly 16 x price', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const port = await freePort();
  await registered(8, port);
  const mr = await createMailroom({ privateKey: DEV_KEYS[8], deployments: chain.deployments, store: memoryStore(), minWithdrawDelay: 60 });
  await expressApp(mr, port);
  const a = await alice();
  const to = did(DEV_ADDRS[8]);
  const url = `http://127.0.0.1:${port}/task`;
  await a.channels.open(to, { deposit: 100n * PRICE });
  let state = a.channel(to);
  const now = Math.floor(Date.now() / 1000);
  const reqs = [];
  for (let i = 1; i <= 16; i++) {
    const body = JSON.stringify({ i });
    const out = ops.clientSign({ config: a.config, state, cumulativeAmount: String(BigInt(i) * PRICE) });
    state = out.state;
    const env = ops.clientEnvelope({ config: a.config, recipient: mr.address, url, payload: '0x' + Buffer.from(body).toString('hex'), nonce: i, now });
    const pay = ops.clientPayment({ config: a.config, url, recipient: mr.address, terms: { price: String(PRICE) }, voucher: out.voucher });
    reqs.push({ i, body, headers: { 'Content-Type': 'application/json', 'Agent-Envelope': Buffer.from(JSON.stringify(env)).toString('base64'), 'PAYMENT-SIGNATURE': pay } });
  }
  const answers = await Promise.all(reqs.reverse().map(async (r) => {
    const res = await fetch(url, { method: 'POST', headers: r.headers, body: r.body });
    return { i: r.i, status: res.status, body: await res.json() };
  }));
  for (const x of answers) assert.deepEqual([x.i, x.status, x.body.got], [x.i, 200, { i: x.i }]);
  const claims = await mr.settle();
  assert.equal(claims.reduce((s, c) => s + c.paid, 0n), 16n * PRICE);
});

test('the gate\'s replay memory is bounded by the core\'s guard and fails closed (503 replay_capacity), also after a restart', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const port = await freePort();
  await registered(9, port);
  const dir = mkdtempSync(join(tmpdir(), 'mailroom-js-cap-'));
  let mr = await createMailroom({ privateKey: DEV_KEYS[9], deployments: chain.deployments, store: await fileStore(dir), minWithdrawDelay: 60, replayCapacity: 3 });
  let close = await expressApp(mr, port);
  const a = await alice();
  const to = did(DEV_ADDRS[9]);
  for (let i = 0; i < 3; i++) assert.equal((await a.fetch(to, { body: '{}' })).status, 200);
  await assert.rejects(a.fetch(to, { body: '{}' }), (e) => e.code === 'replay_capacity');
  await close();
  await mr.close();
  const small = await fileStore(dir);
  await assert.rejects(createMailroom({ privateKey: DEV_KEYS[9], deployments: chain.deployments, store: small, minWithdrawDelay: 60, replayCapacity: 2 }),
    (e) => e.code === 'replay_capacity', 'more nonces in the window than the capacity: refuses to start');
  await small.close();
  mr = await createMailroom({ privateKey: DEV_KEYS[9], deployments: chain.deployments, store: await fileStore(dir), minWithdrawDelay: 60, replayCapacity: 3 });
  close = await expressApp(mr, port);
  await assert.rejects(a.fetch(to, { body: '{}' }), (e) => e.code === 'replay_capacity');
  const claims = await mr.settle();
  assert.equal(claims.reduce((s, c) => s + c.paid, 0n), 3n * PRICE);
  await close();
  await mr.close();
});

test('a gated app killed mid-task (after the charge was committed): the retry after the restart runs the task again under that charge, never a second one', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const { spawn } = await import('node:child_process');
  const port = await freePort();
  await registered(2, port);
  const dir = mkdtempSync(join(tmpdir(), 'mailroom-js-crash-'));
  const marker = join(dir, 'crashed');
  const startApp = async () => {
    const p = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', new URL('./crash-app.mjs', import.meta.url).pathname, String(port), DEV_KEYS[2], chain.deployments, join(dir, 'store'), marker],
      { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((ok2, bad) => {
      p.stdout.on('data', (d) => String(d).includes('listening') && ok2());
      p.on('exit', (c) => bad(new Error(`app exited ${c}`)));
    });
    return p;
  };
  let app = await startApp();
  const exited = new Promise((r) => app.once('exit', r));
  const a = await alice();
  const to = did(DEV_ADDRS[2]);
  assert.equal((await a.fetch(to, { body: '{"n":1}' })).status, 200);
  const p = await a.prepare(to, '{"crash":true}');
  await assert.rejects(fetch(p.url, { method: 'POST', headers: p.headers, body: p.body }), 'the app died mid-task');
  await exited;
  app = await startApp();
  try {
    const retry = await fetch(p.url, { method: 'POST', headers: p.headers, body: p.body });
    assert.equal(retry.status, 200);
    assert.equal(retry.headers.get('Idempotent-Replayed'), null, 'no answer was recorded: the task ran again');
    assert.equal((await retry.json()).runs, 'after the crash');
    const again = await fetch(p.url, { method: 'POST', headers: p.headers, body: p.body });
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    const next = await a.fetch(to, { body: '{"n":3}' });
    assert.equal(BigInt(next.receipt.cumulativeAmount), 3n * PRICE);
  } finally {
    const gone = new Promise((r) => app.once('exit', r));
    app.kill('SIGTERM');
    await gone;
  }
  const bobAgent = await createAgent({ privateKey: DEV_KEYS[2], deployments: chain.deployments, store: memoryStore() });
  const claims = await bobAgent.settle({ store: join(dir, 'store') });
  assert.equal(claims.reduce((s, c) => s + c.paid, 0n), 3n * PRICE, 'three requests, three charges: the crashed one once');
});

test('the gate refuses replays with the Go server\'s codes: another body 401 payload_mismatch, another voucher on a used nonce 409 nonce_replayed, an unregistered sender 403', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const port = await freePort();
  await registered(0, port);
  const mr = await createMailroom({ privateKey: DEV_KEYS[0], deployments: chain.deployments, store: memoryStore(), minWithdrawDelay: 60 });
  await expressApp(mr, port);
  const a = await alice();
  const to = did(DEV_ADDRS[0]);
  const p = await a.prepare(to, '{"task":"once"}');
  const send = (headers, body) => fetch(p.url, { method: 'POST', headers, body });
  assert.equal((await send(p.headers, p.body)).status, 200);
  const tampered = await send(p.headers, '{"task":"twice"}');
  assert.deepEqual([tampered.status, (await tampered.json()).code], [401, 'payload_mismatch']);
  const p2 = await a.prepare(to, '{"task":"once"}');
  const reused = await send({ ...p.headers, 'PAYMENT-SIGNATURE': p2.headers['PAYMENT-SIGNATURE'] }, p.body);
  assert.deepEqual([reused.status, (await reused.json()).code], [409, 'nonce_replayed']);
  const k = generateKey();
  await run(['fund', k.address, '1ether'], { cwd: chain.dir, env: chain.env });
  const stranger = await createAgent({ privateKey: k.privateKey, deployments: chain.deployments, store: memoryStore() });
  await assert.rejects(stranger.fetch(to, { body: '{}' }), (e) => e.code === 'sender_unregistered');
  const claims = await mr.settle();
  assert.equal(claims.reduce((s, c) => s + c.paid, 0n), PRICE);
});

test('the Hono gate without a Node server (app.fetch, as in workers, Bun, Deno): the JS agent pays it through a fetch function', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  await run(['register', '--dev-account', '6', '--endpoint', 'https://worker.example/api/task?v=1', '--rate', String(PRICE)], { cwd: chain.dir, env: chain.env });
  const mr = await createMailroom({ privateKey: DEV_KEYS[6], deployments: chain.deployments, store: memoryStore(), minWithdrawDelay: 60 });
  const app = new Hono();
  app.use('/api/*', mr.hono());
  app.post('/api/task', async (c) => c.json({ worker: await c.req.json(), q: c.req.query('v') }));
  const k = generateKey();
  await run(['fund', k.address, '1ether'], { cwd: chain.dir, env: chain.env });
  const a = await createAgent({ privateKey: k.privateKey, deployments: chain.deployments, store: memoryStore(), fetch: (url, init) => app.fetch(new Request(url, init)) });
  await a.registry.register({});
  for (let i = 1; i <= 2; i++) {
    const res = await a.fetch(did(DEV_ADDRS[6]), { body: JSON.stringify({ i }) });
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { worker: { i }, q: '1' });
    assert.equal(BigInt(res.receipt.cumulativeAmount), BigInt(i) * PRICE);
  }
  const unpaid = await app.fetch(new Request('https://worker.example/api/task?v=1', { method: 'POST', body: '{}' }));
  assert.equal(unpaid.status, 402);
  assert.ok(JSON.parse(Buffer.from(unpaid.headers.get('PAYMENT-REQUIRED'), 'base64').toString()).resource.url.startsWith('https://worker.example/api/task'));
  assert.equal((await mr.settle()).reduce((s, c) => s + c.paid, 0n), 2n * PRICE);
});
