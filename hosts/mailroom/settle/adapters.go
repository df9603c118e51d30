package settle

import (
	"context"
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

// MarkClaimed implements Ledger.
func (l StoreLedger) MarkClaimed(ctx context.Context, id [32]byte, claimed *big.Int, closed bool) error {
	st, ok, err := l.S.Channel(id)
	if err != nil || !ok {
		return err
	}
	if st.Claimed == nil || claimed.Cmp(st.Claimed) > 0 {
		st.Claimed = new(big.Int).Set(claimed)
	}
	if st.Accepted.Cmp(st.Claimed) < 0 {
		st.Accepted = new(big.Int).Set(st.Claimed)
	}
	st.Closed = st.Closed || closed
	return l.S.Commit(ctx, nil, &st)
}
