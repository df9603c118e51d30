#!/usr/bin/env node
// The cross-runtime matrix: every runtime (native Go, wazero, Node, Python)
// signs the same envelopes and vouchers, and every runtime verifies what
// every other one signed. Signatures are deterministic (RFC 6979), so the
// wire objects must also be byte-identical across signers; and a tampered
// copy of each must be refused with signer_mismatch by every verifier.
//
// Usage: node tools/matrix.mjs --go PATH/TO/matrix-helper --python PYTHON [--cli PATH/TO/mailroom]
// The Go runtimes run in process in bindings/matrix (hosts/runtime/native and
// hosts/runtime/wazero, one compilation per job); Python through
// bindings/python/tools/mailroom_matrix_helper.py. With --cli, the CLI
// (`mailroom envelope|voucher sign|verify --runtime native|wasm`) also signs
// and verifies one envelope and one voucher against the Node signatures.
// Prints a table and "matrix: N passed, M failed"; exits 1 on a failure.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as mr from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const cli = arg('--cli');
const goHelper = arg('--go');
const python = arg('--python');
if (!goHelper || !python) {
  console.error('usage: matrix.mjs --go MATRIX-HELPER --python PYTHON [--cli MAILROOM]');
  process.exit(2);
}
const pyHelper = resolve(here, '../../python/tools/mailroom_matrix_helper.py');
const pyPath = resolve(here, '../../python/src');

await mr.init(process.env.MAILROOM_WASM);

const K1 = '0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318';
const K2 = '0x' + 'b0'.repeat(31) + '0b';
const REGISTRY = '0x5FbDB2315678afecb367f032d93F642f64180aa3';
const CHANNEL = '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512';
const A2 = mr.addressOf(K2);
const A1 = mr.addressOf(K1);
const specs = [
  { kind: 'envelope', key: K1, to: A2, payloadHash: mr.payloadHash('{"task":"audit"}'), nonce: '0', timestamp: '1700000000', chainId: '31337', registry: REGISTRY },
  { kind: 'envelope', key: K2, to: A1, payloadHash: mr.payloadHash(''), nonce: '18446744073709551615', timestamp: '4102444800', chainId: '1', registry: CHANNEL },
  { kind: 'voucher', key: K1, channelId: mr.keccak256('0x01'), amount: '1000', chainId: '31337', contract: CHANNEL },
  { kind: 'voucher', key: K2, channelId: mr.keccak256('0x02'), amount: (2n ** 256n - 1n).toString(), chainId: '8453', contract: REGISTRY },
];

const work = mkdtempSync(join(tmpdir(), 'mailroom-matrix-'));
const keyFiles = new Map();
const keyFile = (k) => {
  if (!keyFiles.has(k)) {
    const f = join(work, `k${keyFiles.size}.key`);
    writeFileSync(f, k + '\n', { mode: 0o600 });
    keyFiles.set(k, f);
  }
  return keyFiles.get(k);
};

// ---- runtimes ----

function cliRuntime(rt) {
  return {
    sign(list) {
      return list.map((s) => {
        const args = s.kind === 'envelope'
          ? ['envelope', 'sign', '--runtime', rt, '--key', keyFile(s.key), '--to', s.to, '--payload-hash', s.payloadHash,
            '--nonce', s.nonce, '--timestamp', s.timestamp, '--chain-id', s.chainId, '--registry', s.registry]
          : ['voucher', 'sign', '--runtime', rt, '--key', keyFile(s.key), '--channel', s.channelId, '--amount', s.amount,
            '--chain-id', s.chainId, '--contract', s.contract];
        return JSON.parse(execFileSync(cli, args, { encoding: 'utf8' }));
      });
    },
    verify(items) {
      return items.map((it, i) => {
        const f = join(work, `${rt}-${i}-${Math.random().toString(36).slice(2)}.json`);
        writeFileSync(f, JSON.stringify(it.wire));
        const args = it.kind === 'envelope'
          ? ['envelope', 'verify', '--runtime', rt, f]
          : ['voucher', 'verify', '--runtime', rt, f, '--chain-id', it.chainId, '--contract', it.contract, '--sender', it.sender];
        const r = spawnSync(cli, args, { encoding: 'utf8' });
        if (r.status === 0) {
          // envelope verify prints the sender: it must be the claimed one.
          if (it.kind === 'envelope' && r.stdout.trim() !== it.wire.sender) return { code: 'signer_mismatch' };
          return { ok: true };
        }
        const m = /error: ([a-z0-9_]+):/.exec(r.stderr);
        return { code: m ? m[1] : `exit ${r.status}` };
      });
    },
  };
}

const nodeRuntime = {
  sign: (list) => list.map((s) => (s.kind === 'envelope'
    ? mr.signEnvelope(s.key, { sender: mr.addressOf(s.key), recipient: s.to, payloadHash: s.payloadHash, timestamp: s.timestamp, nonce: s.nonce, chainId: s.chainId, verifyingContract: s.registry })
    : mr.signVoucher(s.key, { channelId: s.channelId, cumulativeAmount: s.amount, chainId: s.chainId, verifyingContract: s.contract }))),
  verify: (items) => items.map((it) => {
    try {
      if (it.kind === 'envelope') mr.verifyEnvelope(it.wire);
      else mr.verifyVoucher({ chainId: it.chainId, verifyingContract: it.contract }, it.wire, it.sender);
      return { ok: true };
    } catch (e) {
      return { code: e.code || String(e) };
    }
  }),
};

function pyJob(job) {
  const out = execFileSync(python, [pyHelper], {
    input: JSON.stringify(job), encoding: 'utf8',
    env: { ...process.env, PYTHONPATH: pyPath, AGENT_MAILROOM_WASM: process.env.MAILROOM_WASM || resolve(here, '../../../hosts/runtime/wazero/mailroom.wasm') },
  });
  return JSON.parse(out);
}
const pythonRuntime = { sign: (specs) => pyJob({ op: 'sign', specs }), verify: (items) => pyJob({ op: 'verify', items }) };

function goRuntime(rt) {
  const env = { ...process.env, MAILROOM_WAZERO_CACHE: process.env.MAILROOM_WAZERO_CACHE || join(work, 'wazero-cache') };
  const job = (j) => JSON.parse(execFileSync(goHelper, [], { input: JSON.stringify({ runtime: rt, ...j }), encoding: 'utf8', env }));
  return { sign: (specs) => job({ op: 'sign', specs }), verify: (items) => job({ op: 'verify', items }) };
}

const runtimes = { native: goRuntime('native'), wazero: goRuntime('wazero'), node: nodeRuntime, python: pythonRuntime };
const names = Object.keys(runtimes);

// ---- the matrix ----

let passed = 0;
let failed = 0;
const fail = (msg) => {
  failed++;
  console.error(`matrix: FAIL ${msg}`);
};

function itemsOf(signed) {
  return signed.map((wire, i) => {
    const s = specs[i];
    return s.kind === 'envelope'
      ? { kind: 'envelope', wire }
      : { kind: 'voucher', wire, sender: mr.addressOf(s.key), chainId: s.chainId, contract: s.contract };
  });
}

function tamper(it) {
  const wire = { ...it.wire };
  if (it.kind === 'envelope') wire.nonce = (BigInt(wire.nonce) ^ 1n).toString();
  else wire.cumulativeAmount = (BigInt(wire.cumulativeAmount) ^ 1n).toString();
  return { ...it, wire };
}

try {
  const signedBy = {};
  for (const x of names) {
    signedBy[x] = runtimes[x].sign(specs);
    if (x !== names[0]) {
      signedBy[x].forEach((w, i) => {
        if (JSON.stringify(w) === JSON.stringify(signedBy[names[0]][i])) passed++;
        else fail(`${x} signed spec ${i} differently from ${names[0]}: ${JSON.stringify(w)}`);
      });
    }
  }
  const table = [['signed in \\ verified in', ...names]];
  for (const x of names) {
    const items = itemsOf(signedBy[x]);
    const bad = items.map(tamper);
    const row = [x];
    for (const y of names) {
      const res = runtimes[y].verify([...items, ...bad]);
      let ok = 0;
      res.forEach((r, i) => {
        const tampered = i >= items.length;
        const good = tampered ? r.code === 'signer_mismatch' : r.ok === true;
        if (good) {
          ok++;
          passed++;
        } else {
          fail(`${x} -> ${y}: item ${i % items.length}${tampered ? ' (tampered)' : ''}: ${JSON.stringify(r)}`);
        }
      });
      row.push(`${ok}/${res.length}`);
    }
    table.push(row);
  }
  if (cli) {
    // The CLI: one envelope and one voucher, signed and cross-verified.
    const pick = [0, 2];
    const nodeItems = itemsOf(signedBy.node).filter((_, i) => pick.includes(i));
    for (const rt of ['native', 'wasm']) {
      const c = cliRuntime(rt);
      const mine = c.sign(pick.map((i) => specs[i]));
      mine.forEach((w, k) => {
        if (JSON.stringify(w) === JSON.stringify(signedBy.node[pick[k]])) passed++;
        else fail(`cli --runtime ${rt} signed spec ${pick[k]} differently: ${JSON.stringify(w)}`);
      });
      const res = c.verify([...nodeItems, ...nodeItems.map(tamper)]);
      let ok = 0;
      res.forEach((r, i) => {
        const good = i >= nodeItems.length ? r.code === 'signer_mismatch' : r.ok === true;
        if (good) {
          ok++;
          passed++;
        } else fail(`node -> cli --runtime ${rt}: item ${i}: ${JSON.stringify(r)}`);
      });
      table.push([`node -> cli --runtime ${rt}`, `${ok}/${res.length}`, '', '', '']);
    }
  }
  const w = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
  for (const r of table) console.log(r.map((v, c) => v.padEnd(w[c])).join('  '));
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`matrix: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
