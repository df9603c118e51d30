// @agentmailroom/core/server: gate Node APIs as paid mailroom endpoints,
// the JS host of the core's recipient machine (core/recipient, as the
// mr_recipient_* operations of mailroom.wasm), as hosts/mailroom/server is
// the Go one. Every decision — verification, retries, admission, charging,
// waiting, receipts, rollbacks, every refusal's status, code, body and
// PAYMENT-REQUIRED — is the core's (recipient_decide / _complete); this
// file reads the request, the chain (viem) and the store, holds the
// sender's lock, waits when told, commits, runs the task and writes the
// answer.
//
// Durability as in Go: the used nonce and the charged channel record are
// committed in one fsynced batch before the task runs; a failed task's
// rollback is committed with its answer; a served answer is recorded for
// retries right after it went out (until then a retry gets it from memory).
//
//   const bob = await createMailroom({ privateKey, price, store: '.mailroom/bob' });
//   app.post('/task', bob.express(), handler);          // Express
//   app.post('/task', bob.hono(), handler);             // Hono (Node, Bun, Deno, workers)

import { MailroomError } from './errors.js';
import { ReplayGuard, addressOf, init, ops, toDID } from './index.js';
import { Chain, assetOf, resolveChain } from './chain.js';
import { defaultStore, memoryStore } from './store.js';
import { KeyedMutex, Mutex, bytesOf, hex, unhex } from './util.js';

export { MailroomError };

const MAX_HELD = 64;

const NATIVE = 'native';
const ZERO = '0x0000000000000000000000000000000000000000';

/** wireAsset is an asset option on the core's wire: "native" or a token address ('token': the deployments' token). */
const wireAsset = (a, chain) => assetOf(a, chain) || NATIVE;

/** amount is a price on the core's wire (a decimal string of base units). */
function amount(v, what) {
  let x;
  try {
    x = BigInt(v);
  } catch {
    x = -1n;
  }
  if (v == null || x < 0n) throw new MailroomError('invalid_input', `${what} must be a non-negative integer amount (wei, or the token's base units)`);
  return x.toString();
}

/** acceptsWire is an accepts list on the wire: [{price, asset}], in preference order. */
function acceptsWire(list, chain, what) {
  if (!Array.isArray(list) || list.length === 0) throw new MailroomError('invalid_input', `${what} must be a non-empty list of {price, asset}`);
  return list.map((a, i) => {
    if (!a || typeof a !== 'object') throw new MailroomError('invalid_input', `${what}[${i}] must be {price, asset}`);
    return { price: amount(a.price, `${what}[${i}].price`), asset: wireAsset(a.asset, chain) };
  });
}

/**
 * routesWire is the routes option on the core's wire, 1:1: [{method?,
 * path, price, asset?}] or [{method?, path, accepts: [{price, asset}]}]
 * (first match wins); 'token' names the deployments' token.
 */
function routesWire(routes, chain) {
  if (!Array.isArray(routes)) throw new MailroomError('invalid_input', 'routes must be a list of {method, path, price, asset} (or {method, path, accepts})');
  return routes.map((r, i) => {
    if (!r || typeof r !== 'object' || typeof r.path !== 'string') throw new MailroomError('invalid_input', `routes[${i}] needs a path`);
    const w = { ...(r.method ? { method: String(r.method) } : {}), path: r.path };
    if (r.accepts != null) {
      if (r.price != null || r.asset != null) throw new MailroomError('invalid_input', `routes[${i}]: accepts or price/asset, not both`);
      w.accepts = acceptsWire(r.accepts, chain, `routes[${i}].accepts`);
    } else {
      w.price = amount(r.price, `routes[${i}].price`);
      if (r.asset != null) w.asset = wireAsset(r.asset, chain);
    }
    return w;
  });
}

/**
 * createMailroom builds the recipient: its key, chain (rpcUrl / viem
 * publicClient / deployments as the CLI) and store (an object, a directory:
 * a fileStore in Node, IndexedDB elsewhere; default .mailroom/js-<address>).
 * price defaults to the registry rate (in ETH only: the rate is wei);
 * asset ('native', 'token', a token address), accepts and routes are the
 * core's recipient config. See server.d.ts.
 */
export async function createMailroom(options = {}) {
  await init(options.wasm);
  const privateKey = options.privateKey;
  if (typeof privateKey !== 'string') throw new MailroomError('invalid_private_key', 'createMailroom needs privateKey (0x-hex, 32 bytes)');
  const address = addressOf(privateKey);
  const resolved = await resolveChain(options);
  const chain = new Chain(resolved, { account: privateKey });
  let price = options.price;
  if (options.accepts != null) {
    if (price != null || options.asset != null) throw new MailroomError('invalid_input', 'accepts (the default price in several assets) or price/asset, not both');
  } else if (price == null) {
    if (assetOf(options.asset, chain)) throw new MailroomError('invalid_input', `a mailroom priced in a token needs price (in the token's base units): the registry's rate is wei`);
    const me = await chain.getAgent(address);
    price = me.ratePerTaskWei;
  }
  let store = options.store;
  const owned = typeof store === 'string' || !store;
  if (typeof store === 'string') store = await defaultStore(store);
  else if (!store) store = await defaultStore(`.mailroom/js-${address}`);
  try {
    return new Mailroom({ ...options, privateKey, address, chain, store, price: price == null ? undefined : BigInt(price) });
  } catch (e) {
    if (owned) await store.close();
    throw e;
  }
}

export class Mailroom {
  constructor(o) {
    this.address = o.address;
    this.did = toDID(o.address);
    this.chain = o.chain;
    this.store = o.store || memoryStore();
    // The default terms: price in asset, or accepts (several assets, in
    // preference order); routes price requests by method and path. What
    // a request is charged is the core's (served.price).
    this.accepts = o.accepts != null ? acceptsWire(o.accepts, o.chain, 'accepts') : null;
    this.asset = this.accepts ? this.accepts[0].asset : wireAsset(o.asset, o.chain);
    this.price = this.accepts ? BigInt(this.accepts[0].price) : BigInt(o.price ?? 0n);
    this.routes = o.routes != null ? routesWire(o.routes, o.chain) : null;
    this.publicUrl = o.publicUrl ? String(o.publicUrl).replace(/\/$/, '') : '';
    this.now = o.now || (() => Date.now());
    this.reorderWaitMs = o.reorderWaitMs ?? 2000;
    this.maxWaiters = o.maxWaiters ?? 64;
    this.registryTtlMs = o.registryTtlMs ?? 10000;
    this.channelTtlMs = o.channelTtlMs ?? 2000;
    this.maxBody = o.maxBody ?? 1 << 20;
    this.onRequest = o.onRequest || null; // one call per request, as the Go server's log line
    this.cors = o.corsOrigins ? new Set(o.corsOrigins.map((x) => String(x).replace(/\/$/, ''))) : null;
    this.config = {
      privateKey: o.privateKey, chainId: o.chain.chainId, registry: o.chain.registry, channelContract: o.chain.paymentChannel,
      ...(this.accepts ? { accepts: this.accepts } : { price: this.price.toString(), ...(this.asset !== NATIVE ? { asset: this.asset } : {}) }),
      ...(this.routes && this.routes.length ? { routes: this.routes } : {}),
      minWithdrawDelay: Number(o.minWithdrawDelay ?? 3600),
      ...(o.maxBody != null ? { maxBody: this.maxBody } : {}),
      ...(o.pastSeconds != null ? { pastSeconds: o.pastSeconds } : {}),
      ...(o.futureSeconds != null ? { futureSeconds: o.futureSeconds } : {}),
    };
    // A config the core does not take (a bad route, an unknown asset) fails here, not at the first request.
    ops.recipientRender({ config: this.config, code: 'internal', resourceUrl: 'http://localhost/' });
    this.locks = new KeyedMutex(); // per sender
    this.inflight = new Map(); // sender:nonce → {fingerprint, answer?}
    this.held = new Map(); // channel id → [{amount, signature}]
    this.waiters = new Map(); // channel id → {n, wake: Set<fn>}
    this.versions = new Map(); // channel id → changes of its record (lost wake-ups are caught by it)
    this.closing = new Set(); // channel ids no new work is taken on
    this.closeRequested = new Set(); // channel ids whose sender requested close
    this.settling = new Mutex();
    this.onAccepted = null;
    this.senders = new Map(); // address → {at, rec}
    this.chans = new Map(); // id → {at, ch}
    this.latest = new Map(); // sender → its latest channel id
    this.channelAssets = new Map(); // channel id → its asset ("native" or the token), as charged or read from the chain
    this.recording = new Set();
    // paid: what served requests were charged, per asset ("native" or the
    // channel's token); paidWei is its native part.
    this.metrics = { ok: 0, refused: 0, replayed: 0, rollbacks: 0, paidWei: 0n, paid: { [NATIVE]: 0n } };
    // The core's replay guard bounds the nonces remembered (fails closed past
    // its capacity, or a sender's share of it: replay_capacity), restored
    // from the store's records as the Go server does.
    this.past = Number(o.pastSeconds ?? 300);
    this.guard = new ReplayGuard({ pastSeconds: this.past, futureSeconds: Number(o.futureSeconds ?? 30), capacity: Number(o.replayCapacity ?? 1 << 20) });
    const nowS = Math.floor(this.now() / 1000);
    for (const [k, r] of this.store.entries('n:')) {
      if (Number(r.expiry) <= nowS) continue;
      const [, sender, nonce] = k.split(':');
      try {
        this.guard.use(sender, nonce, Number(r.expiry) - this.past, nowS);
      } catch (e) {
        if (e.code === 'replay_capacity') throw e; // failing open is not an option
      }
    }
    for (const [k, c] of this.store.entries('ch:')) {
      this.latest.set(c.sender, k.slice(3));
      if (c.signature) this.hold(c.id, c.accepted, c.signature);
    }
    this.pruneTimer = setInterval(() => this.prune().catch(() => {}), 60000);
    if (this.pruneTimer.unref) this.pruneTimer.unref();
  }

  hold(id, amount, signature) {
    let h = this.held.get(id);
    if (!h) this.held.set(id, (h = []));
    h.push({ amount: String(amount), signature });
    if (h.length > MAX_HELD) h.shift();
  }

  /** own is the recipient's record of a channel (null: never seen). */
  own(id) {
    return this.store.get(`ch:${id}`) || null;
  }

  /** channels lists every channel record (accepted, claimed, the voucher to settle with). */
  channels() {
    return this.store.entries('ch:').map(([, c]) => c);
  }

  async senderRecord(addr) {
    const c = this.senders.get(addr);
    if (c && this.now() - c.at < this.registryTtlMs) return c.rec;
    let rec;
    try {
      const a = await this.chain.getAgent(addr);
      rec = { registered: true, active: a.active };
    } catch (e) {
      if (e.code !== 'agent_not_found') throw e;
      rec = { registered: false, active: false };
    }
    this.senders.set(addr, { at: this.now(), rec });
    return rec;
  }

  async chainChannel(id, fresh) {
    const c = this.chans.get(id);
    if (!fresh && c && this.now() - c.at < this.channelTtlMs) return { ch: c.ch, cached: true };
    let ch = null;
    try {
      const x = await this.chain.getChannel(id);
      ch = { sender: x.sender, recipient: x.recipient, deposit: x.deposit.toString(), claimed: x.claimed.toString(),
        withdrawDelay: x.withdrawDelay.toString(), closeRequestedAt: x.closeRequestedAt.toString(), open: x.open, token: x.token };
    } catch (e) {
      if (e.code !== 'channel_not_found') throw e;
    }
    this.chans.set(id, { at: this.now(), ch });
    return { ch, cached: false };
  }

  used(sender, nonce) {
    const f = this.inflight.get(`${sender}:${nonce}`);
    if (f) return { inFlight: true, fingerprint: f.fingerprint, ...(f.answer ? { answer: f.answer } : {}) };
    const r = this.store.get(`n:${sender}:${nonce}`);
    if (r) return { stored: true, fingerprint: r.fingerprint, ...(r.answer ? { answer: r.answer } : {}) };
    return null;
  }

  resourceUrl(req) {
    const base = this.publicUrl || `${req.proto || 'http'}://${req.host || 'localhost'}`;
    return base + req.target;
  }

  /**
   * hostFailure is the answer to a failure this host met itself (the chain
   * or the store could not be read): rendered by the core
   * (recipient_render: the code's status, body and, for a known sender, the
   * correction of its channel). A chain that cannot be read is
   * chain_unavailable (retry later), as the Go server's chain view says.
   * No correction is given: the sender is not verified at these points.
   */
  hostFailure(e, resourceUrl = this.publicUrl || 'http://localhost/') {
    let code = e && typeof e.code === 'string' ? e.code : 'internal';
    if (code === 'chain_error') code = 'chain_unavailable';
    const message = e && e.detail ? e.detail : String(e && e.message ? e.message : e);
    try {
      const r = ops.recipientRender({ config: this.config, code, message, resourceUrl });
      return { status: r.status, headers: r.header || {}, body: r.body ? unhex(r.body) : new Uint8Array(0), code };
    } catch (err) {
      // The core itself failed (a trapped module): the one answer left.
      return { status: 500, headers: { 'Content-Type': 'application/json' }, body: new TextEncoder().encode(JSON.stringify({ code: 'internal', message: String(err && err.message) })), code: 'internal' };
    }
  }

  /**
   * handle serves one request: req is {method, target (as sent: path and
   * query), host, proto, headers (a get(name) function or an object),
   * body (bytes, at most maxBody + 1 read)}; task(body) runs the paid work
   * and returns {status, headers, body}. Returns the answer to write:
   * {status, headers, body, code}.
   */
  async handle(req, task) {
    if (!this.onRequest) return this.handleInner(req, task);
    const t0 = Date.now();
    const r = await this.handleInner(req, task);
    try {
      const paid = r.code === 'ok' && r.price != null ? r.price : 0n;
      this.onRequest({ method: req.method, target: req.target, status: r.status, code: r.code, sender: r.sender || '',
        paid, asset: r.asset || '', paidWei: r.asset === NATIVE ? paid : 0n, latencyMs: Date.now() - t0 });
    } catch { /* a logger's failure is not the request's */ }
    return r;
  }

  async handleInner(req, task) {
    const get = typeof req.headers === 'function' ? req.headers : (n) => headerOf(req.headers, n);
    const body = bytesOf(req.body);
    const envelope = get('agent-envelope');
    const payment = get('payment-signature');
    const request = { method: req.method, target: req.target, body: hex(body), ...(envelope ? { envelope } : {}), ...(payment ? { payment } : {}) };
    const resourceUrl = this.resourceUrl(req);
    let look;
    try {
      look = ops.recipientInspect({ request });
    } catch (e) {
      return this.hostFailure(e, resourceUrl);
    }
    if (!look.ok) return this.answer(this.decide(request, resourceUrl, { sender: { registered: false, active: false }, flags: {} }));
    let senderRec;
    let chained = null;
    try {
      senderRec = await this.senderRecord(look.sender);
      if (look.channelId) chained = await this.chainChannel(look.channelId, false);
    } catch (e) {
      return this.hostFailure(e, resourceUrl);
    }
    let waitedOut = false;
    let deadline = 0;
    for (;;) {
      let step;
      try {
        step = await this.locks.run(look.sender, () => this.admit(request, resourceUrl, look, senderRec, chained, waitedOut));
      } catch (e) {
        return this.hostFailure(e, resourceUrl);
      }
      if (step.fresh) {
        // The refusal may come from a cached deposit (a top-up not seen yet): read it again and ask again.
        try {
          chained = await this.chainChannel(look.channelId, true);
        } catch (e) {
          return this.hostFailure(e, resourceUrl);
        }
        continue;
      }
      if (step.wait) {
        if (!deadline) deadline = this.now() + this.reorderWaitMs;
        const left = deadline - this.now();
        const w = this.waiters.get(look.channelId) || { n: 0, wake: new Set() };
        if (left <= 0 || w.n >= this.maxWaiters) {
          waitedOut = true;
          continue;
        }
        await this.waitChange(look.channelId, left, step.version);
        continue;
      }
      if (step.out) return this.answer(step.out);
      return this.serve(step, look, task, resourceUrl);
    }
  }

  decide(request, resourceUrl, snapshot) {
    return ops.recipientDecide({ config: this.config, request, now: Math.floor(this.now() / 1000), resourceUrl, snapshot });
  }

  /** admit asks the machine under the sender's lock and commits an accepted request. */
  async admit(request, resourceUrl, look, senderRec, chained, waitedOut) {
    const used = this.used(look.sender, look.nonce);
    const id = look.channelId || this.latest.get(look.sender);
    const own = id ? this.own(id) : null;
    const snapshot = {
      sender: senderRec,
      flags: { ...(own && own.closed ? { closed: true } : {}), ...(id && this.closing.has(id) ? { closing: true } : {}) },
      ...(used ? { used } : {}),
      ...(chained && chained.ch ? { channel: chained.ch } : {}),
      ...(own ? { own } : {}),
      ...(waitedOut ? { waitedOut: true } : {}),
    };
    const out = this.decide(request, resourceUrl, snapshot);
    if (out.action === 'wait') return { wait: true, version: this.versions.get(id) || 0 };
    if (out.action === 'refuse' && out.code === 'voucher_exceeds_deposit' && chained && chained.cached) return { fresh: true };
    if (out.action === 'refuse' || out.action === 'replay') return { out };
    const s = out.served;
    const key = `${s.sender}:${s.nonce}`;
    // The asset charged: the core's (served.asset), which is the channel's token.
    const asset = s.asset || (chained && chained.ch && chained.ch.token && chained.ch.token !== ZERO ? chained.ch.token : NATIVE);
    if (out.action === 'rerun') {
      this.inflight.set(key, { fingerprint: s.fingerprint });
      return { served: s, key, rerun: true, asset };
    }
    // accept: the nonce (bounded by the guard) and the charged channel, durably, in one batch.
    this.guard.use(s.sender, s.nonce, Number(s.nonceExpiry) - this.past, Math.floor(this.now() / 1000));
    this.inflight.set(key, { fingerprint: s.fingerprint });
    try {
      await this.store.batch([[`n:${key}`, { expiry: s.nonceExpiry, fingerprint: s.fingerprint }], [`ch:${s.channelId}`, out.next]]);
    } catch (e) {
      this.inflight.delete(key);
      throw new MailroomError('store_error', `record voucher: ${e.detail || e.message}`, { cause: e });
    }
    this.latest.set(s.sender, s.channelId);
    this.channelAssets.set(s.channelId, asset);
    this.hold(s.channelId, s.cumulativeAmount, s.signature);
    this.notify(s.channelId);
    return { served: s, key, asset };
  }

  /** waitChange waits (at most ms) for the channel's record to change from version (at once if it already did). */
  waitChange(id, ms, version) {
    if ((this.versions.get(id) || 0) !== version) return Promise.resolve();
    let w = this.waiters.get(id);
    if (!w) this.waiters.set(id, (w = { n: 0, wake: new Set() }));
    w.n++;
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(t);
        w.wake.delete(done);
        if (--w.n === 0) this.waiters.delete(id);
        resolve();
      };
      const t = setTimeout(done, ms);
      w.wake.add(done);
    });
  }

  notify(id) {
    this.versions.set(id, (this.versions.get(id) || 0) + 1);
    const w = this.waiters.get(id);
    if (w) for (const f of [...w.wake]) f();
  }

  /** serve runs the task of an accepted (or re-run) request and completes it. */
  async serve(step, look, task, resourceUrl) {
    const s = step.served;
    let result;
    try {
      const r = await task();
      result = { status: r.status, header: flatHeaders(r.headers), body: hex(bytesOf(r.body)) };
    } catch (e) {
      result = { status: 500, header: {}, body: '0x', panicked: true };
      if (this.onTaskError) this.onTaskError(e);
    }
    let done;
    try {
      const held = this.held.get(s.channelId) || [];
      done = ops.recipientComplete({ config: this.config, served: s, own: this.own(s.channelId), held, task: result });
    } catch (e) {
      this.inflight.delete(step.key);
      return this.hostFailure(e, resourceUrl);
    }
    if (done.rollback) {
      await this.locks.run(look.sender, async () => {
        // Keeping the higher voucher on disk if this write fails is safe for the recipient.
        await this.store.batch([[`n:${step.key}`, { expiry: s.nonceExpiry, fingerprint: s.fingerprint, answer: done.keep }], [`ch:${s.channelId}`, done.rollback]]).catch(() => {});
        this.notify(s.channelId);
      });
      this.inflight.delete(step.key);
      this.metrics.rollbacks++;
      return this.answer({ response: done.response, code: 'task_failed' });
    }
    const f = this.inflight.get(step.key);
    if (f && done.keep) f.answer = done.keep;
    // The answer is recorded for retries after it went out; until then a retry gets it from memory.
    const rec = (done.keep ? this.store.batch([[`n:${step.key}`, { expiry: s.nonceExpiry, fingerprint: s.fingerprint, answer: done.keep }]]) : Promise.resolve())
      .catch(() => {})
      .finally(() => {
        this.inflight.delete(step.key);
        this.recording.delete(rec);
      });
    this.recording.add(rec);
    this.metrics.ok++;
    const charged = BigInt(s.price ?? 0);
    this.metrics.paid[step.asset] = (this.metrics.paid[step.asset] || 0n) + charged;
    if (step.asset === NATIVE) this.metrics.paidWei += charged;
    if (this.onAccepted) this.onAccepted(s.channelId, step.asset);
    return { ...this.answer({ response: done.response, code: 'ok' }), sender: s.sender, price: charged, asset: step.asset };
  }

  answer(out) {
    const r = out.response;
    if (out.action === 'replay') this.metrics.replayed++;
    else if (out.code && out.code !== 'ok') this.metrics.refused++;
    return { status: r.status, headers: r.header || {}, body: r.body ? unhex(r.body) : new Uint8Array(0), code: out.action === 'replay' ? 'replayed' : out.code || 'ok' };
  }

  /** prune deletes nonce records whose window has passed. */
  async prune() {
    const now = Math.floor(this.now() / 1000);
    const dead = this.store.entries('n:').filter(([, r]) => Number(r.expiry) <= now).map(([k]) => [k, undefined]);
    if (dead.length) await this.store.batch(dead);
    return dead.length;
  }

  /** drain waits until every answer given is recorded. */
  async drain() {
    while (this.recording.size) await Promise.all([...this.recording]);
  }

  /**
   * settle claims on chain, for every channel with unclaimed value (or only
   * `channel`), the voucher the core says settles it (recipient_claimable:
   * never above what was served), and records what was claimed
   * (recipient_mark_claimed). close: redeem (pay, refund the rest, close)
   * instead, taking no new work on the channel meanwhile. One settlement
   * at a time; one result per channel settled.
   */
  settle({ channel, close = false } = {}) {
    return this.settling.run(async () => {
      const out = [];
      for (const own of this.channels()) {
        if (channel && own.id.toLowerCase() !== channel.toLowerCase()) continue;
        if (!channel && (own.closed || BigInt(ops.recipientClaimable({ own }).unclaimed) <= 0n)) continue;
        out.push(await this.settleOne(own.id, close));
      }
      return out;
    });
  }

  async settleOne(id, close) {
    const r = { channelId: id, amount: 0n, paid: 0n, closed: false };
    let redeemed = false;
    // No new work on a channel being redeemed, from before its record is
    // read (the core refuses a closing channel): a request accepted on a
    // record the redeem did not read would be served on a voucher the
    // redeem does not claim, which the closed channel can never pay.
    if (close) this.closing.add(id);
    try {
      const known = this.own(id);
      // Under the sender's lock: a request of the sender already past the
      // core's admission (its charge being committed) is in the record read.
      const own = known ? await this.locks.run(known.sender, () => this.own(id)) : known;
      const ch = await this.chain.getChannel(id);
      const mark = (claimed, closed) => this.locks.run(own.sender, () => this.store.batch([[`ch:${id}`,
        ops.recipientMarkClaimed({ own: this.own(id), claimed: claimed.toString(), ...(closed ? { closed: true } : {}) })]]).then(() => this.notify(id)));
      if (!ch.open) {
        r.closed = true;
        await mark(ch.claimed, true);
        return r;
      }
      const c = ops.recipientClaimable({ own });
      if (BigInt(c.amount) <= ch.claimed || !c.signature) {
        await mark(ch.claimed, false); // nothing new: keep the record in step with the chain
        return r;
      }
      if (close) {
        await this.chain.redeem(id, c.amount, c.signature);
        redeemed = true;
      } else {
        await this.chain.claim(id, c.amount, c.signature);
      }
      r.amount = BigInt(c.amount);
      r.paid = r.amount - ch.claimed;
      r.closed = close;
      await mark(r.amount, close);
      this.chans.delete(id);
    } catch (e) {
      r.error = e;
    } finally {
      // Not redeemed: the channel takes work again, unless its sender requested close.
      if (close && !redeemed && !r.closed && !this.closeRequested.has(id)) this.closing.delete(id);
    }
    return r;
  }

  /**
   * channelAsset is a channel's asset ("native" or its token): as it was
   * charged, else read from the chain (cached); null when the chain cannot
   * be read now.
   */
  async channelAsset(id) {
    const known = this.channelAssets.get(id);
    if (known) return known;
    try {
      const { ch } = await this.chainChannel(id, false);
      if (!ch) return null;
      const a = ch.token && ch.token !== ZERO ? ch.token : NATIVE;
      this.channelAssets.set(id, a);
      return a;
    } catch {
      return null;
    }
  }

  /**
   * startSettler claims by policy, as `mailroom serve` does: a channel whose
   * unclaimed value reaches its asset's threshold (checked after each
   * accepted request and every intervalMs), and at once a channel whose
   * sender requested close (no new work is taken on it: after its withdraw
   * delay the sender could take the unclaimed rest). thresholds are per
   * asset, each in its base units ({ native: 10n ** 15n, token: 1_000_000n,
   * '0x…': … }); thresholdWei is the native one. A channel in an asset
   * without a threshold is claimed only when its close is requested.
   * Returns a stop function.
   */
  startSettler({ thresholdWei, thresholds, intervalMs = 10000, onResult } = {}) {
    const limits = new Map();
    if (thresholds != null) {
      if (typeof thresholds !== 'object') throw new MailroomError('invalid_input', 'thresholds must be an object of asset → amount ({ native: …, token: … })');
      for (const [k, v] of Object.entries(thresholds)) {
        const a = wireAsset(k, this.chain).toLowerCase();
        if (limits.has(a)) throw new MailroomError('invalid_input', `thresholds names ${a} twice`);
        limits.set(a, BigInt(amount(v, `thresholds.${k}`)));
      }
    }
    if (thresholdWei != null) {
      if (limits.has(NATIVE)) throw new MailroomError('invalid_input', 'thresholdWei is the native threshold: give it or thresholds.native, not both');
      limits.set(NATIVE, BigInt(amount(thresholdWei, 'thresholdWei')));
    }
    const thresholdOf = (asset) => (asset && limits.has(asset.toLowerCase()) ? limits.get(asset.toLowerCase()) : null);
    const report = (rs) => { if (onResult) for (const r of rs) onResult(r); };
    const scan = async () => {
      for (const own of this.channels()) {
        if (own.closed || BigInt(ops.recipientClaimable({ own }).unclaimed) <= 0n) continue;
        const threshold = limits.size ? thresholdOf(await this.channelAsset(own.id)) : null;
        let due = threshold != null && BigInt(ops.recipientClaimable({ own }).unclaimed) >= threshold;
        if (!due) {
          try {
            const ch = await this.chain.getChannel(own.id);
            if (ch.closeRequestedAt !== 0n) {
              this.closeRequested.add(own.id);
              this.closing.add(own.id);
            }
            due = ch.closeRequestedAt !== 0n || !ch.open;
          } catch {
            continue; // the chain is unreadable now: the next scan tries again
          }
        }
        if (due) report(await this.settle({ channel: own.id }));
      }
    };
    let running = null;
    const tick = () => {
      if (!running) running = scan().catch(() => {}).finally(() => { running = null; });
      return running;
    };
    this.onAccepted = (id, asset) => {
      const threshold = thresholdOf(asset);
      if (threshold == null) return;
      const own = this.own(id);
      if (own && BigInt(ops.recipientClaimable({ own }).unclaimed) >= threshold) this.settle({ channel: id }).then(report, () => {});
    };
    const timer = setInterval(tick, intervalMs);
    if (timer.unref) timer.unref();
    this.settlerTimer = timer;
    return () => {
      clearInterval(timer);
      this.onAccepted = null;
      return running || Promise.resolve();
    };
  }

  /** corsHeaders are the CORS headers for an origin (as hosts/mailroom/server/cors.go); null when not allowed. */
  corsHeaders(origin, preflight) {
    if (!this.cors || !origin || !(this.cors.has('*') || this.cors.has(origin))) return null;
    const h = { Vary: 'Origin', 'Access-Control-Allow-Origin': origin };
    if (preflight) {
      h['Access-Control-Allow-Methods'] = 'GET, POST, PUT, PATCH, DELETE';
      h['Access-Control-Allow-Headers'] = 'Agent-Envelope, PAYMENT-SIGNATURE, Content-Type';
      h['Access-Control-Max-Age'] = '600';
    } else {
      h['Access-Control-Expose-Headers'] = 'PAYMENT-REQUIRED, PAYMENT-RESPONSE, Idempotent-Replayed';
    }
    return h;
  }

  // ---- framework adapters

  /**
   * express returns Express (or plain node:http-style connect) middleware:
   * the request is verified and paid for before next() runs the route; the
   * route's answer is buffered, receipted (or rolled back) and written.
   * req.body is the parsed JSON (application/json) or the raw Buffer.
   */
  express() {
    return async (req, res, next) => {
      try {
        const cors = this.corsHeaders(req.headers.origin, req.method === 'OPTIONS' && req.headers['access-control-request-method']);
        if (cors && req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
          res.writeHead(204, cors).end();
          return;
        }
        let body;
        if (Buffer.isBuffer(req.body)) body = new Uint8Array(req.body);
        else if (req._body || req.readableEnded) {
          // A body parser ran first: the exact bytes the envelope binds are gone.
          writeNode(res, this.hostFailure(new MailroomError('internal', 'the mailroom gate needs the raw request body: mount it before body parsers (express.json() etc.), or use express.raw()')), null);
          return;
        } else body = await readNodeBody(req, this.maxBody + 1);
        const r = await this.handle({
          method: req.method, target: req.originalUrl || req.url, host: req.headers.host, proto: req.protocol || (req.socket && req.socket.encrypted ? 'https' : 'http'),
          headers: (n) => single(req.headers[n]), body,
        }, () => runExpress(req, res, next, body));
        writeNode(res, r, cors);
      } catch (e) {
        if (!res.headersSent) writeNode(res, this.hostFailure(e), null);
      }
    };
  }

  /**
   * hono returns Hono middleware (Node, Bun, Deno, workers): the request is
   * verified and paid for before next() runs the route; the route's
   * Response is receipted (or rolled back) and replaced.
   */
  hono() {
    return async (c, next) => {
      const origin = c.req.header('origin');
      const pre = c.req.method === 'OPTIONS' && c.req.header('access-control-request-method');
      const cors = this.corsHeaders(origin, pre);
      if (cors && pre) return new Response(null, { status: 204, headers: cors });
      const body = new Uint8Array(await c.req.arrayBuffer());
      const incoming = c.env && c.env.incoming && typeof c.env.incoming.url === 'string' ? c.env.incoming.url : null;
      const u = new URL(c.req.url);
      const r = await this.handle({
        method: c.req.method, target: incoming || u.pathname + u.search, host: c.req.header('host') || u.host, proto: u.protocol.replace(':', ''),
        headers: (n) => c.req.header(n) ?? undefined, body: body.length > this.maxBody + 1 ? body.subarray(0, this.maxBody + 1) : body,
      }, async () => {
        await next();
        const res = c.res;
        const b = new Uint8Array(await res.arrayBuffer());
        return { status: res.status, headers: Object.fromEntries(res.headers), body: b };
      });
      const headers = new Headers(r.headers);
      if (cors) for (const [k, v] of Object.entries(cors)) headers.set(k, v);
      const out = new Response(r.status === 204 || r.status === 304 ? null : r.body, { status: r.status, headers });
      c.res = undefined;
      c.res = out;
      return out;
    };
  }

  /** close stops the pruning timer, waits for the answers being recorded and closes the store. */
  async close() {
    clearInterval(this.pruneTimer);
    this.guard.close();
    if (this.settlerTimer) clearInterval(this.settlerTimer);
    await this.drain();
    if (this.store.close) await this.store.close();
  }
}

function headerOf(h, name) {
  if (!h) return undefined;
  if (typeof h.get === 'function') return h.get(name) ?? undefined;
  const want = name.toLowerCase();
  for (const k of Object.keys(h)) if (k.toLowerCase() === want) return single(h[k]);
  return undefined;
}

const single = (v) => (Array.isArray(v) ? v[0] : v === undefined || v === null ? undefined : String(v));

function flatHeaders(h) {
  const out = {};
  if (!h) return out;
  const entries = typeof h.entries === 'function' && !(h instanceof Map) ? [...h.entries()] : h instanceof Map ? [...h] : Object.entries(h);
  for (const [k, v] of entries) {
    if (v === undefined) continue;
    const name = canonical(k);
    if (name === 'Content-Length' || name === 'Transfer-Encoding' || name === 'Connection') continue;
    out[name] = Array.isArray(v) ? v.join(', ') : String(v);
  }
  return out;
}

/** canonical is Go's http.CanonicalHeaderKey (the form the core's answers use). */
function canonical(k) {
  return String(k).toLowerCase().replace(/(^|-)([a-z])/g, (_m, d, c) => d + c.toUpperCase());
}

function readNodeBody(req, limit) {
  return new Promise((resolve, reject) => {
    const parts = [];
    let n = 0;
    let over = false;
    req.on('data', (d) => {
      if (over) return;
      if (n + d.length > limit) {
        parts.push(d.subarray(0, limit - n));
        n = limit;
        over = true;
        return;
      }
      parts.push(d);
      n += d.length;
    });
    req.on('end', () => resolve(new Uint8Array(Buffer.concat(parts))));
    req.on('error', (e) => reject(new MailroomError('invalid_input', `read body: ${e.message}`)));
  });
}

/** runExpress runs the rest of the Express chain and captures its answer without sending it. */
function runExpress(req, res, next, body) {
  return new Promise((resolve, reject) => {
    const buf = Buffer.from(body);
    const ct = String(req.headers['content-type'] || '');
    if (/^application\/(.+\+)?json/i.test(ct)) {
      try {
        req.body = JSON.parse(buf.toString('utf8'));
      } catch {
        req.body = buf;
      }
    } else {
      req.body = buf;
    }
    req._body = true; // body parsers: already read
    const orig = { write: res.write, end: res.end, writeHead: res.writeHead };
    const chunks = [];
    res.writeHead = function (status, a, b) {
      res.statusCode = status;
      const h = typeof a === 'object' && a ? a : b;
      if (h) for (const [k, v] of Object.entries(h)) res.setHeader(k, v);
      return res;
    };
    res.write = function (chunk, enc, cb) {
      if (chunk) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof enc === 'string' ? enc : 'utf8'));
      if (typeof enc === 'function') enc();
      else if (typeof cb === 'function') cb();
      return true;
    };
    res.end = function (chunk, enc, cb) {
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof enc === 'string' ? enc : 'utf8'));
      Object.assign(res, orig);
      const headers = res.getHeaders();
      for (const k of res.getHeaderNames()) res.removeHeader(k);
      resolve({ status: res.statusCode, headers, body: new Uint8Array(Buffer.concat(chunks)) });
      const f = [chunk, enc, cb].find((x) => typeof x === 'function');
      if (f) f();
      return res;
    };
    try {
      next();
    } catch (e) {
      Object.assign(res, orig);
      reject(e);
    }
  });
}

function writeNode(res, r, cors) {
  const h = { ...r.headers, ...(cors || {}) };
  h['Content-Length'] = String(r.body.length);
  res.writeHead(r.status, h);
  res.end(Buffer.from(r.body));
}
