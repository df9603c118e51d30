// Package x402 encodes and decodes the mailroom's HTTP payment headers, in
// the style of x402 version 2: each header value is standard base64 of a JSON
// object.
//
// # Headers
//
//	Agent-Envelope     request   the signed AgentRequest (core/envelope wire JSON)
//	PAYMENT-SIGNATURE  request   PaymentPayload: {x402Version:2, accepted:{scheme:"mailroom-channel",...}, payload:{channelId,cumulativeAmount,signature}}
//	PAYMENT-REQUIRED   402       PaymentRequired: {x402Version:2, error, resource, accepts:[Requirement]}
//	PAYMENT-RESPONSE   success   PaymentResponse: {success, payer, network, receipt:{...,signature}}
//
// # Corrective 402
//
// Requirement.Extra.AcceptedCumulative is the cumulative amount the recipient
// has accepted on the sender's channel (with ChannelID when known), so a
// sender that lost its state can resynchronise and sign the next voucher.
//
// # Strictness
//
// Every header is decoded strictly (core/strictjson), by DecodeEnvelope and
// DecodePaymentPayload on the server as by DecodePaymentRequired and
// DecodePaymentResponse in the client, at every depth (the envelope; the
// payload, accepted and voucher objects; resource, accepts, extra and the
// receipt). Each of these is errs.InvalidJSON naming the key:
//
//   - a key repeated in one object, also when spelled with escapes ("a" and
//     "\u0061"): encoding/json would let the last one win, so two parsers
//     could read two different payments from one header;
//   - an unknown field, including a known name in other case ("Sender"):
//     encoding/json matches names case-insensitively, JSON does not;
//   - anything after the one JSON value but whitespace (whitespace around the
//     value is JSON's own and allowed, by the fast and the slow path alike).
//
// Extension fields: x402 v2 has exactly one extension point, the optional
// top-level "extensions" object of PaymentRequired, PaymentPayload and the
// settlement response (the reference Go types model it as a map; every
// other member is named by the spec, and extra is scheme-specific, which for
// mailroom-channel is Extra). So DecodePaymentRequired and
// DecodePaymentResponse accept a top-level "extensions" that is a JSON object
// (strict JSON at every depth, otherwise not interpreted: the mailroom
// defines no extension) and refuse every other unknown member, at the top
// level, in resource, in each requirement and its extra, and in the receipt.
// A requirement of another scheme must therefore also fit Requirement; the
// client only talks to mailrooms. DecodePaymentPayload refuses "extensions"
// (and the spec's optional "resource") too: in x402 a client echoes the
// extensions the server advertised, and a mailroom advertises none.
//
// # Fast path
//
// DecodeEnvelope and DecodePaymentPayload first try a hand-written scanner
// that accepts only the canonical JSON the SDK writes (keys in order, each
// once, no whitespace, no escapes, nothing after the object) and parses each
// value with the very function the encoding/json path uses; anything else
// goes to the strict encoding/json path (DecodeJSON), which decides and
// words the error. So the fast path changes speed, never outcomes: the
// differential test and FuzzDecodeHeaders hold it to the same value, or the
// same error kind and message, as the strict path on every input.
// EncodePaymentResponse writes the bytes json.Marshal would.
//
// # Errors
//
// Decoding never panics; a header that is not base64 or not the expected JSON
// is errs.InvalidJSON, a wrong x402Version or scheme errs.Unsupported, and a
// value longer than MaxHeaderBytes errs.LimitExceeded.
package x402
