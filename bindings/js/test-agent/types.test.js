// The agent, server, x402 and store declarations compile against a usage
// file under tsc --strict (viem's own types included: skipLibCheck false).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

test('agent.d.ts, server.d.ts, x402.d.ts and store.d.ts type-check a usage file under tsc --strict', { timeout: 120000 }, () => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const here = new URL('.', import.meta.url).pathname;
  const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext',
    '--moduleResolution', 'nodenext', '--lib', 'es2022,dom,dom.iterable,esnext.disposable', '--types', 'node', '--skipLibCheck', 'false', `${here}types/usage.ts`], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
