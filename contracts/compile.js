// Compiles the contracts listed in solc.json with the pinned solc (npm
// package, standard-JSON input) and writes artifacts/<Name>.json plus
// artifacts/<Name>.abi and artifacts/<Name>.bin for abigen.
//
// Every artifact records sourceHash: sha256 over solc.json and every source
// (see sourceHash below). The Go drift test recomputes it without npm.
//
// Usage: node compile.js            write the artifacts
//        node compile.js --check    fail if the artifacts differ from a fresh compile
'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const solc = require('solc');

const root = __dirname;
const config = JSON.parse(fs.readFileSync(path.join(root, 'solc.json'), 'utf8'));

// sourceHash = sha256( solc.json bytes ‖ for each source in solc.json order:
// path ‖ 0x00 ‖ content ‖ 0x00 ), as lowercase hex.
function sourceHash() {
  const h = crypto.createHash('sha256');
  h.update(fs.readFileSync(path.join(root, 'solc.json')));
  for (const p of config.sources) {
    h.update(p);
    h.update(Buffer.from([0]));
    h.update(fs.readFileSync(path.join(root, p)));
    h.update(Buffer.from([0]));
  }
  return h.digest('hex');
}

// The libraries solc.json pins (e.g. @openzeppelin/contracts 5.7.0) must be
// the versions installed in node_modules (package-lock.json): the pin is in
// the hashed solc.json, so a library upgrade changes sourceHash.
function checkLibraries() {
  for (const [name, want] of Object.entries(config.libraries || {})) {
    const pj = path.join(root, 'node_modules', name, 'package.json');
    const have = fs.existsSync(pj) ? JSON.parse(fs.readFileSync(pj, 'utf8')).version : 'none';
    if (have !== want) throw new Error(`solc.json pins ${name} ${want}, node_modules has ${have}: npm ci`);
  }
}

// Resolves imports of the pinned libraries from node_modules; nothing else
// may be imported from outside the listed sources.
function findImports(p) {
  const lib = Object.keys(config.libraries || {}).find((name) => p.startsWith(name + '/'));
  if (!lib) return { error: `import ${p}: not a listed source nor a pinned library` };
  return { contents: fs.readFileSync(path.join(root, 'node_modules', p), 'utf8') };
}

function main() {
  const check = process.argv.includes('--check');
  const version = solc.version();
  if (!version.startsWith(config.version + '+')) {
    throw new Error(`solc ${version} does not match the pinned ${config.version}`);
  }
  const sources = {};
  for (const p of config.sources) {
    sources[p] = { content: fs.readFileSync(path.join(root, p), 'utf8') };
  }
  checkLibraries();
  const input = { language: 'Solidity', sources, settings: config.settings };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  let failed = false;
  for (const e of output.errors || []) {
    process.stderr.write(e.formattedMessage || e.message);
    if (e.severity === 'error') failed = true;
  }
  if (failed) process.exit(1);

  const hash = sourceHash();
  const outDir = path.join(root, 'artifacts');
  fs.mkdirSync(outDir, { recursive: true });
  let drift = false;
  for (const [name, file] of Object.entries(config.contracts)) {
    const c = output.contracts[file][name];
    const artifact = {
      contractName: name,
      sourceName: file,
      compiler: version,
      settings: config.settings,
      sourceHash: hash,
      abi: c.abi,
      bytecode: '0x' + c.evm.bytecode.object,
      deployedBytecode: '0x' + c.evm.deployedBytecode.object,
      userdoc: c.userdoc,
      devdoc: c.devdoc,
    };
    const files = {
      [name + '.json']: JSON.stringify(artifact, null, 2) + '\n',
      [name + '.abi']: JSON.stringify(c.abi) + '\n',
      [name + '.bin']: c.evm.bytecode.object + '\n',
    };
    for (const [f, data] of Object.entries(files)) {
      const p = path.join(outDir, f);
      if (check) {
        const old = fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : '';
        if (old !== data) {
          process.stderr.write(`drift: artifacts/${f} differs from a fresh compile\n`);
          drift = true;
        }
      } else {
        fs.writeFileSync(p, data);
      }
    }
  }
  if (drift) process.exit(1);
  process.stdout.write(`solc ${version}: compiled ${Object.keys(config.contracts).join(', ')} (sourceHash ${hash.slice(0, 12)})\n`);
}

main();
