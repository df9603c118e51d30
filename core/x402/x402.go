package x402

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/num"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/strictjson"
	"github.com/agentmailroom/mailroom/core/voucher"
)

// Protocol constants.
const (
	Version = 2
	Scheme  = "mailroom-channel"
	Asset   = "native"

	HeaderEnvelope         = "Agent-Envelope"
	HeaderPaymentSignature = "PAYMENT-SIGNATURE"
	HeaderPaymentRequired  = "PAYMENT-REQUIRED"
	HeaderPaymentResponse  = "PAYMENT-RESPONSE"
)

// MaxHeaderBytes bounds a header value before it is decoded.
const MaxHeaderBytes = 16 << 10

// AssetOf names a channel asset in the terms: Asset ("native") for ETH
// (the zero address), else the ERC-20 token's EIP-55 address, as x402's
// exact scheme names its tokens.
func AssetOf(token ethsig.Address) string {
	if token == (ethsig.Address{}) {
		return Asset
	}
	return token.String()
}

// ParseAsset reads an asset name of the terms back: "native" is the zero
// address, anything else must be a 0x address (invalid_input otherwise).
func ParseAsset(s string) (ethsig.Address, error) {
	if s == Asset {
		return ethsig.Address{}, nil
	}
	a, err := ethsig.ParseAddress(s)
	if err != nil {
		return ethsig.Address{}, errs.New(errs.InvalidInput, "asset %q is neither %q nor a token address", s, Asset)
	}
	if a == (ethsig.Address{}) {
		return ethsig.Address{}, errs.New(errs.InvalidInput, "asset %q: ETH is named %q", s, Asset)
	}
	return a, nil
}

// Network returns the CAIP-2 network of an EVM chain: "eip155:<chainId>".
func Network(chainID uint64) string { return fmt.Sprintf("eip155:%d", chainID) }

// Resource names what the payment is for.
type Resource struct {
	URL         string `json:"url"`
	Description string `json:"description,omitempty"`
	MimeType    string `json:"mimeType,omitempty"`
}

// Extra carries the scheme-specific fields of a Requirement.
type Extra struct {
	ChannelContract ethsig.Address `json:"channelContract"`
	Registry        ethsig.Address `json:"registry"`
	// AcceptedCumulative is what the recipient accepted on the sender's
	// channel ChannelID (absent when it knows none: a correction, not a term).
	AcceptedCumulative *num.Uint256 `json:"acceptedCumulative,omitempty"`
	// ChannelID is the sender's channel the recipient knows about ("" when none).
	ChannelID string `json:"channelId,omitempty"`
	// AcceptedSignature is the sender's own voucher signature of
	// AcceptedCumulative on ChannelID ("" when nothing was accepted): the
	// proof a client needs before it adopts a correction upward.
	AcceptedSignature string `json:"acceptedSignature,omitempty"`
	// MinWithdrawDelay is the shortest channel withdrawDelay (seconds) the
	// recipient accepts.
	MinWithdrawDelay uint64 `json:"minWithdrawDelay"`
}

// Requirement is one accepted way to pay.
type Requirement struct {
	Scheme            string         `json:"scheme"`
	Network           string         `json:"network"`
	Amount            num.Uint256    `json:"amount"`
	Asset             string         `json:"asset"`
	PayTo             ethsig.Address `json:"payTo"`
	MaxTimeoutSeconds uint64         `json:"maxTimeoutSeconds"`
	Extra             Extra          `json:"extra"`
}

// PaymentRequired is the PAYMENT-REQUIRED header of a 402 (or corrective 409).
type PaymentRequired struct {
	X402Version int           `json:"x402Version"`
	Error       string        `json:"error,omitempty"`
	Resource    Resource      `json:"resource"`
	Accepts     []Requirement `json:"accepts"`
}

// PaymentPayload is the PAYMENT-SIGNATURE header (an x402 v2
// PaymentPayload): the resource paid for, the requirement accepted (its
// terms as the recipient stated them, without corrections) and, as the
// scheme's payload, the signed cumulative voucher.
type PaymentPayload struct {
	X402Version int            `json:"x402Version"`
	Resource    *Resource      `json:"resource,omitempty"`
	Accepted    Requirement    `json:"accepted"`
	Payload     voucher.Signed `json:"payload"`
}

// PaymentResponse is the PAYMENT-RESPONSE header of a paid success: an x402
// v2 SettleResponse. The payment is settled off chain (the channel is
// claimed later), so Transaction is empty; the recipient's signed receipt is
// the scheme's data, in Extra.
type PaymentResponse struct {
	Success     bool           `json:"success"`
	Transaction string         `json:"transaction"`
	Network     string         `json:"network"`
	Payer       ethsig.Address `json:"payer"`
	Extra       ResponseExtra  `json:"extra"`
}

// ResponseExtra is the mailroom-channel part of a SettleResponse.
type ResponseExtra struct {
	Receipt receipt.Signed `json:"receipt"`
}

// CheckTerms checks that a payment accepted the recipient's terms want
// (PaymentPayload.Accepted against the recipient's own requirement): the
// scheme, network, asset, payee, price and contracts must be the same.
func (p *PaymentPayload) CheckTerms(want *Requirement) error {
	a := &p.Accepted
	switch {
	case a.Scheme != want.Scheme || a.Network != want.Network || a.Asset != want.Asset:
		return errs.New(errs.Unsupported, "the payment accepted %s/%s/%s; this recipient takes %s/%s/%s", a.Scheme, a.Network, a.Asset, want.Scheme, want.Network, want.Asset)
	case a.PayTo != want.PayTo:
		return errs.New(errs.WrongRecipient, "the payment is to %s, not %s", a.PayTo, want.PayTo)
	case a.Extra.ChannelContract != want.Extra.ChannelContract || a.Extra.Registry != want.Extra.Registry:
		return errs.New(errs.Unsupported, "the payment names channel contract %s and registry %s, not %s and %s", a.Extra.ChannelContract, a.Extra.Registry, want.Extra.ChannelContract, want.Extra.Registry)
	case a.Amount.Cmp(&want.Amount.Int) != 0:
		return errs.New(errs.PaymentRequired, "the payment accepted a price of %s; the price is %s", &a.Amount.Int, &want.Amount.Int)
	}
	return nil
}

// Terms returns the requirement with the per-sender correction fields
// cleared: what a client echoes as PaymentPayload.Accepted.
func (r Requirement) Terms() Requirement {
	r.Extra.AcceptedCumulative, r.Extra.ChannelID, r.Extra.AcceptedSignature = nil, "", ""
	return r
}

// Encode returns base64(JSON(v)).
func Encode(v any) (string, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", errs.New(errs.Internal, "encode header: %v", err)
	}
	return base64.StdEncoding.EncodeToString(b), nil
}

// decodeB64 accepts standard or URL-safe base64, padded or not.
func decodeB64(s string) ([]byte, error) {
	s = strings.TrimSpace(s)
	if len(s) > MaxHeaderBytes {
		return nil, errs.New(errs.LimitExceeded, "header value of %d bytes exceeds %d", len(s), MaxHeaderBytes)
	}
	if s == "" {
		return nil, errs.New(errs.InvalidJSON, "empty header value")
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(s); err == nil {
			return b, nil
		}
	}
	return nil, errs.New(errs.InvalidJSON, "header value is not base64")
}

// DecodeJSON decodes a base64 header value into v, strictly (see
// strictjson.Decode): one JSON value, no repeated key at any depth, every
// key the exact name of a field, nothing after the value but whitespace.
func DecodeJSON(s string, v any) error {
	b, err := decodeB64(s)
	if err != nil {
		return err
	}
	return strictjson.Decode(b, v)
}

// DecodePaymentPayload parses and checks a PAYMENT-SIGNATURE value.
func DecodePaymentPayload(s string) (*PaymentPayload, error) {
	var p *PaymentPayload
	if b, ok := b64(s); ok {
		p, _ = fastPaymentPayload(b)
	}
	if p == nil {
		p = new(PaymentPayload)
		if err := DecodeJSON(s, p); err != nil {
			return nil, err
		}
	}
	if p.X402Version != Version {
		return nil, errs.New(errs.Unsupported, "x402Version %d (want %d)", p.X402Version, Version)
	}
	if p.Accepted.Scheme != Scheme {
		return nil, errs.New(errs.Unsupported, "scheme %q (want %q)", p.Accepted.Scheme, Scheme)
	}
	if p.Payload.CumulativeAmount == nil {
		return nil, errs.New(errs.MissingField, "payload.cumulativeAmount")
	}
	return p, nil
}

// extensions is x402 v2's extension point, the top-level "extensions" object
// of PAYMENT-REQUIRED and PAYMENT-RESPONSE: it must be an object, strict
// JSON (no repeated key at any depth), and is otherwise not interpreted, the
// mailroom defining no extension.
type extensions struct{}

func (*extensions) UnmarshalJSON(b []byte) error {
	if len(b) == 0 || b[0] != '{' {
		return errs.New(errs.InvalidJSON, "extensions is not a JSON object")
	}
	var m map[string]any
	return strictjson.Decode(b, &m)
}

// paymentRequiredWire and paymentResponseWire are the headers as read: the
// exported types plus the extension point.
type paymentRequiredWire struct {
	PaymentRequired
	Extensions extensions `json:"extensions"`
}

type paymentResponseWire struct {
	PaymentResponse
	Extensions extensions `json:"extensions"`
}

// DecodePaymentRequired parses a PAYMENT-REQUIRED value.
func DecodePaymentRequired(s string) (*PaymentRequired, error) {
	var w paymentRequiredWire
	if err := DecodeJSON(s, &w); err != nil {
		return nil, err
	}
	p := &w.PaymentRequired
	if p.X402Version != Version {
		return nil, errs.New(errs.Unsupported, "x402Version %d (want %d)", p.X402Version, Version)
	}
	return p, nil
}

// Find returns the first requirement of the mailroom-channel scheme.
// FindAsset is the first mailroom-channel requirement in asset (as AssetOf
// names it); asset_mismatch when the recipient offers that scheme only in
// other assets.
func (p *PaymentRequired) FindAsset(asset string) (*Requirement, error) {
	var offered []string
	for i := range p.Accepts {
		if p.Accepts[i].Scheme == Scheme {
			if p.Accepts[i].Asset == asset {
				return &p.Accepts[i], nil
			}
			offered = append(offered, p.Accepts[i].Asset)
		}
	}
	if len(offered) > 0 {
		return nil, errs.New(errs.AssetMismatch, "the recipient takes %s; this agent pays in %s", strings.Join(offered, ", "), asset)
	}
	return nil, errs.New(errs.Unsupported, "no %q requirement among %d", Scheme, len(p.Accepts))
}

// DecodePaymentResponse parses a PAYMENT-RESPONSE value.
func DecodePaymentResponse(s string) (*PaymentResponse, error) {
	var w paymentResponseWire
	if err := DecodeJSON(s, &w); err != nil {
		return nil, err
	}
	p := &w.PaymentResponse
	if p.Extra.Receipt.CumulativeAmount == nil {
		return nil, errs.New(errs.MissingField, "extra.receipt.cumulativeAmount")
	}
	return p, nil
}

// ErrorBody is the JSON body of every error response: {"code","message"},
// with acceptedCumulative when the recipient knows the sender's channel.
type ErrorBody struct {
	Code               string `json:"code"`
	Message            string `json:"message"`
	AcceptedCumulative string `json:"acceptedCumulative,omitempty"`
	// ChannelID and AcceptedSignature prove AcceptedCumulative (see Extra).
	ChannelID         string `json:"channelId,omitempty"`
	AcceptedSignature string `json:"acceptedSignature,omitempty"`
}
