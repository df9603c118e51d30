package settle

import (
	"context"
	"errors"
	"math/big"

	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// ChainClaimer claims through a *chain.Client from the recipient's key.
type ChainClaimer struct {
	C *chain.Client
	S *chain.Signer
}

// Claim implements Claimer.
func (c ChainClaimer) Claim(ctx context.Context, id [32]byte, amount *big.Int, sig []byte) error {
	_, err := c.C.Channels.Claim(ctx, c.S, id, amount, sig)
	return err
}

// Redeem implements Claimer.
func (c ChainClaimer) Redeem(ctx context.Context, id [32]byte, amount *big.Int, sig []byte) error {
	_, err := c.C.Channels.Redeem(ctx, c.S, id, amount, sig)
	return err
}

// Get implements Claimer.
func (c ChainClaimer) Get(ctx context.Context, id [32]byte) (*chain.Channel, error) {
	return c.C.Channels.Get(ctx, id)
}

// StoreLedger is a Ledger over the store alone (no mailroom running).
type StoreLedger struct{ S store.Recipient }

// Channels implements Ledger.
func (l StoreLedger) Channels() ([]store.ChannelState, error) { return l.S.Channels() }

// MarkClaimed implements Ledger: from the stored record, conditionally
// (store.Apply), so that a mailroom accepting vouchers on the same store
// meanwhile (replicas on a shared database) is never overwritten.
func (l StoreLedger) MarkClaimed(ctx context.Context, id [32]byte, claimed *big.Int, closed bool) error {
	for attempt := 0; ; attempt++ {
		st, ok, err := l.S.Channel(id)
		if err != nil || !ok {
			return err
		}
		next := st.MarkClaimed(claimed, closed)
		err = l.S.Apply(ctx, nil, &st, &next)
		if !errors.Is(err, store.ErrChannelChanged) || attempt >= 16 {
			return err
		}
	}
}
