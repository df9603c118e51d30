// The browser example (bindings/examples/browser) in real headless Chromium
// (Debian's chromium driven by playwright-core): the page, served from its
// own origin, runs createAgent with viem, IndexedDB and mailroom.wasm under
// the browser WASI shim; it registers, reads Bob's profile and pays his Go
// mailroom (`mailroom serve --cors-origin <the page's origin>`) twice across
// origins; a second visit pays once more on the same channel (IndexedDB kept
// its vouchers and nonces). Bob then claims exactly 3 × price. The page also
// pays a JS mailroom (Express behind createMailroom with corsOrigins: its
// preflight and exposed headers in a real browser). A mailroom that does
// not list the page's origin cannot be paid from it (CORS refuses).
// Without Chromium (or the CLI) the test says SKIP, unless CI=true.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request as httpRequest } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { init, generateKey } from '../src/index.js';
import { DEV_ADDRS, DEV_KEYS, devChain, did, freePort, goMailroom, requireCLI, run, settle, stopAll } from '../test-agent/harness.js';
import { createMailroom } from '../src/server.js';
import { memoryStore } from '../src/store.js';
import express from 'express';

const pkg = resolve(new URL('..', import.meta.url).pathname);
const example = resolve(pkg, '../examples/browser');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const EXPORTS = { '': 'index.js', '/agent': 'agent.js', '/store': 'store.js', '/server': 'server.js', '/x402': 'x402.js' };

async function bundle(outdir) {
  await build({
    entryPoints: [join(example, 'app.js')], bundle: true, format: 'esm', platform: 'browser', outfile: join(outdir, 'app.js'),
    external: ['node:*'], logLevel: 'error',
    plugins: [{
      name: 'self', setup(b) {
        b.onResolve({ filter: /^@agentmailroom\/core(\/.*)?$/ }, (a) => ({ path: join(pkg, 'src', EXPORTS[a.path.slice('@agentmailroom/core'.length)]) }));
      },
    }],
  });
}

function pageServer(port, dist, rpc) {
  const types = { '.js': 'text/javascript', '.html': 'text/html', '.wasm': 'application/wasm' };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/rpc') {
      const u = new URL(rpc);
      const p = httpRequest({ host: u.hostname, port: u.port, path: '/', method: 'POST', headers: { 'content-type': 'application/json' } }, (r) => {
        res.writeHead(r.statusCode, { 'content-type': 'application/json' });
        r.pipe(res);
      });
      p.on('error', () => res.writeHead(502).end());
      req.pipe(p);
      return;
    }
    const file = path === '/' ? join(example, 'index.html') : path === '/mailroom.wasm' ? join(pkg, 'mailroom.wasm') : path === '/dist/app.js' ? join(dist, 'app.js') : null;
    if (!file || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[file.slice(file.lastIndexOf('.'))] || 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

test('the browser example pays a Go mailroom across origins in headless Chromium, continues its channel from IndexedDB on a second visit; Bob claims exactly 3 x price', { timeout: 240000 }, async (t) => {
  if (!existsSync(chromiumPath)) {
    if (process.env.CI === 'true') assert.fail(`chromium is required in CI and is missing at ${chromiumPath} (apt-get install chromium)`);
    console.log(`SKIP: browser agent test: no chromium at ${chromiumPath}`);
    t.skip('chromium missing');
    return;
  }
  if (!requireCLI(t)) return;
  const { chromium } = await import('playwright-core');
  const dist = mkdtempSync(join(tmpdir(), 'mailroom-browser-'));
  const profile = mkdtempSync(join(tmpdir(), 'mailroom-chromium-'));
  let server;
  let context;
  let jsApp;
  try {
    await bundle(dist);
    const chain = await devChain();
    const pagePort = await freePort();
    const origin = `http://127.0.0.1:${pagePort}`;
    const price = 1000000000000000n;
    const bob = await goMailroom(chain, 2, { price: String(price), args: ['--cors-origin', origin] });
    const dave = await goMailroom(chain, 3, { price: String(price) }); // no CORS for this page
    server = await pageServer(pagePort, dist, chain.rpc);
    await init();
    const alice = generateKey();
    await run(['fund', alice.address, '1ether'], { cwd: chain.dir, env: chain.env });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath, headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/?key=${alice.privateKey}&bob=${encodeURIComponent(bob.did)}&n=2`);
    await page.waitForFunction(() => window.__result !== undefined, null, { timeout: 150000 });
    const r = await page.evaluate(() => window.__result);
    assert.equal(r.error, undefined, r.error);
    assert.deepEqual(errors, []);
    assert.equal(r.store, 'indexeddb');
    assert.equal(r.paid.length, 2);
    assert.deepEqual(r.paid.map((p) => p.status), [200, 200]);
    assert.deepEqual(r.paid.map((p) => BigInt(p.cumulative)), [price, 2n * price]);
    assert.match(r.paid[0].body, /hello 0/);
    // A second visit: the vouchers and nonces kept in IndexedDB continue the same channel.
    await page.evaluate(() => { window.__result = undefined; });
    await page.goto(`${origin}/?key=${alice.privateKey}&bob=${encodeURIComponent(bob.did)}&n=1`);
    await page.waitForFunction(() => window.__result !== undefined, null, { timeout: 150000 });
    const r2 = await page.evaluate(() => window.__result);
    assert.equal(r2.error, undefined, r2.error);
    assert.deepEqual([r2.paid[0].status, BigInt(r2.paid[0].cumulative), r2.paid[0].channelId], [200, 3n * price, r.paid[0].channelId]);
    // The same page pays a JS mailroom too: an Express app behind createMailroom with corsOrigins.
    const carolPort = await freePort();
    await run(['register', '--dev-account', '4', '--endpoint', `http://127.0.0.1:${carolPort}/task`, '--rate', String(price)], { cwd: chain.dir, env: chain.env });
    const carol = await createMailroom({ privateKey: DEV_KEYS[4], deployments: chain.deployments, store: memoryStore(), minWithdrawDelay: 60, corsOrigins: [origin] });
    const app = express();
    app.options('/task', carol.express());
    app.post('/task', carol.express(), (req, res) => res.json({ carol: req.body }));
    jsApp = app.listen(carolPort, '127.0.0.1');
    await page.evaluate(() => { window.__result = undefined; });
    await page.goto(`${origin}/?key=${alice.privateKey}&bob=${encodeURIComponent(did(DEV_ADDRS[4]))}&n=1`);
    await page.waitForFunction(() => window.__result !== undefined, null, { timeout: 150000 });
    const r3 = await page.evaluate(() => window.__result);
    assert.equal(r3.error, undefined, r3.error);
    assert.deepEqual([r3.paid[0].status, BigInt(r3.paid[0].cumulative)], [200, price]);
    assert.match(r3.paid[0].body, /carol/);
    assert.equal((await carol.settle()).reduce((s, c) => s + c.paid, 0n), price);
    // Without CORS for this origin the browser cannot even deliver a paid request.
    const blocked = await page.evaluate(async (url) => {
      try {
        await fetch(url, { method: 'POST', headers: { 'Agent-Envelope': 'e30=' }, body: '{}' });
        return 'delivered';
      } catch (e) {
        return `refused: ${e.name}`;
      }
    }, dave.endpoint);
    assert.equal(blocked, 'refused: TypeError');
    const claims = JSON.parse(await settle(chain, 2, bob.store));
    assert.equal(claims.reduce((s, c) => s + BigInt(c.paidWei), 0n), 3n * price);
  } finally {
    if (context) await context.close();
    if (server) server.close();
    if (jsApp) jsApp.close();
    await stopAll();
    rmSync(profile, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
  }
});
