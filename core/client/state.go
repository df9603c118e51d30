package client

import (
	"math/big"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/x402"
)

// State is the sender's durable record of its channel to one recipient
// (hosts/mailroom/store keeps it as store.Outgoing). Every function of this package
// takes a State by value or reads it through a pointer and returns a new
// one: none changes the State (or the amounts) it was given.
type State struct {
	Recipient ethsig.Address
	ChannelID [32]byte
	Deposit   *big.Int
	// Cumulative is what the recipient has accepted on this channel as far
	// as the sender knows (its next voucher is Cumulative + price);
	// Signature is the sender's voucher of that amount (zero when unknown).
	Cumulative *big.Int
	Signature  ethsig.Signature
	// Signed is the highest amount ever signed on this channel: what the
	// recipient could claim at most (nil: Cumulative).
	Signed *big.Int
	// WithdrawDelay is the channel's withdraw delay in seconds.
	WithdrawDelay uint64
	// Uncertain is set when a request's outcome is unknown: the next request
	// first learns the accepted amount from the recipient.
	Uncertain bool
	Closed    bool
}

// Exposure is the highest amount signed on the channel (Signed, or
// Cumulative when higher or Signed is unset): what the recipient could
// claim at most, and what the budget has already counted.
func (s *State) Exposure() *big.Int {
	c := amount(s.Cumulative)
	if s.Signed == nil || s.Signed.Cmp(c) < 0 {
		return c
	}
	return new(big.Int).Set(s.Signed)
}

// Usable reports whether s is a channel the sender can pay on (recorded and
// not closed); a nil s is none.
func (s *State) Usable() bool { return s != nil && !s.Closed }

// Uses reports whether s is the open channel id.
func (s *State) Uses(id [32]byte) bool { return s.Usable() && s.ChannelID == id }

// Clone returns a deep copy.
func (s State) Clone() State {
	s.Deposit = clone(s.Deposit)
	s.Cumulative = clone(s.Cumulative)
	s.Signed = clone(s.Signed)
	return s
}

// Opened is the record of a channel just opened to recipient with deposit
// and delay: nothing accepted, nothing signed.
func Opened(recipient ethsig.Address, id [32]byte, deposit *big.Int, delay uint64) State {
	return State{Recipient: recipient, ChannelID: id, Deposit: amount(deposit), Cumulative: new(big.Int), WithdrawDelay: delay}
}

// ToppedUp is s after a was added to its deposit.
func ToppedUp(s State, a *big.Int) State {
	s = s.Clone()
	s.Deposit = new(big.Int).Add(s.Deposit, amount(a))
	return s
}

// CheckDeposit refuses a deposit that is not positive (before any transaction).
func CheckDeposit(deposit *big.Int) error {
	if deposit == nil || deposit.Sign() <= 0 {
		return errs.New(errs.InvalidInput, "deposit must be positive")
	}
	return nil
}

// OnChain is a channel as the chain reports it.
type OnChain struct {
	ID             [32]byte
	Sender         ethsig.Address
	Recipient      ethsig.Address
	Deposit        *big.Int
	Claimed        *big.Int
	WithdrawDelay  uint64
	Open           bool
	CloseRequested bool // the sender asked to close it (CloseRequestedAt != 0)
	// Token is the channel's asset (the zero address for ETH). The client
	// pays in ETH: a channel in a token is refused (asset_mismatch), since
	// its vouchers count token units, not wei.
	Token ethsig.Address
}

// Adopt is the package-level Adopt for the sender's own asset.
func (s *Sender) Adopt(recipient ethsig.Address, c OnChain) (State, error) {
	return adopt(s.addr, recipient, s.cfg.Asset, c)
}

// Adopt is the record of an existing channel self takes up as its channel
// to recipient (e.g. one opened with `mailroom channel open`): it must be
// from self to recipient, open and not closing. Its accepted amount starts
// at what was claimed on chain and is Uncertain: the next request first
// learns what the recipient accepted.
func Adopt(self, recipient ethsig.Address, c OnChain) (State, error) {
	return adopt(self, recipient, ethsig.Address{}, c)
}

// adopt is Adopt for a sender paying in asset (zero: ETH): a channel in
// another asset is asset_mismatch.
func adopt(self, recipient, asset ethsig.Address, c OnChain) (State, error) {
	switch {
	case c.Sender != self || c.Recipient != recipient:
		return State{}, errs.New(errs.ChannelMismatch, "channel 0x%x is from %s to %s, not from %s to %s", c.ID, c.Sender, c.Recipient, self, recipient)
	case !c.Open:
		return State{}, errs.New(errs.ChannelClosed, "channel 0x%x is closed", c.ID)
	case c.CloseRequested:
		return State{}, errs.New(errs.ChannelClosing, "channel 0x%x is closing", c.ID)
	case c.Token != asset:
		return State{}, errs.New(errs.AssetMismatch, "channel 0x%x holds %s; this client pays in %s", c.ID, x402.AssetOf(c.Token), x402.AssetOf(asset))
	}
	return State{Recipient: recipient, ChannelID: c.ID, Deposit: amount(c.Deposit), Cumulative: amount(c.Claimed),
		WithdrawDelay: c.WithdrawDelay, Uncertain: true}, nil
}

func clone(x *big.Int) *big.Int {
	if x == nil {
		return nil
	}
	return new(big.Int).Set(x)
}

// amount is a copy of x, 0 for nil.
func amount(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(x)
}
