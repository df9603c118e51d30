package server

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/recipient"
	"github.com/agentmailroom/mailroom/core/replay"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// Mailroom is the recipient: the state behind the middleware.
type Mailroom struct {
	cfg  Config
	mach *recipient.Machine // every protocol decision
	// shared is the store when several replicas share it (nil for an
	// embedded store): memory is then only a fast pre-check of it.
	shared   store.Shared
	me       ethsig.Address
	guard    *replay.Guard
	metrics  *Metrics
	mu       sync.Mutex
	channels map[[32]byte]*chanState
	bySender map[ethsig.Address][32]byte // the sender's latest channel

	recording  sync.WaitGroup // answers being recorded (see Drain)
	inflightMu sync.Mutex
	inflight   map[replay.Key]*inflight // requests being served
}

type chanState struct {
	mu sync.Mutex
	st store.ChannelState
	// changed is closed (and replaced) whenever st changes: requests
	// waiting for their turn (accept) watch it.
	changed chan struct{}
	waiters int
	// held are the latest vouchers received on the channel, for rollbacks.
	held recipient.Held
	// closing: the sender requested close; redeeming: this mailroom is
	// redeeming (closing) the channel. No new work in either case.
	closing, redeeming bool
	// stored: st is the store's record (false: derived from the chain, no
	// record stored yet), the record a conditional write starts from.
	stored bool
}

// from is the record a write decided on st starts from (store.Apply).
func (cs *chanState) from() *store.ChannelState {
	if !cs.stored {
		return nil
	}
	return &cs.st
}

func newChanState(st store.ChannelState) *chanState {
	cs := &chanState{st: st, changed: make(chan struct{})}
	if st.Accepted != nil && st.Signature != (ethsig.Signature{}) {
		cs.held.Hold(st.Accepted, st.Signature)
	}
	return cs
}

// set replaces the state and wakes the waiters (cs.mu held).
func (cs *chanState) set(st store.ChannelState) {
	cs.st = st
	close(cs.changed)
	cs.changed = make(chan struct{})
}

// flags are the recipient's own knowledge of the channel (nil: none).
func (cs *chanState) flags() recipient.OwnFlags {
	if cs == nil {
		return recipient.OwnFlags{}
	}
	cs.mu.Lock()
	defer cs.mu.Unlock()
	return cs.flagsLocked()
}

// flagsLocked is flags with cs.mu held.
func (cs *chanState) flagsLocked() recipient.OwnFlags {
	return recipient.OwnFlags{Closed: cs.st.Closed, Closing: cs.closing || cs.redeeming}
}

// New builds a Mailroom and restores its state from the store: the channels'
// accepted vouchers and the nonces still inside the replay window.
func New(cfg Config) (*Mailroom, error) {
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	var minDelay uint64
	if cfg.MinWithdrawDelay > 0 {
		minDelay = uint64(cfg.MinWithdrawDelay / time.Second)
	}
	mach, err := recipient.New(recipient.Config{Me: cfg.Key.Address(), ChainID: cfg.ChainID, Registry: cfg.Registry, ChannelContract: cfg.ChannelContract,
		Price: cfg.Price, Accepts: cfg.Accepts, Routes: cfg.Routes, Window: cfg.Window, MinWithdrawDelay: minDelay, MaxTimeoutSeconds: cfg.MaxTimeoutSeconds, MaxBody: cfg.MaxBody,
		MaxResponseBody: cfg.MaxResponseBody, Recover: cfg.Recover, Sign: cfg.Sign})
	if err != nil {
		return nil, err
	}
	m := &Mailroom{
		cfg:      cfg,
		mach:     mach,
		me:       cfg.Key.Address(),
		guard:    replay.NewGuard(cfg.Window, cfg.ReplayCapacity),
		metrics:  newMetrics(),
		channels: map[[32]byte]*chanState{},
		bySender: map[ethsig.Address][32]byte{},
		inflight: map[replay.Key]*inflight{},
	}
	chs, err := cfg.Store.Channels()
	if err != nil {
		return nil, err
	}
	m.shared, _ = cfg.Store.(store.Shared)
	for _, c := range chs {
		m.channels[c.ID] = newChanState(c)
		m.channels[c.ID].stored = true
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
func (m *Mailroom) Price() *big.Int { return new(big.Int).Set(m.mach.Config().Price) }

// Prices is the default price in each asset taken, the preferred first (a
// request no route matches costs one of them).
func (m *Mailroom) Prices() []recipient.Price {
	ps := m.mach.Config().Accepts
	out := make([]recipient.Price, len(ps))
	for i, p := range ps {
		out[i] = recipient.Price{Amount: new(big.Int).Set(p.Amount), Asset: p.Asset}
	}
	return out
}

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

// SetLogger sets (or, nil, clears) the per-request log (Config.Logger).
// Call it before serving.
func (m *Mailroom) SetLogger(l *slog.Logger) { m.cfg.Logger = l }

// Drain waits until every answer already given is recorded in the store:
// call it after the HTTP server stopped and before the store closes.
func (m *Mailroom) Drain() { m.recording.Wait() }

// MinWithdrawDelay is the shortest channel withdraw delay accepted, in seconds.
func (m *Mailroom) MinWithdrawDelay() uint64 { return m.mach.Config().MinWithdrawDelay }

// MarkClaimed records that amount (cumulative) of a channel was paid on
// chain (called by the settler after a claim or redeem), durably. A closed
// channel is refused from then on without waiting for the chain view.
func (m *Mailroom) MarkClaimed(ctx context.Context, id [32]byte, claimed *big.Int, closed bool) error {
	cs := m.chanEntry(id, nil)
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if m.shared == nil {
		next := cs.st.MarkClaimed(claimed, closed)
		if err := m.cfg.Store.Commit(ctx, nil, &next); err != nil {
			return err
		}
		cs.set(next)
		cs.stored = true
		return nil
	}
	// Shared: from the database's record, conditionally (other replicas
	// accept vouchers on the channel meanwhile).
	for attempt := 0; ; attempt++ {
		if err := m.reload(cs); err != nil {
			return err
		}
		if !cs.stored {
			return nil // no voucher recorded on it by any replica
		}
		next := cs.st.MarkClaimed(claimed, closed)
		err := m.cfg.Store.Apply(ctx, nil, cs.from(), &next)
		if err == nil {
			cs.set(next)
			return nil
		}
		if !errors.Is(err, store.ErrChannelChanged) || attempt >= maxApplyAttempts {
			return err
		}
	}
}

// maxApplyAttempts bounds how often one write is decided again after
// another replica changed the channel first.
const maxApplyAttempts = 16

// reload replaces a channel's in-memory record by the store's (cs.mu
// held), waking its waiters when it changed. No record stored: memory
// keeps what it derived from the chain.
func (m *Mailroom) reload(cs *chanState) error {
	st, found, err := m.cfg.Store.Channel(cs.st.ID)
	if err != nil {
		return err
	}
	if !found {
		return nil
	}
	if !cs.stored || !store.SameChannel(&st, &cs.st) {
		cs.set(st)
		// Another replica accepted this voucher: a rollback here may need
		// it to settle with (Held).
		if st.Accepted != nil && st.Signature != (ethsig.Signature{}) {
			if _, ok := cs.held.At(st.Accepted); !ok {
				cs.held.Hold(st.Accepted, st.Signature)
			}
		}
		if st.Settle != nil && st.SettleSig != (ethsig.Signature{}) {
			if _, ok := cs.held.At(st.Settle); !ok {
				cs.held.Hold(st.Settle, st.SettleSig)
			}
		}
	}
	cs.stored = true
	return nil
}

// SetClosing marks a channel as closing: the sender requested close
// (closing) or this mailroom is redeeming it (redeeming). New work on it is
// refused at once; the settler calls it before it redeems and when it sees
// CloseRequested.
func (m *Mailroom) SetClosing(id [32]byte, senderRequested, redeeming bool) {
	cs := m.chanEntry(id, nil)
	cs.mu.Lock()
	cs.closing = cs.closing || senderRequested
	cs.redeeming = redeeming
	cs.mu.Unlock()
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
		cs = newChanState(st)
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

// latestOf returns the sender's latest channel the recipient knows (for
// corrections), or nil.
func (m *Mailroom) latestOf(sender ethsig.Address) *chanState {
	m.mu.Lock()
	defer m.mu.Unlock()
	id, ok := m.bySender[sender]
	if !ok {
		return nil
	}
	return m.channels[id]
}

// Channels returns a snapshot of every channel's accepted state (with a
// shared store, the store's: every replica's vouchers).
func (m *Mailroom) Channels() ([]store.ChannelState, error) {
	if m.shared != nil {
		return m.shared.Channels()
	}
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
