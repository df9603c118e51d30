// Validates captured mailroom x402 headers with the x402 reference
// implementation: @x402/core's header decoders and its v2 zod schemas.
// Usage: node check.mjs capture.json
// The capture holds {"valid": [{"name","header","value"}], "invalid": [...]}:
// every valid header must pass, every invalid one (the pre-v2 forms the
// mailroom used to send) must be refused, so the check cannot pass vacuously.
import { readFileSync } from 'node:fs';
import { decodePaymentRequiredHeader, decodePaymentSignatureHeader, decodePaymentResponseHeader } from '@x402/core/http';
import { PaymentRequiredV2Schema, PaymentPayloadV2Schema, NetworkSchemaV2 } from '@x402/core/schemas';

const absolute = (u) => { const x = new URL(u); return x.protocol === 'http:' || x.protocol === 'https:'; };

const check = {
  'PAYMENT-REQUIRED': (v) => {
    const p = PaymentRequiredV2Schema.parse(decodePaymentRequiredHeader(v));
    if (!absolute(p.resource.url)) throw new Error(`resource.url ${p.resource.url} is not absolute`);
  },
  'PAYMENT-SIGNATURE': (v) => {
    const p = PaymentPayloadV2Schema.parse(decodePaymentSignatureHeader(v));
    if (!p.resource || !absolute(p.resource.url)) throw new Error('no absolute resource.url');
  },
  'PAYMENT-RESPONSE': (v) => {
    const s = decodePaymentResponseHeader(v);
    // SettleResponse: success boolean, transaction string, network CAIP-2, payer string.
    if (typeof s.success !== 'boolean') throw new Error('success is not a boolean');
    if (typeof s.transaction !== 'string') throw new Error('transaction is not a string');
    NetworkSchemaV2.parse(s.network);
    if (s.payer !== undefined && typeof s.payer !== 'string') throw new Error('payer is not a string');
    if (s.extra !== undefined && (typeof s.extra !== 'object' || s.extra === null)) throw new Error('extra is not an object');
  },
};

const cap = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let passed = 0, failed = 0;
for (const c of cap.valid) {
  try { check[c.header](c.value); passed++; } catch (e) { failed++; console.error(`FAIL ${c.name} (${c.header}): ${e.message}`); }
}
for (const c of cap.invalid) {
  try { check[c.header](c.value); failed++; console.error(`FAIL ${c.name} (${c.header}): accepted, want refused`); } catch { passed++; }
}
console.log(`x402 node: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
