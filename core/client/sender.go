package client

import (
	"math/big"
	"time"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/core/x402"
)

// Method is the HTTP method of every mailroom request (what the envelope's
// payloadHash binds with the target).
const Method = "POST"

// Config is a sender's fixed parameters: its key, the chain and contracts it
// pays on, and its policy.
type Config struct {
	Key             *ethsig.PrivateKey
	ChainID         uint64
	Registry        ethsig.Address
	ChannelContract ethsig.Address
	// Deposit is what a new channel (and each top-up) locks; nil:
	// DepositMultiple × price (see DepositFor).
	Deposit *big.Int
	// WithdrawDelay is the configured withdraw delay of a new channel in
	// seconds; 0: not set (DefaultWithdrawDelay, or the recipient's minimum
	// when higher; see WithdrawDelay).
	WithdrawDelay uint64
	// MaxPerRequest bounds a price and what one voucher raises the exposure
	// by (nil: no limit). The daily budget is the host's (a durable total).
	MaxPerRequest *big.Int
	// Asset is what this sender pays in: an ERC-20 token's address, or the
	// zero address for ETH (the default). It takes only terms in that asset
	// (Requirement) and only channels holding it (Adopt); amounts, deposits
	// and budgets are in its base units.
	Asset ethsig.Address
}

// Sender is one sending agent's protocol: every method is a deterministic
// function of its Config and its arguments (time, nonces and responses are
// arguments; signatures are RFC 6979). It holds no mutable state and is
// safe for concurrent use.
type Sender struct {
	cfg    Config
	addr   ethsig.Address
	reqDom *envelope.Domain
	vDom   *voucher.Domain
}

// New returns the Sender of c. Key and ChainID are required.
func New(c Config) (*Sender, error) {
	if c.Key == nil || c.ChainID == 0 {
		return nil, errs.New(errs.InvalidInput, "client config: Key and ChainID are required")
	}
	c.Deposit = clone(c.Deposit)
	c.MaxPerRequest = clone(c.MaxPerRequest)
	return &Sender{cfg: c, addr: c.Key.Address(), reqDom: envelope.NewDomain(c.ChainID, c.Registry), vDom: voucher.NewDomain(c.ChainID, c.ChannelContract)}, nil
}

// Address is the sender's address.
func (s *Sender) Address() ethsig.Address { return s.addr }

// RequestDomain is the AgentRequest (and receipt) domain.
func (s *Sender) RequestDomain() *envelope.Domain { return s.reqDom }

// VoucherDomain is the voucher domain.
func (s *Sender) VoucherDomain() *voucher.Domain { return s.vDom }

// WithdrawDelayFor is WithdrawDelay of the configured delay and min.
func (s *Sender) WithdrawDelayFor(min uint64) (uint64, error) {
	return WithdrawDelay(s.cfg.WithdrawDelay, min)
}

// Target is the request target a request to url carries (its path and
// query, as sent): what the envelope's payloadHash binds. It is what
// net/url's RequestURI gives for an absolute URL (a scheme and a host),
// computed without net/url (requestTarget).
func Target(url string) (string, error) {
	t, ok := requestTarget(url)
	if !ok {
		return "", errTarget(url)
	}
	return t, nil
}

// PayloadHash is the envelope's payloadHash of a request carrying payload
// to url: keccak256 over the method (POST), the target of url and payload
// (envelope.RequestPayloadHash).
func PayloadHash(url string, payload []byte) ([32]byte, error) {
	target, err := Target(url)
	if err != nil {
		return [32]byte{}, err
	}
	return envelope.RequestPayloadHash(Method, target, payload), nil
}

// Envelope signs the AgentRequest of a POST of payload to url for
// recipient, with nonce (the host's per-recipient counter) and the
// timestamp now.
func (s *Sender) Envelope(recipient ethsig.Address, url string, payload []byte, nonce uint64, now time.Time) (*envelope.Signed, error) {
	ph, err := PayloadHash(url, payload)
	if err != nil {
		return nil, err
	}
	req := envelope.Request{Sender: s.addr, Recipient: recipient, PayloadHash: ph, Timestamp: uint64(now.Unix()), Nonce: nonce}
	return &envelope.Signed{Request: req, ChainID: s.cfg.ChainID, Registry: s.cfg.Registry, Signature: s.reqDom.Sign(s.cfg.Key, &req)}, nil
}

// Payment is the PAYMENT-SIGNATURE value of a voucher for a request to url:
// x402 v2, the resource, the terms accepted (t.Stated's, as the recipient
// stated them without its corrections, or, when no 402 was seen, the
// sender's own view of them at t's price) and the voucher.
func (s *Sender) Payment(url string, recipient ethsig.Address, t Terms, vs *voucher.Signed) *x402.PaymentPayload {
	var terms x402.Requirement
	if t.Stated != nil {
		terms = t.Stated.Terms()
	} else {
		delay, _ := s.WithdrawDelayFor(0)
		terms = x402.Requirement{Scheme: x402.Scheme, Network: x402.Network(s.cfg.ChainID), Asset: x402.AssetOf(s.cfg.Asset), PayTo: recipient,
			MaxTimeoutSeconds: 60, Extra: x402.Extra{ChannelContract: s.cfg.ChannelContract, Registry: s.cfg.Registry, MinWithdrawDelay: delay}}
		terms.Amount.Set(t.Amount())
	}
	return &x402.PaymentPayload{X402Version: x402.Version, Resource: &x402.Resource{URL: url}, Accepted: terms, Payload: *vs}
}
