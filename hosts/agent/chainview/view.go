package chainview

import (
	"context"
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

// View is the cache. It is safe for concurrent use.
type View struct {
	src         Source
	NegativeTTL time.Duration // default 5 s
	MaxAge      time.Duration // 0: entries live until an event
	now         func() time.Time

	mu        sync.RWMutex
	agents    map[common.Address]agentEntry
	channels  map[[32]byte]chanEntry
	listeners []func(Event)

	hits, misses uint64
}

type agentEntry struct {
	a   *chain.Agent
	err error
	at  time.Time
}

type chanEntry struct {
	c  *chain.Channel
	at time.Time
}

// New returns a view over src.
func New(src Source) *View {
	return &View{src: src, NegativeTTL: 5 * time.Second, now: time.Now,
		agents: map[common.Address]agentEntry{}, channels: map[[32]byte]chanEntry{}}
}

// Agent returns the registry record of a (cached).
func (v *View) Agent(ctx context.Context, a ethsig.Address) (*chain.Agent, error) {
	addr := common.Address(a)
	now := v.now()
	v.mu.RLock()
	e, ok := v.agents[addr]
	v.mu.RUnlock()
	if ok && (e.err == nil && (v.MaxAge == 0 || now.Sub(e.at) < v.MaxAge) ||
		e.err != nil && now.Sub(e.at) < v.NegativeTTL) {
		return e.a, e.err
	}
	ag, err := v.src.GetAgent(ctx, addr)
	if err != nil && errs.KindOf(err) != errs.AgentNotFound {
		return nil, err // transient: not cached
	}
	v.mu.Lock()
	v.agents[addr] = agentEntry{ag, err, now}
	v.mu.Unlock()
	return ag, err
}

// Channel returns a channel (cached unless fresh).
func (v *View) Channel(ctx context.Context, id [32]byte, fresh bool) (*chain.Channel, error) {
	now := v.now()
	if !fresh {
		v.mu.RLock()
		e, ok := v.channels[id]
		v.mu.RUnlock()
		if ok && (v.MaxAge == 0 || now.Sub(e.at) < v.MaxAge) {
			return e.c, nil
		}
	}
	c, err := v.src.GetChannel(ctx, id)
	if err != nil {
		return nil, err
	}
	v.mu.Lock()
	v.channels[id] = chanEntry{c, now}
	v.mu.Unlock()
	return c, nil
}

// InvalidateAgent drops a's entry.
func (v *View) InvalidateAgent(a common.Address) {
	v.mu.Lock()
	delete(v.agents, a)
	v.mu.Unlock()
}

// InvalidateChannel drops a channel's entry.
func (v *View) InvalidateChannel(id [32]byte) {
	v.mu.Lock()
	delete(v.channels, id)
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

// Watch polls for the contracts' logs every interval from the current head
// until ctx ends, applying each event. It returns ctx's error.
func (v *View) Watch(ctx context.Context, ls LogSource, d *Decoder, interval time.Duration) error {
	var last uint64
	if h, err := ls.HeaderByNumber(ctx, nil); err == nil {
		last = h.Number.Uint64()
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		h, err := ls.HeaderByNumber(ctx, nil)
		if err != nil || h.Number.Uint64() <= last {
			continue
		}
		head := h.Number.Uint64()
		logs, err := ls.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(last + 1),
			ToBlock:   new(big.Int).SetUint64(head),
			Addresses: []common.Address{d.Registry, d.Channels},
		})
		if err != nil {
			continue
		}
		for _, l := range logs {
			if e, ok := d.Decode(l); ok {
				v.Apply(e)
			}
		}
		last = head
	}
}

func abiParse(s string) (*abi.ABI, error) {
	a, err := abi.JSON(stringsReader(s))
	if err != nil {
		return nil, errs.New(errs.Internal, "parse ABI: %v", err)
	}
	return &a, nil
}
