// Small helpers shared by the agent, the middleware and the x402 scheme:
// bytes, base64, an async mutex. No protocol rule lives here.

import { MailroomError } from './errors.js';
import { fromHex, toHex } from './index.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** bytesOf turns a body (string, Uint8Array, ArrayBuffer, view, null) into bytes. */
export function bytesOf(body, what = 'body') {
  if (body === undefined || body === null) return new Uint8Array(0);
  if (typeof body === 'string') return enc.encode(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  throw new MailroomError('invalid_input', `${what} must be a string, a Uint8Array or an ArrayBuffer`);
}

export const hex = (b) => toHex(b);
export const unhex = (s) => fromHex(s);
export const utf8 = (b) => dec.decode(b);

/** b64 is standard base64 of a string's UTF-8 bytes. */
export function b64(s) {
  const b = enc.encode(s);
  if (typeof Buffer !== 'undefined') return Buffer.from(b).toString('base64');
  let bin = '';
  for (let i = 0; i < b.length; i++) bin += String.fromCharCode(b[i]);
  return btoa(bin);
}

/** jsonValid reports whether bytes are one JSON text (the Content-Type choice of the Go agent). */
export function jsonValid(b) {
  if (b.length === 0) return false;
  try {
    JSON.parse(dec.decode(b));
    return true;
  } catch {
    return false;
  }
}

/** Mutex is an async lock; run(fn) runs fn alone. */
export class Mutex {
  constructor() {
    this.tail = Promise.resolve();
  }

  run(fn) {
    const p = this.tail.then(() => fn());
    this.tail = p.then(() => {}, () => {});
    return p;
  }
}

/** KeyedMutex is one Mutex per key. */
export class KeyedMutex {
  constructor() {
    this.locks = new Map();
  }

  run(key, fn) {
    let m = this.locks.get(key);
    if (!m) {
      m = { mutex: new Mutex(), users: 0 };
      this.locks.set(key, m);
    }
    m.users++;
    return m.mutex.run(fn).finally(() => {
      if (--m.users === 0) this.locks.delete(key);
    });
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** readLimited reads a fetch Response body, at most limit bytes (transport_error past it). */
export async function readLimited(res, limit) {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const parts = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    n += value.length;
    if (n > limit) {
      try { await reader.cancel(); } catch { /* gone */ }
      throw new MailroomError('transport_error', `response body exceeds ${limit} bytes`);
    }
    parts.push(value);
  }
  const out = new Uint8Array(n);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}
