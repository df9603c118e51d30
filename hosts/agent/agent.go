package agent

import (
	"context"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/store"
)

// Agent is one agent identity with its channels.
type Agent struct {
	cfg    Config
	addr   ethsig.Address
	reqDom *envelope.Domain
	vDom   *voucher.Domain

	mu    sync.Mutex
	locks map[ethsig.Address]*sync.Mutex
}

// New builds an agent.
func New(cfg Config) (*Agent, error) {
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	return &Agent{
		cfg:    cfg,
		addr:   cfg.Key.Address(),
		reqDom: envelope.NewDomain(cfg.ChainID, cfg.Registry),
		vDom:   voucher.NewDomain(cfg.ChainID, cfg.ChannelContract),
		locks:  map[ethsig.Address]*sync.Mutex{},
	}, nil
}

// Address is the agent's address.
func (a *Agent) Address() ethsig.Address { return a.addr }

// DID is the agent's did:agent:eth identifier.
func (a *Agent) DID() string { return did.Format(a.addr) }

// RequestDomain is the AgentRequest (and receipt) domain.
func (a *Agent) RequestDomain() *envelope.Domain { return a.reqDom }

// VoucherDomain is the voucher domain.
func (a *Agent) VoucherDomain() *voucher.Domain { return a.vDom }

// Profile returns the registry record of a DID or address (cached by the Directory).
func (a *Agent) Profile(ctx context.Context, didOrAddr string) (*chain.Agent, error) {
	addr, err := did.ParseAddressOrDID(didOrAddr)
	if err != nil {
		return nil, err
	}
	return a.cfg.Directory.Agent(ctx, addr)
}

func (a *Agent) lock(r ethsig.Address) func() {
	a.mu.Lock()
	l := a.locks[r]
	if l == nil {
		l = &sync.Mutex{}
		a.locks[r] = l
	}
	a.mu.Unlock()
	l.Lock()
	return l.Unlock
}

// Channel returns the agent's channel record to recipient.
func (a *Agent) Channel(recipient ethsig.Address) (*store.Outgoing, bool, error) {
	return a.cfg.Store.Outgoing(recipient)
}

// OpenChannel opens a channel to recipient with deposit and records it
// (replacing a previous, closed one).
func (a *Agent) OpenChannel(ctx context.Context, recipient ethsig.Address, deposit *big.Int) ([32]byte, error) {
	defer a.lock(recipient)()
	return a.openLocked(ctx, recipient, deposit)
}

func (a *Agent) openLocked(ctx context.Context, recipient ethsig.Address, deposit *big.Int) ([32]byte, error) {
	if deposit == nil || deposit.Sign() <= 0 {
		return [32]byte{}, errs.New(errs.InvalidInput, "deposit must be positive")
	}
	id, err := a.cfg.Channels.Open(ctx, common.Address(recipient), deposit, a.cfg.WithdrawDelay)
	if err != nil {
		return id, err
	}
	o := &store.Outgoing{Recipient: recipient, ChannelID: id, Deposit: new(big.Int).Set(deposit), Cumulative: new(big.Int)}
	return id, a.cfg.Store.PutOutgoing(ctx, o)
}

// TopUp adds amount to the channel to recipient.
func (a *Agent) TopUp(ctx context.Context, recipient ethsig.Address, amount *big.Int) error {
	defer a.lock(recipient)()
	return a.topUpLocked(ctx, recipient, amount)
}

func (a *Agent) topUpLocked(ctx context.Context, recipient ethsig.Address, amount *big.Int) error {
	o, ok, err := a.cfg.Store.Outgoing(recipient)
	if err != nil {
		return err
	}
	if !ok || o.Closed {
		return errs.New(errs.ChannelNotFound, "no open channel to %s", recipient)
	}
	if err := a.cfg.Channels.TopUp(ctx, o.ChannelID, amount); err != nil {
		return err
	}
	o.Deposit = new(big.Int).Add(o.Deposit, amount)
	return a.cfg.Store.PutOutgoing(ctx, o)
}

// PrepareRequest signs an envelope for payload to the recipient and, when
// amount > 0, the next cumulative voucher on the agent's channel to it
// (persisted before it is returned). It consumes one nonce.
func (a *Agent) PrepareRequest(ctx context.Context, recipientDID string, payload []byte, amount *big.Int) (*envelope.Signed, *voucher.Signed, error) {
	recipient, err := did.ParseAddressOrDID(recipientDID)
	if err != nil {
		return nil, nil, err
	}
	defer a.lock(recipient)()
	return a.prepareLocked(ctx, recipient, payload, amount)
}

func (a *Agent) prepareLocked(ctx context.Context, recipient ethsig.Address, payload []byte, amount *big.Int) (*envelope.Signed, *voucher.Signed, error) {
	var vs *voucher.Signed
	if amount != nil && amount.Sign() > 0 {
		o, ok, err := a.cfg.Store.Outgoing(recipient)
		if err != nil {
			return nil, nil, err
		}
		if !ok || o.Closed {
			return nil, nil, errs.New(errs.PaymentRequired, "no open channel to %s: open one first", recipient)
		}
		cum := new(big.Int).Add(o.Cumulative, amount)
		if cum.Cmp(o.Deposit) > 0 {
			return nil, nil, errs.New(errs.VoucherExceedsDeposit, "voucher %s wei would exceed the deposit %s wei: top up", cum, o.Deposit)
		}
		v := voucher.Voucher{ChannelID: o.ChannelID, CumulativeAmount: cum}
		sig, err := a.vDom.Sign(a.cfg.Key, &v)
		if err != nil {
			return nil, nil, err
		}
		o.Cumulative, o.Signature = cum, sig
		if err := a.cfg.Store.PutOutgoing(ctx, o); err != nil {
			return nil, nil, err
		}
		vs = &voucher.Signed{Voucher: v, Signature: sig}
	}
	nonce, err := a.cfg.Store.NextNonce(ctx, recipient)
	if err != nil {
		return nil, nil, err
	}
	req := envelope.Request{
		Sender:      a.addr,
		Recipient:   recipient,
		PayloadHash: envelope.PayloadHash(payload),
		Timestamp:   uint64(a.cfg.Now().Unix()),
		Nonce:       nonce,
	}
	env := &envelope.Signed{Request: req, ChainID: a.cfg.ChainID, Registry: a.cfg.Registry, Signature: a.reqDom.Sign(a.cfg.Key, &req)}
	return env, vs, nil
}

func hex32(b [32]byte) string { return hexutil.Encode(b[:]) }
