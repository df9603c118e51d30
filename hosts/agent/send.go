package agent

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/hosts/x402"
)

// MaxResponse bounds a response body read by Send.
const MaxResponse = 16 << 20

// Result is a verified paid response.
type Result struct {
	Status     int
	Body       []byte
	Header     http.Header
	Receipt    *receipt.Signed
	Price      *big.Int
	Cumulative *big.Int
	ChannelID  [32]byte
	Attempts   int
}

// Send pays recipientDID for one request carrying payload, at the
// endpoint and rate the registry lists.
func (a *Agent) Send(ctx context.Context, recipientDID string, payload []byte) (*Result, error) {
	recipient, err := did.ParseAddressOrDID(recipientDID)
	if err != nil {
		return nil, err
	}
	prof, err := a.cfg.Directory.Agent(ctx, recipient)
	if err != nil {
		return nil, err
	}
	if !prof.Active {
		return nil, errs.New(errs.AgentNotFound, "%s is deactivated in the registry", recipientDID)
	}
	if prof.Endpoint == "" {
		return nil, errs.New(errs.AgentNotFound, "%s lists no endpoint", recipientDID)
	}
	return a.SendTo(ctx, prof.Endpoint, recipient, prof.RatePerTaskWei, payload)
}

// SendTo is Send with the endpoint and the expected price given.
func (a *Agent) SendTo(ctx context.Context, url string, recipient ethsig.Address, price *big.Int, payload []byte) (*Result, error) {
	defer a.lock(recipient)()
	o, ok, err := a.cfg.Store.Outgoing(recipient)
	if err != nil {
		return nil, err
	}
	if !ok || o.Closed {
		// Learn the terms from a 402, then open a channel.
		env, _, err := a.prepareLocked(ctx, recipient, payload, nil)
		if err != nil {
			return nil, err
		}
		resp, err := a.post(ctx, url, payload, env, nil)
		if err != nil {
			return nil, err
		}
		if resp.status != http.StatusPaymentRequired {
			return nil, resp.asError()
		}
		req, err := a.checkRequirement(resp, recipient)
		if err != nil {
			return nil, err
		}
		price = &req.Amount.Int
		if err := a.checkPrice(price); err != nil {
			return nil, err
		}
		if _, err := a.openLocked(ctx, recipient, a.depositFor(price)); err != nil {
			return nil, err
		}
	}
	if price == nil {
		price = new(big.Int)
	}
	return a.paidLocked(ctx, url, recipient, new(big.Int).Set(price), payload)
}

func (a *Agent) depositFor(price *big.Int) *big.Int {
	d := a.cfg.Deposit
	if d == nil {
		d = new(big.Int).Mul(price, big.NewInt(100))
	}
	if d.Cmp(price) < 0 {
		d = price
	}
	if d.Sign() == 0 {
		d = big.NewInt(1)
	}
	return new(big.Int).Set(d)
}

func (a *Agent) checkPrice(price *big.Int) error {
	if m := a.cfg.Budget.MaxPerRequest; m != nil && price.Cmp(m) > 0 {
		return errs.New(errs.BudgetExceeded, "price %s wei is above the per-request budget %s wei", price, m)
	}
	return nil
}

func (a *Agent) day() string { return a.cfg.Now().UTC().Format("2006-01-02") }

// paidLocked sends with a voucher, following one corrective 402/409.
func (a *Agent) paidLocked(ctx context.Context, url string, recipient ethsig.Address, price *big.Int, payload []byte) (*Result, error) {
	for attempt := 1; ; attempt++ {
		if err := a.checkPrice(price); err != nil {
			return nil, err
		}
		o, ok, err := a.cfg.Store.Outgoing(recipient)
		if err != nil {
			return nil, err
		}
		if !ok || o.Closed {
			if _, err := a.openLocked(ctx, recipient, a.depositFor(price)); err != nil {
				return nil, err
			}
			if o, _, err = a.cfg.Store.Outgoing(recipient); err != nil {
				return nil, err
			}
		}
		if new(big.Int).Add(o.Cumulative, price).Cmp(o.Deposit) > 0 {
			if err := a.topUpLocked(ctx, recipient, a.depositFor(price)); err != nil {
				return nil, err
			}
		}
		day := a.day()
		if err := a.cfg.Store.Spend(ctx, day, price, a.cfg.Budget.MaxPerDay); err != nil {
			return nil, err
		}
		prevCum := new(big.Int).Set(o.Cumulative)
		env, vs, err := a.prepareLocked(ctx, recipient, payload, price)
		if err != nil {
			a.cfg.Store.Refund(ctx, day, price)
			return nil, err
		}
		resp, err := a.post(ctx, url, payload, env, vs)
		if err != nil {
			// Unknown outcome: the voucher may have been accepted. Keep it spent.
			return nil, err
		}
		if resp.status >= 200 && resp.status < 300 {
			res, err := a.verify(resp, env, vs, recipient)
			if err != nil {
				return nil, err
			}
			res.Price, res.Attempts = price, attempt
			return res, nil
		}
		// A refusal: the recipient did not keep this charge.
		a.cfg.Store.Refund(ctx, day, price)
		eb := resp.errorBody()
		code := errs.Kind(eb.Code)
		if resp.status == http.StatusPaymentRequired || resp.status == http.StatusConflict && code == errs.VoucherInsufficient {
			req, rerr := a.checkRequirement(resp, recipient)
			if rerr != nil {
				return nil, rerr
			}
			switch code {
			case errs.ChannelNotFound, errs.ChannelClosed:
				o.Closed = true
				if err := a.cfg.Store.PutOutgoing(ctx, o); err != nil {
					return nil, err
				}
			case errs.VoucherExceedsDeposit:
				a.resync(ctx, vs, req)
				if err := a.topUpLocked(ctx, recipient, a.depositFor(&req.Amount.Int)); err != nil {
					return nil, err
				}
			default:
				a.resync(ctx, vs, req)
			}
			price = new(big.Int).Set(&req.Amount.Int)
			if attempt >= 2 {
				return nil, resp.asError()
			}
			continue
		}
		if code == errs.TaskFailed && eb.AcceptedCumulative != "" {
			if acc, ok := new(big.Int).SetString(eb.AcceptedCumulative, 10); ok {
				a.setCumulative(ctx, recipient, vs.ChannelID, acc)
			}
			return nil, resp.asError()
		}
		// Any other refusal recorded nothing: take the voucher back.
		a.setCumulativeIf(ctx, recipient, vs.ChannelID, vs.CumulativeAmount, prevCum)
		return nil, resp.asError()
	}
}

// resync adopts the recipient's accepted cumulative for our channel.
func (a *Agent) resync(ctx context.Context, vs *voucher.Signed, req *x402.Requirement) {
	if req.Extra.ChannelID == "" || req.Extra.ChannelID != hex32(vs.ChannelID) {
		return
	}
	a.setCumulative(ctx, ethsig.Address(req.PayTo), vs.ChannelID, &req.Extra.AcceptedCumulative.Int)
}

func (a *Agent) setCumulative(ctx context.Context, recipient ethsig.Address, id [32]byte, acc *big.Int) {
	o, ok, err := a.cfg.Store.Outgoing(recipient)
	if err != nil || !ok || o.ChannelID != id {
		return
	}
	o.Cumulative = new(big.Int).Set(acc)
	o.Signature = ethsig.Signature{}
	a.cfg.Store.PutOutgoing(ctx, o)
}

func (a *Agent) setCumulativeIf(ctx context.Context, recipient ethsig.Address, id [32]byte, cur, to *big.Int) {
	o, ok, err := a.cfg.Store.Outgoing(recipient)
	if err != nil || !ok || o.ChannelID != id || o.Cumulative.Cmp(cur) != 0 {
		return
	}
	o.Cumulative = new(big.Int).Set(to)
	o.Signature = ethsig.Signature{}
	a.cfg.Store.PutOutgoing(ctx, o)
}

func (a *Agent) checkRequirement(resp *response, recipient ethsig.Address) (*x402.Requirement, error) {
	h := resp.header.Get(x402.HeaderPaymentRequired)
	if h == "" {
		return nil, resp.asError()
	}
	pr, err := x402.DecodePaymentRequired(h)
	if err != nil {
		return nil, err
	}
	req, err := pr.Find()
	if err != nil {
		return nil, err
	}
	if req.PayTo != recipient {
		return nil, errs.New(errs.WrongRecipient, "402 asks to pay %s, not %s", req.PayTo, recipient)
	}
	if req.Network != x402.Network(a.cfg.ChainID) || req.Extra.ChannelContract != a.cfg.ChannelContract {
		return nil, errs.New(errs.Unsupported, "402 asks for %s on contract %s; this agent uses %s on %s",
			req.Network, req.Extra.ChannelContract, x402.Network(a.cfg.ChainID), a.cfg.ChannelContract)
	}
	return req, nil
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func (r *response) errorBody() x402.ErrorBody {
	var eb x402.ErrorBody
	json.Unmarshal(r.body, &eb)
	return eb
}

func (r *response) asError() error {
	eb := r.errorBody()
	if eb.Code == "" {
		return errs.New(errs.Internal, "HTTP %d: %.200s", r.status, r.body)
	}
	return &errs.Error{Kind: errs.Kind(eb.Code), Msg: eb.Message}
}

func (a *Agent) post(ctx context.Context, url string, payload []byte, env *envelope.Signed, vs *voucher.Signed) (*response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(payload))
	if err != nil {
		return nil, errs.New(errs.InvalidInput, "request to %q: %v", url, err)
	}
	if err := SetHeaders(req.Header, a.cfg.ChainID, env, vs); err != nil {
		return nil, err
	}
	if json.Valid(payload) {
		req.Header.Set("Content-Type", "application/json")
	} else {
		req.Header.Set("Content-Type", "application/octet-stream")
	}
	resp, err := a.cfg.HTTP.Do(req)
	if err != nil {
		return nil, errs.New(errs.TransportError, "POST %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, MaxResponse))
	if err != nil {
		return nil, errs.New(errs.TransportError, "read response: %v", err)
	}
	return &response{status: resp.StatusCode, header: resp.Header, body: body}, nil
}

// SetHeaders sets Agent-Envelope and (when vs is not nil) PAYMENT-SIGNATURE.
func SetHeaders(h http.Header, chainID uint64, env *envelope.Signed, vs *voucher.Signed) error {
	eh, err := x402.Encode(env)
	if err != nil {
		return err
	}
	h.Set(x402.HeaderEnvelope, eh)
	if vs != nil {
		ph, err := x402.Encode(&x402.PaymentPayload{
			X402Version: x402.Version,
			Accepted:    x402.Accepted{Scheme: x402.Scheme, Network: x402.Network(chainID)},
			Payload:     *vs,
		})
		if err != nil {
			return err
		}
		h.Set(x402.HeaderPaymentSignature, ph)
	}
	return nil
}

func (a *Agent) verify(resp *response, env *envelope.Signed, vs *voucher.Signed, recipient ethsig.Address) (*Result, error) {
	rc, err := VerifyReceipt(a.reqDom, resp.header, resp.body, env, vs, recipient)
	if err != nil {
		return nil, err
	}
	return &Result{Status: resp.status, Body: resp.body, Header: resp.header, Receipt: rc,
		Cumulative: new(big.Int).Set(vs.CumulativeAmount), ChannelID: vs.ChannelID}, nil
}

// VerifyReceipt checks a response's PAYMENT-RESPONSE: signed by recipient,
// over this envelope's digest, this voucher's channel and amount and
// keccak256 of body.
func VerifyReceipt(d *envelope.Domain, h http.Header, body []byte, env *envelope.Signed, vs *voucher.Signed, recipient ethsig.Address) (*receipt.Signed, error) {
	v := h.Get(x402.HeaderPaymentResponse)
	if v == "" {
		return nil, errs.New(errs.ReceiptInvalid, "no %s header", x402.HeaderPaymentResponse)
	}
	pr, err := x402.DecodePaymentResponse(v)
	if err != nil {
		return nil, errs.Wrap(errs.ReceiptInvalid, "decode receipt", err)
	}
	rc := &pr.Receipt
	switch {
	case !pr.Success:
		return nil, errs.New(errs.ReceiptInvalid, "success is false")
	case rc.RequestDigest != d.Digest(&env.Request):
		return nil, errs.New(errs.ReceiptInvalid, "receipt is for another request")
	case rc.ChannelID != vs.ChannelID || rc.CumulativeAmount.Cmp(vs.CumulativeAmount) != 0:
		return nil, errs.New(errs.ReceiptInvalid, "receipt acknowledges %s wei on 0x%x, not %s wei on 0x%x", rc.CumulativeAmount, rc.ChannelID, vs.CumulativeAmount, vs.ChannelID)
	case rc.ResultHash != keccak.Sum256(body):
		return nil, errs.New(errs.ReceiptInvalid, "receipt's resultHash does not match the body")
	}
	if err := receipt.Verify(d, &rc.Receipt, rc.Signature, recipient); err != nil {
		return nil, errs.Wrap(errs.ReceiptInvalid, "receipt signature", err)
	}
	return rc, nil
}
