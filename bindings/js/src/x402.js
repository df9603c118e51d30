// @agentmailroom/core/x402: the `mailroom-channel` scheme for the x402
// reference client (@x402/core's x402Client, @x402/fetch's
// wrapFetchWithPayment), so an x402 app pays a mailroom by registering one
// scheme:
//
//   const scheme = mailroomChannel(agent);                 // agent: createAgent(...)
//   const client = new x402Client().register(scheme.network, scheme);
//   const pay = wrapFetchWithPayment(scheme.fetch(), client);
//   const res = await pay(url, { method: 'POST', body });   // res.receipt is verified
//
// createPaymentPayload is the scheme: it learns the terms from the 402 the
// mailroom sent (the core's client_learn_terms), opens or tops up the
// channel when the core's plan says so, and signs the next voucher
// (persisted before it leaves). A mailroom request also carries an
// Agent-Envelope binding its method, target and body, which no x402 scheme
// sees: scheme.fetch(base) is the transport the app gives
// wrapFetchWithPayment; it adds the envelope to the paid request, verifies
// the receipt, and does what the core decides about the answer (corrections,
// a new channel, redelivery of an unknown outcome) as the agent does.
//
// The scheme pays in one of the agent's assets (option asset; default the
// agent's first, ETH for an ETH agent): findDefaultAsset names that asset
// alone (ETH: 18 decimals; a token: its decimals and symbol, given or read
// from the token), so x402's selection (registered scheme and network, then
// spend controls: default assets or allowedAssets entries, then policies,
// then the first left) takes the mailroom's requirement in it and leaves
// the others: x402's default spend controls accept it with no
// allowedAssets entry. With spend controls that let another asset through
// (spendControls: false, allowedAssets), register scheme.policy too.
// context.maxAmountPerPayment (x402's cap, in the asset's base units) and
// the agent's own budget in the asset both apply.

import { erc20Abi } from 'viem';
import { MailroomError } from './errors.js';
import { getAddress, ops } from './index.js';
import { Agent } from './agent.js';
import { bytesOf } from './util.js';

export const SCHEME = 'mailroom-channel';
const HOLD_MS = 60000;

function decodeB64JSON(v) {
  let text;
  try {
    text = typeof Buffer !== 'undefined' ? Buffer.from(v, 'base64').toString('utf8') : new TextDecoder().decode(Uint8Array.from(atob(v), (c) => c.charCodeAt(0)));
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** mailroomChannel is the scheme client of an agent (see the file comment and x402.d.ts). */
export function mailroomChannel(agent, options = {}) {
  if (!(agent instanceof Agent)) throw new MailroomError('invalid_input', 'mailroomChannel needs an agent from createAgent');
  const network = `eip155:${agent.chainId}`;
  const seen = new Map(); // recipient → {url, body, header}: the last 402 of a mailroom
  const pending = new Map(); // voucher signature → the signed attempt, holding the recipient's lock
  const holdMs = options.holdMs || HOLD_MS;
  // The agent's wallet the scheme pays from (invalid_input for an asset the agent does not pay in).
  const w = options.asset != null ? agent.walletOf(options.asset) : agent.primary;
  const same = (a) => typeof a === 'string' && a.toLowerCase() === w.asset.toLowerCase();
  // The asset as x402 knows it (decimals for its USD cap); a token's read from the chain once, unless given.
  let unit = w.token ? (options.decimals != null ? { asset: w.token, decimals: Number(options.decimals), symbol: String(options.symbol ?? '') } : null)
    : { asset: 'native', decimals: 18, symbol: 'ETH' };
  let reading = null;
  const learnUnit = () => {
    if (unit) return Promise.resolve(unit);
    if (!reading) {
      reading = Promise.all([agent.chain.read(w.token, erc20Abi, 'decimals', []), agent.chain.read(w.token, erc20Abi, 'symbol', []).catch(() => '')])
        .then(([decimals, symbol]) => (unit = { asset: w.token, decimals: Number(decimals), symbol: String(symbol) }))
        .catch((e) => {
          reading = null; // tried again at the next 402
          throw e;
        });
    }
    return reading;
  };

  function lostUnsent(p) {
    // The payment was created but never delivered: the core restores the state and gives the budget back.
    return agent.attempt(w, p.url, p.body, null, p.payment, {
      n: 1, before: p.state, after: p.after, terms: p.terms, envelope: agent.unsentEnvelope(p.recipient), voucher: p.voucher,
    }, undefined, new MailroomError('transport_error', 'the x402 payment was never sent'));
  }

  const scheme = {
    scheme: SCHEME,
    network,
    /** The asset the scheme pays in: 'native' or the token's address. */
    asset: w.asset,

    findDefaultAsset(asset, net) {
      return unit && same(asset) && net === network ? { ...unit } : undefined;
    },

    /** policy is an x402Client policy keeping, of the mailroom-channel requirements, those in the scheme's asset (client.registerPolicy(scheme.policy)). */
    policy(_x402Version, requirements) {
      return requirements.filter((r) => !r || r.scheme !== SCHEME || r.network !== network || same(r.asset));
    },

    async createPaymentPayload(x402Version, requirements, context = {}) {
      if (x402Version !== 2) throw new MailroomError('invalid_input', `mailroom-channel speaks x402 version 2, not ${x402Version}`);
      if (!requirements || requirements.scheme !== SCHEME) throw new MailroomError('invalid_input', 'not a mailroom-channel requirement');
      if (!same(requirements.asset)) {
        throw new MailroomError('asset_mismatch', `x402 chose a requirement in ${requirements.asset}; this scheme pays in ${w.asset} (register scheme.policy to leave the others)`);
      }
      const recipient = getAddress(requirements.payTo);
      if (context.maxAmountPerPayment != null && BigInt(requirements.amount) > BigInt(context.maxAmountPerPayment)) {
        throw new MailroomError('budget_exceeded', `price ${requirements.amount} ${w.token ? `base units of ${w.token}` : 'wei'} is above the x402 spend cap ${context.maxAmountPerPayment}`);
      }
      const s = seen.get(recipient);
      if (!s) throw new MailroomError('invalid_input', `no 402 from ${recipient} went through scheme.fetch(): give wrapFetchWithPayment scheme.fetch()`);
      let ready;
      let failed;
      const got = new Promise((ok, bad) => {
        ready = ok;
        failed = bad;
      });
      agent.locks.run(recipient, async () => {
        let p;
        try {
          let terms = ops.clientLearnTerms({ config: w.config, recipient, response: { status: 402, paymentRequired: s.header } });
          if (terms.stated && BigInt(terms.stated.amount) !== BigInt(requirements.amount)) {
            throw new MailroomError('invalid_input', 'the requirement x402 chose is not the one the mailroom stated');
          }
          const r = await agent.ready(w, s.url, recipient, s.body, terms);
          terms = r.terms;
          const { after, voucher } = await agent.signLocked(w, r.state, r.plan);
          const payment = ops.clientPayment({ config: w.config, url: s.url, recipient, terms, voucher });
          p = { recipient, url: s.url, body: s.body, state: r.state, after, voucher, terms, payment };
        } catch (e) {
          failed(e);
          return;
        }
        // Hold the recipient's lock until scheme.fetch delivers it (or the hold expires).
        await new Promise((release) => {
          p.release = release;
          p.timer = setTimeout(() => {
            pending.delete(p.voucher.signature);
            lostUnsent(p).catch(() => {}).finally(release);
          }, holdMs);
          pending.set(p.voucher.signature, p);
          ready(p);
        });
      });
      const p = await got;
      return { x402Version: 2, payload: { channelId: p.voucher.channelId, cumulativeAmount: p.voucher.cumulativeAmount, signature: p.voucher.signature } };
    },

    /**
     * fetch returns the transport for wrapFetchWithPayment: requests pass
     * to base (default globalThis.fetch); a mailroom's 402 is remembered for
     * createPaymentPayload; a request carrying a mailroom-channel payment
     * is sent with its envelope as the agent sends, and answered with the
     * verified Response (res.receipt).
     */
    fetch(base) {
      const send = base || ((...a) => globalThis.fetch(...a));
      return async (input, init) => {
        const req = new Request(input, init);
        const ps = req.headers.get('PAYMENT-SIGNATURE');
        const payload = ps ? decodeB64JSON(ps) : null;
        if (!payload || !payload.accepted || payload.accepted.scheme !== SCHEME) {
          const body = bytesOf(await req.clone().arrayBuffer());
          const res = await send(req);
          const header = res.status === 402 ? res.headers.get('PAYMENT-REQUIRED') : null;
          const pr = header ? decodeB64JSON(header) : null;
          const mine = pr && Array.isArray(pr.accepts) ? pr.accepts.find((a) => a && a.scheme === SCHEME && a.network === network) : null;
          if (mine) {
            try {
              seen.set(getAddress(mine.payTo), { url: req.url, body, header });
            } catch { /* not an address: x402 will find no scheme for it */ }
            // x402 selects right after this answer: the token's decimals are known by then.
            await learnUnit().catch(() => {});
          }
          return res;
        }
        const sig = payload.payload && payload.payload.signature;
        const p = sig ? pending.get(sig) : undefined;
        if (!p) throw new MailroomError('invalid_input', 'this mailroom-channel payment was not created by this scheme (or its hold expired)');
        pending.delete(sig);
        clearTimeout(p.timer);
        try {
          if (req.method !== 'POST') {
            await lostUnsent(p);
            throw new MailroomError('invalid_input', `mailroom requests are POST (the envelope binds the method); got ${req.method}`);
          }
          const body = bytesOf(await req.arrayBuffer());
          const headers = new Headers(req.headers);
          for (const h of ['PAYMENT-SIGNATURE', 'X-PAYMENT', 'Agent-Envelope', 'Access-Control-Expose-Headers']) headers.delete(h);
          const r = await agent.loop(w, req.url, p.recipient, p.terms, body, headers, { ...p, payment: ps });
          return Agent.response(r);
        } finally {
          p.release();
        }
      };
    },
  };
  return scheme;
}
