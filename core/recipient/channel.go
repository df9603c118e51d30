package recipient

import (
	"math/big"

	"github.com/agentmailroom/mailroom/core/ethsig"
)

// Channel is the recipient's own record of one channel.
type Channel struct {
	ID     [32]byte
	Sender ethsig.Address
	// Accepted is the cumulative amount of the requests served on this
	// channel (the next voucher must be exactly Accepted + price); Signature
	// is the sender's voucher signature of exactly that amount (zero when
	// Accepted is 0, or when a rolled-back charge left no voucher of exactly
	// that amount at hand).
	Accepted  *big.Int
	Signature ethsig.Signature
	// Settle and SettleSig are the voucher to claim with when it differs
	// from (Accepted, Signature): the highest voucher held whose amount is
	// at most Accepted (nil Settle: claim Accepted with Signature).
	Settle    *big.Int
	SettleSig ethsig.Signature
	// Claimed is what the recipient has been paid on chain from this channel.
	Claimed *big.Int
	// Closed is set once the channel is closed on chain.
	Closed bool
}

// Claimable returns the voucher settlement claims with: the highest amount
// held with its signature that is at most Accepted.
func (c *Channel) Claimable() (*big.Int, ethsig.Signature) {
	if c.Settle != nil {
		return c.Settle, c.SettleSig
	}
	if c.Signature == (ethsig.Signature{}) {
		return new(big.Int), ethsig.Signature{}
	}
	return c.Accepted, c.Signature
}

// Unclaimed is the claimable amount − Claimed (never negative).
func (c *Channel) Unclaimed() *big.Int {
	a, _ := c.Claimable()
	cl := c.Claimed
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
func (c Channel) Clone() Channel {
	if c.Accepted != nil {
		c.Accepted = new(big.Int).Set(c.Accepted)
	}
	if c.Claimed != nil {
		c.Claimed = new(big.Int).Set(c.Claimed)
	}
	if c.Settle != nil {
		c.Settle = new(big.Int).Set(c.Settle)
	}
	return c
}

// MaxHeld bounds the recent vouchers Held keeps.
const MaxHeld = 32

// Held are the latest vouchers received on a channel (amount and
// signature), so that a rolled-back charge can settle with a voucher of
// exactly the new accepted amount.
type Held []HeldVoucher

// HeldVoucher is one received voucher.
type HeldVoucher struct {
	Amount    *big.Int
	Signature ethsig.Signature
}

// Hold remembers a received voucher, forgetting the oldest past MaxHeld.
func (h *Held) Hold(amount *big.Int, sig ethsig.Signature) {
	if len(*h) == MaxHeld {
		copy(*h, (*h)[1:])
		*h = (*h)[:MaxHeld-1]
	}
	*h = append(*h, HeldVoucher{new(big.Int).Set(amount), sig})
}

// At returns the held signature of exactly amount.
func (h Held) At(amount *big.Int) (ethsig.Signature, bool) {
	for i := len(h) - 1; i >= 0; i-- {
		if h[i].Amount.Cmp(amount) == 0 {
			return h[i].Signature, true
		}
	}
	return ethsig.Signature{}, false
}

// Below returns the highest held voucher below amount (and above 0).
func (h Held) Below(amount *big.Int) (*big.Int, ethsig.Signature, bool) {
	var best *HeldVoucher
	for i := range h {
		v := &h[i]
		if v.Amount.Cmp(amount) < 0 && v.Amount.Sign() > 0 && (best == nil || v.Amount.Cmp(best.Amount) > 0) {
			best = v
		}
	}
	if best == nil {
		return nil, ethsig.Signature{}, false
	}
	return new(big.Int).Set(best.Amount), best.Signature, true
}

// Accept is the channel after a voucher of cum was accepted.
func (c Channel) Accept(sender ethsig.Address, cum *big.Int, sig ethsig.Signature) Channel {
	next := c.Clone()
	next.Sender = sender
	next.Accepted = new(big.Int).Set(cum)
	next.Signature = sig
	next.Settle, next.SettleSig = nil, ethsig.Signature{}
	return next
}

// Rollback is the channel after the charge of price was taken back (the
// task failed): the accepted amount drops by price, and the voucher to
// settle with becomes the held one of exactly the new amount, or the
// highest held below it. The recipient never claims more than it served.
func (c Channel) Rollback(price *big.Int, held Held) Channel {
	next := c.Clone()
	amt := new(big.Int).Sub(next.Accepted, price)
	if amt.Sign() < 0 {
		amt.SetInt64(0)
	}
	next.Accepted = amt
	next.Signature, next.Settle, next.SettleSig = ethsig.Signature{}, nil, ethsig.Signature{}
	if sig, ok := held.At(amt); ok {
		next.Signature = sig
	} else if a, sig, ok := held.Below(amt); ok {
		next.Settle, next.SettleSig = a, sig
	} else if amt.Sign() > 0 {
		next.Settle = new(big.Int)
	}
	return next
}

// Claimed is the channel after amount (cumulative) was paid on chain, and
// closed when the channel closed.
func (c Channel) MarkClaimed(claimed *big.Int, closed bool) Channel {
	next := c.Clone()
	if next.Claimed == nil || claimed.Cmp(next.Claimed) > 0 {
		next.Claimed = new(big.Int).Set(claimed)
	}
	if next.Accepted == nil || next.Accepted.Cmp(next.Claimed) < 0 {
		next.Accepted = new(big.Int).Set(next.Claimed)
	}
	next.Closed = next.Closed || closed
	return next
}
