// All of testvectors/*.json and the conformance sample, in Node; and proof
// that the runners can fail (a corrupted copy of each must).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as mr from '../src/index.js';
import { runVectorFiles } from '../tools/vectors.js';
import { runCases } from '../tools/conformance.js';

const repo = new URL('../../../', import.meta.url).pathname;
const vectorDir = join(repo, 'testvectors');
const casesDir = join(repo, 'testvectors/conformance/cases');
const files = readdirSync(vectorDir).filter((n) => n.endsWith('.json')).map((name) => ({ name, text: readFileSync(join(vectorDir, name), 'utf8') }));

before(() => mr.init());

test('every testvectors/*.json vector passes in Node', () => {
  assert.ok(files.length > 0, 'no vector files');
  const rep = runVectorFiles(mr, files);
  assert.deepEqual(rep.failures, []);
  assert.ok(rep.passed > 100, `only ${rep.passed} vectors ran`);
});

test('the vector runner fails on wrong expectations and refuses unknown keys', () => {
  const sign = files.find((f) => f.name === 'sign.json');
  const doc = JSON.parse(sign.text);
  const v = doc.vectors.find((x) => x.expect.signature);
  v.expect.signature = v.expect.signature.slice(0, -2) + (v.expect.signature.endsWith('1b') ? '1c' : '1b');
  const rep = runVectorFiles(mr, [{ name: 'sign.json', text: JSON.stringify(doc) }]);
  assert.equal(rep.failed, 1);
  v.expect.extra = 1;
  assert.throws(() => runVectorFiles(mr, [{ name: 'sign.json', text: JSON.stringify(doc) }]), /unknown key "extra"/);
});

test('the conformance sample passes in Node, and corrupted cases fail', () => {
  const names = readdirSync(casesDir).filter((n) => n.endsWith('.json'));
  const cases = names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(casesDir, name))) }));
  const res = runCases(mr, cases);
  assert.deepEqual(res.failures, []);
  assert.equal(res.passed, names.length);
  const enc = new TextEncoder();
  const positive = cases.map((c) => JSON.parse(new TextDecoder().decode(c.bytes))).find((c) => c.digest);
  const wrongDigest = { ...positive, digest: '0x' + '00'.repeat(32) };
  const negative = { typedData: positive.typedData, invalid: 'claims a valid document is invalid' };
  const extra = { ...positive, note: 'x' };
  const bad = runCases(mr, [wrongDigest, negative, extra].map((c, i) => ({ name: `bad-${i}.json`, bytes: enc.encode(JSON.stringify(c)) })));
  assert.equal(bad.failed, 3);
  assert.equal(bad.passed, 0);
});
