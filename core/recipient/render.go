package recipient

import (
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/num"
	"github.com/agentmailroom/mailroom/core/x402"
)

// Terms is the recipient's requirement for a request no route matches, as
// a 402 states it (without the per-sender correction).
func (m *Machine) Terms() x402.Requirement { return m.termsOf(m.cfg.Accepts[0]) }

// TermsFor is the requirement for a request of method to target in the
// route's first (preferred) asset.
func (m *Machine) TermsFor(method, target string) x402.Requirement {
	return m.termsOf(m.pricesOf(method, target)[0])
}

// AcceptsFor is every requirement a 402 for a request of method to target
// states: one per asset its route takes, the recipient's preference first.
func (m *Machine) AcceptsFor(method, target string) []x402.Requirement {
	ps := m.pricesOf(method, target)
	out := make([]x402.Requirement, len(ps))
	for i := range ps {
		out[i] = m.termsOf(ps[i])
	}
	return out
}

func (m *Machine) termsOf(p Price) x402.Requirement {
	req := x402.Requirement{
		Scheme:            x402.Scheme,
		Network:           m.network,
		Asset:             x402.AssetOf(p.Asset),
		PayTo:             m.cfg.Me,
		MaxTimeoutSeconds: m.cfg.MaxTimeoutSeconds,
		Extra: x402.Extra{
			ChannelContract:  m.cfg.ChannelContract,
			Registry:         m.cfg.Registry,
			MinWithdrawDelay: m.cfg.MinWithdrawDelay,
		},
	}
	req.Amount.Set(p.Amount)
	return req
}

// correction is what the recipient tells a known sender about its channel:
// the accepted amount and the sender's own signature of it (its proof).
type correction struct {
	channelID, signature string
	amount               *num.Uint256 // nil: the recipient knows no channel of the sender
}

func correctionOf(c *Channel) correction {
	if c == nil {
		return correction{}
	}
	out := correction{channelID: hex32(c.ID), amount: new(num.Uint256)}
	out.amount.Set(c.Accepted)
	if c.Signature != ([65]byte{}) {
		out.signature = c.Signature.Hex()
	}
	return out
}

func (c correction) fill(b *x402.ErrorBody) {
	if c.amount != nil {
		b.AcceptedCumulative = c.amount.String()
	}
	b.ChannelID, b.AcceptedSignature = c.channelID, c.signature
}

// Corrects reports whether a refusal carries PAYMENT-REQUIRED and the
// correction: payment refusals (402) and stale or excessive vouchers (409).
func (f *Refusal) Corrects() bool {
	k, s := f.Code(), f.HTTPStatus()
	return s == StatusPaymentRequired || s == StatusConflict && (k == errs.VoucherInsufficient || k == errs.VoucherExcessive)
}

// Render is the response to a refusal: the status, the headers and the
// {"code","message"} body. Payment refusals carry PAYMENT-REQUIRED (the
// terms for resourceURL, one entry per asset taken, and, when the sender is
// known and ch is its channel, the accepted amount with the sender's own
// signature) and Cache-Control: no-store.
func (m *Machine) Render(f *Refusal, resourceURL string, ch *Channel) (int, map[string]string, []byte) {
	return m.render(f, m.cfg.Accepts, 0, resourceURL, ch)
}

// RenderFor is Render for a request of method to target: the terms are
// its route's.
func (m *Machine) RenderFor(f *Refusal, method, target, resourceURL string, ch *Channel) (int, map[string]string, []byte) {
	return m.render(f, m.pricesOf(method, target), 0, resourceURL, ch)
}

// RenderInbound is Render for a verified request: its route's terms, the
// correction in the entry of the asset its payment accepted.
func (m *Machine) RenderInbound(f *Refusal, in *Inbound, resourceURL string, ch *Channel) (int, map[string]string, []byte) {
	return m.render(f, in.prices, in.at, resourceURL, ch)
}

// render states ps (the correction, when there is one, in entry at: the
// asset of the sender's payment, hence of the channel it names).
func (m *Machine) render(f *Refusal, ps []Price, at int, resourceURL string, ch *Channel) (int, map[string]string, []byte) {
	body := x402.ErrorBody{Code: string(f.Code()), Message: errs.Message(f.Err)}
	h := map[string]string{"Content-Type": "application/json"}
	if f.Corrects() {
		var c correction
		if f.Sender != nil {
			c = correctionOf(ch)
		}
		c.fill(&body)
		accepts := make([]x402.Requirement, len(ps))
		for i := range ps {
			accepts[i] = m.termsOf(ps[i])
		}
		req := &accepts[at]
		req.Extra.ChannelID, req.Extra.AcceptedSignature, req.Extra.AcceptedCumulative = c.channelID, c.signature, c.amount
		pr := &x402.PaymentRequired{X402Version: x402.Version, Error: body.Message, Resource: x402.Resource{URL: resourceURL}, Accepts: accepts}
		if v, err := x402.Encode(pr); err == nil {
			h[x402.HeaderPaymentRequired] = v
		}
		h["Cache-Control"] = "no-store"
	}
	return f.HTTPStatus(), h, JSONBody(body)
}
