// JS agents paying, and JS gates paid, in an ERC-20 token: the dev chain's
// MailroomTestUSD (6 decimals, EIP-2612 permit) that `mailroom node`
// deploys. The agent (createAgent({asset: 'token'})) learns the price from
// the 402 (the registry's rate is wei), opens its channel in the token with
// a permit in one transaction, and pays a Go `mailroom serve --routes` and
// an Express gate priced in the token; the settles claim exactly n x price,
// balances add up to the base unit. An ETH agent facing a token mailroom is
// told asset_mismatch before any transaction; a new process on the same
// store pays on the same token channel, and an ETH agent on that store does
// not take it up.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { erc20Abi } from 'viem';
import express from 'express';
import { createAgent } from '../src/agent.js';
import { createMailroom } from '../src/server.js';
import { paymentChannelAbi } from '../src/abi.gen.js';
import { memoryStore } from '../src/store.js';
import { tokenWorld } from './token-world.js';
import { DEV_ADDRS, DEV_KEYS, did, freePort, goMailroom, pkg, run, settle } from './harness.js';

const PRICE = 250000n; // 0.25 tUSDC
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
const allowance = (a) => minter.public.readContract({ address: tok, abi: erc20Abi, functionName: 'allowance', args: [a, chain.dep.paymentChannel] });
const noncesAbi = [{ type: 'function', name: 'nonces', stateMutability: 'view', inputs: [{ name: 'owner', type: 'address' }], outputs: [{ name: '', type: 'uint256' }] }];
const refunds = (a) => minter.public.readContract({ address: chain.dep.paymentChannel, abi: paymentChannelAbi, functionName: 'refunds', args: [tok, a] });
const claimedBy = async (n, store) => JSON.parse(await settle(chain, n, store)).reduce((s, c) => s + BigInt(c.paidWei), 0n);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function routesFile(name, routes) {
  const f = join(chain.dir, name);
  writeFileSync(f, JSON.stringify(routes));
  return f;
}

/**
 * withdrawn requests close and withdraws once the (1 s) withdraw delay has
 * passed on chain: the dev chain's time moves with its blocks, so a block
 * is mined (a 0-token transfer of the minter) before each try.
 */
async function withdrawn(agent, to) {
  await agent.channels.requestClose(to);
  for (let i = 0; ; i++) {
    await sleep(1100);
    await minter.send(tok, erc20Abi, 'transfer', [DEV_ADDRS[9], 0n]);
    try {
      return await agent.channels.withdraw(to);
    } catch (e) {
      if (e.code !== 'reverted' || !/WithdrawTooEarly/.test(e.message) || i >= 5) throw e;
    }
  }
}

async function expressApp(mr, port) {
  const app = express();
  app.post('/task', mr.express(), (req, res) => res.json({ got: req.body }));
  app.post('/eth', mr.express(), (req, res) => res.json({ got: req.body }));
  const srv = app.listen(port, '127.0.0.1');
  await new Promise((r) => srv.once('listening', r));
  closers.push(() => new Promise((r) => srv.close(r)));
}

test('a JS agent in the token pays a Go mailroom priced in it (permit, one transaction); settle claims exactly 3 x price; after close and withdraw the balances add up to the base unit', { timeout: 180000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const routes = routesFile('routes-token.json', [{ path: '*', price: String(PRICE), asset: tok }]);
  const bob = await goMailroom(chain, 2, { price: '1000', args: ['--routes', routes, '--min-withdraw-delay', '0'] });
  const k = await funded();
  const alice = await createAgent({ privateKey: k.privateKey, deployments: chain.deployments, store: memoryStore(), asset: 'token', deposit: 5_000_000n, withdrawDelay: 1 });
  assert.equal(alice.asset, tok);
  await alice.registry.register({});
  const nonce0 = await nonceOf(k.address);
  const [alice0, bob0, held0] = [await balance(k.address), await balance(bob.address), await balance(chain.dep.paymentChannel)];
  for (let i = 1; i <= 3; i++) {
    const res = await alice.fetch(bob.did, { body: JSON.stringify({ n: i }) });
    assert.equal(res.status, 200, await res.clone().text());
    assert.deepEqual(JSON.parse(await res.text()).echo, { n: i });
    assert.equal(res.payment.price, PRICE, 'the price is the 402\'s, in the token (the registry says 1000 wei)');
    assert.equal(BigInt(res.receipt.cumulativeAmount), BigInt(i) * PRICE);
  }
  const st = alice.channel(bob.did);
  const ch = await alice.channels.onChain(st.channelId);
  assert.equal(ch.token, tok);
  assert.equal(ch.deposit, 5_000_000n);
  assert.equal(await nonceOf(k.address), nonce0 + 1, 'the channel was opened in one transaction (permit, no approve)');
  assert.equal(await allowance(k.address), 0n, 'the permit\'s allowance was used up exactly');
  assert.equal(alice0 - (await balance(k.address)), 5_000_000n, 'alice locked exactly the deposit');
  assert.equal(await balance(chain.dep.paymentChannel) - held0, 5_000_000n);
  // The budget counts token units (the deposit and the vouchers' increases) under the token's day key, never with wei.
  assert.equal(alice.spent(), 5_000_000n + 3n * PRICE);
  const day = new Date().toISOString().slice(0, 10);
  assert.equal(alice.store.get(`spend:${day}`), undefined);
  assert.equal(alice.store.get(`spend:${day}/${tok}`), '5750000');

  assert.equal(await claimedBy(2, bob.store), 3n * PRICE);
  assert.equal(await balance(bob.address) - bob0, 3n * PRICE, 'bob received exactly 750000 base units');
  assert.equal(await balance(chain.dep.paymentChannel) - held0, 5_000_000n - 3n * PRICE, 'the contract holds deposit - claimed');
  assert.equal((await alice.channels.onChain(st.channelId)).claimed, 3n * PRICE);

  await withdrawn(alice, bob.did);
  assert.equal(alice0 - (await balance(k.address)), 3n * PRICE, 'alice got the rest back: she paid exactly 3 x price');
  assert.equal(await balance(chain.dep.paymentChannel), held0, 'the contract holds nothing of the channel');
  assert.equal((await alice.channels.onChain(st.channelId)).open, false);
  assert.equal(await refunds(k.address), 0n, 'nothing credited: the rest was sent');
  assert.equal(alice.channel(bob.did).closed, true);
});

test('an ETH agent facing the token mailroom: asset_mismatch before any transaction (no channel, nonce unchanged)', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const routes = routesFile('routes-token-b.json', [{ path: '*', price: String(PRICE), asset: tok }]);
  const bob = await goMailroom(chain, 4, { price: '1000', args: ['--routes', routes] });
  const k = await funded(0n);
  const eth = await createAgent({ privateKey: k.privateKey, deployments: chain.deployments, store: memoryStore() });
  await eth.registry.register({});
  const n0 = await nonceOf(k.address);
  const b0 = await minter.balance(k.address);
  await assert.rejects(eth.fetch(bob.did, { body: '{}' }), (e) => e.code === 'asset_mismatch');
  assert.equal(eth.channel(bob.did), null);
  assert.equal(await nonceOf(k.address), n0, 'no transaction');
  assert.equal(await minter.balance(k.address), b0);
  assert.equal(eth.spent(), 0n);
  // A token agent that is not the mailroom's token is told the same.
  const other = await createAgent({ privateKey: k.privateKey, deployments: chain.deployments, store: memoryStore(), asset: chain.dep.registry });
  await assert.rejects(other.fetch(bob.did, { body: '{}' }), (e) => e.code === 'asset_mismatch');
  assert.equal(await nonceOf(k.address), n0);
});

test('a JS gate with routes: /task in the token, the rest in ETH; token (with a top-up) and ETH agents pay; metrics and the log per asset; settle claims exactly n x price in each', { timeout: 180000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const port = await freePort();
  await run(['register', '--dev-account', '3', '--endpoint', `http://127.0.0.1:${port}/task`, '--rate', '1000'], { cwd: chain.dir, env: chain.env });
  const lines = [];
  const mr = await createMailroom({ privateKey: DEV_KEYS[3], deployments: chain.deployments, store: memoryStore(), minWithdrawDelay: 0, price: 1000n,
    routes: [{ method: 'POST', path: '/task', price: PRICE, asset: 'token' }], onRequest: (l) => lines.push(l) });
  await expressApp(mr, port);
  const bobDid = did(DEV_ADDRS[3]);
  const bob0 = await balance(DEV_ADDRS[3]);
  const k = await funded();
  const alice = await createAgent({ privateKey: k.privateKey, deployments: chain.deployments, store: memoryStore(), asset: 'token', deposit: 1_000_000n });
  await alice.registry.register({});
  for (let i = 1; i <= 5; i++) {
    const res = await alice.fetch(bobDid, { body: JSON.stringify({ i }) });
    assert.equal(res.status, 200);
    assert.deepEqual((await res.json()).got, { i });
    assert.equal(BigInt(res.receipt.cumulativeAmount), BigInt(i) * PRICE);
  }
  assert.equal((await alice.channels.onChain(alice.channel(bobDid).channelId)).deposit, 2_000_000n, 'the fifth request topped up in the token (approve + topUpToken)');
  const eth = await createAgent({ privateKey: (await funded(0n)).privateKey, deployments: chain.deployments, store: memoryStore() });
  await eth.registry.register({});
  for (let i = 1; i <= 2; i++) {
    const res = await eth.fetchTo(`http://127.0.0.1:${port}/eth`, bobDid, { body: '{}' });
    assert.equal(res.status, 200);
    assert.equal(res.payment.price, 1000n);
  }
  await assert.rejects(eth.fetch(bobDid, { body: '{}' }), (e) => e.code === 'asset_mismatch', '/task takes only the token');
  assert.deepEqual(mr.metrics.paid, { native: 2000n, [tok]: 5n * PRICE });
  assert.equal(mr.metrics.paidWei, 2000n);
  const served = lines.filter((l) => l.code === 'ok');
  assert.deepEqual(served.map((l) => [l.target, l.asset, l.paid, l.paidWei]), [
    ...[1, 2, 3, 4, 5].map(() => ['/task', tok, PRICE, 0n]), ['/eth', 'native', 1000n, 1000n], ['/eth', 'native', 1000n, 1000n]]);
  const claims = await mr.settle();
  assert.equal(claims.length, 2);
  assert.ok(claims.every((c) => !c.error), String(claims.map((c) => c.error)));
  const byToken = {};
  for (const c of claims) byToken[(await mr.chain.getChannel(c.channelId)).token] = c.paid;
  assert.deepEqual(byToken, { [tok]: 5n * PRICE, '0x0000000000000000000000000000000000000000': 2000n });
  assert.equal(await balance(DEV_ADDRS[3]) - bob0, 5n * PRICE);
});

test('createMailroom({asset: "token"}): a new agent process on the same store pays on the same token channel; an ETH agent on that store does not take it up', { timeout: 180000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const port = await freePort();
  await run(['register', '--dev-account', '5', '--endpoint', `http://127.0.0.1:${port}/task`, '--rate', '1000'], { cwd: chain.dir, env: chain.env });
  const price = 100_000n;
  const mr = await createMailroom({ privateKey: DEV_KEYS[5], deployments: chain.deployments, store: memoryStore(), minWithdrawDelay: 0, asset: 'token', price });
  assert.equal(mr.asset, tok);
  await expressApp(mr, port);
  const bobDid = did(DEV_ADDRS[5]);
  const k = await funded();
  const dir = mkdtempSync(join(tmpdir(), 'mailroom-js-token-store-'));
  const a = await createAgent({ privateKey: k.privateKey, deployments: chain.deployments, store: dir, asset: 'token' });
  await a.registry.register({});
  for (let i = 1; i <= 2; i++) assert.equal((await a.fetch(bobDid, { body: '{}' })).status, 200);
  const id = a.channel(bobDid).channelId;
  await a.close();
  const n0 = await nonceOf(k.address);
  const out = await new Promise((ok2, bad) => execFile(process.execPath, [join(pkg, 'test-agent/token-agent.mjs'), k.privateKey, dir, bobDid, '{"again":1}'],
    { env: { ...process.env, MAILROOM_DEPLOYMENTS: chain.deployments, MAILROOM_RPC: '' }, cwd: chain.dir }, (e, so, se) => (e ? bad(new Error(se || e.message)) : ok2(so))));
  const r = JSON.parse(out.trim().split('\n').pop());
  assert.equal(r.status, 200);
  assert.equal(r.channelId, id, 'the same token channel');
  assert.equal(BigInt(r.cumulative), 3n * price);
  assert.equal(r.nonce, n0, 'no new channel, no transaction');
  // The store remembers the channel's asset: an ETH agent on it has no channel to Bob.
  const eth = await createAgent({ privateKey: k.privateKey, deployments: chain.deployments, store: dir });
  assert.equal(eth.channel(bobDid), null);
  await eth.close();
  const again = await createAgent({ privateKey: k.privateKey, deployments: chain.deployments, store: dir, asset: tok });
  assert.equal(again.channel(bobDid).channelId, id);
  assert.equal(BigInt(again.channel(bobDid).cumulative), 3n * price);
  await again.close();
  const claims = await mr.settle();
  assert.equal(claims.length, 1);
  assert.equal(claims[0].paid, 3n * price);
  assert.deepEqual(mr.metrics.paid, { native: 0n, [tok]: 3n * price });
});

test('a JS gate priced in several assets (accepts, and a route with accepts): the token agent and the ETH agent each pay the price of their asset; metrics per asset; settle claims exactly that', { timeout: 180000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const port = await freePort();
  await run(['register', '--dev-account', '7', '--endpoint', `http://127.0.0.1:${port}/task`, '--rate', '1000'], { cwd: chain.dir, env: chain.env });
  const lines = [];
  const mr = await createMailroom({ privateKey: DEV_KEYS[7], deployments: chain.deployments, store: memoryStore(), minWithdrawDelay: 0,
    accepts: [{ price: PRICE, asset: 'token' }, { price: 1000n, asset: 'native' }],
    routes: [{ path: '/eth', accepts: [{ price: 2000n, asset: 'native' }, { price: 500_000n, asset: tok }] }], onRequest: (l) => lines.push(l) });
  assert.equal(mr.asset, tok, 'the first accepted asset is the default');
  await expressApp(mr, port);
  const bobDid = did(DEV_ADDRS[7]);
  const eth0 = await minter.balance(DEV_ADDRS[7]);
  const alice = await createAgent({ privateKey: (await funded()).privateKey, deployments: chain.deployments, store: memoryStore(), asset: 'token', deposit: 5_000_000n });
  const carol = await createAgent({ privateKey: (await funded(0n)).privateKey, deployments: chain.deployments, store: memoryStore() });
  await alice.registry.register({});
  await carol.registry.register({});
  for (let i = 1; i <= 2; i++) {
    const a = await alice.fetch(bobDid, { body: '{}' });
    assert.equal(a.status, 200);
    assert.equal(a.payment.price, PRICE);
    const c = await carol.fetch(bobDid, { body: '{}' });
    assert.equal(c.status, 200);
    assert.equal(c.payment.price, 1000n);
  }
  const a = await alice.fetchTo(`http://127.0.0.1:${port}/eth`, bobDid, { body: '{}' });
  assert.equal(a.payment.price, 500_000n, '/eth in the token');
  // An ETH agent goes by the registry's rate (1000 wei) unless told the route's price.
  const c = await carol.fetchTo(`http://127.0.0.1:${port}/eth`, bobDid, { body: '{}' }, { price: 2000n });
  assert.equal(c.payment.price, 2000n, '/eth in ETH');
  assert.deepEqual(mr.metrics.paid, { native: 2n * 1000n + 2000n, [tok]: 2n * PRICE + 500_000n });
  assert.equal(mr.metrics.paidWei, 4000n);
  assert.deepEqual(lines.filter((l) => l.code === 'ok').map((l) => [l.target, l.asset, l.paid]), [
    ['/task', tok, PRICE], ['/task', 'native', 1000n], ['/task', tok, PRICE], ['/task', 'native', 1000n], ['/eth', tok, 500_000n], ['/eth', 'native', 2000n]]);
  const bob0 = await balance(DEV_ADDRS[7]);
  const claims = await mr.settle();
  assert.equal(claims.length, 2);
  assert.ok(claims.every((x) => !x.error), String(claims.map((x) => x.error)));
  const byToken = {};
  for (const x of claims) byToken[(await mr.chain.getChannel(x.channelId)).token] = x.paid;
  assert.deepEqual(byToken, { [tok]: 2n * PRICE + 500_000n, '0x0000000000000000000000000000000000000000': 4000n });
  assert.equal(await balance(DEV_ADDRS[7]) - bob0, 2n * PRICE + 500_000n);
  assert.ok((await minter.balance(DEV_ADDRS[7])) < eth0 + 4000n, 'the claims cost bob gas (the ETH claim paid 4000 wei)');
});

test('token channels without a permit: an allowance already given opens with createTokenChannel (no permit signed); permitDomain reads the token\'s EIP-712 domain, null for what has no permit', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const routes = routesFile('routes-token-p.json', [{ path: '*', price: String(PRICE), asset: tok }]);
  const bob = await goMailroom(chain, 8, { price: '1000', args: ['--routes', routes, '--min-withdraw-delay', '0'] });
  const k = await funded();
  const alice = await createAgent({ privateKey: k.privateKey, deployments: chain.deployments, store: memoryStore(), asset: tok, deposit: 2_000_000n });
  await alice.registry.register({});
  assert.deepEqual(await alice.chain.permitDomain(tok), { name: 'Mailroom Test USD', version: '1', chainId: 31337, verifyingContract: tok });
  assert.equal(await alice.chain.permitDomain(DEV_ADDRS[8]), null, 'an account without code has no permit');
  await alice.chain.send(tok, erc20Abi, 'approve', [chain.dep.paymentChannel, 2_000_000n]);
  const n0 = await nonceOf(k.address);
  const id = await alice.channels.open(bob.did, { deposit: 2_000_000n });
  assert.equal(await nonceOf(k.address), n0 + 1);
  assert.equal(await allowance(k.address), 0n);
  const permitNonce = await minter.public.readContract({ address: tok, abi: noncesAbi, functionName: 'nonces', args: [k.address] });
  assert.equal(permitNonce, 0n, 'no permit was used');
  assert.equal((await alice.channels.onChain(id)).token, tok);
  for (let i = 1; i <= 2; i++) assert.equal((await alice.fetch(bob.did, { body: '{}' })).status, 200);
  assert.equal(BigInt(alice.channel(bob.did).cumulative), 2n * PRICE);
  assert.equal(await claimedBy(8, bob.store), 2n * PRICE);
});

test('createMailroom refuses a token price it cannot take and a bad asset, before serving', { timeout: 60000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const base = { privateKey: DEV_KEYS[6], deployments: chain.deployments, store: memoryStore() };
  await assert.rejects(createMailroom({ ...base, asset: 'token' }), (e) => e.code === 'invalid_input', 'a token price is not the registry rate');
  await assert.rejects(createMailroom({ ...base, price: 1n, asset: 'nope' }), (e) => e.code === 'invalid_input');
  await assert.rejects(createMailroom({ ...base, price: 1n, accepts: [{ price: 1n, asset: 'native' }] }), (e) => e.code === 'invalid_input');
  await assert.rejects(createMailroom({ ...base, price: 1n, routes: [{ path: '/x', price: 1n, asset: 'native', accepts: [{ price: 1n, asset: 'native' }] }] }), (e) => e.code === 'invalid_input');
  await assert.rejects(createAgent({ ...base, asset: '0x0000000000000000000000000000000000000000' }), (e) => e.code === 'invalid_input');
});
