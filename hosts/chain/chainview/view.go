package chainview

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agentmailroom/mailroom/contracts/gen/agentpaymentchannel"
	"github.com/agentmailroom/mailroom/contracts/gen/agentregistry"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/chain"
)

// Source reads the chain (uncached).
type Source interface {
	GetAgent(ctx context.Context, a common.Address) (*chain.Agent, error)
	GetChannel(ctx context.Context, id [32]byte) (*chain.Channel, error)
}

// ClientSource adapts a *chain.Client.
type ClientSource struct{ C *chain.Client }

// GetAgent implements Source.
func (s ClientSource) GetAgent(ctx context.Context, a common.Address) (*chain.Agent, error) {
	return s.C.Registry.GetAgent(ctx, a)
}

// GetChannel implements Source.
func (s ClientSource) GetChannel(ctx context.Context, id [32]byte) (*chain.Channel, error) {
	return s.C.Channels.Get(ctx, id)
}

// Event is a contract event the view saw.
type Event struct {
	Name      string // e.g. "CloseRequested", "AgentDeactivated"
	Agent     common.Address
	ChannelID [32]byte
	Block     uint64
	Log       types.Log
}

// Defaults of a View's bounds.
const (
	DefaultMaxAge          = 30 * time.Second
	DefaultNegativeTTL     = 5 * time.Second
	DefaultMaxAgents       = 100_000
	DefaultMaxUnregistered = 10_000
	DefaultMaxChannels     = 100_000
)

// View is the cache. It is safe for concurrent use. Set the exported
// fields before the first use.
type View struct {
	src Source
	// NegativeTTL is how long "not registered" is cached (default 5 s; 0:
	// not cached).
	NegativeTTL time.Duration
	// MaxAge bounds how old a registry record or a channel may be when it is
	// used (default 30 s; 0 or less means the default). A record is current
	// as of the later of its read and the watcher's last successful poll
	// (LastSync): while Watch keeps polling, records live until an event
	// about them. Past MaxAge the view re-reads; if that fails it answers
	// errs.ChainUnavailable, never the old record.
	MaxAge time.Duration
	// MaxAgents, MaxUnregistered and MaxChannels bound the number of cached
	// registry records, "not registered" answers and channels (defaults
	// 100,000, 10,000 and 100,000; 0 or less means the default). When full,
	// the oldest entry is evicted.
	MaxAgents, MaxUnregistered, MaxChannels int
	now                                     func() time.Time

	mu        sync.RWMutex
	agents    cache[common.Address, *chain.Agent]
	channels  cache[[32]byte, *chain.Channel]
	gen       uint64    // bumped by every invalidation (see load)
	lastSync  time.Time // start of the watcher's last successful poll
	listeners []func(Event)
}

// New returns a view over src.
func New(src Source) *View {
	v := &View{src: src, NegativeTTL: DefaultNegativeTTL, MaxAge: DefaultMaxAge,
		MaxAgents: DefaultMaxAgents, MaxUnregistered: DefaultMaxUnregistered, MaxChannels: DefaultMaxChannels,
		now: time.Now}
	v.agents.init()
	v.channels.init()
	return v
}

func orDefault[T time.Duration | int](v, d T) T {
	if v <= 0 {
		return d
	}
	return v
}

// Agent returns the registry record of a (cached). errs.AgentNotFound when
// a is not registered; errs.ChainUnavailable when the cached record is
// older than MaxAge and the chain cannot be read.
func (v *View) Agent(ctx context.Context, a ethsig.Address) (*chain.Agent, error) {
	maxNeg := 0 // "not registered" is not cached
	if v.NegativeTTL > 0 {
		maxNeg = orDefault(v.MaxUnregistered, DefaultMaxUnregistered)
	}
	return load(ctx, v, &v.agents, common.Address(a), false, readAgent, errs.AgentNotFound,
		orDefault(v.MaxAgents, DefaultMaxAgents), maxNeg, describeAgent)
}

// Channel returns a channel (cached unless fresh). errs.ChainUnavailable
// when the cached channel is older than MaxAge and the chain cannot be read.
func (v *View) Channel(ctx context.Context, id [32]byte, fresh bool) (*chain.Channel, error) {
	return load(ctx, v, &v.channels, id, fresh, readChannel, "",
		orDefault(v.MaxChannels, DefaultMaxChannels), 0, describeChannel)
}

func readAgent(s Source, ctx context.Context, a common.Address) (*chain.Agent, error) {
	return s.GetAgent(ctx, a)
}

func readChannel(s Source, ctx context.Context, id [32]byte) (*chain.Channel, error) {
	return s.GetChannel(ctx, id)
}

func describeAgent(a common.Address) string { return "registry record of " + a.Hex() }
func describeChannel(id [32]byte) string    { return fmt.Sprintf("channel 0x%x", id) }

// Len returns the number of cached registry records, "not registered"
// answers and channels.
func (v *View) Len() (agents, unregistered, channels int) {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return v.agents.pos.Len(), v.agents.neg.Len(), v.channels.pos.Len()
}

// LastSync returns when the last successful poll of the watcher (Watch)
// began, zero if none: a cached record that no event up to that poll's
// head invalidated is current as of then.
func (v *View) LastSync() time.Time {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return v.lastSync
}

// load is the cached read of one key, shared by Agent and Channel.
//
// Concurrent misses of one key are coalesced into one Source call (a
// flight). An invalidation of the key while its read is in flight marks the
// flight stale and removes it: the read still answers its callers (who all
// asked before the event was applied) but does not store its record, and
// later callers start a new read. Fresh reads are not shared; they store
// their record only if no invalidation at all happened meanwhile (gen).
func load[K comparable, V any](ctx context.Context, v *View, c *cache[K, V], k K, fresh bool,
	read func(Source, context.Context, K) (V, error), notFound errs.Kind, maxPos, maxNeg int, what func(K) string) (V, error) {
	var zero V
	for {
		now := v.now()
		var old *entry[K, V] // present but too old to use
		if !fresh {
			v.mu.RLock()
			e := c.get(k)
			if e != nil && v.usableLocked(e.err != nil, e.at, now) {
				v.mu.RUnlock()
				return e.v, e.err
			}
			v.mu.RUnlock()
		}
		v.mu.Lock()
		var f *flight[V]
		if !fresh {
			if e := c.get(k); e != nil {
				if v.usableLocked(e.err != nil, e.at, now) {
					v.mu.Unlock()
					return e.v, e.err
				}
				old = e
			}
			if f = c.flights[k]; f != nil {
				v.mu.Unlock()
				select {
				case <-f.done:
					if f.aborted {
						continue // its caller went away: read again
					}
					return f.v, f.err
				case <-ctx.Done():
					return zero, errs.New(errs.ChainError, "waiting for the %s: %v", what(k), ctx.Err())
				}
			}
		}
		f = &flight[V]{done: make(chan struct{})}
		if !fresh {
			c.flights[k] = f
		}
		gen := v.gen
		v.mu.Unlock()

		val, err := read(v.src, ctx, k)

		v.mu.Lock()
		if !fresh && c.flights[k] == f {
			delete(c.flights, k)
		}
		found := err == nil
		negative := err != nil && notFound != "" && errs.KindOf(err) == notFound
		switch {
		case err != nil && !negative && ctx.Err() != nil:
			f.aborted = true
		case (found || negative && maxNeg > 0) && !f.stale && (!fresh || v.gen == gen):
			if negative {
				c.put(k, zero, err, now, &c.neg, maxNeg)
			} else {
				c.put(k, val, nil, now, &c.pos, maxPos)
			}
		}
		if err != nil && !negative && old != nil {
			err = errs.New(errs.ChainUnavailable, "the cached %s is %s old (max age %s) and the chain cannot be read: %s",
				what(k), now.Sub(old.at).Round(time.Millisecond), orDefault(v.MaxAge, DefaultMaxAge), errs.Message(err))
		}
		if err != nil {
			val = zero
		}
		f.v, f.err = val, err
		v.mu.Unlock()
		close(f.done)
		return val, err
	}
}

// usableLocked reports whether an entry read at "at" may be answered at
// now: a "not registered" answer for NegativeTTL, a record while it or the
// watcher's last successful poll is younger than MaxAge. The caller holds mu.
func (v *View) usableLocked(negative bool, at, now time.Time) bool {
	if negative {
		return now.Sub(at) < v.NegativeTTL
	}
	if v.lastSync.After(at) {
		at = v.lastSync
	}
	return now.Sub(at) < orDefault(v.MaxAge, DefaultMaxAge)
}

// InvalidateAgent drops a's entry (and keeps a read of it in flight from
// storing what it read).
func (v *View) InvalidateAgent(a common.Address) {
	v.mu.Lock()
	v.agents.invalidate(a)
	v.gen++
	v.mu.Unlock()
}

// InvalidateChannel drops a channel's entry (and keeps a read of it in
// flight from storing what it read).
func (v *View) InvalidateChannel(id [32]byte) {
	v.mu.Lock()
	v.channels.invalidate(id)
	v.gen++
	v.mu.Unlock()
}

// invalidateAll drops every entry and keeps every read in flight from
// storing.
func (v *View) invalidateAll() {
	v.mu.Lock()
	v.agents.invalidateAll()
	v.channels.invalidateAll()
	v.gen++
	v.mu.Unlock()
}

// synced records a successful poll that began at t.
func (v *View) synced(t time.Time) {
	v.mu.Lock()
	if t.After(v.lastSync) {
		v.lastSync = t
	}
	v.mu.Unlock()
}

// OnEvent registers a listener, called from the watcher's goroutine.
func (v *View) OnEvent(f func(Event)) {
	v.mu.Lock()
	v.listeners = append(v.listeners, f)
	v.mu.Unlock()
}

// Apply updates the cache for e and hands it to the listeners.
func (v *View) Apply(e Event) {
	if e.Agent != (common.Address{}) {
		v.InvalidateAgent(e.Agent)
	}
	if e.ChannelID != ([32]byte{}) {
		v.InvalidateChannel(e.ChannelID)
	}
	v.mu.RLock()
	ls := append([]func(Event){}, v.listeners...)
	v.mu.RUnlock()
	for _, f := range ls {
		f(e)
	}
}

// LogSource is what Watch needs from a chain connection.
type LogSource interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Decoder maps logs of the two contracts to Events.
type Decoder struct {
	Registry, Channels common.Address
	names              map[common.Hash]string
}

// NewDecoder returns a decoder for the contracts at registry and channels.
func NewDecoder(registry, channels common.Address) (*Decoder, error) {
	d := &Decoder{Registry: registry, Channels: channels, names: map[common.Hash]string{}}
	for _, md := range []string{agentregistry.AgentRegistryMetaData.ABI, agentpaymentchannel.AgentPaymentChannelMetaData.ABI} {
		a, err := abiParse(md)
		if err != nil {
			return nil, err
		}
		for name, ev := range a.Events {
			d.names[ev.ID] = name
		}
	}
	return d, nil
}

// Decode returns the event of l (ok false for a log of another contract or an unknown event).
func (d *Decoder) Decode(l types.Log) (Event, bool) {
	if len(l.Topics) < 2 {
		return Event{}, false
	}
	name, ok := d.names[l.Topics[0]]
	if !ok {
		return Event{}, false
	}
	e := Event{Name: name, Block: l.BlockNumber, Log: l}
	switch l.Address {
	case d.Registry:
		e.Agent = common.BytesToAddress(l.Topics[1][:])
	case d.Channels:
		e.ChannelID = l.Topics[1]
	default:
		return Event{}, false
	}
	return e, true
}

// Watch polls the chain every interval until ctx ends and returns ctx's
// error. Its first successful poll takes the head as its starting point and
// drops every cached entry (a record read before the watcher started is not
// covered by its events); each later poll applies the contracts' events
// (eth_getLogs) of the blocks since the previous one. Each successful poll
// records its start time as LastSync. A failed poll is retried at the next
// tick and moves nothing.
func (v *View) Watch(ctx context.Context, ls LogSource, d *Decoder, interval time.Duration) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	var last uint64
	started := false
	for {
		t0 := v.now()
		if h, err := ls.HeaderByNumber(ctx, nil); err == nil {
			head := h.Number.Uint64()
			switch {
			case !started:
				v.invalidateAll()
				last, started = head, true
				v.synced(t0)
			case head == last:
				v.synced(t0)
			case head > last:
				logs, err := ls.FilterLogs(ctx, ethereum.FilterQuery{
					FromBlock: new(big.Int).SetUint64(last + 1),
					ToBlock:   new(big.Int).SetUint64(head),
					Addresses: []common.Address{d.Registry, d.Channels},
				})
				if err == nil {
					for _, l := range logs {
						if e, ok := d.Decode(l); ok {
							v.Apply(e)
						}
					}
					last = head
					v.synced(t0)
				}
			}
			// head < last: a node behind the one polled before; not a sync.
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

func abiParse(s string) (*abi.ABI, error) {
	a, err := abi.JSON(stringsReader(s))
	if err != nil {
		return nil, errs.New(errs.Internal, "parse ABI: %v", err)
	}
	return &a, nil
}
