// Package server is the recipient side of the mailroom: an http.Handler
// middleware that gates any handler behind a signed AgentRequest envelope
// and a cumulative payment-channel voucher, and answers with a signed
// receipt. It is a host of core/recipient, which makes every protocol
// decision (docs/PROTOCOL.md); this package reads the request, the chain and
// the store, holds the channel's lock and waits, commits, and runs the task.
//
// # Verification order
//
// Cheap checks first, state changes last:
//
//  1. body size (413 body_too_large) and parse of Agent-Envelope (401)
//  2. recipient is me, timestamp inside the window, payloadHash matches the
//     body (401 wrong_recipient / timestamp_* / payload_mismatch)
//  3. the signature recovers to the sender (401 signer_mismatch); a
//     read-only look at the replay guard sends a used nonce to the retry
//     rules below
//  4. the sender is registered and active: cached registry read (403
//     sender_unregistered / sender_inactive)
//  5. the voucher (PAYMENT-SIGNATURE; missing: 402 payment_required):
//     channel open on chain (cached, refreshed on events and on miss) and
//     not closed by this mailroom itself (channel_closed), no close
//     requested and not being redeemed (channel_closing), channel sender ==
//     envelope sender and recipient == me, withdrawDelay at least
//     Config.MinWithdrawDelay (402 withdraw_delay_too_short; the 402 terms
//     advertise extra.minWithdrawDelay), the voucher signature recovers to
//     the channel sender (ethsig.VerifyWith decides, in one place)
//  6. under the channel's lock the voucher must be exactly accepted + price
//     (below: voucher_insufficient; above: it waits up to ReorderWait for
//     the sender's earlier requests, which may still be on their way, then
//     409 voucher_excessive), within the deposit; the nonce is recorded in
//     the replay guard and, with the request's fingerprint, the new accepted
//     amount and its signature, committed durably in one store transaction
//     (group-committed fsync)
//  7. the handler runs; its response is buffered
//  8. a receipt over (request digest, channel, cumulative, keccak(result)) is
//     signed and returned in PAYMENT-RESPONSE; the answer is recorded with
//     the request (Store.PutResponse) for retries.
//
// # Retries
//
// A request whose nonce is already used is a retry when its fingerprint
// (envelope digest and voucher) is the recorded one: it gets the recorded
// answer again (Idempotent-Replayed: true), 409 request_in_progress while
// the first is still served, 410 response_not_retained (with the receipt)
// when the answer was too large to keep, or, when a crash lost the answer,
// it is run again under the charge already recorded. Any other request
// reusing the nonce is 409 nonce_replayed.
//
// # Charging and rollbacks
//
// The recipient never holds more than it served: a voucher is taken only at
// exactly accepted + price. If the handler answers 5xx (or panics) the
// price comes off the accepted amount again, and the voucher to settle with
// becomes the one received for exactly that amount (or the highest held
// below it), so that no later voucher accepted meanwhile is claimed for
// work not done. The failure answer is recorded too: a retry gets it, not a
// free second run.
//
// # Corrections
//
// Payment refusals (402, and 409 for a stale or excessive voucher) and task
// failures carry PAYMENT-REQUIRED and a body with the accepted amount, the
// channel and the sender's own signature of that amount (acceptedSignature):
// the proof a client needs before it adopts a correction upward.
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
// the Chain implementation), verifies signatures through hosts/runtime/native
// (libsecp256k1 under cgo) and signs receipts through go-ethereum's
// libsecp256k1 signer (RFC 6979, byte-identical to core/ethsig: a test pins
// it). Durability costs one fsync per group of concurrent requests.
//
// # Replicas on a shared store
//
// With a store.Shared (hosts/mailroom/store/postgres), several Mailrooms
// serve one agent and the database decides; the channel records and the
// replay guard in memory are only fast pre-checks. The accepted voucher
// is written with store.Apply from the record it was decided on: when
// another replica recorded the nonce first, the request goes to the retry
// rules (the stored answer; request_in_progress while the replica that
// recorded it lives; a rerun claimed by one replica after it died); when
// another replica changed the channel, the record is read again and the
// machine decides again from AdmitChannel on. Before a charge waits or is
// refused on its own record, the record is read again (and while it waits,
// re-read every few milliseconds: another replica's write wakes nobody
// here). Rollbacks and claims are written the same way, from the store's
// record. Channels, for the settler, are the store's.
package server
