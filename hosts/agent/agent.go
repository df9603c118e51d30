package agent

import (
	"context"
	"math/big"
	"net/http"
	neturl "net/url"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/store"
)

// Agent is one agent identity with its channels.
type Agent struct {
	cfg      Config
	delaySet bool // Config.WithdrawDelay was given (not the default)
	addr     ethsig.Address
	reqDom   *envelope.Domain
	vDom     *voucher.Domain

	mu    sync.Mutex
	locks map[ethsig.Address]*sync.Mutex
}

// New builds an agent.
func New(cfg Config) (*Agent, error) {
	delaySet := cfg.WithdrawDelay != 0
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	return &Agent{
		cfg:      cfg,
		delaySet: delaySet,
		addr:     cfg.Key.Address(),
		reqDom:   envelope.NewDomain(cfg.ChainID, cfg.Registry),
		vDom:     voucher.NewDomain(cfg.ChainID, cfg.ChannelContract),
		locks:    map[ethsig.Address]*sync.Mutex{},
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
// (replacing a previous, closed one), with the configured withdraw delay.
func (a *Agent) OpenChannel(ctx context.Context, recipient ethsig.Address, deposit *big.Int) ([32]byte, error) {
	defer a.lock(recipient)()
	return a.openLocked(ctx, recipient, deposit, a.cfg.WithdrawDelay)
}

// WithdrawDelayFor returns the withdraw delay of a new channel to a
// recipient that requires at least min seconds: the configured delay, or
// min when higher. A delay set in the Config below min is refused
// (errs.WithdrawDelayTooShort) before any transaction.
func (a *Agent) WithdrawDelayFor(min uint64) (uint64, error) {
	d := a.cfg.WithdrawDelay
	if d >= min {
		return d, nil
	}
	if a.delaySet {
		return 0, errs.New(errs.WithdrawDelayTooShort, "the recipient needs a withdraw delay of at least %d s; this agent is configured for %d s", min, d)
	}
	return min, nil
}

func (a *Agent) openLocked(ctx context.Context, recipient ethsig.Address, deposit *big.Int, delay uint64) ([32]byte, error) {
	if deposit == nil || deposit.Sign() <= 0 {
		return [32]byte{}, errs.New(errs.InvalidInput, "deposit must be positive")
	}
	if err := a.spend(ctx, deposit); err != nil {
		return [32]byte{}, err
	}
	id, err := a.cfg.Channels.Open(ctx, common.Address(recipient), deposit, delay)
	if err != nil {
		a.refundIfReverted(ctx, deposit, err)
		return id, err
	}
	o := &store.Outgoing{Recipient: recipient, ChannelID: id, Deposit: new(big.Int).Set(deposit), Cumulative: new(big.Int), WithdrawDelay: delay}
	return id, a.cfg.Store.PutOutgoing(ctx, o)
}

// UseChannel makes an existing open channel (e.g. one opened with `mailroom
// channel open`) the agent's channel to recipient. What the recipient
// accepted on it is learnt from the recipient before the next voucher.
func (a *Agent) UseChannel(ctx context.Context, recipient ethsig.Address, id [32]byte) error {
	defer a.lock(recipient)()
	if o, ok, err := a.cfg.Store.Outgoing(recipient); err != nil {
		return err
	} else if ok && o.ChannelID == id && !o.Closed {
		return nil
	}
	ch, err := a.cfg.Channels.Get(ctx, id)
	if err != nil {
		return err
	}
	switch {
	case ethsig.Address(ch.Sender) != a.addr || ethsig.Address(ch.Recipient) != recipient:
		return errs.New(errs.ChannelMismatch, "channel 0x%x is from %s to %s, not from %s to %s", id, ethsig.Address(ch.Sender), ethsig.Address(ch.Recipient), a.addr, recipient)
	case !ch.Open:
		return errs.New(errs.ChannelClosed, "channel 0x%x is closed", id)
	case ch.CloseRequestedAt != 0:
		return errs.New(errs.ChannelClosing, "channel 0x%x is closing", id)
	}
	o := &store.Outgoing{Recipient: recipient, ChannelID: id, Deposit: new(big.Int).Set(ch.Deposit), Cumulative: new(big.Int).Set(ch.Claimed),
		WithdrawDelay: ch.WithdrawDelay, Uncertain: true}
	return a.cfg.Store.PutOutgoing(ctx, o)
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
	if err := a.spend(ctx, amount); err != nil {
		return err
	}
	if err := a.cfg.Channels.TopUp(ctx, o.ChannelID, amount); err != nil {
		a.refundIfReverted(ctx, amount, err)
		return err
	}
	o.Deposit = new(big.Int).Add(o.Deposit, amount)
	return a.cfg.Store.PutOutgoing(ctx, o)
}

// spend counts amount against today's budget (MaxPerDay counts everything
// the agent signs: deposits, top-ups and voucher increases).
func (a *Agent) spend(ctx context.Context, amount *big.Int) error {
	if amount.Sign() <= 0 {
		return nil
	}
	return a.cfg.Store.Spend(ctx, a.day(), amount, a.cfg.Budget.MaxPerDay)
}

// refundIfReverted gives the budget back for a transaction that provably
// moved nothing (it reverted); any other failure may have gone through.
func (a *Agent) refundIfReverted(ctx context.Context, amount *big.Int, err error) {
	if errs.KindOf(err) == errs.Reverted {
		a.cfg.Store.Refund(ctx, a.day(), amount)
	}
}

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
	return a.prepareLocked(ctx, recipient, url, payload, amount)
}

func (a *Agent) prepareLocked(ctx context.Context, recipient ethsig.Address, url string, payload []byte, amount *big.Int) (*envelope.Signed, *voucher.Signed, error) {
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
		if vs, err = a.signLocked(ctx, o, cum); err != nil {
			return nil, nil, err
		}
	}
	env, err := a.envelopeLocked(ctx, recipient, url, payload)
	return env, vs, err
}

// signLocked signs the voucher of cum on o's channel and persists it before
// it is returned: the budget counts the increase over the highest amount
// ever signed on the channel (what the recipient could claim).
func (a *Agent) signLocked(ctx context.Context, o *store.Outgoing, cum *big.Int) (*voucher.Signed, error) {
	inc := new(big.Int).Sub(cum, o.Exposure())
	if inc.Sign() > 0 {
		if m := a.cfg.Budget.MaxPerRequest; m != nil && inc.Cmp(m) > 0 {
			return nil, errs.New(errs.BudgetExceeded, "this voucher raises what the recipient can claim by %s wei, above the per-request budget %s wei", inc, m)
		}
		if err := a.spend(ctx, inc); err != nil {
			return nil, err
		}
	}
	v := voucher.Voucher{ChannelID: o.ChannelID, CumulativeAmount: cum}
	sig, err := a.vDom.Sign(a.cfg.Key, &v)
	if err != nil {
		return nil, err
	}
	if inc.Sign() > 0 {
		o.Signed = new(big.Int).Set(cum)
	}
	o.Cumulative, o.Signature = new(big.Int).Set(cum), sig
	if err := a.cfg.Store.PutOutgoing(ctx, o); err != nil {
		return nil, err
	}
	return &voucher.Signed{Voucher: v, Signature: sig}, nil
}

// envelopeLocked signs the envelope of a POST of payload to url.
func (a *Agent) envelopeLocked(ctx context.Context, recipient ethsig.Address, url string, payload []byte) (*envelope.Signed, error) {
	target, err := Target(url)
	if err != nil {
		return nil, err
	}
	nonce, err := a.cfg.Store.NextNonce(ctx, recipient)
	if err != nil {
		return nil, err
	}
	req := envelope.Request{
		Sender:      a.addr,
		Recipient:   recipient,
		PayloadHash: envelope.RequestPayloadHash(http.MethodPost, target, payload),
		Timestamp:   uint64(a.cfg.Now().Unix()),
		Nonce:       nonce,
	}
	return &envelope.Signed{Request: req, ChainID: a.cfg.ChainID, Registry: a.cfg.Registry, Signature: a.reqDom.Sign(a.cfg.Key, &req)}, nil
}

// Target is the request target a request to url carries (its path and
// query, as sent): what the envelope's payloadHash binds.
func Target(url string) (string, error) {
	u, err := neturl.Parse(url)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return "", errs.New(errs.InvalidInput, "%q is not an absolute http(s) URL", url)
	}
	return u.RequestURI(), nil
}

// Payment is the PAYMENT-SIGNATURE value of a voucher for a request to url:
// x402 v2, the resource, the terms accepted (req's, as the recipient stated
// them, or the agent's own view of them when no 402 was seen) and the voucher.
func (a *Agent) Payment(url string, recipient ethsig.Address, price *big.Int, req *x402.Requirement, vs *voucher.Signed) *x402.PaymentPayload {
	var terms x402.Requirement
	if req != nil {
		terms = req.Terms()
	} else {
		terms = x402.Requirement{Scheme: x402.Scheme, Network: x402.Network(a.cfg.ChainID), Asset: x402.Asset, PayTo: recipient,
			MaxTimeoutSeconds: 60, Extra: x402.Extra{ChannelContract: a.cfg.ChannelContract, Registry: a.cfg.Registry, MinWithdrawDelay: a.cfg.WithdrawDelay}}
		terms.Amount.Set(price)
	}
	return &x402.PaymentPayload{X402Version: x402.Version, Resource: &x402.Resource{URL: url}, Accepted: terms, Payload: *vs}
}

func hex32(b [32]byte) string { return hexutil.Encode(b[:]) }
