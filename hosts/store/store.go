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
func (c *ChannelState) Claimable() (*big.Int, ethsig.Signature) {
	if c.Settle != nil {
		return c.Settle, c.SettleSig
	}
	if c.Signature == (ethsig.Signature{}) {
		return new(big.Int), ethsig.Signature{}
	}
	return c.Accepted, c.Signature
}

// Unclaimed is the claimable amount − Claimed (never negative).
func (c *ChannelState) Unclaimed() *big.Int {
	a, _ := c.Claimable()
	cl := c.Claimed
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
	if c.Settle != nil {
		c.Settle = new(big.Int).Set(c.Settle)
	}
	return c
}

// NonceRecord is one used (sender, nonce), kept until Expiry (unix seconds).
// Fingerprint identifies the exact request (envelope and voucher) so that a
// retry of the same request can be told from another request reusing the
// nonce; Response, when set, is its answer (written with the record).
type NonceRecord struct {
	Sender      ethsig.Address
	Nonce       uint64
	Expiry      uint64
	Fingerprint [32]byte
	Response    *Response
}

// Response is the stored answer to one request, given again to a retry of
// that very request while its nonce is in the window.
type Response struct {
	Status int
	// Header holds the response headers a retry gets again (Content-Type,
	// PAYMENT-RESPONSE, ...), one value each.
	Header map[string]string
	Body   []byte
	// Truncated is set when the body was over the cap and not kept.
	Truncated bool
}

// MaxResponseBody is the largest response body kept for retries.
const MaxResponseBody = 64 << 10

// Recipient is the recipient side of the store.
type Recipient interface {
	// Commit durably records n (if not nil) and ch (if not nil) in one
	// transaction. It returns only once the data is on disk.
	Commit(ctx context.Context, n *NonceRecord, ch *ChannelState) error
	// Channel returns a channel's record.
	Channel(id [32]byte) (ChannelState, bool, error)
	// Channels returns every channel record.
	Channels() ([]ChannelState, error)
	// Nonces returns the records whose expiry is after now (without
	// fingerprints or responses).
	Nonces(now uint64) ([]NonceRecord, error)
	// Request returns the record of (sender, nonce) with its fingerprint and
	// response (nil while the request has not been answered).
	Request(sender ethsig.Address, nonce uint64) (*NonceRecord, bool, error)
	// PutResponse stores the answer to an accepted request, durably. (A
	// crash before it loses only the answer: a retry then runs the request
	// again under the charge already recorded.)
	// n is the record Commit wrote, with its Response set.
	PutResponse(ctx context.Context, n *NonceRecord) error
	// Prune deletes nonce records (and their responses) that expired at or
	// before now.
	Prune(ctx context.Context, now uint64) (int, error)
}

// Outgoing is the sender's durable record of its channel to one recipient.
type Outgoing struct {
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
// Cumulative when higher or Signed is unset).
func (o *Outgoing) Exposure() *big.Int {
	if o.Signed == nil || o.Signed.Cmp(o.Cumulative) < 0 {
		return new(big.Int).Set(o.Cumulative)
	}
	return new(big.Int).Set(o.Signed)
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
