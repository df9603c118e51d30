// This binding's part of the operation table's coverage test (the table is
// wasm/abi/ops.go, read here as the generated wasm/abi/ops.json): `ops` has
// a stub for exactly the ops not hidden from JS, every example answers as
// the table says, and every JS wrapper the table lists exists and reaches
// its op's stub (by the call graph of src/index.js).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ethers } from 'ethers';
import * as mr from '../src/index.js';
import { Guest, RawJSON, instantiate, loadModule, wasiFactory } from '../src/guest.js';
import { ABI_VERSION, HIDDEN, OPS } from '../src/ops.gen.js';

const table = JSON.parse(readFileSync(new URL('../../../wasm/abi/ops.json', import.meta.url), 'utf8'));
const exposed = table.ops.filter((o) => !o.js.hidden);

before(() => mr.init());

test('ops has one stub per op not hidden from JS, and HIDDEN gives the reasons', () => {
  assert.equal(ABI_VERSION, table.version);
  assert.equal(mr.runtimeInfo().abiVersion, table.version);
  assert.deepEqual(Object.keys(mr.ops).sort(), exposed.map((o) => o.js.stub).sort());
  assert.deepEqual({ ...OPS }, Object.fromEntries(exposed.map((o) => [o.js.stub, o.name])));
  assert.deepEqual({ ...HIDDEN }, Object.fromEntries(table.ops.filter((o) => o.js.hidden).map((o) => [o.name, o.js.hidden])));
  for (const o of table.ops) {
    if (o.js.hidden) assert.equal(o.js.wrappers.length, 0, `${o.name} is hidden from JS but lists wrappers`);
  }
});

test('every example answers as the table says, on a fresh instance, in table order', async () => {
  const module = await loadModule();
  const g = new Guest(await instantiate(module, await wasiFactory()), 1);
  for (const o of exposed) {
    const ok = g.ops[o.js.stub](new RawJSON(o.exampleRequest));
    if (o.exampleOk !== null) assert.equal(JSON.stringify(ok), JSON.stringify(o.exampleOk), o.name);
  }
});

test('the public ops take an object or JSON text and keep error codes', () => {
  for (const o of exposed.filter((x) => !x.stateful)) {
    const fromText = mr.ops[o.js.stub](o.exampleRequest);
    const fromObject = mr.ops[o.js.stub](JSON.parse(o.exampleRequest));
    const fromBytes = mr.ops[o.js.stub](new TextEncoder().encode(o.exampleRequest));
    if (o.exampleOk !== null) {
      for (const got of [fromText, fromObject, fromBytes]) assert.deepEqual(got, o.exampleOk, o.name);
    }
  }
  assert.match(mr.ops.generateKey().address, /^0x[0-9a-fA-F]{40}$/);
  assert.equal(mr.ops.voucherAccept({ lastAccepted: 0n, price: 1n, deposit: 10n ** 30n, cumulative: 10n ** 29n }), String(10n ** 29n));
  assert.throws(() => mr.ops.parseAddress({ address: '0xcD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826' }), { code: 'bad_checksum' });
  assert.throws(() => mr.ops.keccak256('{"data":"0x","x":1}'), { code: 'invalid_json' });
});

// callGraph parses src/index.js and returns, for every function
// ("name"), class constructor ("Class") and member ("Class.member"), the op
// stubs it reaches (op.stub(…) or ….ops.stub(…)) directly or through the
// functions and methods it calls; and which of them are public.
function callGraph() {
  const ts = createRequire(import.meta.url)('typescript');
  const path = new URL('../src/index.js', import.meta.url);
  const sf = ts.createSourceFile(path.pathname, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const stubs = new Set(table.ops.map((o) => o.js.stub));
  const fns = new Map(); // key -> {ops:Set, calls:Set, public:boolean}
  const exported = (n) => (ts.getModifiers(n) || []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const collect = (body, cls) => {
    const info = { ops: new Set(), calls: new Set() };
    const visit = (n) => {
      if (ts.isPropertyAccessExpression(n) && stubs.has(n.name.text)) {
        const x = n.expression;
        if ((ts.isIdentifier(x) && x.text === 'op') || (ts.isPropertyAccessExpression(x) && x.name.text === 'ops')) info.ops.add(n.name.text);
      }
      if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
        const c = n.expression;
        if (ts.isIdentifier(c)) info.calls.add(c.text);
        else if (cls && ts.isPropertyAccessExpression(c) && c.expression.kind === ts.SyntaxKind.ThisKeyword) info.calls.add(`${cls}.${c.name.text}`);
      }
      if (cls && ts.isPropertyAccessExpression(n) && n.expression.kind === ts.SyntaxKind.ThisKeyword) info.calls.add(`${cls}.${n.name.text}`);
      ts.forEachChild(n, visit);
    };
    if (body) visit(body);
    return info;
  };
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name) {
      fns.set(st.name.text, { ...collect(st.body), public: exported(st) });
    } else if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer) fns.set(d.name.text, { ...collect(d.initializer), public: exported(st) });
      }
    } else if (ts.isClassDeclaration(st) && st.name) {
      const cls = st.name.text;
      for (const m of st.members) {
        const isPublic = exported(st) && !(m.name && ts.isPrivateIdentifier(m.name));
        if (ts.isConstructorDeclaration(m)) fns.set(cls, { ...collect(m.body, cls), public: exported(st) });
        else if (m.name && (ts.isMethodDeclaration(m) || ts.isGetAccessor(m))) {
          fns.set(`${cls}.${m.name.getText(sf)}`, { ...collect(m.body, cls), public: isPublic });
        }
      }
    }
  }
  const reach = (key, seen = new Set()) => {
    if (seen.has(key) || !fns.has(key)) return new Set();
    seen.add(key);
    const out = new Set(fns.get(key).ops);
    for (const c of fns.get(key).calls) for (const s of reach(c, seen)) out.add(s);
    return out;
  };
  return { fns, reach };
}

test('every JS wrapper the table lists is public and reaches its op', () => {
  const { fns, reach } = callGraph();
  for (const o of exposed) {
    for (const w of o.js.wrappers) {
      assert.ok(fns.has(w), `${o.name}: JS wrapper ${w} is not in src/index.js`);
      assert.ok(fns.get(w).public, `${o.name}: JS wrapper ${w} is not public`);
      const [name, member] = w.split('.');
      assert.ok(name in mr, `${o.name}: ${name} is not exported`);
      if (member) assert.ok(member in mr[name].prototype, `${o.name}: ${w} is not a member`);
      assert.ok(reach(w).has(o.js.stub), `${o.name}: JS wrapper ${w} does not reach op.${o.js.stub}`);
    }
  }
  // The analysis is not vacuous: a wrapper reaches only what it calls.
  assert.deepEqual([...reach('keccak256')], ['keccak256']);
  assert.deepEqual([...reach('verify')].sort(), ['parseAddress', 'recover']);
});

const consentTypes = { RegisterAgent: [{ name: 'agent', type: 'address' }, { name: 'owner', type: 'address' }, { name: 'deadline', type: 'uint256' }] };

test('registration consent: the digest and signature of ethers, signer_mismatch for another key', () => {
  const agent = new ethers.Wallet(ethers.id('agent'));
  const owner = ethers.getAddress('0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb');
  const registry = '0x5FbDB2315678afecb367f032d93F642f64180aa3';
  const consent = { chainId: 31337, verifyingContract: registry, agent: agent.address, owner, deadline: 1700003600n };
  const domain = { name: 'AgentRegistry', version: '1', chainId: 31337, verifyingContract: registry };
  const message = { agent: agent.address, owner, deadline: 1700003600n };
  const digest = mr.registrationDigest(consent);
  assert.equal(digest, ethers.TypedDataEncoder.hash(domain, consentTypes, message));
  const sig = mr.signRegistration(agent.privateKey, consent);
  assert.equal(sig, agent.signingKey.sign(digest).serialized);
  assert.equal(ethers.verifyTypedData(domain, consentTypes, message, sig), agent.address);
  assert.equal(mr.ops.registrationSign({ privateKey: agent.privateKey, ...consent }), sig);
  assert.throws(() => mr.signRegistration(ethers.id('other'), consent), { code: 'signer_mismatch' });
  assert.throws(() => mr.registrationDigest({ ...consent, deadline: undefined }), { code: 'invalid_input' });
  assert.throws(() => mr.registrationDigest(null), { code: 'invalid_input' });
});

test('the generated declarations type-check a usage file under tsc --strict', () => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const here = new URL('.', import.meta.url).pathname;
  const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext',
    '--moduleResolution', 'nodenext', '--lib', 'es2022,dom,esnext.disposable', '--types', 'node', '--skipLibCheck', 'false', `${here}types/generated.ts`], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
