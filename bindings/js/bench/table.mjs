// Merges the rows of `make bench-runtimes` into one table:
//   node table.mjs GO-BENCH-OUTPUT NODE-JSON PYTHON-JSON
// Go rows come from `make bench-runtimes-go` (go test -bench output,
// BenchmarkRuntimes/op=<op>/rt=<native|wazero>); the others from
// bench/bench.mjs --json and bindings/python/tools/mailroom_bench.py --json.
import { readFileSync } from 'node:fs';

const [goFile, nodeFile, pyFile] = process.argv.slice(2);
const OPS = ['typed-data-hash', 'sign', 'recover', 'envelope-verify', 'voucher-verify'];
const cell = new Map(); // `${op}|${col}` -> ns/op

// Accepts either raw `go test -bench` lines or the target's table rows
// "| <op> | <native ns/op> | <wazero ns/op> | <ratio> |".
for (const line of readFileSync(goFile, 'utf8').split('\n')) {
  const m = /^BenchmarkRuntimes\/op=([a-z-]+)\/rt=([a-z]+)(?:-\d+)?\s+\d+\s+([\d.]+) ns\/op/.exec(line);
  if (m) cell.set(`${m[1]}|go ${m[2]}`, Number(m[3]));
  const t = /^\|\s*([a-z-]+)\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|/.exec(line);
  if (t && OPS.includes(t[1])) {
    cell.set(`${t[1]}|go native`, Number(t[2]));
    cell.set(`${t[1]}|go wazero`, Number(t[3]));
  }
}
const node = JSON.parse(readFileSync(nodeFile, 'utf8'));
const py = JSON.parse(readFileSync(pyFile, 'utf8'));
const colOf = (r) => {
  if (r.runtime === 'node') return r.impl.startsWith('ethers') ? 'node ethers' : 'node wasm';
  if (r.impl.startsWith('agent_mailroom')) return 'python wasm';
  return r.impl.includes('coincurve') ? 'py eth-acct coincurve' : 'py eth-acct pure';
};
for (const r of [...node.rows, ...py.rows]) cell.set(`${r.op}|${colOf(r)}`, r.nsPerOp);

const cols = ['go native', 'go wazero', 'node wasm', 'node ethers', 'python wasm', 'py eth-acct pure', 'py eth-acct coincurve'];
const ratios = [
  ['wazero/native', 'go wazero', 'go native'],
  ['ethers/node', 'node ethers', 'node wasm'],
  ['pure/py', 'py eth-acct pure', 'python wasm'],
  ['coincurve/py', 'py eth-acct coincurve', 'python wasm'],
];
const us = (ns) => (ns === undefined ? '—' : (ns / 1000).toFixed(ns < 10000 ? 2 : 1));
const ratio = (a, b) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(2)}×`);

const header = ['op (µs/op)', ...cols, ...ratios.map((r) => r[0])];
const rows = OPS.map((op) => [op, ...cols.map((c) => us(cell.get(`${op}|${c}`))),
  ...ratios.map(([, a, b]) => ratio(cell.get(`${op}|${a}`), cell.get(`${op}|${b}`)))]);
const w = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i].length)));
const line = (r) => `| ${r.map((v, i) => (i === 0 ? v.padEnd(w[i]) : v.padStart(w[i]))).join(' | ')} |`;
console.log(`bench-runtimes: node ${node.node}, python ${py.python}; one run, same machine`);
console.log(line(header));
console.log(`|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log('ratios: wazero/native = slowdown of wazero vs pure Go; the others = speedup of mailroom.wasm over the library (>1 means faster)');
const missing = OPS.flatMap((op) => cols.filter((c) => !cell.has(`${op}|${c}`)).map((c) => `${op}/${c}`));
if (missing.length) {
  console.error(`bench-runtimes: missing cells: ${missing.join(', ')}`);
  process.exit(1);
}
