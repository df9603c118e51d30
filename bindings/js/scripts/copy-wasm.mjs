// Copies the module built by `make wasm` (hosts/wazero/mailroom.wasm, the one
// the wazero host embeds) into the package, so the package ships exactly the
// bytes every other runtime runs. $MAILROOM_WASM overrides the source.
import { copyFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '..');
const src = process.env.MAILROOM_WASM || resolve(pkg, '../../hosts/wazero/mailroom.wasm');
const dst = join(pkg, 'mailroom.wasm');

if (!existsSync(src)) {
  console.error(`copy-wasm: ${src} is missing; run \`make wasm\` at the repository root`);
  process.exit(1);
}
copyFileSync(src, dst);
console.log(`copy-wasm: ${dst} (${statSync(dst).size} bytes)`);
