// Package agent is the Go SDK of an AgentMailroom agent: a key and a chain
// connection become an identity (a did:agent:eth DID), a registry client
// with a cache, a channel manager that persists its latest signed voucher per
// channel, PrepareRequest (envelope + voucher, as in the seed's quickstart)
// and Send, the whole paid HTTP round trip.
//
// It is a host: every protocol decision below (the voucher amount, the
// budget counts, the withdraw delay, the classification of an answer,
// corrections, what a lost request restores, the receipt check) is made by
// core/client, whose doc names the function deciding each rule; the Agent
// does the HTTP, the chain transactions, the store and the locking.
//
// # Send
//
// Send(ctx, did, payload) resolves the recipient's endpoint and rate from the
// registry (cached), checks the budget, signs an envelope (per-recipient
// nonce counter from 0, persisted) and the next cumulative voucher
// (persisted before it leaves), POSTs the payload and verifies the receipt
// in PAYMENT-RESPONSE (signed by the recipient, over this request's digest,
// this channel, this cumulative amount and keccak256 of the body received).
//
// When no channel to the recipient exists it sends the envelope alone,
// reads the 402's PAYMENT-REQUIRED, opens a channel with the configured
// deposit and a withdraw delay of at least the advertised
// extra.minWithdrawDelay (a delay configured below it is refused with
// withdraw_delay_too_short before any transaction), then pays. The voucher
// is exactly (what the recipient accepted) + price. A corrective 402 or 409
// is adopted downward as it is (the agent only signs again amounts it
// already handed out) and upward only with the agent's own signature of
// that amount on that channel (else correction_unproven, and nothing
// changes); a voucher above the deposit tops the channel up; a closed,
// closing or too-short channel is replaced by a new one.
//
// # Delivery
//
// A request that provably did not leave (nothing was written to a
// connection: refused, DNS, TLS) does not advance the cumulative amount. An
// unknown outcome (e.g. a timeout after sending) is retried with the same
// envelope and voucher, which the recipient answers idempotently; if the
// outcome stays unknown the channel is marked uncertain and the next
// request first learns the accepted amount from the recipient.
//
// # Budget
//
// Budget.MaxPerRequest refuses a price, or a voucher that raises what the
// recipient can claim, above it; Budget.MaxPerDay bounds everything the
// agent signs per UTC day: deposits, top-ups and voucher increases over the
// highest amount already signed (persisted in the store). A voucher counts
// once handed out, refused or not; only one that provably never left is
// given back.
//
// # Durability
//
// A voucher is written to the store before it is sent, with the highest
// amount ever signed on the channel (its exposure): after a crash the agent
// knows what the recipient could claim at most.
package agent
