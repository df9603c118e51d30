// @agentmailroom/core: the AgentMailroom core (keys, DIDs, EIP-712, request
// envelopes, payment vouchers, receipts, replay guard) running as the one
// mailroom.wasm module every runtime shares. Call `await init()` once, then
// every function is synchronous. Errors are MailroomError with a stable
// `code` (the core's error kinds).
//
// Values cross the boundary in their wire forms: hex strings with 0x for
// bytes (Uint8Array accepted as input), EIP-55 addresses, decimal strings
// for integers (bigint, safe-integer numbers, decimal or 0x-hex strings
// accepted as input).

import { MailroomError } from './errors.js';
import { Guest, RawJSON, instantiate, instantiateSync, loadModule, wasiFactory } from './guest.js';
import { rawOps } from './ops.gen.js';

export { MailroomError } from './errors.js';

let state = null; // {module, makeWasi, guest, generation, wasi}
let pending = null;

/**
 * init loads and instantiates mailroom.wasm. It is idempotent: later calls
 * return the same promise unless `force` is set.
 * @param {import('./index.d.ts').InitSource} [source]
 * @param {import('./index.d.ts').InitOptions} [options]
 */
export function init(source, options = {}) {
  if (pending && !options.force) return pending;
  pending = (async () => {
    const module = await loadModule(source);
    const makeWasi = await wasiFactory(options);
    const generation = (state ? state.generation : 0) + 1;
    const instance = await instantiate(module, makeWasi);
    const guest = new Guest(instance, generation);
    state = { module, makeWasi, guest, generation, wasi: makeWasi(module).kind };
  })();
  pending.catch(() => {
    pending = null;
  });
  return pending;
}

/** Information about the loaded module. */
export function runtimeInfo() {
  const g = guest();
  return { abiVersion: g.exports.mr_abi_version(), wasi: state.wasi, generation: state.generation };
}

function guest() {
  if (!state) throw new MailroomError('unsupported', '@agentmailroom/core: call `await init()` first');
  if (state.guest.broken) {
    // The previous instance trapped: replace it (its replay guards are gone).
    const generation = state.generation + 1;
    let instance;
    try {
      instance = instantiateSync(state.module, state.makeWasi);
    } catch (e) {
      throw new MailroomError('internal', 'mailroom.wasm trapped earlier and cannot be replaced synchronously here; call `await init(undefined, {force: true})`', { cause: e });
    }
    state.guest = new Guest(instance, generation);
    state.generation = generation;
  }
  return state.guest;
}

// op has one stub per operation (generated from the table in
// wasm/abi/ops.go); every function below calls the guest through it.
const op = rawOps((name, req) => guest().call(name, req));

/**
 * ops is the raw JSON surface: one function per operation of wasm/ABI.md §5
 * (ops.keccak256({data: '0x'})), taking the request as an object (bigints
 * become decimal strings) or as JSON text or UTF-8 bytes (sent byte for
 * byte), and returning the reply's ok value. Every op of the module is here,
 * including those without a wrapper below.
 */
export const ops = rawOps((name, req) => guest().call(name, rawRequest(req)));

function rawRequest(req) {
  if (req === undefined || req === null) return new RawJSON('');
  if (req instanceof RawJSON || typeof req === 'string' || req instanceof Uint8Array) return req instanceof RawJSON ? req : new RawJSON(req);
  return new RawJSON(enc.encode(JSON.stringify(req, bigintReplacer)));
}

// ---- input normalisation -------------------------------------------------

const HEX = '0123456789abcdef';

/** hex returns the 0x-hex of bytes, or passes a string through (the guest validates it). */
export function toHex(v, what = 'value') {
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) {
    let s = '0x';
    for (let i = 0; i < v.length; i++) s += HEX[v[i] >> 4] + HEX[v[i] & 15];
    return s;
  }
  throw new MailroomError('invalid_input', `${what} must be a 0x-hex string or a Uint8Array`);
}

/** fromHex decodes 0x-hex into bytes. */
export function fromHex(s) {
  if (typeof s !== 'string' || !/^0x([0-9a-fA-F]{2})*$/.test(s)) {
    throw new MailroomError('invalid_hex', 'expected 0x followed by an even number of hex digits');
  }
  const out = new Uint8Array((s.length - 2) / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.substr(2 + i * 2, 2), 16);
  return out;
}

function int(v, what) {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new MailroomError('invalid_integer', `${what}: ${v} is not a safe integer; pass a bigint or a string`);
    return v;
  }
  if (typeof v === 'string') return v;
  throw new MailroomError('invalid_input', `${what} must be a bigint, an integer or a string`);
}

function str(v, what) {
  if (typeof v !== 'string') throw new MailroomError('invalid_input', `${what} must be a string`);
  return v;
}

function obj(v, what) {
  if (!v || typeof v !== 'object') throw new MailroomError('invalid_input', `${what} must be an object`);
  return v;
}

const bigintReplacer = (_k, v) => (typeof v === 'bigint' ? v.toString() : v);

/**
 * jsonBytes returns the exact JSON bytes handed to the guest: a string or
 * Uint8Array is passed byte for byte (the guest checks duplicate keys,
 * integer literals and UTF-8 itself); an object is serialised, bigints as
 * decimal strings.
 */
function jsonBytes(v, what) {
  if (typeof v === 'string') return enc.encode(v);
  if (v instanceof Uint8Array) return v;
  if (v && typeof v === 'object') return enc.encode(JSON.stringify(v, bigintReplacer));
  throw new MailroomError('invalid_input', `${what} must be JSON text, UTF-8 bytes or an object`);
}

/** splice builds request bytes from JSON text pieces and raw JSON byte values. */
function splice(...parts) {
  const bs = parts.map((p) => (typeof p === 'string' ? enc.encode(p) : p));
  const out = new Uint8Array(bs.reduce((n, b) => n + b.length, 0));
  let off = 0;
  for (const b of bs) {
    out.set(b, off);
    off += b.length;
  }
  return new RawJSON(out);
}

const enc = new TextEncoder();

// ---- hashing, keys, identities --------------------------------------------

/** keccak256 of bytes (a Uint8Array, or 0x-hex). Returns 0x-hex. */
export function keccak256(data) {
  return op.keccak256({ data: toHex(data, 'data') });
}

/** payloadHash of a request body (bytes or a UTF-8 string): keccak256 of its exact bytes. */
export function payloadHash(body) {
  return keccak256(typeof body === 'string' ? enc.encode(body) : body);
}

/** generateKey draws a key from the host's CSPRNG (WASI random_get). */
export function generateKey() {
  return op.generateKey({});
}

/** addressOf returns the EIP-55 address of a 32-byte private key. */
export function addressOf(privateKey) {
  return op.addressOf({ privateKey: toHex(privateKey, 'privateKey') });
}

/** getAddress parses an address (EIP-55 checked when mixed case) and returns it checksummed. */
export function getAddress(address) {
  return op.parseAddress({ address: str(address, 'address') });
}

/** toDID returns did:agent:eth:<EIP-55 address>. */
export function toDID(address) {
  return op.formatDID({ address: str(address, 'address') });
}

/** parseDID returns the EIP-55 address of a did:agent:eth DID. */
export function parseDID(did) {
  return op.parseDID({ did: str(did, 'did') });
}

// ---- raw signatures -------------------------------------------------------

/** sign signs a 32-byte digest (RFC 6979, low-s); returns 0x r‖s‖v, v in {27,28}. */
export function sign(privateKey, digest) {
  return op.sign({ privateKey: toHex(privateKey, 'privateKey'), digest: toHex(digest, 'digest') });
}

/** recover returns the EIP-55 address that signed digest (v in {0,1,27,28}, low-s only). */
export function recover(digest, signature) {
  return op.recover({ digest: toHex(digest, 'digest'), signature: toHex(signature, 'signature') });
}

/** verify checks that signature over digest recovers to address; throws signer_mismatch otherwise. */
export function verify(address, digest, signature) {
  const want = getAddress(address);
  const got = recover(digest, signature);
  if (got !== want) throw new MailroomError('signer_mismatch', `recovered ${got}, want ${want}`);
}

// ---- EIP-712 --------------------------------------------------------------

/** hashTypedData hashes eth_signTypedData_v4 JSON (a string, used byte for byte, or an object). */
export function hashTypedData(typedData) {
  return op.typedDataHash(new RawJSON(jsonBytes(typedData, 'typedData')));
}

/** signTypedData signs typed data; returns {signature, digest, domainSeparator, messageHash}. */
export function signTypedData(privateKey, typedData) {
  const pk = JSON.stringify(toHex(privateKey, 'privateKey'));
  return op.typedDataSign(splice(`{"privateKey":${pk},"typedData":`, jsonBytes(typedData, 'typedData'), '}'));
}

/** recoverTypedData returns {address, digest, domainSeparator, messageHash}. */
export function recoverTypedData(typedData, signature) {
  const sig = JSON.stringify(toHex(signature, 'signature'));
  return op.typedDataRecover(splice('{"typedData":', jsonBytes(typedData, 'typedData'), `,"signature":${sig}}`));
}

// ---- request envelopes ----------------------------------------------------

function envelopeFields(e) {
  obj(e, 'envelope');
  return {
    sender: e.sender,
    recipient: e.recipient,
    payloadHash: e.payloadHash === undefined ? undefined : toHex(e.payloadHash, 'payloadHash'),
    timestamp: e.timestamp === undefined ? undefined : int(e.timestamp, 'timestamp'),
    nonce: e.nonce === undefined ? undefined : int(e.nonce, 'nonce'),
    chainId: e.chainId === undefined ? undefined : int(e.chainId, 'chainId'),
    verifyingContract: e.verifyingContract,
  };
}

/** envelopeDigest is the EIP-712 digest of an AgentRequest under its domain. */
export function envelopeDigest(envelope) {
  return op.envelopeDigest(envelopeFields(envelope));
}

/** signEnvelope signs an AgentRequest; the key must be the sender's. Returns the wire form. */
export function signEnvelope(privateKey, envelope) {
  return op.envelopeSign({ privateKey: toHex(privateKey, 'privateKey'), ...envelopeFields(envelope) });
}

/**
 * verifyEnvelope checks that the signature recovers to the sender; returns
 * {digest}. signed is the wire object, or its JSON text (decoded strictly
 * by the guest, as received in the Agent-Envelope header).
 */
export function verifyEnvelope(signed) {
  return op.envelopeVerify(new RawJSON(jsonBytes(signed, 'signed envelope')));
}

// ---- vouchers -------------------------------------------------------------

function voucherFields(v) {
  obj(v, 'voucher');
  return {
    chainId: v.chainId === undefined ? undefined : int(v.chainId, 'chainId'),
    verifyingContract: v.verifyingContract,
    channelId: v.channelId === undefined ? undefined : toHex(v.channelId, 'channelId'),
    cumulativeAmount: v.cumulativeAmount === undefined ? undefined : int(v.cumulativeAmount, 'cumulativeAmount'),
  };
}

/** voucherDigest is the EIP-712 digest of Voucher(channelId, cumulativeAmount). */
export function voucherDigest(voucher) {
  return op.voucherDigest(voucherFields(voucher));
}

/** signVoucher returns the voucher's wire form {channelId, cumulativeAmount, signature}. */
export function signVoucher(privateKey, voucher) {
  return op.voucherSign({ privateKey: toHex(privateKey, 'privateKey'), ...voucherFields(voucher) });
}

/** verifyVoucher (signed: wire object or its JSON text) checks that signed recovers to sender under (chainId, verifyingContract); returns {digest}. */
export function verifyVoucher(domain, signed, sender) {
  obj(domain, 'domain');
  const head = JSON.stringify({ chainId: int(domain.chainId, 'chainId'), verifyingContract: domain.verifyingContract, sender });
  return op.voucherVerify(splice(head.slice(0, -1), ',"voucher":', jsonBytes(signed, 'signed voucher'), '}'));
}

/**
 * acceptVoucher applies the acceptance rule lastAccepted + price <=
 * cumulative <= deposit and returns the new accepted total (a bigint).
 */
export function acceptVoucher({ lastAccepted, price, deposit, cumulative }) {
  const out = op.voucherAccept({
    lastAccepted: int(lastAccepted, 'lastAccepted'),
    price: int(price, 'price'),
    deposit: int(deposit, 'deposit'),
    cumulative: int(cumulative, 'cumulative'),
  });
  return BigInt(out);
}

// ---- receipts -------------------------------------------------------------

function receiptFields(r) {
  obj(r, 'receipt');
  return {
    chainId: r.chainId === undefined ? undefined : int(r.chainId, 'chainId'),
    verifyingContract: r.verifyingContract,
    requestDigest: r.requestDigest === undefined ? undefined : toHex(r.requestDigest, 'requestDigest'),
    channelId: r.channelId === undefined ? undefined : toHex(r.channelId, 'channelId'),
    cumulativeAmount: r.cumulativeAmount === undefined ? undefined : int(r.cumulativeAmount, 'cumulativeAmount'),
    resultHash: r.resultHash === undefined ? undefined : toHex(r.resultHash, 'resultHash'),
  };
}

/** receiptDigest is the EIP-712 digest of a Receipt under the request domain. */
export function receiptDigest(receipt) {
  return op.receiptDigest(receiptFields(receipt));
}

/** signReceipt returns the receipt's wire form with the recipient's signature. */
export function signReceipt(privateKey, receipt) {
  return op.receiptSign({ privateKey: toHex(privateKey, 'privateKey'), ...receiptFields(receipt) });
}

/** verifyReceipt (signed: wire object or its JSON text) checks that signed recovers to recipient under (chainId, verifyingContract); returns {digest}. */
export function verifyReceipt(domain, signed, recipient) {
  obj(domain, 'domain');
  const head = JSON.stringify({ chainId: int(domain.chainId, 'chainId'), verifyingContract: domain.verifyingContract, recipient });
  return op.receiptVerify(splice(head.slice(0, -1), ',"receipt":', jsonBytes(signed, 'signed receipt'), '}'));
}

// ---- registration consent ------------------------------------------------

function consentFields(c) {
  obj(c, 'consent');
  return {
    chainId: c.chainId === undefined ? undefined : int(c.chainId, 'chainId'),
    verifyingContract: c.verifyingContract,
    agent: c.agent,
    owner: c.owner,
    deadline: c.deadline === undefined ? undefined : int(c.deadline, 'deadline'),
  };
}

/**
 * registrationDigest is the EIP-712 digest of the agent's consent
 * RegisterAgent(agent, owner, deadline) under the AgentRegistry's domain
 * (verifyingContract: the registry).
 */
export function registrationDigest(consent) {
  return op.registrationDigest(consentFields(consent));
}

/**
 * signRegistration signs the consent with the agent's key (throws
 * signer_mismatch for another key); the owner passes the signature to
 * AgentRegistry.registerAgent.
 */
export function signRegistration(privateKey, consent) {
  return op.registrationSign({ privateKey: toHex(privateKey, 'privateKey'), ...consentFields(consent) });
}

// ---- replay guard ---------------------------------------------------------

const registry = typeof FinalizationRegistry !== 'undefined'
  ? new FinalizationRegistry(({ handle, generation }) => {
    if (state && state.generation === generation && !state.guest.broken) {
      try {
        state.guest.ops.replayClose({ guard: handle });
      } catch {
        // best effort: the guest may be gone
      }
    }
  })
  : null;

/**
 * ReplayGuard remembers used (sender, nonce) pairs inside the guest. A
 * request is accepted iff now - pastSeconds <= timestamp <= now +
 * futureSeconds and its nonce is unused; when full it fails closed. One
 * sender may hold at most perSender nonces (default: capacity/16, at least
 * 16 or the whole capacity when smaller).
 */
export class ReplayGuard {
  /** @param {{pastSeconds?: number|bigint, futureSeconds?: number|bigint, capacity: number, perSender?: number}} opts */
  constructor({ pastSeconds = 300, futureSeconds = 30, capacity, perSender } = {}) {
    const g = guest();
    const req = {
      pastSeconds: int(pastSeconds, 'pastSeconds'),
      futureSeconds: int(futureSeconds, 'futureSeconds'),
      capacity: int(capacity, 'capacity'),
    };
    if (perSender !== undefined && perSender !== null) req.perSender = int(perSender, 'perSender');
    this.handle = g.ops.replayNew(req);
    this.generation = g.generation;
    this.closed = false;
    if (registry) registry.register(this, { handle: this.handle, generation: this.generation }, this);
  }

  #guest() {
    if (this.closed) throw new MailroomError('invalid_input', 'replay guard is closed');
    const g = guest();
    if (g.generation !== this.generation) {
      throw new MailroomError('internal', 'replay guard was lost when its mailroom.wasm instance trapped');
    }
    return g;
  }

  /** use accepts (sender, nonce, timestamp) at unix time now (default: the clock), or throws. */
  use(sender, nonce, timestamp, now = Math.floor(Date.now() / 1000)) {
    this.#guest().ops.replayUse({
      guard: this.handle,
      sender,
      nonce: int(nonce, 'nonce'),
      timestamp: int(timestamp, 'timestamp'),
      now: int(now, 'now'),
    });
  }

  /** size is the number of remembered nonces. */
  get size() {
    return this.#guest().ops.replayLen({ guard: this.handle });
  }

  /** close releases the guard's memory in the guest. */
  close() {
    if (this.closed) return;
    if (registry) registry.unregister(this);
    const g = guest();
    if (g.generation === this.generation) g.ops.replayClose({ guard: this.handle });
    this.closed = true;
  }

  [Symbol.dispose]() {
    this.close();
  }
}

/** Test hooks (not part of the API): simulate a guest failure. */
export const __testing = Object.freeze({
  replaceExport(name, fn) {
    const g = guest();
    g.exports = { ...g.exports, [name]: fn };
  },
});
