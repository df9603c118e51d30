// JS agents paying in several assets (issue 14): createAgent({assets: [...]})
// lists the assets an agent pays in, preferred first, each with its own
// per-request and per-day budget and deposit (in its base units). The asset
// a recipient is paid in is the core's choice (client_choose) on the
// recipient's 402 to the envelope sent alone, made once per recipient and
// kept in memory; each asset has its own channel. Against Go `mailroom
// serve --price 0.001ether --price 0.25tUSDC` (a mailroom taking both) on
// `mailroom node`: the settles claim exactly what was paid in each asset,
// balances exact to the base unit. Also: the x402 scheme paying the token
// entry of such a mailroom, and the JS gate's settler thresholds per asset.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';
import { wrapFetchWithPayment, x402Client } from '@x402/fetch';
import { createAgent } from '../src/agent.js';
import { createMailroom } from '../src/server.js';
import { mailroomChannel } from '../src/x402.js';
import { memoryStore } from '../src/store.js';
import { tokenWorld } from './token-world.js';
import { DEV_ADDRS, DEV_KEYS, did, freePort, goMailroom, run, serveAt, settle, stop } from './harness.js';

const TOKEN_PRICE = 250_000n; // 0.25 tUSDC
const ETH_PRICE = 10n ** 15n; // 0.001 ether
const BOTH = ['--price', '0.001ether', '--price', '0.25tUSDC', '--min-withdraw-delay', '0'];
const NATIVE = 'native';
const ZERO = '0x0000000000000000000000000000000000000000';
const world = tokenWorld();
const { closers, funded, balance, nonceOf } = world;
let chain;
let tok;
let minter; // dev account 9: hands out tUSDC
let ok = false;
before(async () => {
  await world.ready;
  ({ chain, tok, minter, ok } = world);
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** claims settles a Go mailroom's store and returns what was paid per asset ('native' or the token). */
async function claims(n, store) {
  const out = {};
  for (const c of JSON.parse(await settle(chain, n, store))) {
    assert.ok(!c.error, c.error);
    out[c.asset] = (out[c.asset] || 0n) + BigInt(c.paid);
  }
  return out;
}

const agent = (k, assets, extra = {}) => createAgent({ privateKey: k.privateKey, deployments: chain.deployments, store: memoryStore(), assets, withdrawDelay: 1, ...extra });

/** until polls f until it returns a truthy value (or fails after ms). */
async function until(f, what, ms = 10000) {
  for (const t0 = Date.now(); Date.now() - t0 < ms; await sleep(50)) {
    const v = f();
    if (v) return v;
  }
  throw new Error(`timed out waiting for ${what}`);
}

test('several assets: an agent preferring the token pays a Go mailroom taking both in the token, one preferring ETH pays in ETH (a route at another price too); each has one channel in its asset; settle claims exactly what was paid per asset', { timeout: 180000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const routes = join(chain.dir, 'routes-premium.json');
  writeFileSync(routes, JSON.stringify([{ path: '/premium', accepts: [{ price: '0.003ether' }, { price: '1tUSDC' }] }]));
  const bob = await goMailroom(chain, 2, { price: String(ETH_PRICE), args: [...BOTH, '--routes', routes] });
  const premium = `http://127.0.0.1:${bob.port}/premium`;
  const bob0 = await balance(bob.address);

  const ka = await funded();
  const alice = await agent(ka, [{ asset: 'token', maxPerRequest: 2_000_000n, deposit: 5_000_000n }, { asset: NATIVE, maxPerRequest: 10n ** 16n, deposit: 10n ** 17n }]);
  assert.deepEqual(alice.assets, [tok, NATIVE]);
  await alice.registry.register({});
  const eth0 = await minter.balance(ka.address);
  for (let i = 1; i <= 3; i++) {
    const res = await alice.fetch(bob.did, { body: JSON.stringify({ n: i }) });
    assert.equal(res.status, 200, await res.clone().text());
    assert.deepEqual(JSON.parse(await res.text()).echo, { n: i });
    assert.equal(res.payment.asset, tok);
    assert.equal(res.payment.price, TOKEN_PRICE, 'the token\'s price of the 402 (the registry says 1e15 wei)');
    assert.equal(BigInt(res.receipt.cumulativeAmount), BigInt(i) * TOKEN_PRICE);
  }
  // The terms are kept per URL: after the first request (the envelope alone to choose, then the paid one), one nonce a
  // request; /premium, not seen yet, learns its own terms and pays them in one attempt.
  assert.equal(alice.store.get(`nonce:${bob.address}`), 4, 'one probe, then one nonce a request');
  const p = await alice.fetchTo(premium, bob.did, { body: '{}' });
  assert.equal(p.status, 200);
  assert.equal(p.payment.asset, tok);
  assert.equal(p.payment.price, 1_000_000n, '/premium in the token: 1 tUSDC');
  assert.equal(p.payment.attempts, 1, 'learnt, not paid at /task\'s price first');
  assert.equal(alice.chosenAsset(bob.did), tok);
  const tch = alice.channel(bob.did);
  assert.equal((await alice.channels.onChain(tch.channelId)).token, tok);
  assert.deepEqual(alice.channel(bob.did, { asset: 'token' }), tch);
  assert.equal(alice.channel(bob.did, { asset: NATIVE }), null, 'no ETH channel');
  assert.equal(alice.spent(undefined, 'token'), 5_000_000n + 3n * TOKEN_PRICE + 1_000_000n, 'the token\'s day: its deposit and vouchers');
  assert.equal(alice.spent(undefined, NATIVE), 0n);
  assert.ok(eth0 - (await minter.balance(ka.address)) < 10n ** 15n, 'alice spent only gas in ETH');

  const kc = await funded(0n);
  const carol = await agent(kc, [{ asset: NATIVE, deposit: 10n ** 17n }, { asset: 'token', deposit: 5_000_000n }]);
  await carol.registry.register({});
  for (let i = 1; i <= 2; i++) {
    const res = await carol.fetch(bob.did, { body: '{}' });
    assert.equal(res.status, 200);
    assert.equal(res.payment.asset, NATIVE);
    assert.equal(res.payment.price, ETH_PRICE);
  }
  // The registry's rate (1e15) is not /premium's ETH price (3e15): the core retries at the price stated.
  const cp = await carol.fetchTo(premium, bob.did, { body: '{}' });
  assert.equal(cp.payment.asset, NATIVE);
  assert.equal(cp.payment.price, 3n * ETH_PRICE);
  assert.equal(carol.chosenAsset(bob.did), NATIVE);
  assert.equal(carol.channel(bob.did, { asset: 'token' }), null);
  assert.equal((await carol.channels.onChain(carol.channel(bob.did).channelId)).token, ZERO);
  assert.equal(carol.spent(undefined, NATIVE), 10n ** 17n + 5n * ETH_PRICE);

  assert.deepEqual(await claims(2, bob.store), { [tok]: 3n * TOKEN_PRICE + 1_000_000n, [NATIVE]: 5n * ETH_PRICE });
  assert.equal(await balance(bob.address) - bob0, 3n * TOKEN_PRICE + 1_000_000n, 'bob received exactly 1750000 base units');
});

test('several assets: a token cap below the price pays in ETH (the next preference); every cap below its price is budget_exceeded before any transaction; the day\'s budget is per asset', { timeout: 180000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const bob = await goMailroom(chain, 3, { price: String(ETH_PRICE), args: BOTH });
  const kc = await funded();
  const capped = await agent(kc, [{ asset: 'token', maxPerRequest: TOKEN_PRICE - 1n, deposit: 5_000_000n }, { asset: NATIVE, maxPerRequest: ETH_PRICE, deposit: 10n ** 16n }]);
  await capped.registry.register({});
  const res = await capped.fetch(bob.did, { body: '{}' });
  assert.equal(res.status, 200);
  assert.equal(res.payment.asset, NATIVE);
  assert.equal(res.payment.price, ETH_PRICE);
  assert.equal(capped.channel(bob.did, { asset: 'token' }), null);
  assert.equal(capped.spent(undefined, 'token'), 0n);

  const kd = await funded();
  const poor = await agent(kd, [{ asset: 'token', maxPerRequest: TOKEN_PRICE - 1n }, { asset: NATIVE, maxPerRequest: ETH_PRICE - 1n }]);
  await poor.registry.register({});
  const n0 = await nonceOf(kd.address);
  const [t0, e0] = [await balance(kd.address), await minter.balance(kd.address)];
  await assert.rejects(poor.fetch(bob.did, { body: '{}' }), (e) => e.code === 'budget_exceeded');
  assert.equal(await nonceOf(kd.address), n0, 'no transaction');
  assert.equal(await balance(kd.address), t0);
  assert.equal(await minter.balance(kd.address), e0);
  assert.equal(poor.channel(bob.did, { asset: 'token' }), null);
  assert.equal(poor.channel(bob.did, { asset: NATIVE }), null);

  // maxPerDay is the asset's: the token's day is spent by a deposit of 1 tUSDC and a voucher; the next request
  // chooses again (client_choose's dayLeft) and pays in ETH, whose day is its own.
  const ke = await funded();
  const daily = await agent(ke, [{ asset: 'token', maxPerDay: 1_000_000n + TOKEN_PRICE, deposit: 1_000_000n }, { asset: NATIVE, maxPerDay: 10n ** 16n, deposit: 5n * 10n ** 15n }]);
  await daily.registry.register({});
  assert.equal((await daily.fetch(bob.did, { body: '{}' })).payment.asset, tok);
  assert.equal(daily.spent(undefined, 'token'), 1_000_000n + TOKEN_PRICE);
  const next = await daily.fetch(bob.did, { body: '{}' });
  assert.equal(next.payment.asset, NATIVE, 'the token\'s day is spent: ETH, the next preference');
  assert.equal(daily.spent(undefined, 'token'), 1_000_000n + TOKEN_PRICE);
  assert.equal(daily.spent(undefined, NATIVE), 5n * 10n ** 15n + ETH_PRICE);
  assert.equal(daily.chosenAsset(bob.did), NATIVE);
});

test('several assets: a mailroom taking only ETH is paid in ETH by an agent preferring the token; no token is moved', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const bob = await goMailroom(chain, 4, { price: String(ETH_PRICE), args: ['--min-withdraw-delay', '0'] });
  const k = await funded();
  const a = await agent(k, [{ asset: 'token', deposit: 5_000_000n }, { asset: NATIVE, deposit: 10n ** 16n }]);
  await a.registry.register({});
  const t0 = await balance(k.address);
  for (let i = 1; i <= 2; i++) {
    const res = await a.fetch(bob.did, { body: '{}' });
    assert.equal(res.status, 200);
    assert.equal(res.payment.asset, NATIVE);
    assert.equal(res.payment.price, ETH_PRICE);
  }
  assert.equal(a.chosenAsset(bob.did), NATIVE);
  assert.equal(a.channel(bob.did, { asset: 'token' }), null);
  assert.equal(await balance(k.address), t0, 'no token moved');
  assert.deepEqual(await claims(4, bob.store), { [NATIVE]: 2n * ETH_PRICE });
});

test('several assets: a cached choice the recipient no longer takes (asset_mismatch after its restart in ETH only) is dropped and chosen again once: the agent pays in ETH', { timeout: 180000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const bob = await goMailroom(chain, 5, { price: String(ETH_PRICE), args: BOTH });
  const k = await funded();
  const a = await agent(k, [{ asset: 'token', deposit: 5_000_000n }, { asset: NATIVE, deposit: 10n ** 16n }]);
  await a.registry.register({});
  assert.equal((await a.fetch(bob.did, { body: '{}' })).payment.asset, tok);
  assert.equal(a.chosenAsset(bob.did), tok);
  const tch = a.channel(bob.did, { asset: 'token' });
  await stop(bob.handle);
  await serveAt(chain, 5, bob.port, bob.store, ['--price', '0.001ether', '--min-withdraw-delay', '0']);
  const res = await a.fetch(bob.did, { body: '{}' });
  assert.equal(res.status, 200);
  assert.equal(res.payment.asset, NATIVE);
  assert.equal(res.payment.price, ETH_PRICE);
  assert.equal(a.chosenAsset(bob.did), NATIVE);
  // The token channel's accepted amount stays as it was; the agent paid the kept token terms first (no probe), the
  // recipient refused that voucher (asset_mismatch): it counts as handed out (signed), never as accepted, and Bob's
  // claims below stay exact.
  const after = a.channel(bob.did, { asset: 'token' });
  assert.deepEqual({ ...after, signed: undefined }, { ...tch, signed: undefined }, 'the token channel stays as it was');
  assert.equal(BigInt(after.signed), 2n * TOKEN_PRICE);
  assert.ok(a.channel(bob.did, { asset: NATIVE }));
  assert.deepEqual(await claims(5, bob.store), { [tok]: TOKEN_PRICE, [NATIVE]: ETH_PRICE });
});

test('the x402 scheme in the token (asset option) pays the token entry of a mailroom taking both, through x402\'s default selection; in ETH (the default) it pays the ETH entry; with spend controls off, scheme.policy keeps the token', { timeout: 180000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const bob = await goMailroom(chain, 6, { price: String(ETH_PRICE), args: BOTH });
  const k = await funded();
  const a = await agent(k, [{ asset: NATIVE, deposit: 10n ** 16n }, { asset: 'token', deposit: 5_000_000n }]);
  await a.registry.register({});
  const scheme = mailroomChannel(a, { asset: 'token' });
  assert.equal(scheme.asset, tok);
  assert.equal(scheme.findDefaultAsset(NATIVE, scheme.network), undefined);
  const pay = wrapFetchWithPayment(scheme.fetch(), new x402Client().register(scheme.network, scheme));
  for (let i = 1; i <= 2; i++) {
    const res = await pay(bob.endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ x402: i }) });
    assert.equal(res.status, 200);
    assert.deepEqual((await res.json()).echo, { x402: i });
    assert.equal(res.payment.asset, tok);
    assert.equal(BigInt(res.receipt.cumulativeAmount), BigInt(i) * TOKEN_PRICE);
  }
  assert.deepEqual(scheme.findDefaultAsset(tok, scheme.network), { asset: tok, decimals: 6, symbol: 'tUSDC' }, 'read from the token');
  assert.equal(BigInt(a.channel(bob.did, { asset: 'token' }).cumulative), 2n * TOKEN_PRICE);
  assert.equal(a.channel(bob.did, { asset: NATIVE }), null);

  const eth = mailroomChannel(a);
  assert.equal(eth.asset, NATIVE);
  const r = await wrapFetchWithPayment(eth.fetch(), new x402Client().register(eth.network, eth))(bob.endpoint, { method: 'POST', body: '{}' });
  assert.equal(r.status, 200);
  assert.equal(r.payment.asset, NATIVE);
  assert.equal(r.payment.price, ETH_PRICE);

  // Spend controls off: x402 takes the first entry (ETH) unless the scheme's policy leaves it.
  const open = new x402Client().register(scheme.network, scheme);
  open.setSpendControls(false);
  await assert.rejects(wrapFetchWithPayment(scheme.fetch(), open)(bob.endpoint, { method: 'POST', body: '{}' }), /asset_mismatch|this scheme pays in/);
  open.registerPolicy(scheme.policy);
  const r2 = await wrapFetchWithPayment(scheme.fetch(), open)(bob.endpoint, { method: 'POST', body: '{}' });
  assert.equal(r2.status, 200);
  assert.equal(r2.payment.asset, tok);
  assert.deepEqual(await claims(6, bob.store), { [tok]: 3n * TOKEN_PRICE, [NATIVE]: ETH_PRICE });
  assert.throws(() => mailroomChannel(a, { asset: chain.dep.registry }), (e) => e.code === 'invalid_input', 'an asset the agent does not pay in');
});

test('the JS gate\'s settler claims at each asset\'s threshold: thresholds { native, token } after accepted requests and in its scan; thresholdWei is the native one only', { timeout: 180000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const port = await freePort();
  await run(['register', '--dev-account', '7', '--endpoint', `http://127.0.0.1:${port}/task`, '--rate', '1000'], { cwd: chain.dir, env: chain.env });
  const store = memoryStore();
  const base = { privateKey: DEV_KEYS[7], deployments: chain.deployments, minWithdrawDelay: 0, accepts: [{ price: TOKEN_PRICE, asset: 'token' }, { price: 1000n, asset: NATIVE }] };
  const mr = await createMailroom({ ...base, store });
  const app = express();
  app.post('/task', mr.express(), (req, res) => res.json({ ok: true }));
  const srv = app.listen(port, '127.0.0.1');
  await new Promise((r) => srv.once('listening', r));
  closers.push(() => new Promise((r) => srv.close(r)));
  const bobDid = did(DEV_ADDRS[7]);
  assert.throws(() => mr.startSettler({ thresholdWei: 1n, thresholds: { native: 1n } }), (e) => e.code === 'invalid_input');
  const results = [];
  const stopSettler = mr.startSettler({ thresholds: { token: 2n * TOKEN_PRICE, native: 3000n }, intervalMs: 3_600_000, onResult: (r) => results.push(r) });
  const alice = await agent(await funded(), [{ asset: 'token', deposit: 5_000_000n }]);
  const carol = await agent(await funded(0n), [{ asset: NATIVE, deposit: 10n ** 15n }]);
  await alice.registry.register({});
  await carol.registry.register({});
  assert.equal((await alice.fetch(bobDid, { body: '{}' })).payment.price, TOKEN_PRICE);
  for (let i = 1; i <= 2; i++) assert.equal((await carol.fetch(bobDid, { body: '{}' })).payment.price, 1000n);
  await sleep(500);
  assert.deepEqual(results, [], 'below both thresholds: 250000 of 500000 in the token, 2000 of 3000 wei');
  const tid = alice.channel(bobDid).channelId;
  const eid = carol.channel(bobDid).channelId;
  await carol.fetch(bobDid, { body: '{}' });
  await until(() => results.length === 1, 'the ETH claim');
  assert.deepEqual([results[0].channelId, results[0].paid], [eid, 3000n]);
  await alice.fetch(bobDid, { body: '{}' });
  await until(() => results.length === 2, 'the token claim');
  assert.deepEqual([results[1].channelId, results[1].paid], [tid, 2n * TOKEN_PRICE]);
  assert.equal((await alice.channels.onChain(tid)).claimed, 2n * TOKEN_PRICE);
  assert.equal((await carol.channels.onChain(eid)).claimed, 3000n);
  await stopSettler();

  // The scan of another gate on the same store (the channels' assets read from the chain):
  // thresholdWei alone claims the ETH channel at 2000 wei and never the token one (500000 units unclaimed).
  await alice.fetch(bobDid, { body: '{}' });
  await alice.fetch(bobDid, { body: '{}' });
  await carol.fetch(bobDid, { body: '{}' });
  await carol.fetch(bobDid, { body: '{}' });
  const mr2 = await createMailroom({ ...base, store });
  const scanned = [];
  const stop2 = mr2.startSettler({ thresholdWei: 2000n, intervalMs: 100, onResult: (r) => scanned.push(r) });
  await until(() => scanned.length >= 1, 'the scan\'s ETH claim');
  await sleep(500);
  await stop2();
  assert.deepEqual(scanned.map((r) => [r.channelId, r.paid]), [[eid, 2000n]]);
  assert.equal((await alice.channels.onChain(tid)).claimed, 2n * TOKEN_PRICE, 'the token channel is not claimed by a wei threshold');
  clearInterval(mr2.pruneTimer);
  mr2.guard.close();
});

test('createAgent refuses assets it cannot take: both assets and asset (or deposit, budget), an asset twice, an empty list, an entry without asset; an asset it does not pay in is invalid_input', { timeout: 60000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const base = { privateKey: DEV_KEYS[8], deployments: chain.deployments, store: memoryStore() };
  const bad = [
    { assets: [{ asset: 'token' }], asset: 'token' },
    { assets: [{ asset: 'token' }], deposit: 1n },
    { assets: [{ asset: 'token' }], budget: { maxPerDay: 1n } },
    { assets: [{ asset: 'token' }, { asset: chain.dep.token }] },
    { assets: [] },
    { assets: [{ maxPerRequest: 1n }] },
    { assets: [{ asset: 'nope' }] },
    { assets: [{ asset: NATIVE, maxPerRequest: 'x' }] },
  ];
  for (const o of bad) await assert.rejects(createAgent({ ...base, ...o }), (e) => e.code === 'invalid_input', JSON.stringify(o, (_k, v) => (typeof v === 'bigint' ? String(v) : v)));
  const a = await createAgent({ ...base, assets: [{ asset: NATIVE }, { asset: 'token' }] });
  assert.equal(a.asset, NATIVE, 'the first asset is the default');
  assert.throws(() => a.channel(DEV_ADDRS[1], { asset: chain.dep.registry }), (e) => e.code === 'invalid_input');
  assert.throws(() => a.spent(undefined, chain.dep.registry), (e) => e.code === 'invalid_input');
});
