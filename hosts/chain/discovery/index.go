package discovery

import (
	"bytes"
	"context"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agentmailroom/mailroom/contracts/gen/agentregistry"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/chain"
)

// Backend is what the index reads from a chain: logs and the head.
type Backend interface {
	ethereum.LogFilterer
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Records reads one agent's current registry record (chain.Registry does).
type Records interface {
	GetAgent(ctx context.Context, agent common.Address) (*chain.Agent, error)
}

// Options tune an Index. Zero values take the defaults.
type Options struct {
	// FromBlock is the first block scanned (the registry's deployment
	// block, when known; default 0).
	FromBlock uint64
	// LogRange is the most blocks one eth_getLogs call covers (default
	// 5,000: public RPC providers cap ranges near there).
	LogRange uint64
	// Rescan is how many already-seen blocks each Sync scans again, to
	// catch reorganisations (default 64).
	Rescan uint64
}

// DefaultLogRange and DefaultRescan are the Options defaults.
const (
	DefaultLogRange = 5000
	DefaultRescan   = 64
)

// Query selects agents. The zero Query selects every active agent.
type Query struct {
	// Capability, when set, must be one of the agent's capabilities.
	Capability string
	// MaxRate, when set, bounds the agent's rate per task (wei).
	MaxRate *big.Int
	// IncludeInactive also returns deactivated agents.
	IncludeInactive bool
}

// Index is a live view of a registry's agents. It is safe for concurrent use.
type Index struct {
	be       Backend
	records  Records
	registry common.Address
	topics   []common.Hash
	opt      Options

	syncMu sync.Mutex // one Sync at a time
	mu     sync.RWMutex
	agents map[common.Address]*chain.Agent
	next   uint64 // first block not yet scanned
	synced bool
}

// New makes an index of the registry at reg.Address read through be.
func New(be Backend, reg *chain.Registry, opt Options) *Index {
	return NewWith(be, reg, reg.Address, opt)
}

// NewWith makes an index of the registry at addr whose records are read
// through records (tests and other registries' readers).
func NewWith(be Backend, records Records, addr common.Address, opt Options) *Index {
	if opt.LogRange == 0 {
		opt.LogRange = DefaultLogRange
	}
	if opt.Rescan == 0 {
		opt.Rescan = DefaultRescan
	}
	return &Index{be: be, records: records, registry: addr, topics: eventTopics(), opt: opt,
		agents: map[common.Address]*chain.Agent{}, next: opt.FromBlock}
}

// eventTopics are the ids of the registry events that change a record.
func eventTopics() []common.Hash {
	a, err := agentregistry.AgentRegistryMetaData.GetAbi()
	if err != nil {
		panic("discovery: the generated registry ABI does not parse: " + err.Error())
	}
	var out []common.Hash
	for _, name := range []string{"AgentRegistered", "AgentUpdated", "AgentActivated", "AgentDeactivated", "AgentOwnershipTransferred"} {
		ev, ok := a.Events[name]
		if !ok {
			panic("discovery: the registry ABI has no event " + name)
		}
		out = append(out, ev.ID)
	}
	return out
}

// Sync scans the registry's logs up to the chain head and reads the record
// of every agent they name. It returns how many agents it read.
func (x *Index) Sync(ctx context.Context) (int, error) {
	x.syncMu.Lock()
	defer x.syncMu.Unlock()
	h, err := x.be.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, errs.New(errs.ChainError, "read the chain head: %v", err)
	}
	head := h.Number.Uint64()
	x.mu.RLock()
	from, synced := x.next, x.synced
	x.mu.RUnlock()
	if synced {
		if from > x.opt.FromBlock+x.opt.Rescan {
			from -= x.opt.Rescan
		} else {
			from = x.opt.FromBlock
		}
	}
	if from > head {
		// A chain shorter than what we saw (a reset dev chain): scan it all again.
		from = x.opt.FromBlock
	}
	touched := map[common.Address]struct{}{}
	for start := from; start <= head; start += x.opt.LogRange {
		end := min(start+x.opt.LogRange-1, head)
		logs, err := x.be.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(start), ToBlock: new(big.Int).SetUint64(end),
			Addresses: []common.Address{x.registry}, Topics: [][]common.Hash{x.topics},
		})
		if err != nil {
			return 0, errs.New(errs.ChainError, "registry logs of blocks %d-%d: %v", start, end, err)
		}
		for _, l := range logs {
			if len(l.Topics) > 1 {
				touched[common.BytesToAddress(l.Topics[1].Bytes())] = struct{}{}
			}
		}
	}
	read := map[common.Address]*chain.Agent{}
	var gone []common.Address
	for a := range touched {
		rec, err := x.records.GetAgent(ctx, a)
		if errs.KindOf(err) == errs.AgentNotFound {
			gone = append(gone, a) // a reorganisation took its registration away
			continue
		}
		if err != nil {
			return 0, err
		}
		read[a] = rec
	}
	x.mu.Lock()
	for a, rec := range read {
		x.agents[a] = rec
	}
	for _, a := range gone {
		delete(x.agents, a)
	}
	x.next, x.synced = head+1, true
	x.mu.Unlock()
	return len(touched), nil
}

// Watch keeps the index current: it syncs every interval until ctx ends,
// reporting each failed Sync to onErr (nil: ignored) and trying again at
// the next tick. It returns ctx's error.
func (x *Index) Watch(ctx context.Context, interval time.Duration, onErr func(error)) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if _, err := x.Sync(ctx); err != nil && onErr != nil && ctx.Err() == nil {
			onErr(err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Find returns the agents q selects, cheapest first (ties by address).
// The records are copies.
func (x *Index) Find(q Query) []chain.Agent {
	x.mu.RLock()
	out := make([]chain.Agent, 0, len(x.agents))
	for _, a := range x.agents {
		if q.matches(a) {
			c := *a
			c.Capabilities = append([]string(nil), a.Capabilities...)
			c.RatePerTaskWei = new(big.Int).Set(a.Rate())
			out = append(out, c)
		}
	}
	x.mu.RUnlock()
	sort.Slice(out, func(i, j int) bool {
		if c := out[i].RatePerTaskWei.Cmp(out[j].RatePerTaskWei); c != 0 {
			return c < 0
		}
		return bytes.Compare(out[i].Address[:], out[j].Address[:]) < 0
	})
	return out
}

// Len is the number of registered agents the index knows.
func (x *Index) Len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.agents)
}

func (q *Query) matches(a *chain.Agent) bool {
	if !a.Active && !q.IncludeInactive {
		return false
	}
	if q.MaxRate != nil && a.Rate().Cmp(q.MaxRate) > 0 {
		return false
	}
	if q.Capability == "" {
		return true
	}
	for _, c := range a.Capabilities {
		if c == q.Capability {
			return true
		}
	}
	return false
}
