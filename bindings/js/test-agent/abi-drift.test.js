// src/abi.gen.js is what scripts/gen-abi.mjs makes of contracts/artifacts
// (make js-abi): a contract change without regenerating fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { out, render } from '../scripts/gen-abi.mjs';
import { paymentChannelAbi, registryAbi } from '../src/abi.gen.js';

test('src/abi.gen.js matches contracts/artifacts', () => {
  assert.equal(readFileSync(out, 'utf8'), render(), 'src/abi.gen.js is stale: run make js-abi');
  assert.ok(registryAbi.some((e) => e.name === 'registerAgent'));
  assert.ok(paymentChannelAbi.some((e) => e.name === 'createChannel'));
});
