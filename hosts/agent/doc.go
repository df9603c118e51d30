// Package agent is the Go SDK of an AgentMailroom agent: a key and a chain
// connection become an identity (a did:agent:eth DID), a registry client
// with a cache, a channel manager that persists its latest signed voucher per
// channel, PrepareRequest (envelope + voucher, as in the seed's quickstart)
// and Send, the whole paid HTTP round trip.
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
// deposit and retries once with a voucher. A corrective 402 or 409 (the
// recipient's extra.acceptedCumulative differs from ours) resynchronises the
// local cumulative amount and retries once; a voucher above the deposit
// tops the channel up; a closed channel is replaced by a new one.
//
// # Budget
//
// Budget.MaxPerRequest refuses a price above it; Budget.MaxPerDay bounds the
// wei spent per UTC day, persisted in the store. Spend is reserved before a
// request leaves and refunded when the recipient provably did not charge.
//
// # Durability
//
// A voucher is written to the store before it is sent: after a crash the
// agent never signs a lower cumulative amount than one it may have handed
// out, and a request whose outcome is unknown (no response) counts as paid.
package agent
