// Discovery: an index of an AgentRegistry's events that finds agents by what
// they do — "active agents with capability C at a rate of at most R" — over
// any JSON-RPC chain. It mirrors the Go index (hosts/chain/discovery):
//
// The index reads the registry's logs (AgentRegistered, AgentUpdated,
// AgentActivated, AgentDeactivated, AgentOwnershipTransferred; each names the
// agent in its first topic) in ranges of at most logRange blocks, and for
// every agent a log names reads the agent's current record with getAgent at
// the head: the record is the truth, the logs only say whom to read (an agent
// whose record is gone, agent_not_found, is dropped). sync() brings the index
// to the chain head; watch() keeps it there. Each sync scans again the last
// `rescan` blocks it had already seen (a reorganisation may have replaced
// them); a chain shorter than what was seen (a reset dev chain) is scanned
// again from fromBlock. Capabilities match exactly (case-sensitive).
//
// Chain I/O only (viem, through src/chain.js's Chain); failures are
// MailroomError: chain_error for RPC failures, invalid_input for bad options
// or queries.

import { getAbiItem, getAddress, toEventSelector, toHex } from 'viem';
import { registryAbi } from './abi.gen.js';
import { chainError } from './chain.js';
import { MailroomError } from './errors.js';

/** The most blocks one eth_getLogs call covers by default (public RPC providers cap ranges near there). */
export const DEFAULT_LOG_RANGE = 5000n;
/** How many already-seen blocks each sync scans again by default. */
export const DEFAULT_RESCAN = 64n;

/** The registry events that change a record; each has the agent as topic 1. */
export const EVENTS = Object.freeze(['AgentRegistered', 'AgentUpdated', 'AgentActivated', 'AgentDeactivated', 'AgentOwnershipTransferred']);

const TOPICS = EVENTS.map((name) => {
  const item = getAbiItem({ abi: registryAbi, name });
  if (!item || item.type !== 'event') throw new Error(`discovery: the registry ABI has no event ${name}`);
  return toEventSelector(item);
});

// How many getAgent calls run at once.
const READ_PARALLEL = 8;

const QUERY_KEYS = new Set(['capability', 'maxRate', 'includeInactive']);
const OPTION_KEYS = new Set(['fromBlock', 'logRange', 'rescan']);

/** uint reads a non-negative integer (bigint, safe integer number, or decimal string); undefined/null stay undefined. */
function uint(v, what) {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'bigint') {
    if (v < 0n) throw new MailroomError('invalid_input', `${what} must be a non-negative integer, not ${v}`);
    return v;
  }
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v) || v < 0) throw new MailroomError('invalid_input', `${what} must be a non-negative integer, not ${v}`);
    return BigInt(v);
  }
  if (typeof v === 'string' && /^[0-9]+$/.test(v)) return BigInt(v);
  throw new MailroomError('invalid_input', `${what} must be a non-negative integer (bigint, number or decimal string), not ${typeof v === 'string' ? JSON.stringify(v) : typeof v}`);
}

function checkKeys(o, allowed, what) {
  if (o === undefined || o === null) return {};
  if (typeof o !== 'object' || Array.isArray(o)) throw new MailroomError('invalid_input', `${what} must be an object`);
  for (const k of Object.keys(o)) {
    if (!allowed.has(k)) throw new MailroomError('invalid_input', `${what} has no field ${JSON.stringify(k)} (it takes ${[...allowed].join(', ')})`);
  }
  return o;
}

/** checkQuery validates a query: {capability?, maxRate?, includeInactive?}; invalid_input when malformed. */
export function checkQuery(q) {
  q = checkKeys(q, QUERY_KEYS, 'a discovery query');
  if (q.capability !== undefined && q.capability !== null && typeof q.capability !== 'string') {
    throw new MailroomError('invalid_input', 'query.capability must be a string');
  }
  if (q.includeInactive !== undefined && q.includeInactive !== null && typeof q.includeInactive !== 'boolean') {
    throw new MailroomError('invalid_input', 'query.includeInactive must be a boolean');
  }
  return { capability: q.capability || '', maxRate: uint(q.maxRate, 'query.maxRate (wei)'), includeInactive: !!q.includeInactive };
}

function matches(a, q) {
  if (!a.active && !q.includeInactive) return false;
  if (q.maxRate !== undefined && a.ratePerTaskWei > q.maxRate) return false;
  return q.capability === '' || a.capabilities.includes(q.capability);
}

const copy = (a) => ({ ...a, capabilities: [...a.capabilities] });

/**
 * Discovery is a live view of a registry's agents. Syncs run one at a time;
 * find reads what the last finished sync left.
 */
export class Discovery {
  /**
   * @param {import('./chain.js').Chain} chain the deployment's Chain (agent.chain)
   * @param {{fromBlock?: bigint|number|string, logRange?: bigint|number|string, rescan?: bigint|number|string}} [options]
   */
  constructor(chain, options) {
    if (!chain || !chain.public || !chain.registry || typeof chain.getAgent !== 'function') {
      throw new MailroomError('invalid_input', 'createDiscovery needs a Chain (agent.chain)');
    }
    const o = checkKeys(options, OPTION_KEYS, 'discovery options');
    this.chain = chain;
    this.registry = getAddress(chain.registry);
    this.fromBlock = uint(o.fromBlock, 'fromBlock') ?? 0n;
    this.logRange = uint(o.logRange, 'logRange') || DEFAULT_LOG_RANGE;
    this.rescan = uint(o.rescan, 'rescan') || DEFAULT_RESCAN;
    this.agents = new Map(); // checksummed address → record
    this.next = this.fromBlock; // the first block not yet scanned
    this.synced = false;
    this.queue = Promise.resolve();
  }

  /** size is the number of registered agents the index knows. */
  get size() {
    return this.agents.size;
  }

  /** sync scans the registry's logs up to the chain head and reads the record of every agent they name; it resolves to how many it read. */
  sync() {
    const p = this.queue.then(() => this.syncOnce());
    this.queue = p.catch(() => {});
    return p;
  }

  async syncOnce() {
    const pc = this.chain.public;
    let head;
    try {
      head = await pc.getBlockNumber({ cacheTime: 0 });
    } catch (e) {
      throw chainError('read the chain head', e);
    }
    let from = this.next;
    if (this.synced) from = from > this.fromBlock + this.rescan ? from - this.rescan : this.fromBlock;
    // A chain shorter than what was seen (a reset dev chain): scan it all again.
    if (from > head) from = this.fromBlock;
    const touched = new Set();
    for (let start = from; start <= head; start += this.logRange) {
      const end = start + this.logRange - 1n < head ? start + this.logRange - 1n : head;
      let logs;
      try {
        logs = await pc.request({
          method: 'eth_getLogs',
          params: [{ address: this.registry, fromBlock: toHex(start), toBlock: toHex(end), topics: [TOPICS] }],
        });
      } catch (e) {
        throw chainError(`registry logs of blocks ${start}-${end}`, e);
      }
      if (!Array.isArray(logs)) throw new MailroomError('chain_error', `registry logs of blocks ${start}-${end}: the RPC answered ${typeof logs}, not a list`);
      for (const l of logs) {
        const t = l && l.topics;
        if (Array.isArray(t) && t.length > 1 && typeof t[1] === 'string' && t[1].length === 66) touched.add(getAddress(`0x${t[1].slice(26)}`));
      }
    }
    const list = [...touched];
    const read = new Map();
    const gone = [];
    for (let i = 0; i < list.length; i += READ_PARALLEL) {
      const got = await Promise.allSettled(list.slice(i, i + READ_PARALLEL).map((a) => this.chain.getAgent(a)));
      for (let j = 0; j < got.length; j++) {
        const a = list[i + j];
        const r = got[j];
        if (r.status === 'fulfilled') read.set(a, { ...r.value, address: a });
        else if (r.reason && r.reason.code === 'agent_not_found') gone.push(a); // a reorganisation took its registration away
        else throw r.reason instanceof MailroomError ? r.reason : chainError(`getAgent(${a})`, r.reason);
      }
    }
    for (const [a, rec] of read) this.agents.set(a, rec);
    for (const a of gone) this.agents.delete(a);
    this.next = head + 1n;
    this.synced = true;
    return touched.size;
  }

  /**
   * find returns the agents a query selects: active ones (unless
   * includeInactive) that list the capability exactly, with a rate of at
   * most maxRate; cheapest first, ties by address (byte order). The records
   * are copies.
   */
  find(query) {
    const q = checkQuery(query);
    const out = [];
    for (const a of this.agents.values()) if (matches(a, q)) out.push(copy(a));
    out.sort((x, y) => {
      if (x.ratePerTaskWei !== y.ratePerTaskWei) return x.ratePerTaskWei < y.ratePerTaskWei ? -1 : 1;
      const ax = x.address.toLowerCase();
      const ay = y.address.toLowerCase();
      return ax < ay ? -1 : ax > ay ? 1 : 0;
    });
    return out;
  }

  /**
   * watch keeps the index current: it syncs now and then intervalMs after
   * each sync ends, until the returned stop function is called (it resolves
   * when a sync under way has ended). A failed sync goes to onError (none:
   * ignored) and the next one tries again.
   */
  watch(intervalMs = 2000, onError) {
    if (typeof intervalMs !== 'number' || !Number.isFinite(intervalMs) || intervalMs <= 0) {
      throw new MailroomError('invalid_input', `watch needs a positive interval in ms, not ${intervalMs}`);
    }
    if (onError !== undefined && onError !== null && typeof onError !== 'function') throw new MailroomError('invalid_input', 'watch\'s onError must be a function');
    let stopped = false;
    let timer = null;
    let running = null;
    const tick = () => {
      timer = null;
      running = this.sync().then(() => {}, (e) => {
        if (!stopped && onError) {
          try {
            onError(e);
          } catch { /* the callback's own failure is not the index's */ }
        }
      }).finally(() => {
        running = null;
        if (!stopped) {
          timer = setTimeout(tick, intervalMs);
          if (timer.unref) timer.unref();
        }
      });
    };
    tick();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      return running ? running.then(() => {}) : Promise.resolve();
    };
  }
}

/** createDiscovery makes an index of the chain's registry (see Discovery). */
export function createDiscovery(chain, options) {
  return new Discovery(chain, options);
}
