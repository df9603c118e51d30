package store

import (
	"context"
	"math/big"
	"sync"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
)

// Mem is a Sender kept in memory only: for load generators and tests,
// never for an agent that must survive a restart.
type Mem struct {
	mu       sync.Mutex
	outgoing map[[2]ethsig.Address]Outgoing // by recipient and asset
	nonces   map[ethsig.Address]uint64
	spend    map[string]*big.Int
}

// NewMem returns an empty in-memory sender store.
func NewMem() *Mem {
	return &Mem{outgoing: map[[2]ethsig.Address]Outgoing{}, nonces: map[ethsig.Address]uint64{}, spend: map[string]*big.Int{}}
}

func cloneOut(o Outgoing) *Outgoing {
	o.Deposit = new(big.Int).Set(o.Deposit)
	o.Cumulative = new(big.Int).Set(o.Cumulative)
	if o.Signed != nil {
		o.Signed = new(big.Int).Set(o.Signed)
	}
	return &o
}

// Outgoing implements Sender.
func (m *Mem) Outgoing(r, asset ethsig.Address) (*Outgoing, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	o, ok := m.outgoing[[2]ethsig.Address{r, asset}]
	if !ok {
		return nil, false, nil
	}
	return cloneOut(o), true, nil
}

// PutOutgoing implements Sender.
func (m *Mem) PutOutgoing(_ context.Context, asset ethsig.Address, o *Outgoing) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.outgoing[[2]ethsig.Address{o.Recipient, asset}] = *cloneOut(*o)
	return nil
}

// NextNonce implements Sender.
func (m *Mem) NextNonce(_ context.Context, r ethsig.Address) (uint64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	n := m.nonces[r]
	m.nonces[r] = n + 1
	return n, nil
}

// Spend implements Sender.
func (m *Mem) Spend(_ context.Context, day string, amount, limit *big.Int) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	cur := m.spend[day]
	if cur == nil {
		cur = new(big.Int)
	}
	next := new(big.Int).Add(cur, amount)
	if limit != nil && next.Cmp(limit) > 0 {
		return errs.New(errs.BudgetExceeded, "daily budget %s for %s (base units: wei for ETH): %s spent, %s more requested", limit, day, cur, amount)
	}
	m.spend[day] = next
	return nil
}

// Refund implements Sender.
func (m *Mem) Refund(_ context.Context, day string, amount *big.Int) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if cur := m.spend[day]; cur != nil {
		cur.Sub(cur, amount)
		if cur.Sign() < 0 {
			cur.SetInt64(0)
		}
	}
	return nil
}

// Spent implements Sender.
func (m *Mem) Spent(day string) (*big.Int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if cur := m.spend[day]; cur != nil {
		return new(big.Int).Set(cur), nil
	}
	return new(big.Int), nil
}

var _ Sender = (*Mem)(nil)
