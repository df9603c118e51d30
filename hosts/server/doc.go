// Package server is the recipient side of the mailroom: an http.Handler
// middleware that gates any handler behind a signed AgentRequest envelope
// and a cumulative payment-channel voucher, and answers with a signed
// receipt.
//
// # Verification order (DESIGN §7)
//
// Cheap checks first, state changes last:
//
//  1. body size (413 body_too_large) and parse of Agent-Envelope (401)
//  2. recipient is me, timestamp inside the window, payloadHash matches the
//     body (401 wrong_recipient / timestamp_* / payload_mismatch)
//  3. the signature recovers to the sender (401 signer_mismatch); a
//     read-only look at the replay guard answers 409 nonce_replayed early
//  4. the sender is registered and active: cached registry read (403
//     sender_unregistered / sender_inactive)
//  5. the voucher (PAYMENT-SIGNATURE; missing: 402 payment_required):
//     channel open on chain (cached, refreshed on events and on miss),
//     channel sender == envelope sender and recipient == me, voucher
//     signature recovers to the channel sender, voucher.Accept
//  6. under the channel's lock: the nonce is recorded in the replay guard and
//     the nonce with the new accepted cumulative and its signature are
//     committed durably in one store transaction (group-committed fsync)
//  7. the handler runs; its response is buffered
//  8. a receipt over (request digest, channel, cumulative, keccak(result)) is
//     signed and returned in PAYMENT-RESPONSE.
//
// If the handler answers 5xx (or panics) the charge is rolled back: the
// channel's accepted amount and signature return to their previous values
// (when no later voucher was accepted meanwhile), so the client's next
// voucher may reuse the amount. The error body says the accepted total.
//
// # Errors
//
// Every refusal has a JSON body {"code","message"} whose code is a core/errs
// kind. Payment refusals (402, and 409 for a stale voucher) carry
// PAYMENT-REQUIRED with extra.acceptedCumulative, the corrective 402 that
// lets a client that lost state resynchronise.
//
// # Performance
//
// The hot path never touches RPC (registry and channel reads are cached by
// the Chain implementation), verifies signatures through hosts/native
// (libsecp256k1 under cgo) and signs receipts through go-ethereum's
// libsecp256k1 signer (RFC 6979, byte-identical to core/ethsig: a test pins
// it). Durability costs one fsync per group of concurrent requests.
package server
