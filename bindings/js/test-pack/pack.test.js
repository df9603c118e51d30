// The "Done when", as a user would meet it: a fresh clone of this
// repository (what is committed), `npm pack` in its bindings/js (prepack
// copies mailroom.wasm in), the tarball installed into an empty npm
// project, and a program there that imports createAgent from
// '@agentmailroom/core/agent', registers, reads Bob's profile and pays his
// Go mailroom three times; Bob then claims exactly 3 x price. Needs git,
// npm and the npm registry (for viem); make test-js-pack runs it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_KEYS, devChain, goMailroom, repo, requireCLI, settle, stopAll } from '../test-agent/harness.js';

after(stopAll);
const sh = (cmd, args, cwd, env) => execFileSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300000 });

test('npm pack from a fresh clone installs into an empty project that pays a Go mailroom 3 times; Bob claims exactly 3 x price', { timeout: 600000 }, async (t) => {
  if (!requireCLI(t)) return;
  const work = mkdtempSync(join(tmpdir(), 'mailroom-pack-'));
  sh('git', ['clone', '--quiet', '--no-hardlinks', repo, join(work, 'clone')], work);
  const pkgDir = join(work, 'clone/bindings/js');
  const packed = sh('npm', ['pack', '--silent', '--pack-destination', work], pkgDir).trim().split('\n').pop();
  const tgz = join(work, packed);
  const files = sh('tar', ['-tzf', tgz], work).split('\n');
  for (const f of ['mailroom.wasm', 'src/index.js', 'src/agent.js', 'src/agent.d.ts', 'src/server.js', 'src/server.d.ts', 'src/x402.js', 'src/x402.d.ts',
    'src/store.js', 'src/store.d.ts', 'src/abi.gen.js', 'README.md']) {
    assert.ok(files.includes(`package/${f}`), `${f} is in the package`);
  }
  assert.ok(!files.some((f) => f.includes('test-agent') || f.includes('node_modules')), 'no tests or node_modules in the package');
  const app = join(work, 'app');
  sh('mkdir', ['-p', app], work);
  sh('npm', ['init', '-y'], app);
  sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tgz], app);
  writeFileSync(join(app, 'done.mjs'), `
import { createAgent } from '@agentmailroom/core/agent';
const [key, bob] = process.argv.slice(2);
const alice = await createAgent({ privateKey: key, store: '.mailroom/alice' });   // deployments from $MAILROOM_DEPLOYMENTS
await alice.registry.register({ capabilities: ['demo'] });
const profile = await alice.registry.profile(bob);
const paid = [];
for (let i = 0; i < 3; i++) {
  const res = await alice.fetch(bob, { method: 'POST', body: JSON.stringify({ task: i }) });
  paid.push({ status: res.status, cumulative: res.receipt.cumulativeAmount, body: await res.text() });
}
console.log(JSON.stringify({ did: alice.did, rate: String(profile.ratePerTaskWei), paid }));
await alice.close();
`);
  const chain = await devChain();
  const price = 1000000000000000n;
  const bob = await goMailroom(chain, 2, { price: String(price) });
  const out = JSON.parse(sh(process.execPath, ['--disable-warning=ExperimentalWarning', 'done.mjs', DEV_KEYS[6], bob.did], app, chain.env));
  assert.equal(out.rate, String(price));
  assert.deepEqual(out.paid.map((p) => [p.status, BigInt(p.cumulative)]), [[200, price], [200, 2n * price], [200, 3n * price]]);
  const claims = JSON.parse(await settle(chain, 2, bob.store));
  assert.equal(claims.reduce((s, c) => s + BigInt(c.paidWei), 0n), 3n * price);
  assert.ok(readdirSync(join(app, 'node_modules/@agentmailroom/core')).includes('mailroom.wasm'));
});
