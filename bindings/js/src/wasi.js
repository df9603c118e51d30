// A minimal WASI preview1 host for browsers (and any JS engine without
// node:wasi). The mailroom module is a reactor: it never reads files, never
// sleeps on purpose and only needs a clock, randomness and somewhere to write
// a panic message. Every import the module declares is provided; the ones
// with no meaning here answer ENOSYS (or EBADF for file descriptors), which
// is what a sandbox without a file system must say.
//
// random_get draws from crypto.getRandomValues: keys generated in the guest
// are as good as the platform's CSPRNG, never a fallback.

const ESUCCESS = 0;
const EBADF = 8;
const EINVAL = 28;
const ENOSYS = 52;

const CLOCK_REALTIME = 0;
const CLOCK_MONOTONIC = 1;
const CLOCK_PROCESS_CPUTIME = 2;
const CLOCK_THREAD_CPUTIME = 3;

const FILETYPE_CHARACTER_DEVICE = 2;
const EVENTTYPE_CLOCK = 0;

const RANDOM_CHUNK = 65536; // getRandomValues refuses more per call

/** Thrown by proc_exit; the instance must not be used afterwards. */
export class WASIExit extends Error {
  constructor(code) {
    super(`wasi: proc_exit(${code})`);
    this.name = 'WASIExit';
    this.exitCode = code;
  }
}

/**
 * Shim is a preview1 import object bound to one instance's memory.
 * Use: const shim = new Shim(); instantiate with {wasi_snapshot_preview1:
 * shim.importsFor(module)}; then shim.initialize(instance).
 */
export class Shim {
  /**
   * @param {{stdout?: (s: string) => void, stderr?: (s: string) => void,
   *          getRandomValues?: (a: Uint8Array) => Uint8Array}} [opts]
   */
  constructor(opts = {}) {
    const c = globalThis.crypto;
    this.getRandomValues = opts.getRandomValues ?? (c && c.getRandomValues ? (a) => c.getRandomValues(a) : null);
    if (!this.getRandomValues) throw new Error('wasi shim: no crypto.getRandomValues in this environment');
    this.out = { 1: opts.stdout ?? ((s) => console.log(s)), 2: opts.stderr ?? ((s) => console.error(s)) };
    this.memory = null;
    this.decoder = new TextDecoder();
    this.t0 = typeof performance !== 'undefined' ? performance.now() : Date.now();
  }

  view() { return new DataView(this.memory.buffer); }
  bytes(ptr, len) { return new Uint8Array(this.memory.buffer, ptr, len); }

  nowNs(id) {
    switch (id) {
      case CLOCK_REALTIME:
        return BigInt(Date.now()) * 1000000n;
      case CLOCK_MONOTONIC:
      case CLOCK_PROCESS_CPUTIME:
      case CLOCK_THREAD_CPUTIME: {
        const ms = typeof performance !== 'undefined' ? performance.now() : Date.now() - this.t0;
        return BigInt(Math.round(ms * 1e6));
      }
      default:
        return null;
    }
  }

  /** The implemented functions, by preview1 name. */
  functions() {
    return {
      args_sizes_get: (argc, bufSize) => {
        const v = this.view();
        v.setUint32(argc, 0, true);
        v.setUint32(bufSize, 0, true);
        return ESUCCESS;
      },
      args_get: () => ESUCCESS,
      environ_sizes_get: (count, bufSize) => {
        const v = this.view();
        v.setUint32(count, 0, true);
        v.setUint32(bufSize, 0, true);
        return ESUCCESS;
      },
      environ_get: () => ESUCCESS,
      clock_res_get: (id, out) => {
        if (this.nowNs(id) === null) return EINVAL;
        this.view().setBigUint64(out, id === CLOCK_REALTIME ? 1000000n : 1000n, true);
        return ESUCCESS;
      },
      clock_time_get: (id, _precision, out) => {
        const t = this.nowNs(id);
        if (t === null) return EINVAL;
        this.view().setBigUint64(out, t, true);
        return ESUCCESS;
      },
      random_get: (ptr, len) => {
        for (let off = 0; off < len; off += RANDOM_CHUNK) {
          // getRandomValues refuses views on a SharedArrayBuffer in some
          // engines, so fill a private buffer and copy it in.
          const n = Math.min(RANDOM_CHUNK, len - off);
          const tmp = new Uint8Array(n);
          this.getRandomValues(tmp);
          this.bytes(ptr + off, n).set(tmp);
        }
        return ESUCCESS;
      },
      fd_write: (fd, iovs, iovsLen, nwritten) => {
        const sink = this.out[fd];
        if (!sink) return EBADF;
        const v = this.view();
        let total = 0;
        let text = '';
        for (let i = 0; i < iovsLen; i++) {
          const p = v.getUint32(iovs + i * 8, true);
          const l = v.getUint32(iovs + i * 8 + 4, true);
          text += this.decoder.decode(this.bytes(p, l));
          total += l;
        }
        if (text.length) sink(text.replace(/\n$/, ''));
        v.setUint32(nwritten, total, true);
        return ESUCCESS;
      },
      fd_fdstat_get: (fd, out) => {
        if (fd > 2) return EBADF;
        const v = this.view();
        for (let i = 0; i < 24; i++) v.setUint8(out + i, 0);
        v.setUint8(out, FILETYPE_CHARACTER_DEVICE);
        return ESUCCESS;
      },
      fd_prestat_get: () => EBADF, // no preopened directories
      fd_close: () => EBADF,
      fd_read: () => EBADF,
      sched_yield: () => ESUCCESS,
      // The guest only polls clocks (a timer sleep). A browser main thread
      // cannot block, so every clock subscription is reported as fired; the
      // Go scheduler then re-checks its timers.
      poll_oneoff: (inPtr, outPtr, nsubs, nevents) => {
        const v = this.view();
        let n = 0;
        for (let i = 0; i < nsubs; i++) {
          const sub = inPtr + i * 48;
          const userdata = v.getBigUint64(sub, true);
          const type = v.getUint8(sub + 8);
          const ev = outPtr + n * 32;
          v.setBigUint64(ev, userdata, true);
          v.setUint16(ev + 8, type === EVENTTYPE_CLOCK ? ESUCCESS : ENOSYS, true);
          v.setUint8(ev + 10, type);
          for (let j = 11; j < 32; j++) v.setUint8(ev + j, 0);
          n++;
        }
        v.setUint32(nevents, n, true);
        return ESUCCESS;
      },
      proc_exit: (code) => {
        throw new WASIExit(code);
      },
    };
  }

  /**
   * importsFor returns the preview1 import object for module: every import
   * it declares is a function (the implemented ones above, ENOSYS for the
   * rest), so instantiation never fails on a missing name.
   * @param {WebAssembly.Module} module
   */
  importsFor(module) {
    const impl = this.functions();
    const ns = {};
    for (const imp of WebAssembly.Module.imports(module)) {
      if (imp.module !== 'wasi_snapshot_preview1' || imp.kind !== 'function') continue;
      ns[imp.name] = impl[imp.name] ?? (() => ENOSYS);
    }
    return ns;
  }

  /** The names this shim implements (others answer ENOSYS). */
  static implemented() {
    return Object.keys(Shim.prototype.functions.call({ view() {}, bytes() {} }));
  }

  /** initialize binds the instance's memory and runs the reactor's _initialize. */
  initialize(instance) {
    this.memory = instance.exports.memory;
    if (typeof instance.exports._initialize === 'function') instance.exports._initialize();
  }
}
