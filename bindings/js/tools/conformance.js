// Runner for EIP-712 conformance cases (testvectors/conformance/README.md):
// one JSON file per case, positive {typedData, digest, signature, signer}
// or negative {typedData, invalid}. Works on any directory in that format.
//
// The typedData value is handed to the guest as the exact bytes of the file
// (like the Go runner's json.RawMessage): re-serialising it would round
// large integer literals, drop duplicate keys and hide invalid UTF-8.

const MAX_CASE_SIZE = 8 << 20;

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** skipValue returns the index just past the JSON value starting at i. */
function skipValue(b, i) {
  const c = b[i];
  if (c === 0x22) return skipString(b, i);
  if (c === 0x7b || c === 0x5b) {
    let depth = 0;
    for (; i < b.length; i++) {
      const x = b[i];
      if (x === 0x22) {
        i = skipString(b, i) - 1;
      } else if (x === 0x7b || x === 0x5b) {
        depth++;
      } else if (x === 0x7d || x === 0x5d) {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    throw new Error('unterminated value');
  }
  while (i < b.length && !WS.has(b[i]) && b[i] !== 0x2c && b[i] !== 0x7d && b[i] !== 0x5d) i++;
  return i;
}

function skipString(b, i) {
  for (i++; i < b.length; i++) {
    if (b[i] === 0x5c) i++;
    else if (b[i] === 0x22) return i + 1;
  }
  throw new Error('unterminated string');
}

function skipWS(b, i) {
  while (i < b.length && WS.has(b[i])) i++;
  return i;
}

/**
 * rawMembers returns the raw bytes of each top-level member of a JSON
 * object (the last one wins for a repeated key, as in Go's encoding/json).
 * The text must already be known to be a valid JSON object.
 */
export function rawMembers(b) {
  const dec = new TextDecoder();
  const out = new Map();
  let i = skipWS(b, 0);
  if (b[i] !== 0x7b) throw new Error('not a JSON object');
  i = skipWS(b, i + 1);
  if (b[i] === 0x7d) return out;
  for (;;) {
    const ks = i;
    i = skipString(b, i);
    const key = JSON.parse(dec.decode(b.subarray(ks, i)));
    i = skipWS(b, i);
    if (b[i] !== 0x3a) throw new Error('expected :');
    i = skipWS(b, i + 1);
    const vs = i;
    i = skipValue(b, i);
    out.set(key, b.subarray(vs, i));
    i = skipWS(b, i);
    if (b[i] === 0x2c) {
      i = skipWS(b, i + 1);
      continue;
    }
    if (b[i] === 0x7d) return out;
    throw new Error('expected , or }');
  }
}

const str = (v, name) => {
  if (typeof v !== 'string') throw new Error(`${name} must be a string`);
  return v;
};

/** parseCase checks the shape of a case; throws with the reason. */
export function parseCase(bytes) {
  let obj;
  try {
    obj = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new Error(`not a JSON object: ${e.message}`);
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new Error('not a JSON object');
  const raw = rawMembers(bytes);
  if (!raw.has('typedData')) throw new Error('no typedData');
  const negative = raw.has('invalid');
  const allowed = negative ? ['typedData', 'invalid'] : ['typedData', 'digest', 'signature', 'signer'];
  for (const k of [...raw.keys()].sort()) {
    if (!allowed.includes(k)) {
      if (negative && ['digest', 'signature', 'signer'].includes(k)) throw new Error(`negative case (has invalid) also has "${k}"`);
      throw new Error(`unknown key "${k}"`);
    }
  }
  const c = { typedData: raw.get('typedData'), negative };
  if (negative) {
    c.invalid = str(obj.invalid, 'invalid');
    return c;
  }
  for (const k of ['digest', 'signature', 'signer']) {
    if (!(k in obj)) throw new Error(`positive case without ${k}`);
    c[k] = str(obj[k], k);
  }
  if (!/^0x[0-9a-fA-F]{64}$/.test(c.digest)) throw new Error('digest: not 32 bytes of 0x-hex');
  if (!/^0x([0-9a-fA-F]{2})*$/.test(c.signature)) throw new Error('signature: not 0x-hex');
  return c;
}

/**
 * runCase returns '' when the binding passes the case, else why not.
 * @param {object} mr the initialised @agentmailroom/core namespace
 * @param {Uint8Array} bytes the case file
 */
export function runCase(mr, bytes) {
  if (bytes.length > MAX_CASE_SIZE) return `larger than ${MAX_CASE_SIZE} bytes`;
  let c;
  try {
    c = parseCase(bytes);
  } catch (e) {
    return e.message;
  }
  let signer;
  if (!c.negative) {
    try {
      signer = mr.getAddress(c.signer);
    } catch (e) {
      return `signer: ${e.message}`;
    }
  }
  let h;
  try {
    h = mr.hashTypedData(c.typedData);
  } catch (e) {
    if (c.negative) return e && e.name === 'MailroomError' ? '' : `crashed: ${e && e.message}`;
    return `refused valid typed data: ${e.message}`;
  }
  if (c.negative) return `accepted invalid typed data (${c.invalid}): digest ${h.digest}`;
  if (h.digest !== c.digest.toLowerCase()) return `digest ${h.digest}, want ${c.digest}`;
  let got;
  try {
    got = mr.recover(h.digest, c.signature);
  } catch (e) {
    return `recovering the signature: ${e.message}`;
  }
  return got === signer ? '' : `signature recovers to ${got}, want ${signer}`;
}

/**
 * runCases runs named case files; returns {passed, failed, failures}.
 * @param {object} mr
 * @param {{name: string, bytes: Uint8Array}[]} files
 */
export function runCases(mr, files) {
  const res = { passed: 0, failed: 0, failures: [] };
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const why = runCase(mr, f.bytes);
    if (why) {
      res.failed++;
      res.failures.push({ file: f.name, reason: why });
    } else {
      res.passed++;
    }
  }
  return res;
}
