package store

import (
	"context"
	"math/big"

	"github.com/agentmailroom/mailroom/core/client"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/recipient"
)

// ChannelState is the recipient's durable record of one channel
// (recipient.Channel: its fields and rules are the core's).
type ChannelState = recipient.Channel

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
// that very request while its nonce is in the window (recipient.Answer).
type Response = recipient.Answer

// MaxResponseBody is the largest response body kept for retries.
const MaxResponseBody = recipient.DefaultMaxResponseBody

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

// Outgoing is the sender's durable record of its channel to one recipient:
// the core's client.State (its fields, Exposure and the rules over it are
// core/client's).
type Outgoing = client.State

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
