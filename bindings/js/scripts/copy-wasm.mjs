// Copies the module built by `make wasm` (hosts/runtime/wazero/mailroom.wasm, the one
// the wazero host embeds) into the package, so the package ships exactly the
// bytes every other runtime runs. $MAILROOM_WASM overrides the source.
// `npm pack` / `npm publish` run it (prepack), as do build, test and
// conformance; `node scripts/copy-wasm.mjs` runs it by hand.
import { copyFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const pkg = resolve(here, '..');

/**
 * copyWasm copies the module into the package and returns its path and size.
 * Outside a clone (no hosts/runtime/wazero/mailroom.wasm, no $MAILROOM_WASM) it keeps
 * a copy the package already has.
 */
export function copyWasm() {
  const src = process.env.MAILROOM_WASM || resolve(pkg, '../../hosts/runtime/wazero/mailroom.wasm');
  const dst = join(pkg, 'mailroom.wasm');
  if (!existsSync(src)) {
    if (!process.env.MAILROOM_WASM && existsSync(dst)) return { dst, size: statSync(dst).size, kept: true };
    throw new Error(`${src} is missing; run \`make wasm\` at the repository root`);
  }
  copyFileSync(src, dst);
  return { dst, size: statSync(dst).size, kept: false };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { dst, size, kept } = copyWasm();
    console.log(`copy-wasm: ${dst} (${size} bytes${kept ? ', kept: no source to copy' : ''})`);
  } catch (e) {
    console.error(`copy-wasm: ${e.message}`);
    process.exit(1);
  }
}
