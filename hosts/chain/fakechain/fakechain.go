package fakechain

import (
	"context"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/hosts/chain"
)

// Chain is the fake. The zero value is not usable; call New.
type Chain struct {
	ChainID         uint64
	Registry        ethsig.Address
	ChannelContract ethsig.Address

	mu       sync.Mutex
	agents   map[common.Address]*chain.Agent
	channels map[[32]byte]*chain.Channel
	balances map[common.Address]*big.Int
	n        uint64
	// Reads counts uncached reads (GetAgent + GetChannel).
	Reads int
	vdom  *voucher.Domain
}

// New returns an empty fake chain 31337.
func New() *Chain {
	c := &Chain{ChainID: 31337, agents: map[common.Address]*chain.Agent{}, channels: map[[32]byte]*chain.Channel{}, balances: map[common.Address]*big.Int{}}
	c.Registry[19] = 0x01
	c.ChannelContract[19] = 0x02
	c.vdom = voucher.NewDomain(c.ChainID, c.ChannelContract)
	return c
}

// Register adds an active agent.
func (c *Chain) Register(a ethsig.Address, endpoint string, rate *big.Int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.agents[common.Address(a)] = &chain.Agent{Address: common.Address(a), Owner: common.Address(a), Endpoint: endpoint, RatePerTaskWei: new(big.Int).Set(rate), Active: true}
}

// SetActive flips an agent's status.
func (c *Chain) SetActive(a ethsig.Address, on bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if ag := c.agents[common.Address(a)]; ag != nil {
		ag.Active = on
	}
}

// Balance is an address's balance of claimed/refunded wei.
func (c *Chain) Balance(a common.Address) *big.Int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if b := c.balances[a]; b != nil {
		return new(big.Int).Set(b)
	}
	return new(big.Int)
}

// GetAgent implements chainview.Source.
func (c *Chain) GetAgent(_ context.Context, a common.Address) (*chain.Agent, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.Reads++
	ag := c.agents[a]
	if ag == nil {
		return nil, errs.New(errs.AgentNotFound, "%s is not registered", a)
	}
	cp := *ag
	return &cp, nil
}

// GetChannel implements chainview.Source.
func (c *Chain) GetChannel(_ context.Context, id [32]byte) (*chain.Channel, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.Reads++
	return c.get(id)
}

func (c *Chain) get(id [32]byte) (*chain.Channel, error) {
	ch := c.channels[id]
	if ch == nil {
		return nil, errs.New(errs.ChannelNotFound, "no channel 0x%x", id)
	}
	cp := *ch
	cp.Deposit = new(big.Int).Set(ch.Deposit)
	cp.Claimed = new(big.Int).Set(ch.Claimed)
	return &cp, nil
}

// Opened returns how many channels were created.
func (c *Chain) Opened() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return int(c.n)
}

// Open creates a channel.
func (c *Chain) Open(sender, recipient common.Address, deposit *big.Int, delay uint64) [32]byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	var buf [72]byte
	copy(buf[:20], sender[:])
	copy(buf[20:40], recipient[:])
	new(big.Int).SetUint64(c.n).FillBytes(buf[40:72])
	id := keccak.Sum256(buf[:])
	c.channels[id] = &chain.Channel{ID: id, Sender: sender, Recipient: recipient, Deposit: new(big.Int).Set(deposit), Claimed: new(big.Int), WithdrawDelay: delay, Open: true}
	return id
}

// TopUp adds to a channel's deposit.
func (c *Chain) TopUp(id [32]byte, amount *big.Int) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := c.channels[id]
	if ch == nil || !ch.Open {
		return errs.New(errs.Reverted, "ChannelNotOpen")
	}
	ch.Deposit.Add(ch.Deposit, amount)
	return nil
}

// RequestClose marks the channel closing at unix time at.
func (c *Chain) RequestClose(id [32]byte, at uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if ch := c.channels[id]; ch != nil {
		ch.CloseRequestedAt = at
	}
}

// Claim applies the contract's claim (close: redeemVoucher) rules.
func (c *Chain) Claim(caller common.Address, id [32]byte, amount *big.Int, sig []byte, close bool) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := c.channels[id]
	switch {
	case ch == nil:
		return errs.New(errs.Reverted, "ChannelNotFound")
	case !ch.Open:
		return errs.New(errs.Reverted, "ChannelNotOpen")
	case caller != ch.Recipient:
		return errs.New(errs.Reverted, "NotRecipient")
	case amount.Cmp(ch.Claimed) <= 0:
		return errs.New(errs.Reverted, "VoucherNotIncreasing(claimed=%s, cumulativeAmount=%s)", ch.Claimed, amount)
	case amount.Cmp(ch.Deposit) > 0:
		return errs.New(errs.Reverted, "VoucherExceedsDeposit")
	}
	s, err := ethsig.SignatureFromBytes(sig)
	if err != nil {
		return errs.New(errs.Reverted, "bad signature")
	}
	if err := c.vdom.Verify(&voucher.Voucher{ChannelID: id, CumulativeAmount: amount}, s, ethsig.Address(ch.Sender)); err != nil {
		return errs.New(errs.Reverted, "VoucherSignerMismatch")
	}
	c.credit(ch.Recipient, new(big.Int).Sub(amount, ch.Claimed))
	ch.Claimed = new(big.Int).Set(amount)
	if close {
		c.credit(ch.Sender, new(big.Int).Sub(ch.Deposit, amount))
		ch.Open = false
	}
	return nil
}

func (c *Chain) credit(a common.Address, v *big.Int) {
	b := c.balances[a]
	if b == nil {
		b = new(big.Int)
		c.balances[a] = b
	}
	b.Add(b, v)
}

// Ops is the ChannelOps of one sender.
type Ops struct {
	C      *Chain
	Sender common.Address
}

// Open implements agent.ChannelOps.
func (o Ops) Open(_ context.Context, recipient common.Address, deposit *big.Int, delay uint64) ([32]byte, error) {
	return o.C.Open(o.Sender, recipient, deposit, delay), nil
}

// TopUp implements agent.ChannelOps.
func (o Ops) TopUp(_ context.Context, id [32]byte, amount *big.Int) error {
	return o.C.TopUp(id, amount)
}

// Get implements agent.ChannelOps.
func (o Ops) Get(ctx context.Context, id [32]byte) (*chain.Channel, error) {
	return o.C.GetChannel(ctx, id)
}
