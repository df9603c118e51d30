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
// fetches it again. "Not registered" is cached for NegativeTTL only. MaxAge
// (optional) bounds every entry's age when no watcher runs.
//
// # Events
//
// Watch polls eth_getLogs for both contracts every interval (plain HTTP
// RPC, no subscriptions) and hands each event to the listeners registered
// with OnEvent after updating the cache.
package chainview
