package agent

import (
	"context"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agentmailroom/mailroom/core/client"
	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// Agent is one agent identity with its channels. It is a host: the
// protocol's decisions are core/client's (a.c); the Agent does the HTTP,
// the chain transactions, the store and the per-recipient locking.
type Agent struct {
	cfg  Config
	c    *client.Sender
	addr ethsig.Address

	mu    sync.Mutex
	locks map[ethsig.Address]*sync.Mutex
}

// New builds an agent.
func New(cfg Config) (*Agent, error) {
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	c, err := client.New(client.Config{Key: cfg.Key, ChainID: cfg.ChainID, Registry: cfg.Registry, ChannelContract: cfg.ChannelContract,
		Deposit: cfg.Deposit, WithdrawDelay: cfg.WithdrawDelay, MaxPerRequest: cfg.Budget.MaxPerRequest, Asset: cfg.Asset})
	if err != nil {
		return nil, err
	}
	return &Agent{cfg: cfg, c: c, addr: c.Address(), locks: map[ethsig.Address]*sync.Mutex{}}, nil
}

// Address is the agent's address.
func (a *Agent) Address() ethsig.Address { return a.addr }

// DID is the agent's did:agent:eth identifier.
func (a *Agent) DID() string { return did.Format(a.addr) }

// RequestDomain is the AgentRequest (and receipt) domain.
func (a *Agent) RequestDomain() *envelope.Domain { return a.c.RequestDomain() }

// VoucherDomain is the voucher domain.
func (a *Agent) VoucherDomain() *voucher.Domain { return a.c.VoucherDomain() }

// Client is the agent's protocol (core/client), for hosts of their own.
func (a *Agent) Client() *client.Sender { return a.c }

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
	return a.cfg.Store.Outgoing(recipient, a.cfg.Asset)
}

// OpenChannel opens a channel to recipient with deposit and records it
// (replacing a previous, closed one), with the configured withdraw delay
// (client.WithdrawDelay with no minimum).
func (a *Agent) OpenChannel(ctx context.Context, recipient ethsig.Address, deposit *big.Int) ([32]byte, error) {
	defer a.lock(recipient)()
	delay, err := a.c.WithdrawDelayFor(0)
	if err != nil {
		return [32]byte{}, err
	}
	return a.openLocked(ctx, recipient, deposit, delay)
}

// WithdrawDelayFor returns the withdraw delay of a new channel to a
// recipient that requires at least min seconds: the configured delay, or
// min when higher. A delay set in the Config below min is refused
// (errs.WithdrawDelayTooShort) before any transaction (client.WithdrawDelay).
func (a *Agent) WithdrawDelayFor(min uint64) (uint64, error) { return a.c.WithdrawDelayFor(min) }

func (a *Agent) openLocked(ctx context.Context, recipient ethsig.Address, deposit *big.Int, delay uint64) ([32]byte, error) {
	if err := client.CheckDeposit(deposit); err != nil {
		return [32]byte{}, err
	}
	if err := a.spend(ctx, deposit); err != nil {
		return [32]byte{}, err
	}
	id, err := a.cfg.Channels.Open(ctx, common.Address(recipient), deposit, delay)
	if err != nil {
		a.refundIf(ctx, deposit, err)
		return id, err
	}
	o := client.Opened(recipient, id, deposit, delay)
	return id, a.cfg.Store.PutOutgoing(ctx, a.cfg.Asset, &o)
}

// UseChannel makes an existing open channel (e.g. one opened with `mailroom
// channel open`) the agent's channel to recipient. What the recipient
// accepted on it is learnt from the recipient before the next voucher
// (client.Adopt).
func (a *Agent) UseChannel(ctx context.Context, recipient ethsig.Address, id [32]byte) error {
	defer a.lock(recipient)()
	if o, _, err := a.cfg.Store.Outgoing(recipient, a.cfg.Asset); err != nil {
		return err
	} else if o.Uses(id) {
		return nil
	}
	ch, err := a.cfg.Channels.Get(ctx, id)
	if err != nil {
		return err
	}
	o, err := a.c.Adopt(recipient, client.OnChain{ID: id, Sender: ethsig.Address(ch.Sender), Recipient: ethsig.Address(ch.Recipient),
		Deposit: ch.Deposit, Claimed: ch.Claimed, WithdrawDelay: ch.WithdrawDelay, Open: ch.Open, CloseRequested: ch.CloseRequestedAt != 0,
		Token: ethsig.Address(ch.Token)})
	if err != nil {
		return err
	}
	return a.cfg.Store.PutOutgoing(ctx, a.cfg.Asset, &o)
}

// TopUp adds amount to the channel to recipient.
func (a *Agent) TopUp(ctx context.Context, recipient ethsig.Address, amount *big.Int) error {
	defer a.lock(recipient)()
	return a.topUpLocked(ctx, recipient, amount)
}

func (a *Agent) topUpLocked(ctx context.Context, recipient ethsig.Address, amount *big.Int) error {
	o, _, err := a.cfg.Store.Outgoing(recipient, a.cfg.Asset)
	if err != nil {
		return err
	}
	if !o.Usable() {
		return errs.New(errs.ChannelNotFound, "no open channel to %s", recipient)
	}
	if err := a.spend(ctx, amount); err != nil {
		return err
	}
	if err := a.cfg.Channels.TopUp(ctx, o.ChannelID, amount); err != nil {
		a.refundIf(ctx, amount, err)
		return err
	}
	next := client.ToppedUp(*o, amount)
	return a.cfg.Store.PutOutgoing(ctx, a.cfg.Asset, &next)
}

// spend counts amount against today's budget (MaxPerDay counts everything
// the agent signs: deposits, top-ups and voucher increases; the store
// keeps the durable total and refuses past the limit).
func (a *Agent) spend(ctx context.Context, amount *big.Int) error {
	if amount == nil || amount.Sign() <= 0 {
		return nil
	}
	return a.cfg.Store.Spend(ctx, a.day(), amount, a.cfg.Budget.MaxPerDay)
}

// refund gives amount back to today's budget.
func (a *Agent) refund(ctx context.Context, amount *big.Int) {
	if amount != nil && amount.Sign() > 0 {
		a.cfg.Store.Refund(ctx, a.day(), amount)
	}
}

// refundIf gives the budget back for a transaction that failed with err
// when client.Refundable says it provably moved nothing.
func (a *Agent) refundIf(ctx context.Context, amount *big.Int, err error) {
	if client.Refundable(err) {
		a.refund(ctx, amount)
	}
}

func (a *Agent) day() string { return client.DayIn(a.cfg.Now(), a.cfg.Asset) }

// PrepareRequest signs an envelope for payload to the recipient and, when
// amount > 0, the next cumulative voucher on the agent's channel to it
// (persisted before it is returned). It consumes one nonce.
//
// The envelope binds a POST of payload to the recipient's registered
// endpoint (PrepareRequestTo names another URL).
func (a *Agent) PrepareRequest(ctx context.Context, recipientDID string, payload []byte, amount *big.Int) (*envelope.Signed, *voucher.Signed, error) {
	recipient, err := did.ParseAddressOrDID(recipientDID)
	if err != nil {
		return nil, nil, err
	}
	prof, err := a.cfg.Directory.Agent(ctx, recipient)
	if err != nil {
		return nil, nil, err
	}
	return a.PrepareRequestTo(ctx, prof.Endpoint, recipient, payload, amount)
}

// PrepareRequestTo is PrepareRequest for a POST to url.
func (a *Agent) PrepareRequestTo(ctx context.Context, url string, recipient ethsig.Address, payload []byte, amount *big.Int) (*envelope.Signed, *voucher.Signed, error) {
	defer a.lock(recipient)()
	var vs *voucher.Signed
	if amount != nil && amount.Sign() > 0 {
		o, _, err := a.cfg.Store.Outgoing(recipient, a.cfg.Asset)
		if err != nil {
			return nil, nil, err
		}
		p, err := a.c.Prepare(o, amount)
		if err != nil {
			return nil, nil, err
		}
		if _, vs, err = a.signLocked(ctx, o, p); err != nil {
			return nil, nil, err
		}
	}
	env, err := a.envelopeLocked(ctx, recipient, url, payload)
	return env, vs, err
}

// signLocked counts p's increase against today's budget, signs p's voucher
// on o's channel (client.Sender.Sign) and persists the record before the
// voucher is returned.
func (a *Agent) signLocked(ctx context.Context, o *store.Outgoing, p client.Plan) (client.State, *voucher.Signed, error) {
	if err := a.spend(ctx, p.Increase); err != nil {
		return client.State{}, nil, err
	}
	next, vs, err := a.c.Sign(*o, p.Voucher)
	if err == nil {
		err = a.cfg.Store.PutOutgoing(ctx, a.cfg.Asset, &next)
	}
	if err != nil {
		a.refund(ctx, p.Increase) // never handed out
		return client.State{}, nil, err
	}
	return next, vs, nil
}

// envelopeLocked signs the envelope of a POST of payload to url with the
// recipient's next nonce and the time now.
func (a *Agent) envelopeLocked(ctx context.Context, recipient ethsig.Address, url string, payload []byte) (*envelope.Signed, error) {
	if _, err := client.Target(url); err != nil {
		return nil, err // before a nonce is spent
	}
	nonce, err := a.cfg.Store.NextNonce(ctx, recipient)
	if err != nil {
		return nil, err
	}
	return a.c.Envelope(recipient, url, payload, nonce, a.cfg.Now())
}

// Target is the request target a request to url carries (its path and
// query, as sent): what the envelope's payloadHash binds (client.Target).
func Target(url string) (string, error) { return client.Target(url) }

// Payment is the PAYMENT-SIGNATURE value of a voucher for a request to url:
// x402 v2, the resource, the terms accepted (req's, as the recipient stated
// them, or the agent's own view of them when no 402 was seen) and the
// voucher (client.Sender.Payment).
func (a *Agent) Payment(url string, recipient ethsig.Address, price *big.Int, req *x402.Requirement, vs *voucher.Signed) *x402.PaymentPayload {
	t := client.Terms{Price: price}
	if req != nil {
		t = client.Stated(req)
	}
	return a.c.Payment(url, recipient, t, vs)
}
