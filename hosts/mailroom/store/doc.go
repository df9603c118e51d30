// Package store is the mailroom's durable state, behind interfaces: the
// embedded bbolt store here (one mailroom), and hosts/mailroom/store/postgres,
// a PostgreSQL database that several replicas share. Both pass one contract
// suite (hosts/mailroom/store/storetest).
//
// # Recipient state
//
// For every channel it accepted vouchers on, the recipient keeps the accepted
// cumulative amount with the sender's signature of it (what it can claim),
// and what it already claimed on chain. For every accepted request it keeps
// (sender, nonce, expiry) until the request's timestamp leaves the replay
// window, so that a restart never accepts a nonce twice. Recipient.Commit
// writes a nonce and a channel state in one transaction: both or neither.
// Recipient.Apply is the same write made conditional, as an accepted
// request makes it: the nonce must be new (else ErrNonceUsed) and the
// channel's stored record must still be the one the write was decided
// from (else ErrChannelChanged); a refusal writes nothing. With one
// mailroom the conditions always hold; with replicas sharing a database
// they decide which of two racing replicas wins (Shared).
//
// # Sender state
//
// The sender keeps, per recipient and asset, its channel and the latest
// voucher it signed (Outgoing: an agent paying a recipient in ETH and in a
// token has a channel in each), a per-recipient nonce counter starting at
// 0, and the amount spent per UTC day and asset (for budgets). In bbolt an
// ETH record is keyed by the recipient (as before token channels), a
// token's by the recipient and the token; PostgreSQL migration 3 adds the
// asset to the key (every earlier record is ETH's).
//
// # Durability and group commit
//
// Open returns a bbolt database (go.etcd.io/bbolt, one file, copy-on-write
// B+tree, fsync on every commit: crash-consistent). Writes go through a
// group committer: concurrent writers queue their changes, and one goroutine
// applies everything queued in a single transaction with a single fsync, then
// wakes them all. No write returns before it is on disk. By default there is
// no artificial delay: while one fsync runs the next batch accumulates, so
// throughput grows with concurrency. OpenWith's Options.GatherDelay lets the
// committer wait a little (only while writes are arriving concurrently) to
// carry more writes per fsync: under load each fsync and B+tree commit costs
// the CPU about as much as the rest of a request, so fewer, larger commits
// raise throughput; a lone writer is never delayed. If a batch fails, its
// writes are retried one by one so that one bad write cannot fail the others.
//
// Channel records are JSON; the encoder is hand-written (no reflection) and
// tested byte for byte against encoding/json.
package store
