// Package chainview is a cached read view of the registry and the payment
// channels, kept fresh by the contracts' events, so that a mailroom's hot
// path never waits on RPC.
//
// # Caching
//
// Agent records and channels are fetched on first use (a miss) and kept
// until an event about them arrives (AgentRegistered/Updated/Activated/
// Deactivated/OwnershipTransferred; ChannelCreated/ToppedUp/Claimed/
// CloseRequested/ChannelClosed), which drops the entry, so the next read
// fetches it again. "Not registered" is cached for NegativeTTL only.
//
// Concurrent misses of one key share one Source call. A read that is in
// flight when an event about its key is applied answers its callers but does
// not store what it read (it may predate the event); the next look-up reads
// again. Without that rule a deactivation could be overwritten by the
// active record of a read that straddled it and stay cached.
//
// # Maximum age
//
// A record is current as of the later of its read and the start of the
// watcher's last successful poll (a record no event invalidated up to the
// polled head is current as of that poll). Records older than MaxAge
// (default 30 s) by that measure are re-read; when the chain cannot be read
// the view answers errs.ChainUnavailable (HTTP 503), never the old record.
// So with the watcher running records live until an event; when the watcher
// or the RPC fails, no record is used more than MaxAge past the last moment
// it was known to be current.
//
// # Bounds
//
// The cache holds at most MaxAgents records, MaxUnregistered "not
// registered" answers and MaxChannels channels (defaults 100,000, 10,000
// and 100,000), evicting the oldest, so a flood of random sender addresses
// costs one RPC read each (concurrent ones for one address coalesced) but
// no unbounded memory.
//
// # Events
//
// Watch polls eth_getLogs for both contracts every interval (plain HTTP
// RPC, no subscriptions) and hands each event to the listeners registered
// with OnEvent after updating the cache. Its first successful poll drops
// every cached entry: records read before it are not covered by its events.
package chainview
