#!/usr/bin/env node
// Usage: node tools/run-conformance.mjs DIR [--verbose]
// Prints exactly "node: N passed, M failed" (failures first, on stderr with
// --verbose); exits 1 when a case failed or DIR has no *.json case.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as mr from '../src/index.js';
import { runCases } from './conformance.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: run-conformance.mjs DIR [--verbose]');
  process.exit(2);
}
let names;
try {
  names = readdirSync(dir).filter((n) => n.endsWith('.json') && statSync(join(dir, n)).isFile());
} catch (e) {
  console.error(`node: cannot list ${dir}: ${e.message}`);
  process.exit(2);
}
if (!names.length) {
  console.error(`node: no *.json case in ${dir}`);
  process.exit(2);
}
await mr.init(process.env.MAILROOM_WASM);
const files = names.map((name) => {
  try {
    return { name, bytes: new Uint8Array(readFileSync(join(dir, name))) };
  } catch (e) {
    return { name, bytes: new TextEncoder().encode(`unreadable: ${e.message}`) };
  }
});
const res = runCases(mr, files);
if (verbose) for (const f of res.failures) console.error(`node: ${f.file}: ${f.reason}`);
console.log(`node: ${res.passed} passed, ${res.failed} failed`);
process.exit(res.failed ? 1 : 0);
