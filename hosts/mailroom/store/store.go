package store

import (
	"context"
	"math/big"

	"github.com/agentmailroom/mailroom/core/client"
	"github.com/agentmailroom/mailroom/core/errs"
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
	// Running is set by a store several replicas share (Shared) when
	// another live replica is serving the request now: its answer is not
	// lost, only not there yet.
	Running bool
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
	// Apply is Commit made conditional, for a write decided on a channel
	// record read earlier: in one transaction it records n (if not nil)
	// and replaces the channel's record from (nil: there must be none yet)
	// by to, only if (sender, nonce) is not recorded yet (else
	// ErrNonceUsed) and the stored record still equals from (else
	// ErrChannelChanged). When it refuses, nothing is written.
	Apply(ctx context.Context, n *NonceRecord, from, to *ChannelState) error
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

// Apply's refusals: the write was decided on a state another writer
// changed. The caller reads again and decides again.
var (
	ErrNonceUsed      = errs.New(errs.NonceReplayed, "store: this nonce is already recorded")
	ErrChannelChanged = errs.New(errs.StoreError, "store: the channel's record changed since it was read")
)

// Shared is a Recipient store that several mailroom replicas share
// (hosts/mailroom/store/postgres): what one replica keeps in memory may be
// behind it, so the replica reads it again before it refuses, and Apply
// decides which of two racing replicas wins.
type Shared interface {
	Recipient
	// ClaimRerun makes this replica the one that serves (sender, nonce)
	// again after its answer was lost: true only when the request is
	// recorded, unanswered, and no other live replica serves it.
	ClaimRerun(ctx context.Context, sender ethsig.Address, nonce uint64) (bool, error)
}

// SameChannel reports whether two channel records are equal (nil amounts
// count as 0).
func SameChannel(a, b *ChannelState) bool {
	return a.ID == b.ID && a.Sender == b.Sender && sameAmount(a.Accepted, b.Accepted) && a.Signature == b.Signature &&
		(a.Settle == nil) == (b.Settle == nil) && sameAmount(a.Settle, b.Settle) && a.SettleSig == b.SettleSig &&
		sameAmount(a.Claimed, b.Claimed) && a.Closed == b.Closed
}

func sameAmount(a, b *big.Int) bool {
	switch {
	case a == nil && b == nil:
		return true
	case a == nil:
		return b.Sign() == 0
	case b == nil:
		return a.Sign() == 0
	}
	return a.Cmp(b) == 0
}

// Outgoing is the sender's durable record of its channel to one recipient
// in one asset: the core's client.State (its fields, Exposure and the rules
// over it are core/client's).
type Outgoing = client.State

// Sender is the sender side of the store.
type Sender interface {
	// Outgoing is the record of the channel to recipient in asset (a token
	// address, or zero for ETH): one per recipient and asset, so an agent
	// paying a recipient in ETH and in a token keeps both channels.
	Outgoing(recipient, asset ethsig.Address) (*Outgoing, bool, error)
	// PutOutgoing durably replaces the record of o's channel, in asset.
	PutOutgoing(ctx context.Context, asset ethsig.Address, o *Outgoing) error
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
