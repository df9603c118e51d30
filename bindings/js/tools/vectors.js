// The project's vector runner (testvectors/README.md, mailroom-vectors/1)
// for the JS binding. It works in Node and in browsers: the caller supplies
// the files' texts, so the browser test runs the very same code.
//
// Like the Go runner (testvectors/runner) it refuses what it does not fully
// understand: an unknown key, an unknown vector type, a duplicate id or a
// missing required field is an error (thrown), not a skipped vector.

import { der } from './der.js';

export const FORMAT = 'mailroom-vectors/1';

const CURVE_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const HALF_N = CURVE_N >> 1n;

// Allowed keys per object, as in testvectors/internal/schema.
const S = {
  file: ['format', 'family', 'description', 'license', 'sources', 'vectors'],
  vector: ['id', 'type', 'source', 'flags', 'comment', 'input', 'expect'],
  addressOut: ['address', 'error'],
  signedOut: ['digest', 'signature', 'wire', 'error'],
  resultOut: ['result', 'error'],
  verifyIn: ['publicKey', 'address', 'msg', 'digest', 'signature'],
};
const TYPES = {
  keccak256: [['data'], ['hash']],
  address_of: [['privateKey'], S.addressOut],
  parse_address: [['address'], S.addressOut],
  format_did: [['address'], ['did']],
  parse_did: [['did'], S.addressOut],
  sign: [['privateKey', 'digest'], ['signature', 'address', 'error']],
  recover: [['digest', 'signature'], S.addressOut],
  eip712: [['typedData', 'typedDataHex', 'privateKey'],
    ['digest', 'domainSeparator', 'messageHash', 'encodeType', 'typeHash', 'encodedData', 'signature', 'address', 'error']],
  envelope_sign: [['privateKey', 'chainId', 'registry', 'request'], S.signedOut],
  envelope_verify: [['wire'], S.resultOut],
  voucher_sign: [['privateKey', 'chainId', 'contract', 'voucher'], S.signedOut],
  voucher_verify: [['chainId', 'contract', 'sender', 'wire'], S.resultOut],
  receipt_sign: [['privateKey', 'chainId', 'registry', 'receipt'], S.signedOut],
  receipt_verify: [['chainId', 'registry', 'recipient', 'wire'], S.resultOut],
  voucher_accept: [['lastAccepted', 'price', 'deposit', 'cumulative'], ['accepted', 'error']],
  replay: [['pastSeconds', 'futureSeconds', 'capacity', 'steps'], ['results', 'len']],
  ecdsa_verify_raw: [S.verifyIn, S.resultOut],
  ecdsa_verify_strict: [S.verifyIn, S.resultOut],
  ecdsa_verify_der: [S.verifyIn, S.resultOut],
  ecdsa_recovery_id: [['digest', 'signature'], ['recoveryId', 'address']],
  protocol: [['op', 'request'], ['reply', 'error']],
};

// canonical is JSON with sorted keys: replies compare as values.
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

const camel = (op) => op.replace(/_([a-z])/g, (_, c) => c.toUpperCase());

class VectorError extends Error {}

function strictKeys(obj, allowed, where) {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new VectorError(`${where}: not an object`);
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) throw new VectorError(`${where}: unknown key "${k}"`);
  }
  return obj;
}

const s = (v) => (v === undefined ? '' : v);

function hexBytes(field, h) {
  if (typeof h !== 'string' || !/^0x([0-9a-fA-F]{2})*$/.test(h)) throw new VectorError(`${field}: not 0x-hex`);
  const out = new Uint8Array((h.length - 2) / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.substr(2 + 2 * i, 2), 16);
  return out;
}

function toHex(b) {
  let h = '0x';
  for (const x of b) h += x.toString(16).padStart(2, '0');
  return h;
}

function concat(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** kindOf returns the error's code ("" for success). */
function attempt(fn) {
  try {
    return { value: fn(), code: '' };
  } catch (e) {
    if (e && typeof e.code === 'string' && e.name === 'MailroomError') return { value: undefined, code: e.code, err: e };
    return { value: undefined, code: 'internal', err: e };
  }
}

// outcome mirrors the Go runner: [failure, done].
function outcome(r, want) {
  const got = r.code;
  if (want && got === want) return ['', true];
  if (want && !got) return [`want error ${want}, got success`, true];
  if (want) return [`want error ${want}, got ${got} (${r.err && r.err.message})`, true];
  if (got) return [`want success, got ${got} (${r.err && r.err.message})`, true];
  return ['', false];
}

const diff = (what, got, want) => (got === want ? '' : `${what}: got ${got}, want ${want}`);
const first = (...fs) => fs.find((f) => f) || '';

function need(errKind, ...fields) {
  if (errKind) {
    if (fields.some((f) => f)) throw new VectorError('expect: a negative vector carries only error');
    return;
  }
  if (fields.some((f) => !f)) throw new VectorError('expect: a positive vector needs every expected field');
}

function resultShape(out) {
  const r = s(out.result);
  const e = s(out.error);
  if ((r === 'valid') === (e !== '') || (r !== '' && r !== 'valid')) {
    throw new VectorError('expect: exactly one of result "valid" and error');
  }
}

/** verifyByRecovery is the Go runner's Verify: recovery with v = 27, 28. */
function verifyByRecovery(mr, address, digest, sig, normalize) {
  if (normalize && sig.length === 64) {
    const sv = BigInt(toHex(sig.slice(32)));
    if (sv > HALF_N && sv < CURVE_N) {
      sig = concat(sig.slice(0, 32), hexBytes('s', '0x' + (CURVE_N - sv).toString(16).padStart(64, '0')));
    }
  }
  const kinds = [];
  for (const v of [27, 28]) {
    const r = attempt(() => mr.recover(digest, concat(sig, new Uint8Array([v]))));
    if (r.code) {
      kinds.push(r.code);
      continue;
    }
    kinds.push('');
    if (r.value === address) return 'valid';
  }
  return kinds.find((k) => k) || 'signer_mismatch';
}

const handlers = {
  // A protocol machine's JSON operation: the reply must be the core's, value for value.
  protocol(mr, inp, out) {
    const fn = mr.ops[camel(inp.op)];
    if (!fn) return `no operation ${inp.op}`;
    const r = attempt(() => fn(inp.request));
    const [f, done] = outcome(r, s(out.error));
    if (done) return f;
    const got = canonical(r.value), want = canonical(out.reply);
    return got === want ? '' : diff('reply', got, want);
  },
  keccak256(mr, inp, out) {
    const r = attempt(() => mr.keccak256(hexBytes('data', inp.data)));
    const [f, done] = outcome(r, '');
    return done ? f : diff('hash', r.value, out.hash);
  },
  address_of(mr, inp, out) {
    need(s(out.error), s(out.address));
    const r = attempt(() => mr.addressOf(hexBytes('privateKey', inp.privateKey)));
    const [f, done] = outcome(r, s(out.error));
    return done ? f : diff('address', r.value, out.address);
  },
  parse_address(mr, inp, out) {
    need(s(out.error), s(out.address));
    const r = attempt(() => mr.getAddress(s(inp.address)));
    const [f, done] = outcome(r, s(out.error));
    return done ? f : diff('address', r.value, out.address);
  },
  format_did(mr, inp, out) {
    const r = attempt(() => mr.toDID(s(inp.address)));
    const [f, done] = outcome(r, '');
    return done ? f : diff('did', r.value, out.did);
  },
  parse_did(mr, inp, out) {
    need(s(out.error), s(out.address));
    const r = attempt(() => mr.parseDID(s(inp.did)));
    const [f, done] = outcome(r, s(out.error));
    return done ? f : diff('address', r.value, out.address);
  },
  sign(mr, inp, out) {
    need(s(out.error), s(out.signature), s(out.address));
    const priv = hexBytes('privateKey', inp.privateKey);
    const digest = hexBytes('digest', inp.digest);
    const r = attempt(() => mr.sign(priv, digest));
    const [f, done] = outcome(r, s(out.error));
    if (done) return f;
    const d = diff('signature', r.value, out.signature);
    if (d) return d;
    const a = attempt(() => mr.recover(digest, r.value));
    const [f2, done2] = outcome(a, '');
    if (done2) return 'recover after sign: ' + f2;
    return diff('recovered address', a.value, out.address);
  },
  recover(mr, inp, out) {
    need(s(out.error), s(out.address));
    const r = attempt(() => mr.recover(hexBytes('digest', inp.digest), hexBytes('signature', inp.signature)));
    const [f, done] = outcome(r, s(out.error));
    return done ? f : diff('address', r.value, out.address);
  },
  eip712(mr, inp, out) {
    let doc;
    if (inp.typedData !== undefined && s(inp.typedDataHex) === '') doc = new TextEncoder().encode(inp.typedData);
    else if (inp.typedData === undefined && s(inp.typedDataHex) !== '') doc = hexBytes('typedDataHex', inp.typedDataHex);
    else throw new VectorError('input: exactly one of typedData and typedDataHex');
    if (s(out.error)) {
      if (out.digest || out.domainSeparator || out.messageHash || out.encodeType || out.typeHash || out.encodedData ||
        out.signature || out.address || inp.privateKey) {
        throw new VectorError('expect: a negative vector carries only error');
      }
      return outcome(attempt(() => mr.hashTypedData(doc)), out.error)[0];
    }
    if (!out.digest || !out.domainSeparator || !out.messageHash) {
      throw new VectorError('expect: digest, domainSeparator and messageHash are required');
    }
    if (!s(inp.privateKey) !== !s(out.signature) || !s(out.signature) !== !s(out.address)) {
      throw new VectorError('privateKey, signature and address go together');
    }
    const h = attempt(() => mr.hashTypedData(doc));
    let [f, done] = outcome(h, '');
    if (done) return f;
    f = first(diff('digest', h.value.digest, out.digest), diff('domainSeparator', h.value.domainSeparator, out.domainSeparator),
      diff('messageHash', h.value.messageHash, out.messageHash));
    if (f) return f;
    const enc = new TextEncoder();
    for (const name of Object.keys(out.encodeType || {}).sort()) {
      const want = (out.typeHash || {})[name];
      if (want === undefined) throw new VectorError(`expect: encodeType "${name}" without typeHash`);
      const th = attempt(() => mr.keccak256(enc.encode(out.encodeType[name])));
      [f, done] = outcome(th, '');
      if (done) return f;
      if ((f = diff(`typeHash(${name})`, th.value, want))) return f;
    }
    if (s(out.encodedData)) {
      const mh = attempt(() => mr.keccak256(hexBytes('encodedData', out.encodedData)));
      [f, done] = outcome(mh, '');
      if (done) return f;
      if ((f = diff('keccak256(encodedData)', mh.value, out.messageHash))) return f;
    }
    if (!s(inp.privateKey)) return '';
    const sg = attempt(() => mr.signTypedData(hexBytes('privateKey', inp.privateKey), doc));
    [f, done] = outcome(sg, '');
    if (done) return 'sign: ' + f;
    if ((f = first(diff('sign digest', sg.value.digest, out.digest), diff('signature', sg.value.signature, out.signature)))) return f;
    const a = attempt(() => mr.recover(h.value.digest, sg.value.signature));
    [f, done] = outcome(a, '');
    if (done) return 'recover: ' + f;
    return diff('signer', a.value, out.address);
  },
  envelope_sign(mr, inp, out) {
    need(s(out.error), s(out.digest), s(out.signature), s(out.wire));
    const q = strictKeys(inp.request, ['sender', 'recipient', 'payloadHash', 'timestamp', 'nonce'], 'input.request');
    const fields = { ...q, chainId: s(inp.chainId), verifyingContract: s(inp.registry) };
    const d = attempt(() => mr.envelopeDigest(fields));
    let [f, done] = outcome(d, s(out.error));
    if (done) return f;
    const sg = attempt(() => mr.signEnvelope(hexBytes('privateKey', inp.privateKey), fields));
    [f, done] = outcome(sg, '');
    if (done) return 'sign: ' + f;
    if ((f = first(diff('digest', d.value, out.digest), diff('signature', sg.value.signature, out.signature),
      diff('wire', JSON.stringify(sg.value), out.wire)))) return f;
    return outcome(attempt(() => mr.verifyEnvelope(sg.value)), '')[0];
  },
  envelope_verify(mr, inp, out) {
    resultShape(out);
    return outcome(attempt(() => mr.verifyEnvelope(s(inp.wire))), s(out.error))[0];
  },
  voucher_sign(mr, inp, out) {
    need(s(out.error), s(out.digest), s(out.signature), s(out.wire));
    const v = strictKeys(inp.voucher, ['channelId', 'cumulativeAmount'], 'input.voucher');
    const fields = { ...v, chainId: s(inp.chainId), verifyingContract: s(inp.contract) };
    const priv = hexBytes('privateKey', inp.privateKey);
    const d = attempt(() => mr.voucherDigest(fields));
    let [f, done] = outcome(d, s(out.error));
    if (done) return f;
    const sg = attempt(() => mr.signVoucher(priv, fields));
    [f, done] = outcome(sg, '');
    if (done) return 'sign: ' + f;
    if ((f = first(diff('digest', d.value, out.digest), diff('signature', sg.value.signature, out.signature),
      diff('wire', JSON.stringify(sg.value), out.wire)))) return f;
    const sender = attempt(() => mr.addressOf(priv));
    [f, done] = outcome(sender, '');
    if (done) return f;
    return outcome(attempt(() => mr.verifyVoucher({ chainId: s(inp.chainId), verifyingContract: s(inp.contract) }, sg.value, sender.value)), '')[0];
  },
  voucher_verify(mr, inp, out) {
    resultShape(out);
    const r = attempt(() => mr.verifyVoucher({ chainId: s(inp.chainId), verifyingContract: s(inp.contract) }, s(inp.wire), s(inp.sender)));
    return outcome(r, s(out.error))[0];
  },
  receipt_sign(mr, inp, out) {
    need(s(out.error), s(out.digest), s(out.signature), s(out.wire));
    const rc = strictKeys(inp.receipt, ['requestDigest', 'channelId', 'cumulativeAmount', 'resultHash'], 'input.receipt');
    const fields = { ...rc, chainId: s(inp.chainId), verifyingContract: s(inp.registry) };
    const priv = hexBytes('privateKey', inp.privateKey);
    const d = attempt(() => mr.receiptDigest(fields));
    let [f, done] = outcome(d, s(out.error));
    if (done) return f;
    const sg = attempt(() => mr.signReceipt(priv, fields));
    [f, done] = outcome(sg, '');
    if (done) return 'sign: ' + f;
    if ((f = first(diff('digest', d.value, out.digest), diff('signature', sg.value.signature, out.signature),
      diff('wire', JSON.stringify(sg.value), out.wire)))) return f;
    const me = attempt(() => mr.addressOf(priv));
    [f, done] = outcome(me, '');
    if (done) return f;
    return outcome(attempt(() => mr.verifyReceipt({ chainId: s(inp.chainId), verifyingContract: s(inp.registry) }, sg.value, me.value)), '')[0];
  },
  receipt_verify(mr, inp, out) {
    resultShape(out);
    const r = attempt(() => mr.verifyReceipt({ chainId: s(inp.chainId), verifyingContract: s(inp.registry) }, s(inp.wire), s(inp.recipient)));
    return outcome(r, s(out.error))[0];
  },
  voucher_accept(mr, inp, out) {
    need(s(out.error), s(out.accepted));
    for (const k of ['lastAccepted', 'price', 'deposit', 'cumulative']) {
      if (!/^[0-9]+$/.test(s(inp[k]))) throw new VectorError(`amount: not a decimal integer: ${inp[k]}`);
    }
    const r = attempt(() => mr.acceptVoucher({ lastAccepted: inp.lastAccepted, price: inp.price, deposit: inp.deposit, cumulative: inp.cumulative }));
    const [f, done] = outcome(r, s(out.error));
    return done ? f : diff('accepted', r.value.toString(), out.accepted);
  },
  replay(mr, inp, out) {
    const steps = inp.steps || [];
    if (!Array.isArray(out.results) || out.results.length !== steps.length || steps.length === 0) {
      throw new VectorError('expect: one result per step');
    }
    const g = attempt(() => new mr.ReplayGuard({ pastSeconds: s(inp.pastSeconds), futureSeconds: s(inp.futureSeconds), capacity: inp.capacity ?? 0 }));
    let [f, done] = outcome(g, '');
    if (done) return 'new guard: ' + f;
    const guard = g.value;
    try {
      for (let i = 0; i < steps.length; i++) {
        const st = strictKeys(steps[i], ['sender', 'nonce', 'timestamp', 'now'], `input.steps[${i}]`);
        const want = out.results[i] === 'ok' ? '' : out.results[i];
        [f] = outcome(attempt(() => guard.use(st.sender, s(st.nonce), s(st.timestamp), s(st.now))), want);
        if (f) return `step ${i}: ${f}`;
      }
      const n = attempt(() => guard.size);
      [f, done] = outcome(n, '');
      if (done) return 'len: ' + f;
      if (n.value !== (out.len ?? 0)) return `len: got ${n.value}, want ${out.len ?? 0}`;
      return '';
    } finally {
      const c = attempt(() => guard.close());
      if (c.code && !f) f = 'close: ' + c.code; // eslint-disable-line no-unsafe-finally
    }
  },
  ecdsa_verify_raw: (mr, inp, out) => verifyVector(mr, inp, out, 'raw'),
  ecdsa_verify_strict: (mr, inp, out) => verifyVector(mr, inp, out, 'strict'),
  ecdsa_verify_der: (mr, inp, out) => verifyVector(mr, inp, out, 'der'),
  ecdsa_recovery_id(mr, inp, out) {
    if (out.recoveryId !== 0 && out.recoveryId !== 1) throw new VectorError('expect: recoveryId must be 0 or 1');
    const digest = hexBytes('digest', inp.digest);
    const sig = hexBytes('signature', inp.signature);
    const id = out.recoveryId;
    const a = attempt(() => mr.recover(digest, concat(sig, new Uint8Array([id]))));
    const [f, done] = outcome(a, '');
    if (done) return `v=${id}: ${f}`;
    const d = diff(`v=${id}`, a.value, out.address);
    if (d) return d;
    const b = attempt(() => mr.recover(digest, concat(sig, new Uint8Array([1 - id]))));
    if (!b.code && b.value === out.address) return `v=${1 - id} also recovers ${out.address}`;
    return '';
  },
};

function verifyVector(mr, inp, out, mode) {
  resultShape(out);
  const digest = hexBytes('digest', inp.digest);
  let sig = hexBytes('signature', inp.signature);
  let got;
  if (mode === 'der') {
    const rs = der(sig);
    got = rs ? verifyByRecovery(mr, inp.address, digest, rs, false) : 'invalid_signature';
  } else {
    got = verifyByRecovery(mr, inp.address, digest, sig, mode === 'raw');
  }
  const want = s(out.result) || s(out.error);
  return got === want ? '' : `got ${got}, want ${want}`;
}

/**
 * runVectorFiles runs every vector of the given files (sorted by name) with
 * the binding `mr` (the module namespace of @agentmailroom/core, initialised).
 * @param {object} mr
 * @param {{name: string, text: string}[]} files
 * @returns {{passed: number, failed: number, failures: string[]}}
 */
export function runVectorFiles(mr, files) {
  if (!files.length) throw new Error('vectors: no *.json vector files');
  const rep = { passed: 0, failed: 0, failures: [] };
  const seen = new Map();
  for (const { name, text } of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    let file;
    try {
      file = JSON.parse(text);
      strictKeys(file, S.file, name);
      if (file.format !== FORMAT) throw new VectorError(`format "${file.format}", want "${FORMAT}"`);
      if (!file.family || !Array.isArray(file.sources) || !Array.isArray(file.vectors)) {
        throw new VectorError('family, sources and vectors are required');
      }
    } catch (e) {
      throw new Error(`vectors: ${name}: ${e.message}`);
    }
    file.vectors.forEach((v, i) => {
      const where = `vectors: ${name}: ${v && v.id}`;
      try {
        strictKeys(v, S.vector, `vector ${i}`);
        if (!v.id || !v.type || !v.source || !Array.isArray(v.flags) || v.input === undefined || v.expect === undefined) {
          throw new VectorError(`vector ${i} ("${v.id}"): id, type, source, flags, input and expect are required`);
        }
        if (seen.has(v.id)) throw new VectorError(`duplicate id "${v.id}" (also in ${seen.get(v.id)})`);
        seen.set(v.id, name);
        const t = TYPES[v.type];
        if (!t) throw new VectorError(`unknown vector type "${v.type}"`);
        strictKeys(v.input, t[0], 'input');
        strictKeys(v.expect, t[1], 'expect');
      } catch (e) {
        throw new Error(`${where}: ${e.message}`);
      }
      let failure;
      try {
        failure = handlers[v.type](mr, v.input, v.expect);
      } catch (e) {
        if (e instanceof VectorError) throw new Error(`${where}: ${e.message}`);
        failure = `exception: ${e && e.message}`;
      }
      if (failure) {
        rep.failed++;
        rep.failures.push(`${name}: ${v.id}: ${failure}`);
      } else {
        rep.passed++;
      }
    });
  }
  return rep;
}
