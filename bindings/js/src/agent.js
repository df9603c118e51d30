// @agentmailroom/core/agent: an agent that pays mailrooms, the JS host of
// the core's sender machine (core/client, as the mr_client_* operations of
// mailroom.wasm). It mirrors the Go SDK (hosts/mailroom/agent): every
// protocol decision — the voucher amount, what the budget counts, the
// withdraw delay, the classification of an answer, corrections, what a lost
// request restores, the receipt check — is the core's; this file does the
// HTTP (fetch), the chain (viem, src/chain.js), the store (src/store.js) and
// the per-recipient locking.
//
// Durability: the voucher and the nonce are written to the store (and
// fsynced) before a request leaves; the day's spend is counted before a
// transaction or a voucher is signed and given back only for what provably
// never left.

import { MailroomError } from './errors.js';
import { getAddress, init, ops, parseDID, toDID, addressOf } from './index.js';
import { Chain, assetOf, resolveChain } from './chain.js';
import { defaultStore, memoryStore } from './store.js';
import { Mailroom } from './server.js';
import { checkQuery, createDiscovery } from './discovery.js';
import { KeyedMutex, b64, bytesOf, hex, jsonValid, readLimited, sleep, unhex } from './util.js';

/** The largest response body read (as the Go agent). */
export const MAX_RESPONSE = 16 << 20;
// client.Plan needs at most three steps before a voucher.
const MAX_STEPS = 4;

export { MailroomError };
export { assetOf };
export { createDiscovery, Discovery, DEFAULT_LOG_RANGE, DEFAULT_RESCAN } from './discovery.js';

/** day is the UTC day a spend counts on (core/client.Day's format). */
const day = (now) => new Date(now()).toISOString().slice(0, 10);

// Errors of fetch that prove nothing was written to a connection: the
// connection was refused or never made (DNS, unreachable, TLS).
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ERR_TLS_CERT_ALTNAME_INVALID',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'CERT_HAS_EXPIRED', 'ERR_INVALID_URL']);

function causeCode(e) {
  for (let x = e; x; x = x.cause) {
    if (x.code && typeof x.code === 'string') return x.code;
    if (x.errors && x.errors[0] && x.errors[0].code) return x.errors[0].code;
  }
  return '';
}

const addrOf = (didOrAddr) => {
  if (typeof didOrAddr !== 'string') throw new MailroomError('invalid_input', 'a recipient is a did:agent:eth DID or an address');
  return didOrAddr.startsWith('did:') ? parseDID(didOrAddr) : getAddress(didOrAddr);
};

const big = (v, what) => {
  try {
    return BigInt(v);
  } catch {
    throw new MailroomError('invalid_input', `${what} must be an integer amount (wei, or the token's base units)`);
  }
};

/**
 * createAgent builds an agent from a private key (or a viem account with
 * its private key) and a chain connection: rpcUrl, or a viem publicClient
 * (and walletClient); deployments as the CLI finds them. See agent.d.ts.
 */
export async function createAgent(options = {}) {
  await init(options.wasm);
  const privateKey = options.privateKey;
  if (typeof privateKey !== 'string') throw new MailroomError('invalid_private_key', 'createAgent needs privateKey (0x-hex, 32 bytes)');
  const address = addressOf(privateKey);
  const wa = options.walletClient && options.walletClient.account && options.walletClient.account.address;
  if (options.walletClient && (!wa || wa.toLowerCase() !== address.toLowerCase())) {
    throw new MailroomError('invalid_input', `walletClient's account (${wa || 'none'}) is not the agent's key (${address}): the agent signs its transactions and its vouchers with one key`);
  }
  const resolved = await resolveChain(options);
  const chain = new Chain(resolved, { account: options.walletClient ? undefined : privateKey, walletClient: options.walletClient });
  let store = options.store;
  if (typeof store === 'string') store = await defaultStore(store);
  else if (!store) store = await defaultStore(options.storeDir || `.mailroom/js-${address}`);
  return new Agent({ ...options, privateKey, address, chain, store });
}

export class Agent {
  constructor(o) {
    this.address = o.address;
    this.did = toDID(o.address);
    this.chain = o.chain;
    this.chainId = o.chain.chainId;
    this.store = o.store || memoryStore();
    this.now = o.now || (() => Date.now());
    this.http = o.fetch || ((...a) => globalThis.fetch(...a));
    this.timeoutMs = o.timeoutMs || 30000;
    this.budget = { maxPerRequest: o.budget && o.budget.maxPerRequest != null ? big(o.budget.maxPerRequest, 'budget.maxPerRequest') : undefined,
      maxPerDay: o.budget && o.budget.maxPerDay != null ? big(o.budget.maxPerDay, 'budget.maxPerDay') : undefined };
    // What the agent pays in: a token's address, or null for ETH. Prices,
    // deposits and budgets are in its base units.
    this.token = assetOf(o.asset, o.chain);
    this.asset = this.token || 'native';
    this.config = {
      privateKey: o.privateKey, chainId: o.chain.chainId, registry: o.chain.registry, channelContract: o.chain.paymentChannel,
      ...(this.token ? { asset: this.token } : {}),
      ...(o.deposit != null ? { deposit: big(o.deposit, 'deposit').toString() } : {}),
      ...(o.withdrawDelay ? { withdrawDelay: Number(o.withdrawDelay) } : {}),
      ...(this.budget.maxPerRequest != null ? { maxPerRequest: this.budget.maxPerRequest.toString() } : {}),
    };
    this.locks = new KeyedMutex();
    this.checkedUrls = new Set();
    this.profiles = new Map(); // address → {at, record}
    this.profileTtlMs = o.profileTtlMs ?? 10000;
    const self = this;
    this.registry = {
      register: (p = {}) => self.register(p),
      update: (p = {}) => self.chain.update(self.address, p).then(() => self.profile(self.address, { fresh: true })),
      profile: (did) => self.profile(did, { fresh: true }),
      deactivate: () => self.chain.deactivate(self.address),
      activate: () => self.chain.activate(self.address),
      find: (query, options) => self.find(query, options),
    };
    this.channels = {
      open: (did, { deposit } = {}) => self.openChannel(did, deposit),
      topUp: (did, amount) => self.topUp(did, amount),
      get: (did) => self.channel(did),
      onChain: (channelId) => self.chain.getChannel(channelId),
      use: (did, channelId) => self.useChannel(did, channelId),
      requestClose: (did) => self.requestClose(did),
      withdraw: (did) => self.withdraw(did),
    };
  }

  // ---- registry

  /** register registers this agent (its own owner) with a profile. */
  async register({ endpoint = '', capabilities = [], ratePerTaskWei = 0n } = {}) {
    await this.chain.register(this.address, { endpoint, capabilities, ratePerTaskWei: big(ratePerTaskWei, 'ratePerTaskWei') });
    return this.profile(this.address, { fresh: true });
  }

  /** discovery is a live index of the registry's agents (src/discovery.js): sync, find, watch. */
  discovery(options) {
    return createDiscovery(this.chain, options);
  }

  /** find is one discovery: the registry's logs scanned to the head, then the query (cheapest first). */
  async find(query, options) {
    checkQuery(query);
    const d = createDiscovery(this.chain, options);
    await d.sync();
    return d.find(query);
  }

  /** profile is the registry record of a DID or address (cached for profileTtlMs). */
  async profile(didOrAddr, { fresh = false } = {}) {
    const a = addrOf(didOrAddr);
    const c = this.profiles.get(a);
    if (!fresh && c && this.now() - c.at < this.profileTtlMs) return c.record;
    const rec = await this.chain.getAgent(a);
    this.profiles.set(a, { at: this.now(), record: rec });
    return rec;
  }

  async profileToPay(didOrAddr) {
    const p = await this.profile(didOrAddr);
    if (!p.active) throw new MailroomError('agent_inactive', `${didOrAddr} is deactivated in the registry`);
    if (!p.endpoint) throw new MailroomError('no_endpoint', `${didOrAddr} lists no endpoint in the registry`);
    return p;
  }

  // ---- store records

  /**
   * outKey is the store key of the agent's channel to a recipient in its
   * asset: out:<recipient> for ETH, out:<recipient>:<token> for a token.
   * The key remembers the channel's asset: an agent (re)started in another
   * asset never takes up the channel, and the other asset's record stays.
   */
  outKey(recipient) {
    return this.token ? `out:${recipient}:${this.token}` : `out:${recipient}`;
  }

  outgoing(recipient) {
    return this.store.get(this.outKey(recipient)) || null;
  }

  putOutgoing(st) {
    return this.store.batch([[this.outKey(st.recipient), st]]);
  }

  /** dayKey is the store key of a day's spend: spend:<day> in wei, spend:<day>/<token> in a token (core/client.DayIn). */
  dayKey(d) {
    return this.token ? `spend:${d}/${this.token}` : `spend:${d}`;
  }

  /** channel is the agent's record of its channel to a recipient (null: none). */
  channel(didOrAddr) {
    return this.outgoing(addrOf(didOrAddr));
  }

  async nextNonce(recipient) {
    const k = `nonce:${recipient}`;
    const n = this.store.get(k) || 0;
    await this.store.batch([[k, n + 1]]);
    return n;
  }

  /** spent is what the agent counted against the day's budget (UTC day, default today). */
  spent(d = day(this.now)) {
    return BigInt(this.store.get(this.dayKey(d)) || '0');
  }

  /** spendOp is the store op counting amount against today's budget (budget_exceeded past maxPerDay); null for nothing. */
  spendOp(amount) {
    const a = BigInt(amount || 0);
    if (a <= 0n) return null;
    const d = day(this.now);
    const total = this.spent(d) + a;
    if (this.budget.maxPerDay != null && total > this.budget.maxPerDay) {
      throw new MailroomError('budget_exceeded', `spending ${a} ${this.token ? `base units of ${this.token}` : 'wei'} would bring today's total to ${total}, above the daily budget of ${this.budget.maxPerDay}`);
    }
    return [this.dayKey(d), total.toString()];
  }

  /** refundOp is the store op giving amount back to today's budget (not below 0); null for nothing. */
  refundOp(amount) {
    const a = BigInt(amount || 0);
    if (a <= 0n) return null;
    const d = day(this.now);
    const total = this.spent(d) - a;
    return [this.dayKey(d), (total < 0n ? 0n : total).toString()];
  }

  async spend(amount) {
    const op = this.spendOp(amount);
    if (op) await this.store.batch([op]);
  }

  async refund(amount) {
    const op = this.refundOp(amount);
    if (op) await this.store.batch([op]);
  }

  // ---- channels

  /** openChannel opens a channel to a recipient with deposit (default: the configured deposit) and records it. */
  openChannel(didOrAddr, deposit) {
    const r = addrOf(didOrAddr);
    return this.locks.run(r, async () => {
      const delay = ops.clientWithdrawDelay({ config: this.config });
      const dep = deposit != null ? big(deposit, 'deposit') : this.config.deposit != null ? BigInt(this.config.deposit) : undefined;
      if (dep == null) throw new MailroomError('invalid_input', 'channels.open needs a deposit');
      return this.openLocked(r, dep, delay);
    });
  }

  async openLocked(recipient, deposit, delay) {
    const dep = BigInt(deposit);
    if (dep <= 0n) throw new MailroomError('invalid_input', 'deposit must be positive');
    await this.spend(dep);
    let id;
    try {
      ({ channelId: id } = this.token
        ? await this.chain.openTokenChannel(this.token, recipient, dep, BigInt(delay))
        : await this.chain.openChannel(recipient, dep, BigInt(delay)));
    } catch (e) {
      if (e.code === 'reverted') await this.refund(dep); // the chain refused it: nothing moved
      throw e;
    }
    // The record of a channel just opened: nothing accepted, nothing signed.
    const st = { recipient, channelId: id, deposit: dep.toString(), cumulative: '0', withdrawDelay: String(delay) };
    await this.putOutgoing(st);
    return id;
  }

  /**
   * useChannel makes an existing open channel (e.g. one opened with
   * `mailroom channel open`) the agent's channel to a recipient, by the
   * core's rule (client_adopt: from this agent to that recipient, open, not
   * closing); what the recipient accepted on it is learnt before the next
   * voucher.
   */
  useChannel(didOrAddr, channelId) {
    const r = addrOf(didOrAddr);
    return this.locks.run(r, async () => {
      const cur = this.outgoing(r);
      if (cur && !cur.closed && cur.channelId.toLowerCase() === String(channelId).toLowerCase()) return cur;
      const c = await this.chain.getChannel(channelId);
      const st = ops.clientAdopt({ config: this.config, recipient: r, channel: {
        id: channelId, sender: c.sender, recipient: c.recipient, deposit: c.deposit.toString(), claimed: c.claimed.toString(),
        withdrawDelay: c.withdrawDelay.toString(), open: c.open, token: c.token, ...(c.closeRequestedAt !== 0n ? { closeRequested: true } : {}),
      } });
      await this.putOutgoing(st);
      return st;
    });
  }

  /** topUp adds amount to the agent's channel to a recipient. */
  topUp(didOrAddr, amount) {
    const r = addrOf(didOrAddr);
    return this.locks.run(r, () => this.topUpLocked(r, big(amount, 'amount')));
  }

  async topUpLocked(recipient, amount) {
    const st = this.outgoing(recipient);
    if (!st || st.closed) throw new MailroomError('channel_not_found', `no open channel to ${recipient}`);
    await this.spend(amount);
    try {
      if (this.token) await this.chain.topUpToken(this.token, st.channelId, amount);
      else await this.chain.topUp(st.channelId, amount);
    } catch (e) {
      if (e.code === 'reverted') await this.refund(amount);
      throw e;
    }
    await this.putOutgoing({ ...st, deposit: (BigInt(st.deposit) + BigInt(amount)).toString() });
  }

  /** requestClose asks the chain to close the agent's channel to a recipient (the rest is withdrawable after its delay). */
  async requestClose(didOrAddr) {
    const st = this.channel(didOrAddr);
    if (!st) throw new MailroomError('channel_not_found', `no channel to ${didOrAddr}`);
    return this.chain.requestClose(st.channelId);
  }

  /** withdraw takes the unclaimed rest of a channel whose close was requested and whose delay passed. */
  async withdraw(didOrAddr) {
    const r = addrOf(didOrAddr);
    const st = this.outgoing(r);
    if (!st) throw new MailroomError('channel_not_found', `no channel to ${didOrAddr}`);
    const rc = await this.chain.withdraw(st.channelId);
    await this.locks.run(r, () => this.putOutgoing({ ...this.outgoing(r), closed: true }));
    return rc;
  }

  // ---- paying

  /**
   * fetch pays the recipient (a DID or address) for one POST to its
   * registered endpoint and returns the Response, with `receipt` (verified:
   * signed by the recipient over this request, channel, amount and body) and
   * `payment` (price, cumulative, channelId, attempts).
   */
  async fetch(didOrAddr, init = {}) {
    const p = await this.profileToPay(didOrAddr);
    return this.fetchTo(p.endpoint, p.address, init, { price: this.rateOf(p) });
  }

  /**
   * rateOf is the price to expect from a recipient's registry record: its
   * rate, which is in wei, so undefined (learn the price from the
   * recipient's 402) for an agent paying in a token.
   */
  rateOf(profile) {
    return this.token ? undefined : profile.ratePerTaskWei;
  }

  /** fetchTo is fetch to an explicit URL, with the expected price (default: the registry rate in ETH; a token agent learns it from the 402). */
  async fetchTo(url, didOrAddr, init = {}, { price } = {}) {
    if (init.method && String(init.method).toUpperCase() !== 'POST') {
      throw new MailroomError('invalid_input', `mailroom requests are POST (the envelope binds the method); got ${init.method}`);
    }
    const recipient = addrOf(didOrAddr);
    if (price == null && !this.token) price = (await this.profile(recipient)).ratePerTaskWei;
    return Agent.response(await this.sendTo(url, recipient, price, bytesOf(init.body), init.headers));
  }

  /** send is the Go SDK's Send: pays for one request with payload to the recipient's endpoint; returns the verified result. */
  async send(didOrAddr, payload) {
    const p = await this.profileToPay(didOrAddr);
    return this.sendTo(p.endpoint, p.address, this.rateOf(p), bytesOf(payload, 'payload'));
  }

  /**
   * sendTo runs the client loop (docs/PROTOCOL.md §10): ask the core's plan
   * until it says pay, sign the envelope and the voucher (persisted before
   * they leave), exchange, and do what the core's decision says. A price
   * of null or undefined is not known yet: the terms are learnt from the
   * recipient's 402 first (what a token agent does: the registry's rate is
   * in wei).
   */
  sendTo(url, recipient, price, payload, headers) {
    recipient = addrOf(recipient);
    const body = bytesOf(payload, 'payload');
    return this.locks.run(recipient, () => this.loop(url, recipient, termsOf(price), body, headers));
  }

  /**
   * loop is sendTo under the recipient's lock. first, when given, is an
   * attempt already signed ({state, after, voucher, terms, payment}: the
   * x402 scheme's), sent as attempt 1.
   */
  async loop(url, recipient, terms, body, headers, first) {
    for (let n = 1; ; n++) {
      let state;
      let after;
      let voucher;
      let payment;
      let env;
      if (n === 1 && first) {
        ({ state, after, voucher, terms, payment } = first);
        try {
          env = await this.envelopeLocked(recipient, url, body);
        } catch (e) {
          // The voucher never left: the core restores the state and gives the budget back.
          await this.attempt(url, body, null, payment, { n, before: state, after, terms, envelope: this.unsentEnvelope(recipient), voucher }, headers, e);
          throw e;
        }
      } else {
        let plan;
        ({ state, plan, terms } = await this.ready(url, recipient, body, terms));
        const nonce = this.store.get(`nonce:${recipient}`) || 0;
        env = this.envelopeAt(recipient, url, body, nonce);
        ({ after, voucher } = await this.signLocked(state, plan, [[`nonce:${recipient}`, nonce + 1]]));
        payment = ops.clientPayment({ config: this.config, url, recipient, terms, voucher });
      }
      const attempt = { n, before: state, after, terms, envelope: env, voucher };
      const d = await this.attempt(url, body, env, payment, attempt, headers);
      if (d.decision.outcome === 'done') {
        const r = d.response;
        return { status: r.status, body: r.body, headers: r.headers, receipt: d.decision.receipt, price: BigInt(voucher.cumulativeAmount) - BigInt(state.cumulative),
          cumulative: BigInt(voucher.cumulativeAmount), channelId: voucher.channelId, attempts: n };
      }
      if (d.decision.outcome === 'retry') {
        terms = d.decision.terms || terms;
        continue;
      }
      throw new MailroomError(d.decision.code || 'internal', d.decision.message || 'request failed');
    }
  }

  /** unsentEnvelope is the envelope field of an attempt that never got an envelope (it is not sent). */
  unsentEnvelope(recipient) {
    return ops.clientEnvelope({ config: this.config, recipient, url: 'http://127.0.0.1/', payload: '0x', nonce: 0, now: 0 });
  }

  /** response turns a loop result into a fetch Response with receipt and payment. */
  static response(r) {
    const res = new Response(r.status === 204 || r.status === 304 ? null : r.body, { status: r.status, headers: r.headers });
    Object.defineProperty(res, 'receipt', { value: r.receipt, enumerable: true });
    Object.defineProperty(res, 'payment', { value: { price: r.price, cumulative: r.cumulative, channelId: r.channelId, attempts: r.attempts }, enumerable: true });
    return res;
  }

  /** attempt exchanges one signed request and returns the core's decision (its state persisted, its refund given back). */
  async attempt(url, body, env, payment, attempt, headers, notSent) {
    const x = notSent ? { error: notSent, sent: false } : await this.exchange(url, body, env, payment, headers);
    let decision;
    if (x.error) {
      decision = ops.clientLost({ config: this.config, attempt, sent: x.sent, code: x.error.code || 'transport_error', message: x.error.detail || x.error.message });
    } else {
      decision = ops.clientHandle({ config: this.config, attempt, response: x.wire });
    }
    const persist = [];
    if (decision.state) persist.push([this.outKey(decision.state.recipient), decision.state]);
    const refund = this.refundOp(decision.refund);
    if (refund) persist.push(refund);
    if (persist.length) {
      try {
        await this.store.batch(persist);
      } catch (e) {
        if (decision.outcome !== 'fail') throw e;
      }
    }
    return { decision, response: x.response };
  }

  /** ready performs what the core's plan asks before a voucher: learn the terms, open, resync, top up. */
  async ready(url, recipient, body, terms) {
    for (let step = 0; step <= MAX_STEPS; step++) {
      const state = this.outgoing(recipient);
      // No price known at all (a token agent's first request): learn the terms first.
      const plan = !terms || (terms.price == null && !terms.stated) ? { need: 'learn-terms' }
        : ops.clientPlan({ config: this.config, ...(state ? { state } : {}), terms });
      switch (plan.need) {
        case 'pay':
          return { state, plan, terms };
        case 'learn-terms': {
          const wire = await this.probe(url, recipient, body);
          terms = ops.clientLearnTerms({ config: this.config, recipient, response: wire });
          break;
        }
        case 'open':
          await this.openLocked(recipient, plan.deposit, plan.withdrawDelay);
          break;
        case 'resync': {
          const wire = await this.probe(url, recipient, body);
          await this.putOutgoing(ops.clientResync({ config: this.config, state, response: wire }));
          break;
        }
        case 'top-up':
          await this.topUpLocked(recipient, BigInt(plan.deposit));
          break;
        default:
          throw new MailroomError('internal', `unknown plan ${plan.need}`);
      }
    }
    throw new MailroomError('internal', `no voucher to ${recipient} after ${MAX_STEPS} steps`);
  }

  /** probe sends the envelope alone: the answer is a 402 with the terms and, for a known sender, what it accepted. */
  async probe(url, recipient, body) {
    const env = await this.envelopeLocked(recipient, url, body);
    const x = await this.exchange(url, body, env, null);
    if (x.error) throw x.error;
    return x.wire;
  }

  /**
   * signLocked counts the plan's increase, signs its voucher and persists
   * the state (with extra ops, e.g. the envelope's nonce) in one durable
   * batch before returning it.
   */
  async signLocked(state, plan, extra = []) {
    const spend = this.spendOp(plan.increase);
    const out = ops.clientSign({ config: this.config, state, cumulativeAmount: plan.voucher });
    await this.store.batch([...(spend ? [spend] : []), [this.outKey(out.state.recipient), out.state], ...extra]);
    return { after: out.state, voucher: out.voucher };
  }

  /** envelopeAt signs the envelope of a POST of body to url with nonce (not persisted: the caller persists nonce + 1 before it leaves). */
  envelopeAt(recipient, url, body, nonce) {
    return ops.clientEnvelope({ config: this.config, recipient, url, payload: hex(body), nonce, now: Math.floor(this.now() / 1000) });
  }

  /** envelopeLocked signs the envelope of a POST of body to url with the recipient's next nonce (persisted first). */
  async envelopeLocked(recipient, url, body) {
    // The target is checked (client_envelope refuses a bad URL) before a nonce is spent.
    if (!this.checkedUrls.has(url)) {
      ops.clientEnvelope({ config: this.config, recipient, url, payload: '0x', nonce: 0, now: 0 });
      this.checkedUrls.add(url);
    }
    const nonce = await this.nextNonce(recipient);
    return ops.clientEnvelope({ config: this.config, recipient, url, payload: hex(body), nonce, now: Math.floor(this.now() / 1000) });
  }

  /**
   * exchange posts one request, delivering the very same envelope and
   * voucher again while the core's redeliver says so. sent is false only
   * when the request provably never left.
   */
  async exchange(url, body, env, payment, headers) {
    let sent = false;
    for (let tries = 1; ; tries++) {
      const x = await this.post(url, body, env, payment, headers);
      sent = sent || x.wrote;
      const r = ops.clientRedeliver({ ...(x.wire ? { response: x.wire } : {}), sent, deliveries: tries });
      if (!r.again) return { ...x, sent };
      await sleep(Number(r.backoffMs));
    }
  }

  async post(url, body, env, payment, extra) {
    const headers = new Headers(extra || {});
    headers.set('Agent-Envelope', b64(JSON.stringify(env)));
    if (payment) headers.set('PAYMENT-SIGNATURE', payment);
    if (!headers.has('Content-Type')) headers.set('Content-Type', jsonValid(body) ? 'application/json' : 'application/octet-stream');
    let res;
    try {
      res = await this.http(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(this.timeoutMs), redirect: 'manual' });
    } catch (e) {
      const code = causeCode(e);
      return { wrote: !NOT_SENT.has(code), error: new MailroomError('transport_error', `POST ${url}: ${code || e.message}`, { cause: e }) };
    }
    let b;
    try {
      b = await readLimited(res, MAX_RESPONSE);
    } catch (e) {
      return { wrote: true, error: e instanceof MailroomError ? e : new MailroomError('transport_error', `read response: ${e.message}`, { cause: e }) };
    }
    const wire = { status: res.status, body: hex(b) };
    const pr = res.headers.get('PAYMENT-REQUIRED');
    const ps = res.headers.get('PAYMENT-RESPONSE');
    if (pr) wire.paymentRequired = pr;
    if (ps) wire.paymentResponse = ps;
    return { wrote: true, wire, response: { status: res.status, headers: res.headers, body: b } };
  }

  /**
   * prepare signs the next paid request to a recipient without sending it
   * (`mailroom send --dry-run`): {url, method, headers, body}. The voucher
   * counts as handed out and the channel is marked uncertain, so the next
   * request first asks the recipient what it accepted.
   */
  async prepare(didOrAddr, payload) {
    const p = await this.profileToPay(didOrAddr);
    return this.prepareTo(p.endpoint, p.address, this.rateOf(p), payload);
  }

  /** prepareTo is prepare with the endpoint and the expected price given. */
  prepareTo(url, didOrAddr, price, payload) {
    const recipient = addrOf(didOrAddr);
    const body = bytesOf(payload, 'payload');
    return this.locks.run(recipient, async () => {
      const { state, plan, terms } = await this.ready(url, recipient, body, termsOf(price));
      const nonce = this.store.get(`nonce:${recipient}`) || 0;
      const env = this.envelopeAt(recipient, url, body, nonce);
      const { after, voucher } = await this.signLocked(state, plan, [[`nonce:${recipient}`, nonce + 1]]);
      await this.putOutgoing({ ...after, uncertain: true });
      const payment = ops.clientPayment({ config: this.config, url, recipient, terms, voucher });
      return {
        url, method: 'POST', body,
        headers: { 'Agent-Envelope': b64(JSON.stringify(env)), 'PAYMENT-SIGNATURE': payment, 'Content-Type': jsonValid(body) ? 'application/json' : 'application/octet-stream' },
        cumulative: BigInt(voucher.cumulativeAmount), channelId: voucher.channelId,
      };
    });
  }

  /**
   * prepareRequest is the Go SDK's PrepareRequest: the envelope of a POST
   * of payload to the recipient's endpoint and, when amount > 0, the voucher
   * of exactly accepted + amount on the agent's channel (the core's
   * client_prepare: no step performed), persisted before they are returned.
   */
  async prepareRequest(didOrAddr, payload, amount = 0n) {
    const p = await this.profile(didOrAddr);
    const recipient = p.address;
    const body = bytesOf(payload, 'payload');
    return this.locks.run(recipient, async () => {
      let voucher = null;
      const extra = [];
      const nonce = this.store.get(`nonce:${recipient}`) || 0;
      const envelope = this.envelopeAt(recipient, p.endpoint, body, nonce);
      extra.push([`nonce:${recipient}`, nonce + 1]);
      if (big(amount, 'amount') > 0n) {
        const state = this.outgoing(recipient);
        const plan = ops.clientPrepare({ config: this.config, ...(state ? { state } : {}), amount: String(amount) });
        ({ voucher } = await this.signLocked(state, plan, extra));
      } else {
        await this.store.batch(extra);
      }
      return { envelope, voucher };
    });
  }

  /** withdrawDelayFor is a new channel's withdraw delay to a recipient requiring at least min seconds (the core's rule). */
  withdrawDelayFor(min = 0) {
    return BigInt(ops.clientWithdrawDelay({ config: this.config, min: String(min) }));
  }

  /** verifyReceipt checks a PAYMENT-RESPONSE against a request's envelope, voucher and body (the core's client_verify_receipt). */
  verifyReceipt({ recipient, paymentResponse, body, envelope, voucher }) {
    return ops.clientVerifyReceipt({ config: this.config, recipient: addrOf(recipient), paymentResponse, body: hex(bytesOf(body)), envelope, voucher });
  }

  /**
   * settle claims on chain, with this agent's key, what its mailroom
   * (createMailroom) accepted, from that mailroom's store (a Store or a
   * directory), as `mailroom settle --store` does for a Go mailroom: per
   * channel the voucher the core says settles it, never above what was
   * served. close: redeem (pay, refund the rest, close). A running
   * mailroom settles itself: mailroom.settle().
   */
  async settle({ store, channel, close = false } = {}) {
    if (!store) throw new MailroomError('invalid_input', 'settle claims what a mailroom accepted: pass its store (a running mailroom: mailroom.settle())');
    const own = typeof store === 'string';
    const s = own ? await defaultStore(store) : store;
    try {
      const mr = new Mailroom({ privateKey: this.config.privateKey, address: this.address, chain: this.chain, store: s, price: 0n });
      try {
        return await mr.settle({ channel, close });
      } finally {
        clearInterval(mr.pruneTimer);
        mr.guard.close();
      }
    } finally {
      if (own) await s.close();
    }
  }

  /** close closes the agent's store. */
  close() {
    return this.store.close ? this.store.close() : undefined;
  }
}

/** termsOf is the terms of an expected price; none (learn them from the 402) when the price is null or undefined. */
const termsOf = (price) => (price == null ? {} : { price: big(price, 'price').toString() });

export { unhex as fromHex };
