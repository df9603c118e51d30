// npm run conformance [-- DIR] [--verbose]: runs the package over a
// directory of EIP-712 conformance cases (default: the repository's sample,
// testvectors/conformance/cases) and prints "node: N passed, M failed".
import { resolve } from 'node:path';
import { copyWasm, pkg } from './copy-wasm.mjs';

try {
  copyWasm();
} catch (e) {
  console.error(`conformance: ${e.message}`);
  process.exit(2);
}
if (!process.argv.slice(2).some((a) => !a.startsWith('--'))) {
  process.argv.push(resolve(pkg, '../../testvectors/conformance/cases'));
}
await import('../tools/run-conformance.mjs');
