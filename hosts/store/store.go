package store

import (
	"context"
	"math/big"

	"github.com/agentmailroom/mailroom/core/ethsig"
)

// ChannelState is the recipient's durable record of one channel.
type ChannelState struct {
	ID     [32]byte
	Sender ethsig.Address
	// Accepted is the accepted cumulative amount; Signature is the sender's
	// voucher signature of exactly that amount (zero when Accepted is 0).
	Accepted  *big.Int
	Signature ethsig.Signature
	// Claimed is what the recipient has been paid on chain from this channel.
	Claimed *big.Int
	// Closed is set once the channel is closed on chain.
	Closed bool
}

// Unclaimed is Accepted − Claimed (never negative).
func (c *ChannelState) Unclaimed() *big.Int {
	a, cl := c.Accepted, c.Claimed
	if a == nil {
		a = new(big.Int)
	}
	if cl == nil {
		cl = new(big.Int)
	}
	d := new(big.Int).Sub(a, cl)
	if d.Sign() < 0 {
		d.SetInt64(0)
	}
	return d
}

// Clone returns a deep copy.
func (c ChannelState) Clone() ChannelState {
	if c.Accepted != nil {
		c.Accepted = new(big.Int).Set(c.Accepted)
	}
	if c.Claimed != nil {
		c.Claimed = new(big.Int).Set(c.Claimed)
	}
	return c
}

// NonceRecord is one used (sender, nonce), kept until Expiry (unix seconds).
type NonceRecord struct {
	Sender ethsig.Address
	Nonce  uint64
	Expiry uint64
}

// Recipient is the recipient side of the store.
type Recipient interface {
	// Commit durably records n (if not nil) and ch (if not nil) in one
	// transaction. It returns only once the data is on disk.
	Commit(ctx context.Context, n *NonceRecord, ch *ChannelState) error
	// Channel returns a channel's record.
	Channel(id [32]byte) (ChannelState, bool, error)
	// Channels returns every channel record.
	Channels() ([]ChannelState, error)
	// Nonces returns the records whose expiry is after now.
	Nonces(now uint64) ([]NonceRecord, error)
	// Prune deletes nonce records that expired at or before now.
	Prune(ctx context.Context, now uint64) (int, error)
}

// Outgoing is the sender's durable record of its channel to one recipient.
type Outgoing struct {
	Recipient ethsig.Address
	ChannelID [32]byte
	Deposit   *big.Int
	// Cumulative is the highest voucher amount signed on this channel;
	// Signature is its signature (zero when Cumulative is 0).
	Cumulative *big.Int
	Signature  ethsig.Signature
	Closed     bool
}

// Sender is the sender side of the store.
type Sender interface {
	Outgoing(recipient ethsig.Address) (*Outgoing, bool, error)
	PutOutgoing(ctx context.Context, o *Outgoing) error
	// NextNonce returns the recipient's nonce counter (0 first) and durably
	// increments it.
	NextNonce(ctx context.Context, recipient ethsig.Address) (uint64, error)
	// Spend adds amount to day's total if the total stays within limit (nil:
	// no limit), else errs.BudgetExceeded.
	Spend(ctx context.Context, day string, amount, limit *big.Int) error
	// Refund subtracts amount from day's total (not below 0).
	Refund(ctx context.Context, day string, amount *big.Int) error
	// Spent returns day's total.
	Spent(day string) (*big.Int, error)
}
