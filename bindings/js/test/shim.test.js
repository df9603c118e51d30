// The browser WASI shim, exercised in Node: the same answers as node:wasi,
// real randomness, and a full import object for the module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Shim } from '../src/wasi.js';
import { Guest, instantiate, wasiFactory } from '../src/guest.js';

const bytes = readFileSync(new URL('../mailroom.wasm', import.meta.url));

test('the shim provides every WASI import the module declares, and random_get', async () => {
  const module = await WebAssembly.compile(bytes);
  const imports = WebAssembly.Module.imports(module);
  assert.ok(imports.every((i) => i.module === 'wasi_snapshot_preview1'), 'only WASI preview1 imports');
  const ns = new Shim().importsFor(module);
  for (const i of imports) assert.equal(typeof ns[i.name], 'function', i.name);
  assert.ok(Shim.implemented().includes('random_get'));
});

test('the shim and node:wasi give the same answers; shim keys differ', async () => {
  const module = await WebAssembly.compile(bytes);
  const viaShim = new Guest(await instantiate(module, await wasiFactory({ useShim: true })), 1);
  const viaNode = new Guest(await instantiate(module, await wasiFactory()), 1);
  const req = { privateKey: '0x' + '11'.repeat(32), digest: '0x' + '22'.repeat(32) };
  assert.equal(viaShim.call('mr_sign', req), viaNode.call('mr_sign', req));
  const a = viaShim.call('mr_generate_key', {});
  const b = viaShim.call('mr_generate_key', {});
  assert.notEqual(a.privateKey, b.privateKey);
});

test('random_get fills large requests in chunks from getRandomValues', () => {
  let calls = 0;
  const shim = new Shim({ getRandomValues: (a) => { calls++; return globalThis.crypto.getRandomValues(a); } });
  shim.memory = new WebAssembly.Memory({ initial: 3 });
  assert.equal(shim.functions().random_get(16, 150000), 0);
  assert.equal(calls, 3);
  const filled = new Uint8Array(shim.memory.buffer, 16, 150000);
  assert.ok(filled.some((x) => x !== 0));
});
