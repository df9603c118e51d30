// Durable key-value stores for the agent (src/agent.js: vouchers, nonces,
// the day's spend) and the recipient middleware (src/server.js: channel
// records, used nonces and their answers).
//
// A store holds every entry in memory and writes each batch durably:
// `get`/`entries` are synchronous, `batch(ops)` applies the ops to memory at
// once (so a later reader in this process sees them) and resolves only when
// they are on disk. If a write fails the store is broken: every later call
// throws store_error, so nothing is ever sent on state that might not be
// durable. Any object with this shape plugs in (see store.d.ts).
//
//   memoryStore()             tests, or a process that may forget
//   await fileStore(dir)      Node: an fsynced append-only journal, compacted
//                             by write-temp + fsync + rename; one process per
//                             directory (a LOCK file with the owner's pid)
//   await indexedDBStore(n)   browsers: one IndexedDB database, every batch
//                             one readwrite transaction with strict durability

import { MailroomError } from './errors.js';


function storeError(message, cause) {
  return new MailroomError('store_error', message, cause === undefined ? undefined : { cause });
}

/** Base of the built-in stores: the memory map, ops validation, the broken flag. */
class MapStore {
  constructor() {
    /** @type {Map<string, any>} */
    this.map = new Map();
    this.broken = null;
  }

  check() {
    if (this.broken) throw storeError(`store is unusable after a failed write: ${this.broken.message}`, this.broken);
  }

  /** get returns the value of key (undefined: none). */
  get(key) {
    this.check();
    const v = this.map.get(key);
    return v === undefined ? undefined : structuredClone(v);
  }

  /** entries returns [key, value] of every key starting with prefix. */
  entries(prefix = '') {
    this.check();
    const out = [];
    for (const [k, v] of this.map) if (k.startsWith(prefix)) out.push([k, structuredClone(v)]);
    return out;
  }

  apply(ops) {
    if (!Array.isArray(ops)) throw new MailroomError('invalid_input', 'batch takes an array of [key, value] pairs');
    const norm = [];
    for (const op of ops) {
      if (!Array.isArray(op) || typeof op[0] !== 'string') throw new MailroomError('invalid_input', 'batch op must be [key, value]');
      const v = op[1] === undefined ? null : JSON.parse(JSON.stringify(op[1]));
      norm.push([op[0], v]);
    }
    for (const [k, v] of norm) {
      if (v === null) this.map.delete(k);
      else this.map.set(k, v);
    }
    return norm;
  }

  fail(e) {
    this.broken = e instanceof Error ? e : new Error(String(e));
    throw storeError(`write failed: ${this.broken.message}`, e);
  }
}

/** memoryStore keeps everything in memory (nothing survives the process). */
export function memoryStore() {
  const s = new MapStore();
  s.kind = 'memory';
  s.batch = async (ops) => {
    s.check();
    s.apply(ops);
  };
  s.close = async () => {};
  return s;
}

// ---- Node file store --------------------------------------------------------

const JOURNAL = 'journal.jsonl';
const COMPACT_AFTER = 20000; // batches in the journal before it is rewritten

/**
 * fileStore opens (creating it) a store in directory dir: journal.jsonl has
 * one JSON line per batch, appended and fdatasync'ed before batch()
 * resolves; concurrent batches share one fsync (group commit). A torn last
 * line (a crash in the middle of a write that was never acknowledged) is
 * dropped on open; any other unreadable line refuses to open (store_error):
 * data is never dropped silently. When the journal grows past COMPACT_AFTER
 * batches it is rewritten as one snapshot: written to journal.jsonl.tmp,
 * fsynced, renamed over the journal, directory fsynced.
 */
export async function fileStore(dir, options = {}) {
  if (typeof dir !== 'string' || dir === '') throw new MailroomError('invalid_input', 'fileStore needs a directory path');
  const fs = await import('node:fs');
  const fsp = fs.promises;
  const path = await import('node:path');
  try {
    await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    throw storeError(`create ${dir}: ${e.message}`, e);
  }
  const lockPath = path.join(dir, 'LOCK');
  takeLock(fs, lockPath);
  const s = new MapStore();
  s.kind = 'file';
  s.dir = dir;
  const file = path.join(dir, JOURNAL);
  let lines = 0;
  try {
    let text = '';
    try {
      text = await fsp.readFile(file, 'utf8');
    } catch (e) {
      if (e.code !== 'ENOENT') throw e;
    }
    const parts = text.split('\n');
    const last = parts.pop(); // '' after a complete last line, else a torn write
    let validBytes = text.length - last.length;
    for (let i = 0; i < parts.length; i++) {
      let rec;
      try {
        rec = JSON.parse(parts[i]);
      } catch (e) {
        throw storeError(`${file}: line ${i + 1} is not a journal record (${e.message}); refusing to open a damaged store`);
      }
      if (!rec || !Array.isArray(rec.ops)) throw storeError(`${file}: line ${i + 1} is not a journal record`);
      s.apply(rec.ops);
      lines++;
    }
    if (last !== '') {
      // A torn final record: its batch() never resolved. Cut it off.
      await fsp.truncate(file, Buffer.byteLength(text.slice(0, validBytes)));
    }
  } catch (e) {
    releaseLock(fs, lockPath);
    if (e instanceof MailroomError) throw e;
    throw storeError(`open ${file}: ${e.message}`, e);
  }
  const existed = fs.existsSync(file);
  let fh = await fsp.open(file, 'a', 0o600);
  if (!existed) await syncDir(fsp, dir); // the new journal's directory entry is durable too
  let queue = []; // [line, resolve, reject]
  let flushing = null;
  const compactAfter = options.compactAfter || COMPACT_AFTER;

  async function compact() {
    const tmp = file + '.tmp';
    const snap = JSON.stringify({ ops: [...s.map] }) + '\n';
    const t = await fsp.open(tmp, 'w', 0o600);
    try {
      await t.writeFile(snap);
      await t.sync();
    } finally {
      await t.close();
    }
    await fh.close();
    await fsp.rename(tmp, file);
    await syncDir(fsp, dir);
    fh = await fsp.open(file, 'a', 0o600);
    lines = 1;
  }

  async function flush() {
    while (queue.length) {
      const batch = queue;
      queue = [];
      try {
        await fh.write(batch.map((b) => b[0]).join(''));
        await fh.datasync();
        lines += batch.length;
        if (lines > compactAfter) await compact();
        for (const b of batch) b[1]();
      } catch (e) {
        s.broken = e;
        const err = storeError(`write ${file}: ${e.message}`, e);
        for (const b of batch) b[2](err);
        for (const b of queue) b[2](err);
        queue = [];
      }
    }
    flushing = null;
  }

  s.batch = (ops) => {
    try {
      s.check();
    } catch (e) {
      return Promise.reject(e);
    }
    let norm;
    try {
      norm = s.apply(ops);
    } catch (e) {
      return Promise.reject(e);
    }
    const line = JSON.stringify({ ops: norm }) + '\n';
    return new Promise((resolve, reject) => {
      queue.push([line, resolve, reject]);
      if (!flushing) flushing = flush();
    });
  };
  s.close = async () => {
    while (flushing) await flushing;
    await fh.close();
    releaseLock(fs, lockPath);
  };
  return s;
}

async function syncDir(fsp, dir) {
  const d = await fsp.open(dir, 'r');
  try {
    await d.sync();
  } finally {
    await d.close();
  }
}

function takeLock(fs, lockPath) {
  for (let i = 0; i < 2; i++) {
    try {
      const fd = fs.openSync(lockPath, 'wx', 0o600);
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return;
    } catch (e) {
      if (e.code !== 'EEXIST') throw storeError(`lock ${lockPath}: ${e.message}`, e);
      let pid = 0;
      try {
        pid = Number(fs.readFileSync(lockPath, 'utf8'));
      } catch { /* vanished */ }
      if (pid && pid !== process.pid && alive(pid)) {
        throw storeError(`${lockPath} is held by process ${pid}: one process per store`);
      }
      if (pid === process.pid) throw storeError(`${lockPath}: this process already has the store open`);
      try {
        fs.unlinkSync(lockPath); // a dead owner's lock
      } catch { /* raced */ }
    }
  }
  throw storeError(`could not take ${lockPath}`);
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

function releaseLock(fs, lockPath) {
  try {
    if (Number(fs.readFileSync(lockPath, 'utf8')) === process.pid) fs.unlinkSync(lockPath);
  } catch { /* gone */ }
}

// ---- browser IndexedDB store --------------------------------------------------

/**
 * indexedDBStore opens (creating it) the IndexedDB database `name` with one
 * object store; every entry is loaded at open, every batch is one readwrite
 * transaction (durability "strict") and resolves on its complete event.
 */
export async function indexedDBStore(name = 'agentmailroom', options = {}) {
  const idb = options.indexedDB || globalThis.indexedDB;
  if (!idb) throw new MailroomError('unsupported', 'indexedDBStore needs IndexedDB (a browser); use fileStore in Node');
  const db = await new Promise((resolve, reject) => {
    const req = idb.open(name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('kv');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(storeError(`open IndexedDB ${name}: ${req.error}`));
  });
  const s = new MapStore();
  s.kind = 'indexeddb';
  await new Promise((resolve, reject) => {
    const tx = db.transaction('kv', 'readonly');
    const st = tx.objectStore('kv');
    const keysReq = st.getAllKeys();
    const valsReq = st.getAll();
    tx.oncomplete = () => {
      keysReq.result.forEach((k, i) => s.map.set(String(k), valsReq.result[i]));
      resolve();
    };
    tx.onerror = () => reject(storeError(`read IndexedDB ${name}: ${tx.error}`));
  });
  s.batch = (ops) => {
    try {
      s.check();
      const norm = s.apply(ops);
      return new Promise((resolve, reject) => {
        let tx;
        try {
          tx = db.transaction('kv', 'readwrite', { durability: 'strict' });
        } catch {
          tx = db.transaction('kv', 'readwrite');
        }
        const st = tx.objectStore('kv');
        for (const [k, v] of norm) {
          if (v === null) st.delete(k);
          else st.put(v, k);
        }
        tx.oncomplete = () => resolve();
        tx.onabort = tx.onerror = () => {
          s.broken = new Error(String(tx.error));
          reject(storeError(`write IndexedDB ${name}: ${tx.error}`));
        };
      });
    } catch (e) {
      return Promise.reject(e);
    }
  };
  s.close = async () => db.close();
  return s;
}

/**
 * defaultStore is a fileStore in Node (under dir) and an indexedDBStore in
 * a browser (named after dir).
 */
export async function defaultStore(dir) {
  if (typeof process !== 'undefined' && process.versions && process.versions.node) return fileStore(dir);
  return indexedDBStore(dir);
}

