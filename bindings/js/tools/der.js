// Strict DER ECDSA signatures (X.690 §10 as BIP-66 applies it), exactly as
// testvectors/internal/der: SEQUENCE { INTEGER r, INTEGER s }, short-form
// lengths, minimal non-negative integers of at most 32 value bytes, no
// trailing data. Returns r‖s (64 bytes) or null.

function integer(b, off) {
  if (b.length - off < 3 || b[off] !== 0x02 || b[off + 1] >= 0x80) return null;
  const n = b[off + 1];
  if (n === 0 || b.length - off < 2 + n) return null;
  let v = b.subarray(off + 2, off + 2 + n);
  const next = off + 2 + n;
  if (v[0] & 0x80) return null;
  if (v[0] === 0) {
    if (v.length === 1) return { v, next };
    if ((v[1] & 0x80) === 0) return null;
    v = v.subarray(1);
  }
  if (v.length > 32) return null;
  return { v, next };
}

/** @param {Uint8Array} b */
export function der(b) {
  if (b.length < 8 || b[0] !== 0x30 || b[1] >= 0x80 || b[1] !== b.length - 2) return null;
  const out = new Uint8Array(64);
  let off = 2;
  for (let i = 0; i < 2; i++) {
    const r = integer(b, off);
    if (!r) return null;
    out.set(r.v, i * 32 + 32 - r.v.length);
    off = r.next;
  }
  return off === b.length ? out : null;
}
