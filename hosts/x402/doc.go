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
// # Fast path
//
// DecodeEnvelope and DecodePaymentPayload first try a hand-written scanner
// that accepts only the canonical JSON the SDK writes (keys in order, no
// whitespace, no escapes) and parses each value with the very function the
// encoding/json path uses; anything else goes to encoding/json, which decides
// and words the error. EncodePaymentResponse writes the bytes json.Marshal
// would. Differential tests hold both to encoding/json's outcomes.
//
// # Errors
//
// Decoding never panics; a header that is not base64 or not the expected JSON
// is errs.InvalidJSON, a wrong x402Version or scheme errs.Unsupported, and a
// value longer than MaxHeaderBytes errs.LimitExceeded.
package x402
