// make bench-js-agent: paid requests per second on loopback, real parts.
//   1. Node agents (createAgent, durable file stores) paying a Go mailroom
//      (`mailroom serve`, durable bbolt store): 1 agent (its requests are
//      sequential: one lock per recipient, as in Go) and 4 agents at once;
//      one agent paying in the test token (0.25 tUSDC a request).
//   2. An Express app (its own process) POST /task, without the gate
//      (plain fetch, 4 at once) and with createMailroom's gate (4 JS agents
//      paying; a file store), same route.
// Every loop is bounded (at most N requests and T seconds). The machine is
// shared: `uptime`'s load is printed before and after.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAgent } from '../src/agent.js';
import { generateKey, init } from '../src/index.js';
import { fileStore } from '../src/store.js';
import { DEV_KEYS, DEV_ADDRS, devChain, did, freePort, goMailroom, run, stopAll } from '../test-agent/harness.js';

const N = Number(process.env.BENCH_N || 400); // requests per client
const T = Number(process.env.BENCH_SECONDS || 10) * 1000; // per measurement
const load = () => execFileSync('uptime', { encoding: 'utf8' }).trim();

async function agents(chain, k) {
  const out = [];
  for (let i = 0; i < k; i++) {
    const key = generateKey();
    await run(['fund', key.address, '10ether'], { cwd: chain.dir, env: chain.env });
    const a = await createAgent({ privateKey: key.privateKey, deployments: chain.deployments, store: await fileStore(mkdtempSync(join(tmpdir(), 'bench-agent-'))), deposit: 10n ** 18n });
    await a.registry.register({});
    out.push(a);
  }
  return out;
}

/** measure runs clients in parallel, each doing one(i) until N or T; returns req/s and p99 ms. */
async function measure(clients, one) {
  await Promise.all(clients.map((c) => one(c, -1))); // warm: channels opened, terms learnt
  const lat = [];
  const start = performance.now();
  const deadline = start + T;
  let n = 0;
  await Promise.all(clients.map(async (c) => {
    for (let i = 0; i < N && performance.now() < deadline; i++) {
      const t0 = performance.now();
      await one(c, i);
      lat.push(performance.now() - t0);
      n++;
    }
  }));
  const s = (performance.now() - start) / 1000;
  lat.sort((a, b) => a - b);
  return { n, rps: n / s, p50: lat[Math.floor(lat.length * 0.5)], p99: lat[Math.floor(lat.length * 0.99)] };
}

const fmt = (name, r) => `${name.padEnd(58)} ${r.rps.toFixed(0).padStart(6)} req/s  (${r.n} requests, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms)`;

async function expressApp(args) {
  const port = await freePort();
  const p = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', new URL('./express-app.mjs', import.meta.url).pathname, args[0], String(port), ...args.slice(1)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ok, bad) => {
    p.stdout.on('data', (d) => String(d).includes('listening') && ok());
    p.on('exit', (c) => bad(new Error(`express app exited ${c}`)));
  });
  return { port, stop: () => new Promise((ok) => { p.once('exit', ok); p.kill('SIGTERM'); }) };
}

const results = [];
console.log(`load before: ${load()}`);
await init();
const chain = await devChain();
try {
  const bob = await goMailroom(chain, 2);
  const body = JSON.stringify({ task: 'bench' });
  const pay = (a) => a.fetch(bob.did, { body }).then((r) => { if (r.status !== 200) throw new Error(`status ${r.status}`); });
  const four = await agents(chain, 4);
  results.push(fmt('Node agent -> Go mailroom, 1 agent (sequential)', await measure(four.slice(0, 1), pay)));
  results.push(fmt('Node agents -> Go mailroom, 4 agents at once', await measure(four, pay)));

  // In the test token (dev account 5 holds tUSDC): a Go mailroom at 0.25 tUSDC.
  const tbob = await goMailroom(chain, 4, { args: ['--price', '0.25tUSDC'] });
  const tAgent = await createAgent({ privateKey: DEV_KEYS[5], deployments: chain.deployments, store: await fileStore(mkdtempSync(join(tmpdir(), 'bench-token-'))), asset: 'token', deposit: 10n ** 9n });
  await tAgent.registry.register({});
  const payToken = (a) => a.fetch(tbob.did, { body }).then((r) => { if (r.status !== 200) throw new Error(`status ${r.status}`); });
  results.push(fmt('Node agent in the token -> Go mailroom, 1 agent (sequential)', await measure([tAgent], payToken)));

  const plain = await expressApp(['--plain']);
  const url = `http://127.0.0.1:${plain.port}/task`;
  const post = () => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }).then(async (r) => { await r.arrayBuffer(); if (r.status !== 200) throw new Error(`status ${r.status}`); });
  results.push(fmt('Express app, no gate (plain fetch, 4 at once)', await measure([0, 1, 2, 3], post)));
  await plain.stop();

  const gport = await freePort();
  await run(['register', '--dev-account', '3', '--endpoint', `http://127.0.0.1:${gport}/task`, '--rate', '0.0001ether'], { cwd: chain.dir, env: chain.env });
  const gateStore = mkdtempSync(join(tmpdir(), 'bench-gate-'));
  const port = await freePort(); // unused: the app listens on gport
  void port;
  const gated = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', new URL('./express-app.mjs', import.meta.url).pathname, '--gate', String(gport), DEV_KEYS[3], chain.deployments, gateStore], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ok, bad) => {
    gated.stdout.on('data', (d) => String(d).includes('listening') && ok());
    gated.on('exit', (c) => bad(new Error(`gated app exited ${c}`)));
  });
  const payGate = (a) => a.fetch(did(DEV_ADDRS[3]), { body }).then((r) => { if (r.status !== 200) throw new Error(`status ${r.status}`); });
  results.push(fmt('Express app behind the gate (4 JS agents paying)', await measure(four, payGate)));
  await new Promise((ok) => { gated.once('exit', ok); gated.kill('SIGTERM'); });
} finally {
  await stopAll();
}
for (const r of results) console.log(r);
console.log(`load after:  ${load()}`);
console.log(`(2-core machine shared with other jobs; node ${process.version}; N=${N} per client, at most ${T / 1000} s each)`);
