// Guest wraps one instance of mailroom.wasm and speaks its ABI (wasm/ABI.md):
// the request is JSON written into guest memory obtained from mr_alloc, the
// export returns ptr<<32|len of a JSON reply {"ok":…} or
// {"err":{"code","message"}}, which is copied out and released with mr_free.
// All state (allocator, replay guards, errors) stays in the guest.

import { MailroomError } from './errors.js';
import { ABI_VERSION, rawOps } from './ops.gen.js';
import { Shim, WASIExit } from './wasi.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export { ABI_VERSION };

/** RawJSON is a request sent to the guest as is (not re-serialised). */
export class RawJSON {
  /** @param {string|Uint8Array} text */
  constructor(text) {
    this.text = text;
  }
}

/** A trap makes the instance unusable; the Guest is then replaced. */
export class Guest {
  /**
   * @param {WebAssembly.Instance} instance
   * @param {number} generation counter distinguishing replacement instances
   */
  constructor(instance, generation) {
    this.exports = instance.exports;
    this.memory = instance.exports.memory;
    this.generation = generation;
    this.broken = false;
    /** One stub per operation, calling this instance (ops.gen.js). */
    this.ops = rawOps((name, req) => this.call(name, req));
    const got = this.exports.mr_abi_version();
    if (got !== ABI_VERSION) {
      throw new MailroomError('unsupported', `mailroom.wasm speaks ABI version ${got}, this binding speaks ${ABI_VERSION}`);
    }
  }

  /**
   * call invokes export `name` with the JSON encoding of req and returns the
   * reply's `ok` value, or throws MailroomError with the reply's code.
   * @param {string} name
   * @param {unknown} req
   */
  call(name, req) {
    const fn = this.exports[name];
    if (typeof fn !== 'function') throw new MailroomError('unsupported', `mailroom.wasm has no export ${name}`);
    let body;
    if (req instanceof RawJSON) body = typeof req.text === 'string' ? encoder.encode(req.text) : req.text;
    else body = encoder.encode(JSON.stringify(req));
    const text = this.invoke(fn, name, body);
    let reply;
    try {
      reply = JSON.parse(text);
    } catch (e) {
      throw new MailroomError('internal', `${name}: reply is not JSON`, { cause: e });
    }
    if (reply && typeof reply === 'object' && reply.err) {
      throw new MailroomError(String(reply.err.code), String(reply.err.message));
    }
    if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
      throw new MailroomError('internal', `${name}: reply has neither ok nor err`);
    }
    return reply.ok;
  }

  /** invoke runs fn over bytes and returns the reply text (copied out). */
  invoke(fn, name, bytes) {
    if (this.broken) throw new MailroomError('internal', 'mailroom.wasm instance is broken');
    const ex = this.exports;
    try {
      // Every request is a live mr_alloc buffer, even an empty one: the
      // guest reads no memory it did not hand out.
      const len = bytes.length;
      const ptr = ex.mr_alloc(len);
      if (!ptr) throw new MailroomError('internal', `${name}: guest allocation of ${len} bytes failed`);
      new Uint8Array(this.memory.buffer, ptr, len).set(bytes);
      let packed;
      try {
        packed = fn(ptr, len);
      } finally {
        ex.mr_free(ptr);
      }
      const rptr = Number(BigInt.asUintN(64, packed) >> 32n);
      const rlen = Number(BigInt.asUintN(32, packed));
      // decode copies out of guest memory before the buffer is released.
      const text = decoder.decode(new Uint8Array(this.memory.buffer, rptr, rlen));
      ex.mr_free(rptr);
      return text;
    } catch (e) {
      if (e instanceof MailroomError) throw e;
      // A trap (or proc_exit) leaves the guest in an unknown state.
      this.broken = true;
      const why = e instanceof WASIExit ? 'exited' : 'trapped';
      throw new MailroomError('internal', `${name}: mailroom.wasm ${why}: ${e && e.message}`, { cause: e });
    }
  }
}

export const isNode = typeof process !== 'undefined' && !!(process.versions && process.versions.node);

/**
 * wasiFactory returns a function making {imports, initialize} for one
 * instance: node:wasi in Node (unless useShim), the package's own preview1
 * shim elsewhere. node:wasi is imported lazily so browsers never see it.
 * @param {{useShim?: boolean}} [opts]
 */
export async function wasiFactory(opts = {}) {
  if (isNode && !opts.useShim) {
    const { WASI } = await import('node:wasi');
    return (module) => {
      const wasi = new WASI({ version: 'preview1', args: [], env: {}, returnOnExit: true });
      return { imports: { wasi_snapshot_preview1: wasi.wasiImport }, initialize: (inst) => wasi.initialize(inst), kind: 'node:wasi' };
    };
  }
  return (module) => {
    const shim = new Shim();
    return { imports: { wasi_snapshot_preview1: shim.importsFor(module) }, initialize: (inst) => shim.initialize(inst), kind: 'shim' };
  };
}

/** instantiate creates one initialized instance (asynchronously). */
export async function instantiate(module, makeWasi) {
  const w = makeWasi(module);
  const instance = await WebAssembly.instantiate(module, w.imports);
  w.initialize(instance);
  return instance;
}

/**
 * instantiateSync does the same synchronously; used to replace an instance
 * after a trap. Browsers may refuse synchronous instantiation of a large
 * module on the main thread, in which case the caller must await init().
 */
export function instantiateSync(module, makeWasi) {
  const w = makeWasi(module);
  const instance = new WebAssembly.Instance(module, w.imports);
  w.initialize(instance);
  return instance;
}

/**
 * loadModule compiles the module from a source: bytes, a Response, a URL or
 * path string, or an already compiled WebAssembly.Module. Without a source it
 * loads the mailroom.wasm shipped beside this package.
 * @param {unknown} source
 */
export async function loadModule(source) {
  if (source instanceof WebAssembly.Module) return source;
  if (source === undefined || source === null) source = new URL('../mailroom.wasm', import.meta.url);
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return WebAssembly.compile(source);
  if (typeof Response !== 'undefined' && source instanceof Response) return compileResponse(source);
  if (typeof source === 'string' || source instanceof URL) {
    const url = source instanceof URL ? source : toURL(source);
    if (url.protocol === 'file:') {
      const { readFile } = await import('node:fs/promises');
      return WebAssembly.compile(await readFile(url));
    }
    return compileResponse(await fetch(url));
  }
  throw new MailroomError('invalid_input', 'init: source must be bytes, a Response, a URL, a path or a WebAssembly.Module');
}

function toURL(s) {
  try {
    return new URL(s);
  } catch {
    if (isNode) return new URL(`file://${s.startsWith('/') ? '' : process.cwd() + '/'}${s}`);
    return new URL(s, globalThis.location && globalThis.location.href);
  }
}

async function compileResponse(res) {
  if (!res.ok) throw new MailroomError('internal', `init: fetching mailroom.wasm failed: HTTP ${res.status}`);
  if (WebAssembly.compileStreaming && (res.headers.get('content-type') || '').startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(res);
  }
  return WebAssembly.compile(await res.arrayBuffer());
}
