package recipient

import (
	"math/big"
	"time"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
	"github.com/agentmailroom/mailroom/core/replay"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/core/x402"
)

// Config is the recipient's terms. Me, ChainID, Registry, ChannelContract
// and Price (or Accepts) are required.
type Config struct {
	Me              ethsig.Address
	ChainID         uint64
	Registry        ethsig.Address // AgentRegistry: the request and receipt domain
	ChannelContract ethsig.Address // AgentPaymentChannel: the voucher domain
	Price           *big.Int       // per request, in Asset's base units (wei for ETH)
	// Asset is what Price is in and what a paying channel must hold: an
	// ERC-20 token's address, or the zero address for ETH (the default).
	Asset ethsig.Address
	// Accepts is the default price in several assets, the recipient's
	// preference first: a 402 lists them all and a payment in any of them
	// is taken at its asset's price. When set, Price and Asset are its
	// first entry or unset (New fills them in).
	Accepts []Price
	// Routes price requests by method and path (Route); the first that
	// matches a request is its price; a request no route matches costs
	// Price in Asset (or Accepts).
	Routes []Route
	Window replay.Window // default replay.DefaultWindow
	// MinWithdrawDelay is the shortest channel withdrawDelay accepted, in
	// seconds (0: no minimum).
	MinWithdrawDelay  uint64
	MaxTimeoutSeconds uint64 // advertised (default 60)
	MaxBody           int64  // default 1 MiB
	MaxResponseBody   int    // largest answer kept for retries (default 64 KiB)
	// Recover recovers signers (default ethsig.Recover); "signed by the
	// expected signer" is decided by ethsig.VerifyWith all the same.
	Recover ethsig.Recoverer
	// Sign signs receipt digests with the recipient's key (required for
	// Receipt).
	Sign func(digest [32]byte) (ethsig.Signature, error)
}

// DefaultMaxResponseBody is the default cap of an answer kept for retries.
const DefaultMaxResponseBody = 64 << 10

// Machine applies Config's terms. It holds no state of its own.
type Machine struct {
	cfg     Config
	reqDom  *envelope.Domain
	vDom    *voucher.Domain
	network string
}

// New checks cfg and returns its machine.
func New(cfg Config) (*Machine, error) {
	if cfg.ChainID == 0 {
		return nil, errs.New(errs.InvalidInput, "recipient config: ChainID and a non-negative Price are required")
	}
	accepts, err := acceptsOf("recipient config", cfg.Price, cfg.Asset, cfg.Accepts)
	if err != nil {
		return nil, err
	}
	cfg.Accepts, cfg.Price, cfg.Asset = accepts, accepts[0].Amount, accepts[0].Asset
	if cfg.Routes, err = checkRoutes(cfg.Routes); err != nil {
		return nil, err
	}
	if cfg.Window == (replay.Window{}) {
		cfg.Window = replay.DefaultWindow
	}
	if cfg.MaxTimeoutSeconds == 0 {
		cfg.MaxTimeoutSeconds = 60
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 1 << 20
	}
	if cfg.MaxResponseBody <= 0 {
		cfg.MaxResponseBody = DefaultMaxResponseBody
	}
	if cfg.Recover == nil {
		cfg.Recover = ethsig.Recover
	}
	return &Machine{cfg: cfg, reqDom: envelope.NewDomain(cfg.ChainID, cfg.Registry),
		vDom: voucher.NewDomain(cfg.ChainID, cfg.ChannelContract), network: x402.Network(cfg.ChainID)}, nil
}

// Config returns the machine's configuration (defaults filled in).
func (m *Machine) Config() Config { return m.cfg }

// RequestDomain is the AgentRequest (and receipt) domain.
func (m *Machine) RequestDomain() *envelope.Domain { return m.reqDom }

// Request is what arrived: the method and target as sent (the target the
// sender signed: see docs/PROTOCOL.md on proxies), the two request headers'
// values and the body.
type Request struct {
	Method, Target    string
	Envelope, Payment string // Agent-Envelope, PAYMENT-SIGNATURE ("" when absent)
	Body              []byte
}

// Inbound is a request whose envelope verified.
type Inbound struct {
	Env    envelope.Signed
	Digest [32]byte // the envelope's EIP-712 digest: the receipt's requestDigest
	// Pay is the decoded PAYMENT-SIGNATURE (nil when absent or malformed:
	// PayErr says which).
	Pay    *x402.PaymentPayload
	PayErr error
	// Fingerprint identifies the request exactly: the envelope digest and
	// the voucher (channel, amount, signature).
	Fingerprint [32]byte
	Body        []byte
	// prices are what this request costs in each asset its route takes;
	// at is the one its payment accepted (0 without a payment).
	prices []Price
	at     int
}

// price is what the request costs in the asset its payment accepted.
func (in *Inbound) price() Price { return in.prices[in.at] }

// Price is what the request costs in Asset, in its base units.
func (in *Inbound) Price() *big.Int { return new(big.Int).Set(in.price().Amount) }

// Asset is the asset the request is paid in: the one its payment accepted
// among its route's (zero: ETH).
func (in *Inbound) Asset() ethsig.Address { return in.price().Asset }

// Sender returns the envelope's (verified) sender.
func (in *Inbound) Sender() ethsig.Address { return in.Env.Sender }

// Key is the request's (sender, nonce).
func (in *Inbound) Key() replay.Key { return replay.Key{Sender: in.Env.Sender, Nonce: in.Env.Nonce} }

// Refusal is a decision not to serve: the error (its kind is the code), the
// status when it is not StatusFor(kind), and whether the sender is known
// (then payment refusals carry a correction).
type Refusal struct {
	Err    error
	Status int
	Sender *ethsig.Address
}

// Code is the refusal's error kind.
func (f *Refusal) Code() errs.Kind { return errs.KindOf(f.Err) }

// HTTPStatus is the refusal's status.
func (f *Refusal) HTTPStatus() int {
	if f.Status != 0 {
		return f.Status
	}
	return StatusFor(f.Code())
}

func refuse(err error) *Refusal { return &Refusal{Err: err} }

// Verify is the first step: body size, the envelope (parse, domain,
// recipient, window, payloadHash over method, target and body, signature by
// its sender), and the payment header decoded for the later steps.
func (m *Machine) Verify(req *Request, now uint64) (*Inbound, *Refusal) {
	if int64(len(req.Body)) > m.cfg.MaxBody {
		return nil, refuse(errs.New(errs.BodyTooLarge, "body of %d bytes exceeds %d", len(req.Body), m.cfg.MaxBody))
	}
	if req.Envelope == "" {
		return nil, refuse(errs.New(errs.PaymentRequired, "this resource needs an %s envelope and a %s voucher", x402.HeaderEnvelope, x402.HeaderPaymentSignature))
	}
	env, err := x402.DecodeEnvelope(req.Envelope)
	if err != nil {
		return nil, &Refusal{Err: err, Status: StatusUnauthorized}
	}
	if env.ChainID != m.cfg.ChainID || env.Registry != m.cfg.Registry {
		return nil, refuse(errs.New(errs.WrongRecipient, "envelope domain is chain %d registry %s, not chain %d registry %s", env.ChainID, env.Registry, m.cfg.ChainID, m.cfg.Registry))
	}
	if err := envelope.CheckRequest(&env.Request, m.cfg.Me, m.cfg.Window, now, req.Method, req.Target, req.Body); err != nil {
		return nil, refuse(err)
	}
	in := &Inbound{Env: env, Digest: m.reqDom.Digest(&env.Request), Body: req.Body, prices: m.pricesOf(req.Method, req.Target)}
	if err := ethsig.VerifyWith(m.cfg.Recover, env.Sender, in.Digest, env.Signature); err != nil {
		return nil, refuse(err)
	}
	if req.Payment != "" {
		in.Pay, in.PayErr = x402.DecodePaymentPayload(req.Payment)
		if in.Pay != nil {
			in.at = choose(in.prices, in.Pay.Accepted.Asset)
		}
	}
	in.Fingerprint = fingerprint(in.Digest, in.Pay)
	return in, nil
}

func fingerprint(reqDigest [32]byte, pay *x402.PaymentPayload) [32]byte {
	if pay == nil {
		return keccak.Sum256(reqDigest[:])
	}
	var buf [32 + 32 + 32 + 65]byte
	copy(buf[:32], reqDigest[:])
	copy(buf[32:64], pay.Payload.ChannelID[:])
	pay.Payload.CumulativeAmount.FillBytes(buf[64:96])
	copy(buf[96:], pay.Payload.Signature[:])
	return keccak.Sum256(buf[:])
}

// NonceExpiry is when the request's nonce record may be pruned.
func (m *Machine) NonceExpiry(in *Inbound) uint64 { return m.cfg.Window.ExpiresAt(in.Env.Timestamp) }

// SenderRecord is the sender's registry record as the host read it.
type SenderRecord struct {
	Registered, Active bool
}

// AdmitSender refuses a sender that is not registered or not active.
func (m *Machine) AdmitSender(in *Inbound, rec SenderRecord) *Refusal {
	switch {
	case !rec.Registered:
		return refuse(errs.New(errs.SenderUnregistered, "%s is not in the registry", in.Sender()))
	case !rec.Active:
		return refuse(errs.New(errs.SenderInactive, "%s is deactivated in the registry", in.Sender()))
	}
	return nil
}

// AdmitPayment requires a well-formed PAYMENT-SIGNATURE that accepted this
// recipient's terms.
func (m *Machine) AdmitPayment(in *Inbound) *Refusal {
	s := in.Env.Sender
	switch {
	case in.Pay == nil && in.PayErr == nil:
		return &Refusal{Err: errs.New(errs.PaymentRequired, "no %s voucher", x402.HeaderPaymentSignature), Sender: &s}
	case in.PayErr != nil:
		return &Refusal{Err: in.PayErr, Status: StatusPaymentRequired, Sender: &s}
	}
	terms := m.termsOf(in.price())
	if err := in.Pay.CheckTerms(&terms); err != nil {
		return &Refusal{Err: err, Status: StatusPaymentRequired, Sender: &s}
	}
	return nil
}

// ChainChannel is the channel as the chain has it (as the host read it).
type ChainChannel struct {
	Sender, Recipient ethsig.Address
	Deposit, Claimed  *big.Int
	WithdrawDelay     uint64 // seconds
	CloseRequestedAt  uint64 // unix seconds, 0 if not requested
	Open              bool
	// Token is the channel's asset: an ERC-20 token, or the zero address
	// for ETH. The channel id binds it; the payment's terms name it.
	Token ethsig.Address
}

// OwnFlags are what the recipient knows of the channel beyond the chain:
// it closed it itself, the sender's close request was seen, or it is
// redeeming it now.
type OwnFlags struct {
	Closed, Closing bool
}

// AdmitChannel refuses a channel that is not the sender's to me, is closed
// or closing, or whose withdraw delay is shorter than the minimum (the
// sender could withdraw before the recipient claims).
func (m *Machine) AdmitChannel(in *Inbound, ch *ChainChannel, own OwnFlags) *Refusal {
	s := in.Env.Sender
	id := hex32(in.Pay.Payload.ChannelID)
	switch {
	case ch.Sender != s || ch.Recipient != m.cfg.Me:
		return &Refusal{Err: errs.New(errs.ChannelMismatch, "channel %s is from %s to %s", id, ch.Sender, ch.Recipient), Sender: &s}
	case !ch.Open || own.Closed:
		return &Refusal{Err: errs.New(errs.ChannelClosed, "channel %s is closed", id), Sender: &s}
	case ch.CloseRequestedAt != 0 || own.Closing:
		return &Refusal{Err: errs.New(errs.ChannelClosing, "channel %s is closing: no new work is accepted on it", id), Sender: &s}
	case ch.Token != in.price().Asset:
		return &Refusal{Err: errs.New(errs.AssetMismatch, "channel %s holds %s; the terms are in %s", id, x402.AssetOf(ch.Token), x402.AssetOf(in.price().Asset)), Sender: &s}
	case ch.WithdrawDelay < m.cfg.MinWithdrawDelay:
		return &Refusal{Err: errs.New(errs.WithdrawDelayTooShort, "channel %s has a withdraw delay of %d s; this mailroom needs at least %d s to claim in time", id, ch.WithdrawDelay, m.cfg.MinWithdrawDelay), Sender: &s}
	}
	return nil
}

// AdmitVoucher requires the voucher to be signed by the sender.
func (m *Machine) AdmitVoucher(in *Inbound) *Refusal {
	v := &in.Pay.Payload
	d, err := m.vDom.Digest(&v.Voucher)
	if err != nil {
		s := in.Env.Sender
		return &Refusal{Err: err, Status: StatusPaymentRequired, Sender: &s}
	}
	if err := ethsig.VerifyWith(m.cfg.Recover, in.Env.Sender, d, v.Signature); err != nil {
		return refuse(err)
	}
	return nil
}

// NeedsFreshDeposit reports whether the voucher is above the deposit the
// host read, so it must read the channel again (a top-up may be on its way).
func (m *Machine) NeedsFreshDeposit(in *Inbound, deposit *big.Int) bool {
	return in.Pay.Payload.CumulativeAmount.Cmp(deposit) > 0
}

// Decision is Charge's outcome.
type Decision int

// Charge's outcomes.
const (
	// Accept: commit Accepted(in, own) with the nonce record, atomically.
	Accept Decision = iota
	// Wait: the voucher is above accepted + price; the sender's earlier
	// requests may still be on their way. Wait (bounded) for the channel's
	// record to change, then Charge again; past the wait, Charge with
	// waitedOut and the voucher is refused.
	Wait
	// Refuse: see the Refusal.
	Refuse
)

// Charge applies the charging rule (voucher.AcceptExact): the voucher must
// be exactly own.Accepted + price, within the deposit.
func (m *Machine) Charge(in *Inbound, own *Channel, deposit *big.Int, waitedOut bool) (Decision, *Refusal) {
	cum := in.Pay.Payload.CumulativeAmount
	s := in.Env.Sender
	_, err := voucher.AcceptExact(own.Accepted, in.price().Amount, deposit, cum)
	switch {
	case err == nil:
		return Accept, nil
	case errs.KindOf(err) == errs.VoucherExcessive && !waitedOut:
		return Wait, nil
	case errs.KindOf(err) == errs.VoucherInsufficient && cum.Cmp(own.Accepted) <= 0:
		return Refuse, &Refusal{Err: err, Status: StatusConflict, Sender: &s} // stale: the client is behind
	}
	return Refuse, &Refusal{Err: err, Sender: &s}
}

// Accepted is the channel record to commit when Charge accepted.
func (m *Machine) Accepted(in *Inbound, own *Channel) Channel {
	return own.Accept(in.Env.Sender, in.Pay.Payload.CumulativeAmount, in.Pay.Payload.Signature)
}

// ReorderWait is how long a voucher above accepted + price waits by default.
const ReorderWait = 2 * time.Second

func hex32(b [32]byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 2+64)
	out[0], out[1] = '0', 'x'
	for i, c := range b {
		out[2+2*i], out[3+2*i] = digits[c>>4], digits[c&0xf]
	}
	return string(out)
}
