// Real parts for the agent tests: the mailroom CLI (built by `make
// test-js-agent` into build/js-agent/mailroom, or $MAILROOM_CLI), a dev
// chain (`mailroom node`) on a free loopback port with its own deployments
// file, Go mailrooms (`mailroom serve`), and helpers to run CLI commands.
// Everything started here listens on 127.0.0.1 and is killed by stopAll.
import { spawn, execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const pkg = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const repo = resolve(pkg, '../..');
export const cli = process.env.MAILROOM_CLI || join(repo, 'build/js-agent/mailroom');

// anvil's / mailroom node's dev keys (public: dev chains only).
export const DEV_KEYS = [
  '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
  '0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6',
  '0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a',
  '0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba',
  '0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e',
  '0x4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356',
  '0xdbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97',
  '0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6',
];
export const DEV_ADDRS = [
  '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266', '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
  '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC', '0x90F79bf6EB2c4f870365E785982E1f101E93b906',
  '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65', '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
  '0x976EA74026E726554dB657fA54763abd0C3a0aa9', '0x14dC79964da2C08b23698B3D3cc7Ca32193d9955',
  '0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f', '0xa0Ee7A142d267C1f36714E4a8F75612F20a79720',
];
export const did = (a) => `did:agent:eth:${a}`;

const procs = new Set();

/** requireCLI fails (or, outside CI, skips t) when the CLI is missing. */
export function requireCLI(t) {
  if (existsSync(cli)) return true;
  const msg = `the mailroom CLI is missing at ${cli} (make test-js-agent builds it)`;
  if (process.env.CI === 'true') throw new Error(msg);
  console.log(`SKIP: ${msg}`);
  t.skip(msg);
  return false;
}

export function freePort() {
  return new Promise((ok, bad) => {
    const s = createServer();
    s.on('error', bad);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** start runs the CLI in the background until its output matches ready. */
export function start(args, { ready, cwd, env, timeoutMs = 30000 } = {}) {
  const p = spawn(cli, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  procs.add(p);
  let out = '';
  const done = new Promise((ok, bad) => {
    const timer = setTimeout(() => bad(new Error(`${args[0]} not ready after ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const onData = (d) => {
      out += d;
      const m = out.match(ready);
      if (m) {
        clearTimeout(timer);
        ok(m);
      }
    };
    p.stdout.on('data', onData);
    p.stderr.on('data', onData);
    p.on('exit', (code) => {
      clearTimeout(timer);
      procs.delete(p);
      bad(new Error(`${args[0]} exited ${code}:\n${out}`));
    });
  });
  done.catch(() => {});
  return { proc: p, ready: done, output: () => out };
}

export async function stop(h) {
  if (!h || h.proc.exitCode !== null) return;
  const gone = new Promise((ok) => h.proc.once('exit', ok));
  h.proc.kill('SIGTERM');
  const t = setTimeout(() => h.proc.kill('SIGKILL'), 5000);
  await gone;
  clearTimeout(t);
  procs.delete(h.proc);
}

export async function stopAll() {
  await Promise.all([...procs].map((p) => stop({ proc: p })));
}

/** run runs a CLI command to completion and returns stdout (rejects with stderr). */
export function run(args, { cwd, env, input } = {}) {
  return new Promise((ok, bad) => {
    const c = execFile(cli, args, { cwd, env: { ...process.env, ...env }, maxBuffer: 16 << 20, timeout: 120000 }, (err, stdout, stderr) => {
      if (err) bad(Object.assign(new Error(`mailroom ${args.join(' ')}: ${stderr || err.message}`), { stderr, stdout }));
      else ok(stdout);
    });
    if (input !== undefined) c.stdin.end(input);
  });
}

/**
 * devChain starts `mailroom node` on a free port with its own deployments
 * file in a fresh directory; env is what the CLI and the agent need.
 */
export async function devChain() {
  const dir = mkdtempSync(join(tmpdir(), 'mailroom-js-agent-'));
  const deployments = join(dir, 'deployments.json');
  const h = start(['node', '--port', '0', '--deployments', deployments], { ready: /listening on (http:\/\/127\.0\.0\.1:\d+)/, cwd: dir });
  const m = await h.ready;
  const dep = JSON.parse(readFileSync(deployments, 'utf8'));
  return { dir, deployments, rpc: m[1], dep, handle: h, env: { MAILROOM_DEPLOYMENTS: deployments, MAILROOM_RPC: '' } };
}

/** serve registers dev account n at a free port (rate price) and runs its Go mailroom there. */
export async function goMailroom(chain, n, { price = '1000000000000000', args = [], register = true } = {}) {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}/task`;
  if (register) await run(['register', '--dev-account', String(n), '--endpoint', endpoint, '--rate', price], { cwd: chain.dir, env: chain.env });
  const store = join(chain.dir, `store-${n}-${port}`);
  const h = await serveAt(chain, n, port, store, args);
  return { ...h, port, endpoint, store, address: DEV_ADDRS[n], did: did(DEV_ADDRS[n]), key: DEV_KEYS[n] };
}

export async function serveAt(chain, n, port, store, args = []) {
  const h = start(['serve', '--dev-account', String(n), '--listen', `127.0.0.1:${port}`, '--store', store, '--min-withdraw-delay', '60', '--log-format', 'none', ...args],
    { ready: /serving on/, cwd: chain.dir, env: chain.env });
  await h.ready;
  return { handle: h };
}

/** settle claims the Go mailroom's store on chain and returns the wei paid. */
export async function settle(chain, n, store) {
  const out = await run(['settle', '--dev-account', String(n), '--store', store, '--json'], { cwd: chain.dir, env: chain.env });
  return out;
}
