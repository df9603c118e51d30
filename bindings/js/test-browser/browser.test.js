// A real browser: headless Chromium (Debian's package, driven by
// playwright-core with executablePath) loads a page from a tiny server on
// 127.0.0.1 that imports the package, which runs mailroom.wasm through its
// own WASI shim, and verifies every vector and conformance case there.
// Without Chromium the test prints SKIP, unless CI=true, where it fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mail, mailDigest } from '../test/fixtures.js';

const pkg = resolve(fileURLToPath(new URL('..', import.meta.url)));
const repo = resolve(pkg, '../..');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.wasm': 'application/wasm' };

function serveFile(res, root, rel) {
  const p = normalize(join(root, rel));
  if (!p.startsWith(root + '/') || !existsSync(p) || !statSync(p).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(p)] || 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(p));
}

function startServer() {
  const vectorsDir = join(repo, 'testvectors');
  const casesDir = join(repo, 'testvectors/conformance/cases');
  const list = {
    vectors: readdirSync(vectorsDir).filter((n) => n.endsWith('.json')),
    cases: readdirSync(casesDir).filter((n) => n.endsWith('.json')),
    mail,
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    if (path === '/') return serveFile(res, join(pkg, 'test-browser'), 'page.html');
    if (path === '/data/list.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(list));
      return undefined;
    }
    if (path.startsWith('/data/vectors/')) return serveFile(res, vectorsDir, path.slice('/data/vectors/'.length));
    if (path.startsWith('/data/cases/')) return serveFile(res, casesDir, path.slice('/data/cases/'.length));
    if (path.startsWith('/pkg/src/') || path.startsWith('/pkg/tools/') || path === '/pkg/mailroom.wasm') return serveFile(res, pkg, path.slice('/pkg/'.length));
    res.writeHead(404).end();
    return undefined;
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

test('headless Chromium verifies every vector and conformance case with the browser WASI shim', { timeout: 180000 }, async (t) => {
  if (!existsSync(chromiumPath)) {
    if (process.env.CI === 'true') assert.fail(`chromium is required in CI and is missing at ${chromiumPath} (apt-get install chromium)`);
    console.log(`SKIP: browser test: no chromium at ${chromiumPath} (apt-get install chromium)`);
    t.skip('chromium missing');
    return;
  }
  const { chromium } = await import('playwright-core');
  const server = await startServer();
  const profile = mkdtempSync(join(tmpdir(), 'mailroom-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.__result !== undefined, null, { timeout: 150000 });
    const r = await page.evaluate(() => window.__result);
    assert.equal(r.error, undefined, r.error);
    assert.deepEqual(errors, []);
    assert.equal(r.wasi, 'shim');
    assert.deepEqual(r.vectors.failures, []);
    assert.ok(r.vectors.passed > 100, `only ${r.vectors.passed} vectors ran`);
    assert.deepEqual(r.conformance.failures, []);
    assert.ok(r.conformance.passed > 0);
    assert.equal(r.keysDiffer, true);
    assert.equal(r.badChecksumCode, 'bad_checksum');
    assert.equal(r.mailDigest, mailDigest);
    console.log(`browser: chromium ${context.browser()?.version() ?? ''}: ${r.vectors.passed} vectors, ${r.conformance.passed} conformance cases passed`);
  } finally {
    if (context) await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
