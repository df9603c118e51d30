// Every export of the agent, server, x402 and store entries, used as the
// README shows them; tsc --strict must accept it (test-agent/types.test.js).
import { createAgent, Agent, MailroomError, MAX_RESPONSE, type PaidResponse, type SendResult, type Prepared, type ChannelState } from '@agentmailroom/core/agent';
import { createDiscovery, Discovery, DEFAULT_LOG_RANGE, DEFAULT_RESCAN, type DiscoveryQuery, type DiscoveryOptions, type AgentRecord } from '@agentmailroom/core/agent';
import { createMailroom, Mailroom, type Answer, type SettleResult } from '@agentmailroom/core/server';
import { mailroomChannel, SCHEME, type MailroomChannelScheme } from '@agentmailroom/core/x402';
import { memoryStore, fileStore, indexedDBStore, defaultStore, type Store } from '@agentmailroom/core/store';

async function main(): Promise<void> {
  const store: Store = memoryStore();
  const alice: Agent = await createAgent({ privateKey: '0x01', rpcUrl: 'http://127.0.0.1:8545', store, budget: { maxPerDay: 10n ** 18n } });
  const did: string = alice.did;
  await alice.registry.register({ endpoint: 'http://127.0.0.1:8402/task', capabilities: ['x'], ratePerTaskWei: 0n });
  const bob = await alice.registry.profile(did);
  const rate: bigint = bob.ratePerTaskWei;
  const q: DiscoveryQuery = { capability: 'gpt-4o', maxRate: 10n ** 15n, includeInactive: false };
  const found: AgentRecord[] = await alice.registry.find(q);
  const opts: DiscoveryOptions = { fromBlock: 0, logRange: 5000n, rescan: '64' };
  const live: Discovery = alice.discovery(opts);
  const read: number = await live.sync();
  const cheapest: AgentRecord[] = live.find({ capability: 'gpt-4o', maxRate: '1000' });
  const stopWatch: () => Promise<void> = live.watch(1000, (e) => console.log(e.code));
  await stopWatch();
  const other2: Discovery = createDiscovery(alice.chain, { logRange: 1 });
  console.log(found.length, read, cheapest[0]?.endpoint, live.size, other2.rescan === DEFAULT_RESCAN, DEFAULT_LOG_RANGE);
  const res: PaidResponse = await alice.fetch(bob.address, { method: 'POST', body: '{}' });
  const amount: string = res.receipt.cumulativeAmount;
  const id: string = await alice.channels.open(did, { deposit: 10n ** 17n });
  const st: ChannelState | null = alice.channels.get(did);
  const used: ChannelState = await alice.channels.use(did, id);
  const r: SendResult = await alice.send(did, new Uint8Array(2));
  const p: Prepared = await alice.prepare(did, 'x');
  const p2: Prepared = await alice.prepareTo('http://127.0.0.1/task', did, 1000n, 'x');
  const pr = await alice.prepareRequest(did, 'x', 1000n);
  const delay: bigint = alice.withdrawDelayFor(7200);
  if (pr.voucher) alice.verifyReceipt({ recipient: did, paymentResponse: '', body: 'x', envelope: pr.envelope, voucher: pr.voucher });
  console.log(p2.url, delay);
  const spent: bigint = alice.spent();
  const settled: SettleResult[] = await alice.settle({ store: '/tmp/bob-mailroom' });
  console.log(settled.length);
  const fs = await fileStore('/tmp/x', { compactAfter: 10 });
  const dir: string = fs.dir;
  const other: Store = await defaultStore('/tmp/y');
  if (typeof indexedDB !== 'undefined') await indexedDBStore('n');

  const mr: Mailroom = await createMailroom({ privateKey: '0x02', price: 1000n, store: '/tmp/z', corsOrigins: ['*'],
    routes: [{ method: 'POST', path: '/task', price: 250000n, asset: 'token' }, { path: '/api/*', accepts: [{ price: '500', asset: '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0' }, { price: 10n ** 12n }] }],
    onRequest: (l) => console.log(l.paid, l.asset, l.paidWei) });
  const mr2: Mailroom = await createMailroom({ privateKey: '0x02', accepts: [{ price: 250000n, asset: 'token' }, { price: 10n ** 15n, asset: 'native' }] });
  const perAsset: Record<string, bigint> = mr2.metrics.paid;
  const inToken: Agent = await createAgent({ privateKey: '0x01', asset: 'token', deposit: 5_000_000n });
  const tokenAddr: string | null = inToken.token;
  const r2: SendResult = await inToken.sendTo('http://127.0.0.1:8402/task', did, null, '{}');
  console.log(perAsset, tokenAddr, inToken.asset, mr2.asset, r2.price);
  const both: Agent = await createAgent({ privateKey: '0x01', assets: [{ asset: 'token', maxPerRequest: 300_000n, maxPerDay: '10000000', deposit: 5_000_000n }, { asset: 'native', maxPerRequest: 10n ** 15n }] });
  const prefs: string[] = both.assets;
  const r3: PaidResponse = await both.fetch(did, { body: '{}' });
  const paidIn: string = r3.payment.asset;
  const chosen: string | undefined = both.chosenAsset(did);
  const inEth: ChannelState | null = both.channel(did, { asset: 'native' });
  const tokenSpent: bigint = both.spent(undefined, 'token');
  await both.channels.open(did, { deposit: 1n, asset: 'native' });
  await both.channels.topUp(did, 1n, { asset: 'token' });
  await both.channels.requestClose(did, { asset: 'token' });
  await both.withdraw(did, { asset: 'native' });
  const tokenScheme: MailroomChannelScheme = mailroomChannel(both, { asset: 'token', decimals: 6, symbol: 'tUSDC' });
  const kept = tokenScheme.policy(2, []);
  console.log(prefs, paidIn, chosen, inEth, tokenSpent, tokenScheme.asset, kept.length);
  const stopBoth: () => Promise<void> = mr2.startSettler({ thresholds: { native: 10n ** 15n, token: 1_000_000n, '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0': '5' } });
  await stopBoth();
  const ans: Answer = await mr.handle({ method: 'POST', target: '/task', headers: {}, body: '' }, async () => ({ status: 200, body: 'ok' }));
  const mw = mr.express();
  const hw = mr.hono();
  const claims: SettleResult[] = await mr.settle();
  const stopSettler: () => Promise<void> = mr.startSettler({ thresholdWei: 10n ** 16n, intervalMs: 1000, onResult: (x) => console.log(x.paid) });
  await stopSettler();
  const paid: bigint = claims.reduce((s, c) => s + c.paid, 0n);

  const scheme: MailroomChannelScheme = mailroomChannel(alice);
  const name: 'mailroom-channel' = SCHEME;
  const pay = scheme.fetch(globalThis.fetch);
  const out: Response = await pay('http://127.0.0.1:8402/task', { method: 'POST', body: '{}' });
  const pl = await scheme.createPaymentPayload(2, { scheme: name, network: scheme.network, amount: '1', asset: 'native', payTo: bob.address, maxTimeoutSeconds: 60 });
  const sig: string = pl.payload.signature;
  try {
    await alice.fetch('nope');
  } catch (e) {
    if (e instanceof MailroomError) console.log(e.code);
  }
  console.log(used, rate, amount, id, st, r.status, p.url, spent, dir, other, ans.code, mw, hw, paid, out.status, sig, MAX_RESPONSE);
}
void main;
