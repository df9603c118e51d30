#!/usr/bin/env node
// Usage: node tools/run-vectors.mjs DIR — runs every DIR/*.json vector file
// (mailroom-vectors/1) through the JS binding; prints failures and
// "node vectors: N passed, M failed"; exits 1 on any failure.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as mr from '../src/index.js';
import { runVectorFiles } from './vectors.js';

const dir = process.argv[2] || new URL('../../../testvectors', import.meta.url).pathname;
await mr.init(process.env.MAILROOM_WASM);
const files = readdirSync(dir).filter((n) => n.endsWith('.json')).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
const rep = runVectorFiles(mr, files);
for (const f of rep.failures) console.error(f);
console.log(`node vectors: ${rep.passed} passed, ${rep.failed} failed`);
process.exit(rep.failed ? 1 : 0);
