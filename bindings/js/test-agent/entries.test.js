// The core entry "." stays dependency-free: src/index.js and everything it
// imports load only files of the package and node: built-ins (lazily);
// viem is imported by the ./agent and ./server entries only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function graph(entry) {
  const seen = new Set();
  const bare = new Set();
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] || m[2];
      if (spec.endsWith('.d.ts')) continue; // JSDoc type imports
      if (spec.startsWith('.')) walk(join(dirname(file), spec));
      else bare.add(spec);
    }
  };
  walk(join(src, entry));
  return { files: [...seen].map((f) => f.slice(src.length + 1)).sort(), bare: [...bare].sort() };
}

test('the core entry imports no package: only its own files and node: built-ins', () => {
  const g = graph('index.js');
  assert.deepEqual(g.files, ['errors.js', 'guest.js', 'index.js', 'ops.gen.js', 'wasi.js']);
  assert.ok(g.bare.every((s) => s.startsWith('node:')), g.bare.join(', '));
});

test('viem is the agent and server entries\' only dependency, and a regular pinned one', () => {
  for (const e of ['agent.js', 'server.js', 'x402.js']) {
    const g = graph(e);
    assert.deepEqual(g.bare.filter((s) => !s.startsWith('node:')).map((s) => s.split('/')[0]).filter((v, i, a) => a.indexOf(v) === i), ['viem'], e);
  }
  assert.deepEqual(graph('store.js').bare.filter((s) => !s.startsWith('node:')), []);
  const pkg = JSON.parse(readFileSync(join(src, '../package.json'), 'utf8'));
  assert.deepEqual(Object.keys(pkg.dependencies), ['viem']);
  assert.match(pkg.dependencies.viem, /^\d+\.\d+\.\d+$/);
});
