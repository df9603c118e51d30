// The TypeScript declarations compile against a usage file (strict mode).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

test('index.d.ts type-checks a usage file under tsc --strict', () => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const here = new URL('.', import.meta.url).pathname;
  const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext',
    '--moduleResolution', 'nodenext', '--lib', 'es2022,dom,esnext.disposable', '--types', 'node', '--skipLibCheck', 'false', `${here}types/usage.ts`], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
