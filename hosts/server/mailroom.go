package server

import (
	"context"
	"math/big"
	"sync"
	"time"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/replay"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/hosts/store"
	"github.com/agentmailroom/mailroom/hosts/x402"
)

// Mailroom is the recipient: the state behind the middleware.
type Mailroom struct {
	cfg      Config
	me       ethsig.Address
	reqDom   *envelope.Domain
	vDom     *voucher.Domain
	network  string
	guard    *replay.Guard
	metrics  *Metrics
	mu       sync.Mutex
	channels map[[32]byte]*chanState
	bySender map[ethsig.Address][32]byte // the sender's latest channel
}

type chanState struct {
	mu sync.Mutex
	st store.ChannelState
}

// New builds a Mailroom and restores its state from the store: the channels'
// accepted vouchers and the nonces still inside the replay window.
func New(cfg Config) (*Mailroom, error) {
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	m := &Mailroom{
		cfg:      cfg,
		me:       cfg.Key.Address(),
		reqDom:   envelope.NewDomain(cfg.ChainID, cfg.Registry),
		vDom:     voucher.NewDomain(cfg.ChainID, cfg.ChannelContract),
		network:  x402.Network(cfg.ChainID),
		guard:    replay.NewGuard(cfg.Window, cfg.ReplayCapacity),
		metrics:  newMetrics(),
		channels: map[[32]byte]*chanState{},
		bySender: map[ethsig.Address][32]byte{},
	}
	chs, err := cfg.Store.Channels()
	if err != nil {
		return nil, err
	}
	for _, c := range chs {
		m.channels[c.ID] = &chanState{st: c}
		m.bySender[c.Sender] = c.ID
	}
	now := uint64(cfg.Now().Unix())
	nonces, err := cfg.Store.Nonces(now)
	if err != nil {
		return nil, err
	}
	past := uint64(cfg.Window.Past / time.Second)
	for _, n := range nonces {
		// The stored expiry is timestamp + Past: re-admit at that timestamp.
		err := m.guard.Use(replay.Key{Sender: n.Sender, Nonce: n.Nonce}, n.Expiry-past, now)
		if errs.KindOf(err) == errs.ReplayCapacity {
			return nil, err // failing open is not an option
		}
	}
	return m, nil
}

// Address is the recipient's address.
func (m *Mailroom) Address() ethsig.Address { return m.me }

// Price is the price of one request in wei.
func (m *Mailroom) Price() *big.Int { return new(big.Int).Set(m.cfg.Price) }

// Metrics returns the counters.
func (m *Mailroom) Metrics() *Metrics { return m.metrics }

// ChannelState returns the in-memory accepted state of a channel.
func (m *Mailroom) ChannelState(id [32]byte) (store.ChannelState, bool) {
	m.mu.Lock()
	cs := m.channels[id]
	m.mu.Unlock()
	if cs == nil {
		return store.ChannelState{}, false
	}
	cs.mu.Lock()
	defer cs.mu.Unlock()
	return cs.st.Clone(), true
}

// MarkClaimed records that amount (cumulative) of a channel was paid on
// chain (called by the settler after a claim or redeem), durably.
func (m *Mailroom) MarkClaimed(ctx context.Context, id [32]byte, claimed *big.Int, closed bool) error {
	cs := m.chanEntry(id, nil)
	cs.mu.Lock()
	defer cs.mu.Unlock()
	next := cs.st.Clone()
	if next.Claimed == nil || claimed.Cmp(next.Claimed) > 0 {
		next.Claimed = new(big.Int).Set(claimed)
	}
	if next.Accepted == nil || next.Accepted.Cmp(next.Claimed) < 0 {
		next.Accepted = new(big.Int).Set(next.Claimed)
	}
	next.Closed = next.Closed || closed
	if err := m.cfg.Store.Commit(ctx, nil, &next); err != nil {
		return err
	}
	cs.st = next
	return nil
}

// chanEntry returns the channel's in-memory entry, creating it from the
// on-chain channel (accepted = claimed = what was already paid on chain).
func (m *Mailroom) chanEntry(id [32]byte, onchain *onchainChannel) *chanState {
	m.mu.Lock()
	defer m.mu.Unlock()
	cs := m.channels[id]
	if cs == nil {
		st := store.ChannelState{ID: id, Accepted: new(big.Int), Claimed: new(big.Int)}
		if onchain != nil {
			st.Sender = onchain.sender
			st.Accepted.Set(onchain.claimed)
			st.Claimed.Set(onchain.claimed)
		}
		cs = &chanState{st: st}
		m.channels[id] = cs
	}
	if onchain != nil {
		m.bySender[onchain.sender] = id
	}
	return cs
}

type onchainChannel struct {
	sender  ethsig.Address
	claimed *big.Int
}

// acceptedFor returns the channel id and accepted cumulative the recipient
// knows for sender (for corrective 402s).
func (m *Mailroom) acceptedFor(sender ethsig.Address) (string, *big.Int) {
	m.mu.Lock()
	id, ok := m.bySender[sender]
	cs := m.channels[id]
	m.mu.Unlock()
	if !ok || cs == nil {
		return "", new(big.Int)
	}
	cs.mu.Lock()
	defer cs.mu.Unlock()
	return hex32(id), new(big.Int).Set(cs.st.Accepted)
}

// Channels returns a snapshot of every channel's accepted state.
func (m *Mailroom) Channels() ([]store.ChannelState, error) {
	m.mu.Lock()
	all := make([]*chanState, 0, len(m.channels))
	for _, cs := range m.channels {
		all = append(all, cs)
	}
	m.mu.Unlock()
	out := make([]store.ChannelState, 0, len(all))
	for _, cs := range all {
		cs.mu.Lock()
		out = append(out, cs.st.Clone())
		cs.mu.Unlock()
	}
	return out, nil
}
