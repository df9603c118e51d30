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
const ZERO = '0x0000000000000000000000000000000000000000';

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

// A cached choice of asset refused with these codes (the recipient no
// longer takes that asset, or its budget is spent) is dropped and chosen
// again, once: the next choice passes over an asset whose day has too
// little left (client_choose's dayLeft).
const RECHOOSE = new Set(['asset_mismatch', 'unsupported', 'budget_exceeded']);

// MAX_TERMS_KEPT bounds the URLs whose stated terms an agent keeps.
const MAX_TERMS_KEPT = 1024;
const termsKey = (recipient, asset, url) => `${recipient}|${asset}|${url}`;

const big = (v, what) => {
  try {
    return BigInt(v);
  } catch {
    throw new MailroomError('invalid_input', `${what} must be an integer amount (wei, or the token's base units)`);
  }
};

/**
 * preferencesOf is the agent's assets in its order of preference, each
 * {asset, deposit, maxPerRequest, maxPerDay} in that asset's base units:
 * options.assets, or the one asset of options.asset with deposit and
 * budget (the single-asset shorthand).
 */
function preferencesOf(o) {
  if (o.assets == null) {
    return [{ asset: o.asset, deposit: o.deposit, maxPerRequest: o.budget && o.budget.maxPerRequest, maxPerDay: o.budget && o.budget.maxPerDay }];
  }
  if (!Array.isArray(o.assets) || o.assets.length === 0) throw new MailroomError('invalid_input', 'assets must be a non-empty list of {asset, maxPerRequest, maxPerDay, deposit}, preferred first');
  if (o.asset != null || o.deposit != null || o.budget != null) {
    throw new MailroomError('invalid_input', 'assets or asset/deposit/budget, not both: with assets, each entry has its deposit and budgets (in its asset\'s base units)');
  }
  return o.assets.map((a, i) => {
    if (!a || typeof a !== 'object' || a.asset == null) throw new MailroomError('invalid_input', `assets[${i}] must be {asset, maxPerRequest?, maxPerDay?, deposit?}`);
    return { asset: a.asset, deposit: a.deposit, maxPerRequest: a.maxPerRequest, maxPerDay: a.maxPerDay };
  });
}

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
    // The sender's config without an asset (envelopes, the choice of asset).
    this.baseConfig = { privateKey: o.privateKey, chainId: o.chain.chainId, registry: o.chain.registry, channelContract: o.chain.paymentChannel };
    // What the agent pays in, preferred first: a wallet per asset (token:
    // its address, or null for ETH), with the core's config in that asset
    // and its budgets and deposit in its base units; each has its own
    // channels (store keys) and day's spend.
    this.wallets = preferencesOf(o).map((p, i) => {
      const what = o.assets != null ? `assets[${i}].` : 'budget.';
      const token = assetOf(p.asset, o.chain);
      const budget = { maxPerRequest: p.maxPerRequest != null ? big(p.maxPerRequest, `${what}maxPerRequest`) : undefined,
        maxPerDay: p.maxPerDay != null ? big(p.maxPerDay, `${what}maxPerDay`) : undefined };
      const config = {
        ...this.baseConfig,
        ...(token ? { asset: token } : {}),
        ...(p.deposit != null ? { deposit: big(p.deposit, o.assets != null ? `assets[${i}].deposit` : 'deposit').toString() } : {}),
        ...(o.withdrawDelay ? { withdrawDelay: Number(o.withdrawDelay) } : {}),
        ...(budget.maxPerRequest != null ? { maxPerRequest: budget.maxPerRequest.toString() } : {}),
      };
      return { asset: token || 'native', token, budget, config };
    });
    const seen = new Set();
    for (const w of this.wallets) {
      if (seen.has(w.asset)) throw new MailroomError('invalid_input', `assets names ${w.asset} twice`);
      seen.add(w.asset);
    }
    this.assets = this.wallets.map((w) => w.asset);
    // The first asset is the default (what the single-asset fields name).
    this.primary = this.wallets[0];
    this.token = this.primary.token;
    this.asset = this.primary.asset;
    this.config = this.primary.config;
    this.budget = this.primary.budget;
    // recipient → the asset chosen for it (client_choose on its 402), in memory.
    this.chosen = new Map();
    // The terms a recipient stated for a URL, per asset (the last
    // MAX_TERMS_KEPT): the next request there pays them without asking
    // first; another URL learns its own (a route may cost more, and no
    // voucher is signed at another route's price).
    this.termsAt = new Map();
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
      open: (did, { deposit, asset } = {}) => self.openChannel(did, deposit, { asset }),
      topUp: (did, amount, options) => self.topUp(did, amount, options),
      get: (did, options) => self.channel(did, options),
      onChain: (channelId) => self.chain.getChannel(channelId),
      use: (did, channelId) => self.useChannel(did, channelId),
      requestClose: (did, options) => self.requestClose(did, options),
      withdraw: (did, options) => self.withdraw(did, options),
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

  // ---- wallets (one per asset)

  /** walletOf is the agent's wallet of an asset option ('native', 'token', an address); invalid_input when it does not pay in it. */
  walletOf(asset) {
    const a = assetOf(asset, this.chain) || 'native';
    const w = this.wallets.find((x) => x.asset === a);
    if (!w) throw new MailroomError('invalid_input', `this agent does not pay in ${a} (it pays in ${this.assets.join(', ')})`);
    return w;
  }

  /**
   * walletFor is the wallet of the agent's dealings with a recipient: the
   * asset given; else the one chosen for it; else the first (in preference
   * order) that has a channel record to it; else the first asset.
   */
  walletFor(recipient, asset) {
    if (asset != null) return this.walletOf(asset);
    const c = this.chosen.get(recipient);
    if (c) return this.walletOf(c);
    if (this.wallets.length > 1) for (const w of this.wallets) if (this.store.get(this.outKey(recipient, w))) return w;
    return this.primary;
  }

  /** chosenAsset is the asset the agent chose for a recipient by its 402 ('native' or a token address), undefined before. */
  chosenAsset(didOrAddr) {
    return this.chosen.get(addrOf(didOrAddr));
  }

  // ---- store records

  /**
   * outKey is the store key of the agent's channel to a recipient in an
   * asset (w: its wallet, default the first): out:<recipient> for ETH,
   * out:<recipient>:<token> for a token. The key remembers the channel's
   * asset: an agent (re)started in another asset never takes up the
   * channel, and the other asset's record stays.
   */
  outKey(recipient, w = this.primary) {
    return w.token ? `out:${recipient}:${w.token}` : `out:${recipient}`;
  }

  outgoing(recipient, w = this.primary) {
    return this.store.get(this.outKey(recipient, w)) || null;
  }

  putOutgoing(st, w = this.primary) {
    return this.store.batch([[this.outKey(st.recipient, w), st]]);
  }

  /** dayKey is the store key of a day's spend: spend:<day> in wei, spend:<day>/<token> in a token (core/client.DayIn). */
  dayKey(d, w = this.primary) {
    return w.token ? `spend:${d}/${w.token}` : `spend:${d}`;
  }

  /** channel is the agent's record of its channel to a recipient (null: none), in asset (default: see walletFor). */
  channel(didOrAddr, { asset } = {}) {
    const r = addrOf(didOrAddr);
    return this.outgoing(r, this.walletFor(r, asset));
  }

  async nextNonce(recipient) {
    const k = `nonce:${recipient}`;
    const n = this.store.get(k) || 0;
    await this.store.batch([[k, n + 1]]);
    return n;
  }

  /** spent is what the agent counted against the day's budget in an asset (UTC day, default today; asset default the first). */
  spent(d = day(this.now), asset) {
    const w = asset != null ? this.walletOf(asset) : this.primary;
    return BigInt(this.store.get(this.dayKey(d || day(this.now), w)) || '0');
  }

  /** spendOp is the store op counting amount against today's budget of w's asset (budget_exceeded past its maxPerDay); null for nothing. */
  spendOp(amount, w = this.primary) {
    const a = BigInt(amount || 0);
    if (a <= 0n) return null;
    const d = day(this.now);
    const total = BigInt(this.store.get(this.dayKey(d, w)) || '0') + a;
    if (w.budget.maxPerDay != null && total > w.budget.maxPerDay) {
      throw new MailroomError('budget_exceeded', `spending ${a} ${w.token ? `base units of ${w.token}` : 'wei'} would bring today's total to ${total}, above the daily budget of ${w.budget.maxPerDay}`);
    }
    return [this.dayKey(d, w), total.toString()];
  }

  /** refundOp is the store op giving amount back to today's budget of w's asset (not below 0); null for nothing. */
  refundOp(amount, w = this.primary) {
    const a = BigInt(amount || 0);
    if (a <= 0n) return null;
    const d = day(this.now);
    const total = BigInt(this.store.get(this.dayKey(d, w)) || '0') - a;
    return [this.dayKey(d, w), (total < 0n ? 0n : total).toString()];
  }

  async spend(amount, w = this.primary) {
    const op = this.spendOp(amount, w);
    if (op) await this.store.batch([op]);
  }

  async refund(amount, w = this.primary) {
    const op = this.refundOp(amount, w);
    if (op) await this.store.batch([op]);
  }

  // ---- channels

  /** openChannel opens a channel to a recipient with deposit (default: the asset's configured deposit) and records it; asset: see walletFor. */
  openChannel(didOrAddr, deposit, { asset } = {}) {
    const r = addrOf(didOrAddr);
    const w = this.walletFor(r, asset);
    return this.locks.run(r, async () => {
      const delay = ops.clientWithdrawDelay({ config: w.config });
      const dep = deposit != null ? big(deposit, 'deposit') : w.config.deposit != null ? BigInt(w.config.deposit) : undefined;
      if (dep == null) throw new MailroomError('invalid_input', 'channels.open needs a deposit');
      return this.openLocked(w, r, dep, delay);
    });
  }

  async openLocked(w, recipient, deposit, delay) {
    const dep = BigInt(deposit);
    if (dep <= 0n) throw new MailroomError('invalid_input', 'deposit must be positive');
    await this.spend(dep, w);
    let id;
    try {
      ({ channelId: id } = w.token
        ? await this.chain.openTokenChannel(w.token, recipient, dep, BigInt(delay))
        : await this.chain.openChannel(recipient, dep, BigInt(delay)));
    } catch (e) {
      if (e.code === 'reverted') await this.refund(dep, w); // the chain refused it: nothing moved
      throw e;
    }
    // The record of a channel just opened: nothing accepted, nothing signed.
    const st = { recipient, channelId: id, deposit: dep.toString(), cumulative: '0', withdrawDelay: String(delay) };
    await this.putOutgoing(st, w);
    return id;
  }

  /**
   * useChannel makes an existing open channel (e.g. one opened with
   * `mailroom channel open`) the agent's channel to a recipient in the
   * channel's asset, by the core's rule (client_adopt: from this agent to
   * that recipient, open, not closing, in an asset the agent pays in);
   * what the recipient accepted on it is learnt before the next voucher.
   */
  useChannel(didOrAddr, channelId) {
    const r = addrOf(didOrAddr);
    return this.locks.run(r, async () => {
      for (const w of this.wallets) {
        const cur = this.outgoing(r, w);
        if (cur && !cur.closed && cur.channelId.toLowerCase() === String(channelId).toLowerCase()) return cur;
      }
      const c = await this.chain.getChannel(channelId);
      const held = c.token && c.token !== ZERO ? getAddress(c.token) : 'native';
      // A channel in an asset the agent does not pay in: the core refuses it (asset_mismatch) under the first asset's config.
      const w = this.wallets.find((x) => x.asset === held) || this.primary;
      const st = ops.clientAdopt({ config: w.config, recipient: r, channel: {
        id: channelId, sender: c.sender, recipient: c.recipient, deposit: c.deposit.toString(), claimed: c.claimed.toString(),
        withdrawDelay: c.withdrawDelay.toString(), open: c.open, token: c.token, ...(c.closeRequestedAt !== 0n ? { closeRequested: true } : {}),
      } });
      await this.putOutgoing(st, w);
      return st;
    });
  }

  /** topUp adds amount to the agent's channel to a recipient (asset: see walletFor). */
  topUp(didOrAddr, amount, { asset } = {}) {
    const r = addrOf(didOrAddr);
    const w = this.walletFor(r, asset);
    return this.locks.run(r, () => this.topUpLocked(w, r, big(amount, 'amount')));
  }

  async topUpLocked(w, recipient, amount) {
    const st = this.outgoing(recipient, w);
    if (!st || st.closed) throw new MailroomError('channel_not_found', `no open channel to ${recipient} in ${w.asset}`);
    await this.spend(amount, w);
    try {
      if (w.token) await this.chain.topUpToken(w.token, st.channelId, amount);
      else await this.chain.topUp(st.channelId, amount);
    } catch (e) {
      if (e.code === 'reverted') await this.refund(amount, w);
      throw e;
    }
    await this.putOutgoing({ ...st, deposit: (BigInt(st.deposit) + BigInt(amount)).toString() }, w);
  }

  /** requestClose asks the chain to close the agent's channel to a recipient (the rest is withdrawable after its delay); asset: see walletFor. */
  async requestClose(didOrAddr, { asset } = {}) {
    const st = this.channel(didOrAddr, { asset });
    if (!st) throw new MailroomError('channel_not_found', `no channel to ${didOrAddr}`);
    return this.chain.requestClose(st.channelId);
  }

  /** withdraw takes the unclaimed rest of a channel whose close was requested and whose delay passed; asset: see walletFor. */
  async withdraw(didOrAddr, { asset } = {}) {
    const r = addrOf(didOrAddr);
    const w = this.walletFor(r, asset);
    const st = this.outgoing(r, w);
    if (!st) throw new MailroomError('channel_not_found', `no channel to ${didOrAddr}`);
    const rc = await this.chain.withdraw(st.channelId);
    await this.locks.run(r, () => this.putOutgoing({ ...this.outgoing(r, w), closed: true }, w));
    return rc;
  }

  // ---- paying

  /**
   * fetch pays the recipient (a DID or address) for one POST to its
   * registered endpoint and returns the Response, with `receipt` (verified:
   * signed by the recipient over this request, channel, amount and body) and
   * `payment` (price, cumulative, channelId, attempts, asset).
   */
  async fetch(didOrAddr, init = {}) {
    const p = await this.profileToPay(didOrAddr);
    return this.fetchTo(p.endpoint, p.address, init, { rate: p.ratePerTaskWei });
  }

  /**
   * fetchTo is fetch to an explicit URL, with the expected price in the
   * asset paid (default: the registry rate when paying in ETH; in a token
   * the price is learnt from the 402).
   */
  async fetchTo(url, didOrAddr, init = {}, { price, rate } = {}) {
    if (init.method && String(init.method).toUpperCase() !== 'POST') {
      throw new MailroomError('invalid_input', `mailroom requests are POST (the envelope binds the method); got ${init.method}`);
    }
    const recipient = addrOf(didOrAddr);
    const body = bytesOf(init.body);
    const expect = { price, rate: rate != null ? () => rate : () => this.profile(recipient).then((p) => p.ratePerTaskWei) };
    return Agent.response(await this.locks.run(recipient, () => this.inAsset(url, recipient, body, expect,
      (w, terms) => this.loop(w, url, recipient, terms, body, init.headers))));
  }

  /** send is the Go SDK's Send: pays for one request with payload to the recipient's endpoint; returns the verified result. */
  async send(didOrAddr, payload) {
    const p = await this.profileToPay(didOrAddr);
    const recipient = p.address;
    const body = bytesOf(payload, 'payload');
    return this.locks.run(recipient, () => this.inAsset(p.endpoint, recipient, body, { rate: () => p.ratePerTaskWei },
      (w, terms) => this.loop(w, p.endpoint, recipient, terms, body)));
  }

  /**
   * sendTo runs the client loop (docs/PROTOCOL.md §10): ask the core's plan
   * until it says pay, sign the envelope and the voucher (persisted before
   * they leave), exchange, and do what the core's decision says. A price
   * (in the asset paid) of null or undefined is not known yet: the terms
   * are learnt from the recipient's 402 first (what a token agent does:
   * the registry's rate is in wei).
   */
  sendTo(url, recipient, price, payload, headers) {
    recipient = addrOf(recipient);
    const body = bytesOf(payload, 'payload');
    return this.locks.run(recipient, () => this.inAsset(url, recipient, body, { price }, (w, terms) => this.loop(w, url, recipient, terms, body, headers)));
  }

  /**
   * inAsset runs f(wallet, terms) (under the recipient's lock) in the asset
   * the agent pays the recipient in. One asset: that one, with the expected
   * price (expect.price, else expect.rate() in ETH; none: learnt from the
   * 402). Several: the core's choice (client_choose) on the recipient's 402
   * to the envelope sent alone, made once per recipient and kept in
   * memory, the 402's terms used for that request; a later request in the
   * chosen asset that the recipient refuses as asset_mismatch or
   * unsupported drops the choice and chooses again, once.
   */
  async inAsset(url, recipient, body, expect, f) {
    const termsIn = async (w) => {
      if (expect.price != null) return termsOf(expect.price);
      if (!w.token && expect.rate) return termsOf(await expect.rate());
      return this.termsAt.get(termsKey(recipient, w.asset, url)) || termsOf(undefined);
    };
    if (this.wallets.length === 1) return f(this.primary, await termsIn(this.primary));
    const cached = this.chosen.get(recipient);
    if (cached == null) {
      const c = await this.choose(url, recipient, body);
      return f(c.wallet, c.terms);
    }
    const w = this.walletOf(cached);
    try {
      return await f(w, await termsIn(w));
    } catch (e) {
      if (!RECHOOSE.has(e.code)) throw e;
      this.chosen.delete(recipient);
      const c = await this.choose(url, recipient, body);
      return f(c.wallet, c.terms);
    }
  }

  /**
   * choose asks the recipient's terms (the envelope sent alone) and the
   * core which asset to pay them in (client_choose: the first of the
   * agent's assets the 402 offers within that asset's maxPerRequest and
   * what its maxPerDay has left today; asset_mismatch when none is offered,
   * budget_exceeded when all are above their budgets, before any
   * transaction); the choice is kept for the
   * recipient.
   */
  async choose(url, recipient, body) {
    const wire = await this.probe(url, recipient, body);
    const today = day(this.now);
    const preferences = this.wallets.map((w) => {
      const p = { asset: w.asset };
      if (w.budget.maxPerRequest != null) p.maxPerRequest = w.budget.maxPerRequest.toString();
      if (w.budget.maxPerDay != null) {
        const left = w.budget.maxPerDay - BigInt(this.store.get(this.dayKey(today, w)) || '0');
        p.dayLeft = (left > 0n ? left : 0n).toString();
      }
      return p;
    });
    const c = ops.clientChoose({ config: this.baseConfig, recipient, response: wire, preferences });
    const wallet = this.wallets[c.index];
    this.chosen.set(recipient, wallet.asset);
    return { wallet, terms: c.terms };
  }

  /**
   * loop is sendTo in wallet w's asset under the recipient's lock. first,
   * when given, is an attempt already signed ({state, after, voucher,
   * terms, payment}: the x402 scheme's), sent as attempt 1.
   */
  async loop(w, url, recipient, terms, body, headers, first) {
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
          await this.attempt(w, url, body, null, payment, { n, before: state, after, terms, envelope: this.unsentEnvelope(recipient), voucher }, headers, e);
          throw e;
        }
      } else {
        let plan;
        ({ state, plan, terms } = await this.ready(w, url, recipient, body, terms));
        const nonce = this.store.get(`nonce:${recipient}`) || 0;
        env = this.envelopeAt(recipient, url, body, nonce);
        ({ after, voucher } = await this.signLocked(w, state, plan, [[`nonce:${recipient}`, nonce + 1]]));
        payment = ops.clientPayment({ config: w.config, url, recipient, terms, voucher });
      }
      const attempt = { n, before: state, after, terms, envelope: env, voucher };
      const d = await this.attempt(w, url, body, env, payment, attempt, headers);
      if (d.decision.outcome === 'done') {
        if (terms && terms.stated) this.keepTerms(recipient, w.asset, url, terms);
        const r = d.response;
        return { status: r.status, body: r.body, headers: r.headers, receipt: d.decision.receipt, price: BigInt(voucher.cumulativeAmount) - BigInt(state.cumulative),
          cumulative: BigInt(voucher.cumulativeAmount), channelId: voucher.channelId, attempts: n, asset: w.asset };
      }
      if (d.decision.outcome === 'retry') {
        terms = d.decision.terms || terms;
        continue;
      }
      throw new MailroomError(d.decision.code || 'internal', d.decision.message || 'request failed');
    }
  }

  /** keepTerms keeps the terms a request to url was paid at (the recipient stated them) for the next request there. */
  keepTerms(recipient, asset, url, terms) {
    const k = termsKey(recipient, asset, url);
    this.termsAt.delete(k);
    this.termsAt.set(k, terms);
    while (this.termsAt.size > MAX_TERMS_KEPT) this.termsAt.delete(this.termsAt.keys().next().value);
  }

  /** unsentEnvelope is the envelope field of an attempt that never got an envelope (it is not sent). */
  unsentEnvelope(recipient) {
    return ops.clientEnvelope({ config: this.config, recipient, url: 'http://127.0.0.1/', payload: '0x', nonce: 0, now: 0 });
  }

  /** response turns a loop result into a fetch Response with receipt and payment. */
  static response(r) {
    const res = new Response(r.status === 204 || r.status === 304 ? null : r.body, { status: r.status, headers: r.headers });
    Object.defineProperty(res, 'receipt', { value: r.receipt, enumerable: true });
    Object.defineProperty(res, 'payment', { value: { price: r.price, cumulative: r.cumulative, channelId: r.channelId, attempts: r.attempts, asset: r.asset }, enumerable: true });
    return res;
  }

  /** attempt exchanges one signed request in w's asset and returns the core's decision (its state persisted, its refund given back). */
  async attempt(w, url, body, env, payment, attempt, headers, notSent) {
    const x = notSent ? { error: notSent, sent: false } : await this.exchange(url, body, env, payment, headers);
    let decision;
    if (x.error) {
      decision = ops.clientLost({ config: w.config, attempt, sent: x.sent, code: x.error.code || 'transport_error', message: x.error.detail || x.error.message });
    } else {
      decision = ops.clientHandle({ config: w.config, attempt, response: x.wire });
    }
    const persist = [];
    if (decision.state) persist.push([this.outKey(decision.state.recipient, w), decision.state]);
    const refund = this.refundOp(decision.refund, w);
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

  /** ready performs what the core's plan (in w's asset) asks before a voucher: learn the terms, open, resync, top up. */
  async ready(w, url, recipient, body, terms) {
    for (let step = 0; step <= MAX_STEPS; step++) {
      const state = this.outgoing(recipient, w);
      // No price known at all (a token agent's first request): learn the terms first.
      const plan = !terms || (terms.price == null && !terms.stated) ? { need: 'learn-terms' }
        : ops.clientPlan({ config: w.config, ...(state ? { state } : {}), terms });
      switch (plan.need) {
        case 'pay':
          return { state, plan, terms };
        case 'learn-terms': {
          const wire = await this.probe(url, recipient, body);
          terms = ops.clientLearnTerms({ config: w.config, recipient, response: wire });
          break;
        }
        case 'open':
          await this.openLocked(w, recipient, plan.deposit, plan.withdrawDelay);
          break;
        case 'resync': {
          const wire = await this.probe(url, recipient, body);
          await this.putOutgoing(ops.clientResync({ config: w.config, state, response: wire }), w);
          break;
        }
        case 'top-up':
          await this.topUpLocked(w, recipient, BigInt(plan.deposit));
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
   * signLocked counts the plan's increase against w's asset, signs its
   * voucher and persists the state (with extra ops, e.g. the envelope's
   * nonce) in one durable batch before returning it.
   */
  async signLocked(w, state, plan, extra = []) {
    const spend = this.spendOp(plan.increase, w);
    const out = ops.clientSign({ config: w.config, state, cumulativeAmount: plan.voucher });
    await this.store.batch([...(spend ? [spend] : []), [this.outKey(out.state.recipient, w), out.state], ...extra]);
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
    return this.prepareIn(p.endpoint, p.address, { rate: () => p.ratePerTaskWei }, payload);
  }

  /** prepareTo is prepare with the endpoint and the expected price (in the asset paid) given. */
  prepareTo(url, didOrAddr, price, payload) {
    return this.prepareIn(url, didOrAddr, { price }, payload);
  }

  prepareIn(url, didOrAddr, expect, payload) {
    const recipient = addrOf(didOrAddr);
    const body = bytesOf(payload, 'payload');
    return this.locks.run(recipient, () => this.inAsset(url, recipient, body, expect, async (w, t) => {
      const { state, plan, terms } = await this.ready(w, url, recipient, body, t);
      const nonce = this.store.get(`nonce:${recipient}`) || 0;
      const env = this.envelopeAt(recipient, url, body, nonce);
      const { after, voucher } = await this.signLocked(w, state, plan, [[`nonce:${recipient}`, nonce + 1]]);
      await this.putOutgoing({ ...after, uncertain: true }, w);
      const payment = ops.clientPayment({ config: w.config, url, recipient, terms, voucher });
      return {
        url, method: 'POST', body,
        headers: { 'Agent-Envelope': b64(JSON.stringify(env)), 'PAYMENT-SIGNATURE': payment, 'Content-Type': jsonValid(body) ? 'application/json' : 'application/octet-stream' },
        cumulative: BigInt(voucher.cumulativeAmount), channelId: voucher.channelId, asset: w.asset,
      };
    }));
  }

  /**
   * prepareRequest is the Go SDK's PrepareRequest: the envelope of a POST
   * of payload to the recipient's endpoint and, when amount > 0, the voucher
   * of exactly accepted + amount on the agent's channel (the core's
   * client_prepare: no step performed), persisted before they are returned;
   * asset: the channel's (default: see walletFor).
   */
  async prepareRequest(didOrAddr, payload, amount = 0n, { asset } = {}) {
    const p = await this.profile(didOrAddr);
    const recipient = p.address;
    const body = bytesOf(payload, 'payload');
    const w = this.walletFor(recipient, asset);
    return this.locks.run(recipient, async () => {
      let voucher = null;
      const extra = [];
      const nonce = this.store.get(`nonce:${recipient}`) || 0;
      const envelope = this.envelopeAt(recipient, p.endpoint, body, nonce);
      extra.push([`nonce:${recipient}`, nonce + 1]);
      if (big(amount, 'amount') > 0n) {
        const state = this.outgoing(recipient, w);
        const plan = ops.clientPrepare({ config: w.config, ...(state ? { state } : {}), amount: String(amount) });
        ({ voucher } = await this.signLocked(w, state, plan, extra));
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
