// The stores' guarantees: a fileStore batch is on disk when it resolves
// (a new process reads it), a torn final record (a crash mid-write, never
// acknowledged) is dropped, any other damage refuses to open, compaction
// keeps everything, one process per directory; bad input is invalid_input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileStore, memoryStore } from '../src/store.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'mailroom-store-'));

test('fileStore: what a batch wrote survives into another process', async () => {
  const dir = tmp();
  const s = await fileStore(dir);
  await s.batch([['a', { n: 1 }], ['b', '2']]);
  await s.batch([['b', undefined], ['c', [3]]]);
  await s.close();
  const out = execFileSync(process.execPath, ['--input-type=module', '-e',
    `import { fileStore } from ${JSON.stringify(new URL('../src/store.js', import.meta.url).href)};
     const s = await fileStore(${JSON.stringify(dir)}); console.log(JSON.stringify(s.entries())); await s.close();`]).toString();
  assert.deepEqual(JSON.parse(out), [['a', { n: 1 }], ['c', [3]]]);
});

test('fileStore: a torn final record is dropped, other damage refuses to open', async () => {
  const dir = tmp();
  const s = await fileStore(dir);
  await s.batch([['a', 1]]);
  await s.close();
  appendFileSync(join(dir, 'journal.jsonl'), '{"ops":[["b",2]');
  const r = await fileStore(dir);
  assert.equal(r.get('a'), 1);
  assert.equal(r.get('b'), undefined);
  await r.batch([['c', 3]]);
  await r.close();
  const again = await fileStore(dir);
  assert.deepEqual(again.entries(), [['a', 1], ['c', 3]]);
  await again.close();
  const text = readFileSync(join(dir, 'journal.jsonl'), 'utf8').split('\n');
  text[0] = 'garbage';
  writeFileSync(join(dir, 'journal.jsonl'), text.join('\n'));
  await assert.rejects(fileStore(dir), (e) => e.code === 'store_error' && /damaged/.test(e.message));
});

test('fileStore: compaction keeps every entry; one process per directory', async () => {
  const dir = tmp();
  const s = await fileStore(dir, { compactAfter: 10 });
  for (let i = 0; i < 50; i++) await s.batch([[`k${i % 7}`, i]]);
  await assert.rejects(fileStore(dir), (e) => e.code === 'store_error');
  await s.close();
  const lines = readFileSync(join(dir, 'journal.jsonl'), 'utf8').trim().split('\n').length;
  assert.ok(lines <= 11, `journal compacted (${lines} lines)`);
  const r = await fileStore(dir);
  assert.deepEqual(Object.fromEntries(r.entries()), { k0: 49, k1: 43, k2: 44, k3: 45, k4: 46, k5: 47, k6: 48 });
  await r.close();
});

test('stores refuse bad input with a code and keep working', async () => {
  for (const s of [memoryStore(), await fileStore(tmp())]) {
    await assert.rejects(s.batch('nope'), (e) => e.code === 'invalid_input');
    await assert.rejects(s.batch([[1, 2]]), (e) => e.code === 'invalid_input');
    await s.batch([['ok', true]]);
    assert.equal(s.get('ok'), true);
    await s.close();
  }
});
