// A redeem (settle with close) claims every request the gate served on the
// channel, also those that arrive while the redeem is under way. The redeem
// stops new work on the channel (the core refuses a closing channel) before
// it reads the channel's record, and waits for the sender's requests already
// past the core's admission: a request accepted on the record the redeem did
// not claim would be served for nothing, as the closed channel can never pay
// it (as hosts/mailroom/settle TestRedeemDoesNotLoseARequestServedMeanwhile).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { createAgent } from '../src/agent.js';
import { createMailroom } from '../src/server.js';
import { generateKey, init } from '../src/index.js';
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

async function gate(n, store) {
  const port = await freePort();
  await run(['register', '--dev-account', String(n), '--endpoint', `http://127.0.0.1:${port}/task`, '--rate', String(PRICE)], { cwd: chain.dir, env: chain.env });
  const mr = await createMailroom({ privateKey: DEV_KEYS[n], deployments: chain.deployments, store, minWithdrawDelay: 60, channelTtlMs: 0 });
  const app = express();
  app.post('/task', mr.express(), (req, res) => res.json({ got: req.body }));
  const srv = app.listen(port, '127.0.0.1');
  await new Promise((r) => srv.once('listening', r));
  closers.push(() => new Promise((r) => srv.close(r)), () => mr.close());
  return mr;
}

/**
 * slowVisibleStore is a store whose batch becomes visible to get/entries
 * only once it is written (a store that writes first, then updates its
 * memory); a channel record's write is held until release() is called, and
 * held() resolves when one is waiting.
 */
function slowVisibleStore() {
  const inner = memoryStore();
  let hold = false;
  let waiting = null;
  let onHeld = null;
  return {
    kind: 'slow-visible',
    get: (k) => inner.get(k),
    entries: (p) => inner.entries(p),
    close: () => inner.close(),
    async batch(ops) {
      if (hold && ops.some(([k]) => k.startsWith('ch:'))) {
        hold = false;
        await new Promise((r) => {
          waiting = r;
          if (onHeld) onHeld();
        });
      }
      await new Promise((r) => setImmediate(r));
      return inner.batch(ops);
    },
    holdNext() {
      hold = true;
      return new Promise((r) => { onHeld = r; });
    },
    release() {
      if (waiting) waiting();
      waiting = null;
    },
  };
}

/**
 * redeemWhileServing serves two requests, then redeems the channel while the
 * JS agent sends more: one served during the redeem's chain read (whole, or
 * left in the middle of its charge's write when the store holds it), one
 * between the record read and the redeem. Every request served on the
 * redeemed channel must be claimed by the redeem.
 */
async function redeemWhileServing(n, store) {
  const mr = await gate(n, store);
  const a = await alice();
  const to = did(DEV_ADDRS[n]);
  const served = [];
  const pay = async (body) => {
    const res = await a.fetch(to, { body: JSON.stringify(body) });
    assert.equal(res.status, 200);
    served.push(res.receipt.channelId);
    return res;
  };
  await a.channels.open(to, { deposit: 100n * PRICE });
  await pay({ i: 1 });
  await pay({ i: 2 });
  const id = a.channel(to).channelId;

  const chainGet = mr.chain.getChannel.bind(mr.chain);
  const chainRedeem = mr.chain.redeem.bind(mr.chain);
  let duringRead = null;
  let beforeRedeem = null;
  let redeeming = false;
  mr.chain.getChannel = async (cid) => {
    if (redeeming && duringRead) {
      const h = duringRead;
      duringRead = null;
      await h();
    }
    return chainGet(cid);
  };
  mr.chain.redeem = async (...args) => {
    if (beforeRedeem) {
      const h = beforeRedeem;
      beforeRedeem = null;
      await h();
    }
    return chainRedeem(...args);
  };
  let midWrite = null;
  if (store.holdNext) {
    // Accepted before the redeem begins, its charge still being written when the redeem goes on.
    const held = store.holdNext();
    midWrite = pay({ i: 3 });
    await held;
    setTimeout(() => store.release(), 300);
  } else {
    // Served whole during the redeem's chain read.
    duringRead = () => pay({ i: 3 });
  }
  beforeRedeem = async () => {
    // The channel is closing by now: the core refuses it and the agent pays on another.
    const res = await pay({ i: 4 });
    assert.notEqual(res.receipt.channelId, id, 'a channel being redeemed takes no new work');
  };
  redeeming = true;
  const [r] = await mr.settle({ channel: id, close: true });
  redeeming = false;
  if (midWrite) await midWrite;
  assert.ifError(r.error);
  assert.equal(r.closed, true);
  const onChannel = served.filter((c) => c === id).length;
  if (store.holdNext) assert.equal(onChannel, 3, 'the request in the middle of its charge was served on the channel');
  const ch = await chainGet(id);
  assert.equal(ch.open, false, 'redeemed');
  assert.equal(ch.claimed, BigInt(onChannel) * PRICE, `the redeem claimed every request served on the channel (${onChannel})`);
  assert.equal(BigInt(mr.own(id).claimed), ch.claimed);
  // The closed channel takes nothing more; the other channel is the agent's next.
  await pay({ i: 5 });
  assert.equal(served.filter((c) => c === id).length, onChannel);
}

test('a redeem claims every request served on the channel, also one served during its chain read and one sent before its redeem (file store)', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  await redeemWhileServing(2, await fileStore(mkdtempSync(join(tmpdir(), 'mailroom-js-redeem-'))));
});

test('a redeem claims a request accepted before it began whose charge is still being written when it reads the record', { timeout: 120000 }, async (t) => {
  if (!ok) return t.skip('no CLI');
  await redeemWhileServing(3, slowVisibleStore());
});
