// Package replay decides whether a request's (sender, nonce, timestamp) may
// be accepted.
//
// # Rule
//
// A request is accepted iff now − Past <= timestamp <= now + Future
// (defaults 300 s and 30 s) and (sender, nonce) has not been used while its
// timestamp is inside the window. Once a timestamp leaves the window the
// request is refused by the window check alone, so a used nonce only needs
// remembering until its timestamp + Past.
//
// # Guard
//
// Guard is a bounded in-memory memory of used nonces, safe for concurrent
// use. Its capacity should be at least peak rate × (Past + Future). When it
// is full of unexpired entries it refuses new requests with
// errs.ReplayCapacity (fails closed) instead of evicting entries that could
// still be replayed.
//
// One sender may hold at most a share of the capacity (NewGuard:
// DefaultShare: capacity/16, at least 16 or the whole capacity when smaller;
// NewGuardWithShare sets it).
// A sender at its share is refused with errs.ReplayCapacity for new nonces
// while other senders are still admitted, so one key flooding fresh nonces
// cannot lock everyone out; it needs 16 keys (each registered on chain) to
// fill the guard. Size the share as at least one sender's peak rate ×
// (Past + Future): with the defaults (capacity 1<<20, window 330 s) one
// sender may sustain about 200 requests/s.
package replay
