// Discovery (issue 14, part 4) against a real `mailroom node`: four agents
// registered by the CLI (one deactivated) are found by capability, rate and
// activity through agent.registry.find and a live index (agent.discovery)
// read in one-block log ranges; the watch picks up an update, an activation
// and a new registration; a dead RPC is chain_error; a chain shorter than
// what was seen is scanned again from the first block.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createPublicClient, custom } from 'viem';
import { createAgent, createDiscovery, DEFAULT_LOG_RANGE, DEFAULT_RESCAN } from '../src/agent.js';
import { Chain } from '../src/chain.js';
import { generateKey, init } from '../src/index.js';
import { memoryStore } from '../src/store.js';
import { DEV_ADDRS, DEV_KEYS, devChain, freePort, requireCLI, run, stopAll } from './harness.js';

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

const addrs = (found) => found.map((a) => a.address);
const [, a1, a2, a3, a4, a5, a6] = DEV_ADDRS;

/** rpcTo is a JSON-RPC call to url (what the counting and switching transports forward). */
async function rpcTo(url, method, params) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  const j = await r.json();
  if (j.error) throw Object.assign(new Error(j.error.message), { code: j.error.code, data: j.error.data });
  return j.result;
}

/** chainVia is a Chain of the dev deployment whose RPC calls go to target.url and are recorded in target.calls. */
function chainVia(target) {
  const publicClient = createPublicClient({
    transport: custom({ request: ({ method, params }) => { target.calls.push({ method, params }); return rpcTo(target.url, method, params); } }, { retryCount: 0 }),
  });
  return new Chain({ chainId: chain.dep.chainId, rpcUrl: target.url, registry: chain.dep.registry, paymentChannel: chain.dep.paymentChannel, publicClient });
}

const logRanges = (calls) => calls.filter((c) => c.method === 'eth_getLogs').map((c) => [BigInt(c.params[0].fromBlock), BigInt(c.params[0].toBlock)]);

async function codeOf(p) {
  try {
    await p;
  } catch (e) {
    return e.code;
  }
  return 'no error';
}

test('registry.find and a live index (one-block log ranges) find agents by capability, max rate and activity, cheapest first, as copies; the watch catches an update, an activation and a registration', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const cli = (args) => run(args, { cwd: chain.dir, env: chain.env });
  for (const [n, rate, caps] of [[1, '0.003ether', 'gpt-4o,audit'], [2, '1000', 'gpt-4o'], [3, '500', 'summarise'], [4, '200', 'gpt-4o']]) {
    await cli(['register', '--dev-account', String(n), '--endpoint', `http://127.0.0.1:1/${n}`, '--capability', caps, '--rate', rate]);
  }
  await cli(['agent', 'deactivate', a4, '--dev-account', '4']);

  const k = generateKey();
  const me = await createAgent({ privateKey: k.privateKey, deployments: chain.deployments, store: memoryStore() });

  // One-shot: agent.registry.find.
  assert.deepEqual(addrs(await me.registry.find({ capability: 'gpt-4o' })), [a2, a1]);
  assert.deepEqual(addrs(await me.registry.find({ capability: 'gpt-4o', maxRate: 1000n })), [a2]);
  assert.deepEqual(addrs(await me.registry.find({ capability: 'gpt-4o', maxRate: 999 })), []);
  assert.deepEqual(addrs(await me.registry.find({ capability: 'gpt-4o', maxRate: '3000000000000000' })), [a2, a1]);
  assert.deepEqual(addrs(await me.registry.find({ capability: 'gpt-4o', includeInactive: true })), [a4, a2, a1]);
  assert.deepEqual(addrs(await me.registry.find({ capability: 'GPT-4o' })), [], 'capabilities match exactly');
  assert.deepEqual(addrs(await me.registry.find({ capability: 'gpt-4' })), [], 'no prefix match');
  assert.deepEqual(addrs(await me.registry.find({})), [a3, a2, a1], 'every active agent');
  assert.deepEqual(addrs(await me.registry.find()), [a3, a2, a1]);
  const audit = await me.registry.find({ capability: 'audit' });
  assert.deepEqual(audit, [{ address: a1, owner: a1, endpoint: 'http://127.0.0.1:1/1', capabilities: ['gpt-4o', 'audit'], ratePerTaskWei: 3000000000000000n, active: true }]);

  // Bad queries are invalid_input, before any chain I/O.
  for (const q of [{ maxRate: -1 }, { maxRate: -1n }, { maxRate: 1.5 }, { maxRate: '1e3' }, { maxRate: '-5' }, { maxRate: 'lots' }, { capability: 7 }, { includeInactive: 'yes' }, { max_rate: 5 }, 'gpt-4o']) {
    assert.equal(await codeOf(me.registry.find(q)), 'invalid_input', JSON.stringify(q, (_, v) => (typeof v === 'bigint' ? `${v}n` : v)));
  }

  // A live index read one block per eth_getLogs call: every range boundary is crossed.
  const target = { url: chain.rpc, calls: [] };
  const d = createDiscovery(chainVia(target), { logRange: 1 });
  assert.equal(d.logRange, 1n);
  assert.equal(d.rescan, DEFAULT_RESCAN);
  assert.equal(await d.sync(), 4);
  assert.equal(d.size, 4);
  const head = BigInt(await rpcTo(chain.rpc, 'eth_blockNumber', []));
  const ranges = logRanges(target.calls);
  assert.equal(ranges.length, Number(head) + 1, 'one eth_getLogs per block from 0 to the head');
  ranges.forEach(([from, to], i) => assert.deepEqual([from, to], [BigInt(i), BigInt(i)]));
  for (const q of [{ capability: 'gpt-4o' }, { capability: 'gpt-4o', maxRate: 1000 }, { capability: 'gpt-4o', includeInactive: true }, {}, { capability: 'audit' }]) {
    assert.deepEqual(d.find(q), await me.registry.find(q), JSON.stringify(q));
  }
  assert.throws(() => d.find({ maxRate: -3 }), (e) => e.code === 'invalid_input');

  // find returns copies.
  const got = d.find({ capability: 'audit' });
  got[0].capabilities[0] = 'changed by the caller';
  got[0].ratePerTaskWei = 1n;
  got[0].active = false;
  assert.deepEqual(addrs(d.find({ capability: 'gpt-4o', maxRate: 1 })), []);
  assert.deepEqual(d.find({ capability: 'audit' })[0].capabilities, ['gpt-4o', 'audit']);
  assert.equal(d.find({ capability: 'audit' })[0].active, true);

  // A later sync scans again only the last `rescan` blocks it had seen.
  const small = { url: chain.rpc, calls: [] };
  const d2 = createDiscovery(chainVia(small), { logRange: 2, rescan: 3 });
  assert.equal(await d2.sync(), 4);
  small.calls.length = 0;
  const head2 = BigInt(await rpcTo(chain.rpc, 'eth_blockNumber', []));
  await d2.sync();
  assert.deepEqual(logRanges(small.calls), [[head2 - 2n, head2 - 1n], [head2, head2]], 'the rescan window: the last 3 blocks, in ranges of 2');

  // The watch keeps the index current.
  const errors = [];
  const stop = d.watch(50, (e) => errors.push(e));
  const agentOf = (n) => createAgent({ privateKey: DEV_KEYS[n], deployments: chain.deployments, store: memoryStore() });
  const [x3, x4, x5] = [await agentOf(3), await agentOf(4), await agentOf(5)];
  await x3.registry.update({ endpoint: 'http://127.0.0.1:1/x', capabilities: ['gpt-4o'], ratePerTaskWei: 400n });
  await x4.registry.activate();
  await x5.registry.register({ endpoint: 'http://127.0.0.1:1/5', capabilities: ['gpt-4o'], ratePerTaskWei: 1000n });
  const want = [a4, a3, a2, a5, a1]; // a2 and a5 both ask 1000 wei: by address
  const end = Date.now() + 10000;
  for (;;) {
    const g = addrs(d.find({ capability: 'gpt-4o' }));
    if (g.length === want.length) {
      assert.deepEqual(g, want);
      break;
    }
    assert.ok(Date.now() < end, `the watch did not catch up: ${g}, want ${want}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await stop();
  assert.deepEqual(errors, []);
  assert.equal(d.find({ capability: 'gpt-4o' })[1].endpoint, 'http://127.0.0.1:1/x');
  assert.deepEqual(d.find({ capability: 'summarise' }), [], 'the update replaced agent 3\'s capabilities');
  // Stopped: the index no longer follows the chain.
  await x5.registry.update({ endpoint: 'http://127.0.0.1:1/5', capabilities: ['gpt-4o'], ratePerTaskWei: 1n });
  await new Promise((r) => setTimeout(r, 300));
  assert.deepEqual(addrs(d.find({ capability: 'gpt-4o' })), want);
  assert.deepEqual(addrs(await me.registry.find({ capability: 'gpt-4o' })), [a5, a4, a3, a2, a1]);
});

test('an RPC that fails is chain_error, from sync and to the watch\'s onError; bad options are invalid_input', { timeout: 60000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  const dead = { url: `http://127.0.0.1:${await freePort()}`, calls: [] };
  const d = createDiscovery(chainVia(dead));
  assert.equal(d.logRange, DEFAULT_LOG_RANGE);
  assert.equal(await codeOf(d.sync()), 'chain_error');
  const seen = [];
  const stop = d.watch(20, (e) => seen.push(e.code));
  for (const end = Date.now() + 5000; seen.length < 2; await new Promise((r) => setTimeout(r, 10))) assert.ok(Date.now() < end, 'no error reported');
  await stop();
  assert.deepEqual([...new Set(seen)], ['chain_error']);
  assert.equal(d.size, 0);
  // The logs call failing (the head answered) is chain_error too.
  const half = { url: chain.rpc, calls: [] };
  const c = chainVia(half);
  const orig = c.public.request;
  c.public.request = (args) => (args.method === 'eth_getLogs' ? rpcTo(dead.url, args.method, args.params) : orig(args));
  assert.equal(await codeOf(createDiscovery(c).sync()), 'chain_error');
  for (const o of [{ logRange: -1 }, { fromBlock: 1.5 }, { rescan: 'x' }, { logrange: 1 }]) {
    assert.throws(() => createDiscovery(c, o), (e) => e.code === 'invalid_input', JSON.stringify(o));
  }
  assert.throws(() => createDiscovery(c).watch(0), (e) => e.code === 'invalid_input');
  assert.throws(() => createDiscovery(c).watch(10, 'not a function'), (e) => e.code === 'invalid_input');
});

test('a chain shorter than what the index saw (a reset dev chain) is scanned again from fromBlock', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  // A second `mailroom node`: the same deployment addresses, a shorter chain.
  const reset = await devChain();
  assert.equal(reset.dep.registry, chain.dep.registry);
  await run(['register', '--dev-account', '6', '--endpoint', 'http://127.0.0.1:1/6', '--capability', 'fresh', '--rate', '7'], { cwd: reset.dir, env: reset.env });
  const headB = BigInt(await rpcTo(reset.rpc, 'eth_blockNumber', []));
  // The first chain must be the longer one when the index syncs on it; how many blocks it has depends on the tests
  // before: a transaction mines a block (bounded).
  for (let i = 0; i < 64 && BigInt(await rpcTo(chain.rpc, 'eth_blockNumber', [])) <= headB + 1n; i++) {
    await run(['fund', DEV_ADDRS[9], '1wei'], { cwd: chain.dir, env: chain.env });
  }
  const target = { url: chain.rpc, calls: [] };
  const d = createDiscovery(chainVia(target), { rescan: 1 });
  await d.sync();
  const headA = BigInt(await rpcTo(chain.rpc, 'eth_blockNumber', []));
  assert.ok(d.size >= 5);
  assert.ok(headB < headA, `the new chain (${headB}) must be shorter than the first (${headA})`);
  target.url = reset.rpc;
  target.calls.length = 0;
  assert.equal(await d.sync(), 1);
  assert.deepEqual(logRanges(target.calls), [[0n, headB]]);
  assert.deepEqual(d.find({ capability: 'fresh' }), [{ address: a6, owner: a6, endpoint: 'http://127.0.0.1:1/6', capabilities: ['fresh'], ratePerTaskWei: 7n, active: true }]);
});
