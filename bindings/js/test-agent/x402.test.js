// The x402 reference client pays a Go mailroom: @x402/fetch's
// wrapFetchWithPayment with an x402Client on which only the
// mailroom-channel scheme is registered (default spend controls, no
// allowedAssets entry), through the scheme's transport. Receipts are
// verified; Bob claims exactly 2 x price. A spend cap below the price
// refuses before anything is signed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { wrapFetchWithPayment, x402Client, decodePaymentResponseHeader } from '@x402/fetch';
import { createAgent } from '../src/agent.js';
import { mailroomChannel } from '../src/x402.js';
import { generateKey, init } from '../src/index.js';
import { memoryStore } from '../src/store.js';
import { devChain, goMailroom, requireCLI, run, settle, stopAll } from './harness.js';

const PRICE = 1000000000000000n;
let chain;
let ok = false;
before(async () => {
  if (!requireCLI({ skip: () => {} })) return;
  await init();
  chain = await devChain();
  ok = true;
});
after(stopAll);

test('@x402/fetch with the mailroom-channel scheme registered pays a Go mailroom; Bob claims exactly 2 x price', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const bob = await goMailroom(chain, 2, { price: String(PRICE) });
  const k = generateKey();
  await run(['fund', k.address, '1ether'], { cwd: chain.dir, env: chain.env });
  const alice = await createAgent({ privateKey: k.privateKey, deployments: chain.deployments, store: memoryStore() });
  await alice.registry.register({});
  const scheme = mailroomChannel(alice);
  const client = new x402Client().register(scheme.network, scheme);
  const pay = wrapFetchWithPayment(scheme.fetch(), client);
  for (let i = 1; i <= 2; i++) {
    const res = await pay(bob.endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ x402: i }) });
    assert.equal(res.status, 200);
    assert.deepEqual((await res.json()).echo, { x402: i });
    assert.equal(BigInt(res.receipt.cumulativeAmount), BigInt(i) * PRICE);
    const settled = decodePaymentResponseHeader(res.headers.get('PAYMENT-RESPONSE'));
    assert.equal(settled.success, true);
    assert.equal(settled.network, scheme.network);
  }
  const claims = JSON.parse(await settle(chain, 2, bob.store));
  assert.equal(claims.reduce((s, c) => s + BigInt(c.paidWei), 0n), 2n * PRICE);

  // x402's own spend cap (atomic, per asset) below the price: nothing is signed.
  const capped = new x402Client().register(scheme.network, scheme);
  capped.setSpendControls({ allowedAssets: [{ network: scheme.network, asset: 'native', maxAmountPerPayment: String(PRICE - 1n) }] });
  const before2 = alice.channel(bob.did);
  await assert.rejects(wrapFetchWithPayment(scheme.fetch(), capped)(bob.endpoint, { method: 'POST', body: '{}' }));
  assert.deepEqual(alice.channel(bob.did), before2);
});
