// tokenWorld: the set-up the token tests share. Before the file's tests it
// starts `mailroom node` (dev chain with MailroomTestUSD), and dev account 9
// as the minter that hands out tUSDC; after them it runs the closers and
// stops every process. funded, balance and nonceOf read and fund with viem
// directly (not the Chain methods under test).
import { before, after } from 'node:test';
import { erc20Abi } from 'viem';
import { Chain, resolveChain } from '../src/chain.js';
import { generateKey, init } from '../src/index.js';
import { DEV_KEYS, devChain, requireCLI, run, stopAll } from './harness.js';

export function tokenWorld() {
  const w = { chain: null, tok: null, minter: null, ok: false, closers: [] };
  let done;
  // ready settles once the set-up ran (a file's own before hooks await it:
  // top-level hooks do not wait for each other).
  w.ready = new Promise((r) => { done = r; });
  before(async () => {
    try {
      if (!requireCLI({ skip: () => {} })) return;
      await init();
      w.chain = await devChain();
      w.tok = w.chain.dep.token;
      w.minter = new Chain(await resolveChain({ deployments: w.chain.deployments }), { account: DEV_KEYS[9] });
      w.ok = true;
    } finally {
      done();
    }
  });
  after(async () => {
    for (const c of w.closers) await c();
    await stopAll();
  });
  /** funded is a fresh key with 1 ether for gas and tusdc base units of the token. */
  w.funded = async (tusdc = 10_000_000n) => {
    const k = generateKey();
    await run(['fund', k.address, '1ether'], { cwd: w.chain.dir, env: w.chain.env });
    if (tusdc > 0n) await w.minter.send(w.tok, erc20Abi, 'transfer', [k.address, tusdc]);
    return k;
  };
  w.balance = (a) => w.minter.public.readContract({ address: w.tok, abi: erc20Abi, functionName: 'balanceOf', args: [a] });
  w.nonceOf = (a) => w.minter.public.getTransactionCount({ address: a });
  return w;
}
