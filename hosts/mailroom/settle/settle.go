package settle

import (
	"context"
	"math/big"
	"sync"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/chainview"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// Ledger is the recipient's record of accepted vouchers (server.Mailroom,
// or StoreLedger when the mailroom is not running).
type Ledger interface {
	Channels() ([]store.ChannelState, error)
	MarkClaimed(ctx context.Context, id [32]byte, claimed *big.Int, closed bool) error
}

// Closer is the optional part of a Ledger that stops new work on a channel
// at once: when the sender requested close, and while the recipient
// redeems it (server.Mailroom implements it).
type Closer interface {
	SetClosing(id [32]byte, senderRequested, redeeming bool)
}

// Claimer sends claims from the recipient's key.
type Claimer interface {
	Claim(ctx context.Context, id [32]byte, amount *big.Int, sig []byte) error
	Redeem(ctx context.Context, id [32]byte, amount *big.Int, sig []byte) error
	Get(ctx context.Context, id [32]byte) (*chain.Channel, error)
}

// Policy says when to claim.
type Policy struct {
	// Threshold: claim an ETH channel when its unclaimed value (wei)
	// reaches it (nil: never by threshold).
	Threshold *big.Int
	// Thresholds are the same per token, in its base units: a channel is
	// measured by the threshold of its own asset, never by another's (wei
	// are not token units); a token without one is claimed on close
	// requests and shutdown only.
	Thresholds      map[ethsig.Address]*big.Int
	OnShutdown      bool          // claim everything on Close
	CloseOnShutdown bool          // redeem (close) instead of claim on Close
	Interval        time.Duration // scan period, default 10 s
	Logf            func(format string, args ...any)
}

// Result is the outcome of settling one channel.
type Result struct {
	ChannelID [32]byte
	Amount    *big.Int // cumulative amount claimed (nil: nothing to claim)
	Paid      *big.Int // increase paid by this claim
	// Asset is what the channel holds (zero: ETH; unknown when the
	// channel could not be read).
	Asset  ethsig.Address
	Closed bool
	Err    error
}

// Settler applies a Policy.
type Settler struct {
	ledger  Ledger
	claimer Claimer
	policy  Policy
	kick    chan [32]byte
	mu      sync.Mutex
	closing map[[32]byte]bool
	assets  map[[32]byte]ethsig.Address // each channel's asset, once known (a channel's never changes)
	settle  sync.Mutex                  // one claim at a time
}

// New returns a settler.
func New(l Ledger, c Claimer, p Policy) *Settler {
	if p.Interval <= 0 {
		p.Interval = 10 * time.Second
	}
	if p.Logf == nil {
		p.Logf = func(string, ...any) {}
	}
	return &Settler{ledger: l, claimer: c, policy: p, kick: make(chan [32]byte, 1024), closing: map[[32]byte]bool{}, assets: map[[32]byte]ethsig.Address{}}
}

// thresholdOf is the threshold of channels in asset (nil: none).
func (p *Policy) thresholdOf(asset ethsig.Address) *big.Int {
	if t, ok := p.Thresholds[asset]; ok {
		return t
	}
	if asset == (ethsig.Address{}) {
		return p.Threshold
	}
	return nil
}

// Notify is the mailroom's OnAccept hook: it asks for a claim when the
// channel's unclaimed value reaches its asset's threshold or the channel
// is closing.
func (s *Settler) Notify(st store.ChannelState, asset ethsig.Address) {
	if s.Due(st, asset) {
		s.request(st.ID)
	}
}

// Due reports whether the channel, in asset, should be claimed now: its
// unclaimed value reached its asset's threshold, or it is closing.
func (s *Settler) Due(st store.ChannelState, asset ethsig.Address) bool {
	s.mu.Lock()
	closing := s.closing[st.ID]
	s.assets[st.ID] = asset
	s.mu.Unlock()
	t := s.policy.thresholdOf(asset)
	return closing || t != nil && st.Unclaimed().Cmp(t) >= 0 && st.Unclaimed().Sign() > 0
}

// assetOf is the channel's asset if the settler knows it.
func (s *Settler) assetOf(id [32]byte) (ethsig.Address, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	a, ok := s.assets[id]
	return a, ok
}

// Kick asks for a claim of the channel (as Notify does when it is due):
// a replica that is not the settler forwards its due channels to the one
// that is, which kicks them.
func (s *Settler) Kick(id [32]byte) { s.request(id) }

// OnEvent is a chainview listener: CloseRequested stops new work on the
// channel and triggers a claim at once (the sender can withdraw the
// unclaimed rest once the channel's withdraw delay has passed).
func (s *Settler) OnEvent(e chainview.Event) {
	if e.Name == "CloseRequested" {
		s.closeRequested(e.ChannelID)
		s.policy.Logf("settle 0x%x: the sender requested close (block %d): claiming now", e.ChannelID, e.Block)
		s.request(e.ChannelID)
	}
}

func (s *Settler) closeRequested(id [32]byte) {
	s.mu.Lock()
	s.closing[id] = true
	s.mu.Unlock()
	if c, ok := s.ledger.(Closer); ok {
		c.SetClosing(id, true, false)
	}
}

func (s *Settler) request(id [32]byte) {
	select {
	case s.kick <- id:
	default: // the periodic scan will catch it
	}
}

// Run claims on kicks and periodic scans until ctx ends.
func (s *Settler) Run(ctx context.Context) error {
	t := time.NewTicker(s.policy.Interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case id := <-s.kick:
			r := s.SettleOne(ctx, id, false)
			s.log(r)
		case <-t.C:
			s.scan(ctx)
		}
	}
}

func (s *Settler) log(r Result) {
	switch {
	case r.Err != nil:
		s.policy.Logf("settle 0x%x: %v", r.ChannelID, r.Err)
	case r.Paid != nil:
		s.policy.Logf("settle 0x%x: claimed %s (cumulative %s, closed %v) in %s", r.ChannelID, r.Paid, r.Amount, r.Closed, x402.AssetOf(r.Asset))
	}
}

// scan claims channels over the threshold and channels whose sender asked
// to close (read fresh from chain, only for channels with unclaimed value).
func (s *Settler) scan(ctx context.Context) {
	chs, err := s.ledger.Channels()
	if err != nil {
		s.policy.Logf("settle scan: %v", err)
		return
	}
	for _, st := range chs {
		if st.Closed || st.Unclaimed().Sign() == 0 {
			continue
		}
		due := false
		if asset, ok := s.assetOf(st.ID); ok {
			t := s.policy.thresholdOf(asset)
			due = t != nil && st.Unclaimed().Cmp(t) >= 0
		}
		if !due {
			ch, err := s.claimer.Get(ctx, st.ID)
			if err != nil {
				continue
			}
			asset := ethsig.Address(ch.Token)
			s.mu.Lock()
			s.assets[st.ID] = asset
			s.mu.Unlock()
			t := s.policy.thresholdOf(asset)
			due = ch.CloseRequestedAt != 0 || !ch.Open || t != nil && st.Unclaimed().Cmp(t) >= 0
			if ch.CloseRequestedAt != 0 {
				s.closeRequested(st.ID)
			}
		}
		if due {
			s.log(s.SettleOne(ctx, st.ID, false))
		}
	}
}

// SettleOne claims (close: redeems) the channel's accepted voucher.
func (s *Settler) SettleOne(ctx context.Context, id [32]byte, close bool) Result {
	s.settle.Lock()
	defer s.settle.Unlock()
	r := Result{ChannelID: id}
	closer, _ := s.ledger.(Closer)
	if close && closer != nil {
		// No new work on a channel being redeemed, from before its record is
		// read: a request accepted between that read and the redeem would be
		// served on a voucher the redeem does not claim, and once the redeem
		// is mined it can never be (TestRedeemDoesNotLoseARequestServedMeanwhile).
		closer.SetClosing(id, false, true)
	}
	redeemed := false
	defer func() {
		if close && closer != nil && !redeemed {
			closer.SetClosing(id, false, false)
		}
	}()
	chs, err := s.ledger.Channels()
	if err != nil {
		r.Err = err
		return r
	}
	var st *store.ChannelState
	for i := range chs {
		if chs[i].ID == id {
			st = &chs[i]
		}
	}
	if st == nil {
		r.Err = errs.New(errs.ChannelNotFound, "no accepted voucher on channel 0x%x", id)
		return r
	}
	ch, err := s.claimer.Get(ctx, id)
	if err != nil {
		r.Err = err
		return r
	}
	r.Asset = ethsig.Address(ch.Token)
	if !ch.Open {
		r.Closed = true
		r.Err = s.ledger.MarkClaimed(ctx, id, ch.Claimed, true)
		return r
	}
	// The voucher of what was served (after a rolled-back charge it may be
	// below the highest voucher received: never claim more than served).
	amount, sig := st.Claimable()
	if amount.Cmp(ch.Claimed) <= 0 {
		// Nothing new; keep the ledger in step with the chain.
		r.Err = s.ledger.MarkClaimed(ctx, id, ch.Claimed, false)
		return r
	}
	if close {
		err = s.claimer.Redeem(ctx, id, amount, sig.Bytes())
	} else {
		err = s.claimer.Claim(ctx, id, amount, sig.Bytes())
	}
	if err != nil {
		r.Err = err
		return r
	}
	redeemed = close
	r.Amount = new(big.Int).Set(amount)
	r.Paid = new(big.Int).Sub(amount, ch.Claimed)
	r.Closed = close
	r.Err = s.ledger.MarkClaimed(ctx, id, amount, close)
	return r
}

// SettleAll settles every channel with unclaimed value (close: redeems).
func (s *Settler) SettleAll(ctx context.Context, close bool) []Result {
	chs, err := s.ledger.Channels()
	if err != nil {
		return []Result{{Err: err}}
	}
	var out []Result
	for _, st := range chs {
		if st.Closed || st.Unclaimed().Sign() == 0 {
			continue
		}
		out = append(out, s.SettleOne(ctx, st.ID, close))
	}
	return out
}

// Close applies the shutdown policy.
func (s *Settler) Close(ctx context.Context) []Result {
	if !s.policy.OnShutdown {
		return nil
	}
	rs := s.SettleAll(ctx, s.policy.CloseOnShutdown)
	for _, r := range rs {
		s.log(r)
	}
	return rs
}
