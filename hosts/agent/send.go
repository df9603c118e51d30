package agent

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptrace"
	"sync/atomic"
	"time"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/keccak"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/store"
)

// MaxResponse bounds a response body read by Send.
const MaxResponse = 16 << 20

// maxAttempts bounds the paid attempts of one Send (corrections, a new
// channel, a top-up); maxTries bounds the retries of one exchange whose
// outcome is unknown.
const (
	maxAttempts = 3
	maxTries    = 3
)

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
		// Learn the terms from a 402, then open a channel they accept.
		req, err := a.terms(ctx, url, recipient, payload)
		if err != nil {
			return nil, err
		}
		price = &req.Amount.Int
		if err := a.checkPrice(price); err != nil {
			return nil, err
		}
		if err := a.openFor(ctx, recipient, price, req); err != nil {
			return nil, err
		}
	}
	if price == nil {
		price = new(big.Int)
	}
	return a.paidLocked(ctx, url, recipient, new(big.Int).Set(price), payload)
}

// terms sends the envelope alone and returns the 402's requirement.
func (a *Agent) terms(ctx context.Context, url string, recipient ethsig.Address, payload []byte) (*x402.Requirement, error) {
	env, err := a.envelopeLocked(ctx, recipient, url, payload)
	if err != nil {
		return nil, err
	}
	resp, _, err := a.exchange(ctx, url, payload, env, nil)
	if err != nil {
		return nil, err
	}
	if resp.status != http.StatusPaymentRequired {
		return nil, resp.asError()
	}
	return a.checkRequirement(resp, recipient)
}

// openFor opens a channel to recipient for price under the requirement's
// terms (its minimum withdraw delay), before any voucher.
func (a *Agent) openFor(ctx context.Context, recipient ethsig.Address, price *big.Int, req *x402.Requirement) error {
	var min uint64
	if req != nil {
		min = req.Extra.MinWithdrawDelay
	}
	delay, err := a.WithdrawDelayFor(min)
	if err != nil {
		return err
	}
	_, err = a.openLocked(ctx, recipient, a.depositFor(price), delay)
	return err
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

// paidLocked sends with a voucher of exactly (what the recipient accepted)
// + price, following proven corrections, a new channel or a top-up.
func (a *Agent) paidLocked(ctx context.Context, url string, recipient ethsig.Address, price *big.Int, payload []byte) (*Result, error) {
	var req *x402.Requirement
	for attempt := 1; ; attempt++ {
		if err := a.checkPrice(price); err != nil {
			return nil, err
		}
		o, ok, err := a.cfg.Store.Outgoing(recipient)
		if err != nil {
			return nil, err
		}
		if !ok || o.Closed {
			if err := a.openFor(ctx, recipient, price, req); err != nil {
				return nil, err
			}
			if o, _, err = a.cfg.Store.Outgoing(recipient); err != nil {
				return nil, err
			}
		}
		if o.Uncertain {
			// The last request's outcome is unknown: learn what the
			// recipient accepted before signing more.
			if err := a.resynchronise(ctx, url, recipient, o, payload); err != nil {
				return nil, err
			}
		}
		if new(big.Int).Add(o.Cumulative, price).Cmp(o.Deposit) > 0 {
			if err := a.topUpLocked(ctx, recipient, a.depositFor(price)); err != nil {
				return nil, err
			}
			if o, _, err = a.cfg.Store.Outgoing(recipient); err != nil {
				return nil, err
			}
		}
		before := *o
		prevSigned := o.Signed
		env, err := a.envelopeLocked(ctx, recipient, url, payload)
		if err != nil {
			return nil, err
		}
		vs, err := a.signLocked(ctx, o, new(big.Int).Add(o.Cumulative, price))
		if err != nil {
			return nil, err
		}
		resp, sent, err := a.exchange(ctx, url, payload, env, a.Payment(url, recipient, price, req, vs))
		if err != nil {
			if !sent {
				// It provably never left: nobody saw this voucher.
				if inc := new(big.Int).Sub(vs.CumulativeAmount, before.Exposure()); inc.Sign() > 0 {
					a.cfg.Store.Refund(ctx, a.day(), inc)
				}
				before.Signed = prevSigned
				a.cfg.Store.PutOutgoing(ctx, &before)
				return nil, err
			}
			o.Uncertain = true
			a.cfg.Store.PutOutgoing(ctx, o)
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
		// A refusal: this voucher was not kept (the budget still counts it:
		// it was handed out). Go back to the amount before it, then apply
		// the recipient's correction if it proves itself.
		o.Cumulative, o.Signature = before.Cumulative, before.Signature
		eb := resp.errorBody()
		code := errs.Kind(eb.Code)
		if h := resp.header.Get(x402.HeaderPaymentRequired); h != "" {
			if req, err = a.checkRequirement(resp, recipient); err != nil {
				a.cfg.Store.PutOutgoing(ctx, o)
				return nil, err
			}
			price = new(big.Int).Set(&req.Amount.Int)
		}
		switch code {
		case errs.ChannelNotFound, errs.ChannelClosed, errs.ChannelClosing, errs.WithdrawDelayTooShort:
			// Not usable with this recipient: the next Send opens another.
			o.Closed = true
		case errs.PaymentRequired, errs.VoucherInsufficient, errs.VoucherExcessive, errs.VoucherExceedsDeposit, errs.TaskFailed:
			if err := a.correct(o, eb.ChannelID, eb.AcceptedCumulative, eb.AcceptedSignature); err != nil {
				a.cfg.Store.PutOutgoing(ctx, &before)
				return nil, err
			}
		}
		if err := a.cfg.Store.PutOutgoing(ctx, o); err != nil {
			return nil, err
		}
		retry := code == errs.ChannelNotFound || code == errs.ChannelClosed || code == errs.ChannelClosing ||
			code == errs.VoucherInsufficient || code == errs.VoucherExcessive || code == errs.VoucherExceedsDeposit
		if !retry || attempt >= maxAttempts {
			return nil, resp.asError()
		}
	}
}

// correct adopts the recipient's accepted amount on o's channel. Downward
// (at most what the sender believes was accepted before) is always safe:
// the sender only signs again amounts it already handed out. Upward it is
// adopted only with the sender's own signature of that amount on that
// channel; anything else is errs.CorrectionUnproven and changes nothing.
func (a *Agent) correct(o *store.Outgoing, channelID, accepted, sigHex string) error {
	if accepted == "" || channelID == "" {
		return nil
	}
	id, err := hexutil.DecodeFixed(channelID, 32)
	if err != nil || [32]byte(id) != o.ChannelID {
		return nil // about another channel of ours: not this one's business
	}
	acc, ok := new(big.Int).SetString(accepted, 10)
	if !ok || acc.Sign() < 0 {
		return errs.New(errs.CorrectionUnproven, "the recipient's accepted amount %q is not a number", accepted)
	}
	if acc.Cmp(o.Cumulative) <= 0 {
		o.Cumulative, o.Signature = acc, ethsig.Signature{}
		return nil
	}
	sig, err := ethsig.ParseSignature(sigHex)
	if err != nil {
		return errs.New(errs.CorrectionUnproven, "the recipient claims %s wei accepted on channel 0x%x (above the %s wei this agent knows) without the agent's signature of it", acc, o.ChannelID, o.Cumulative)
	}
	if err := a.vDom.Verify(&voucher.Voucher{ChannelID: o.ChannelID, CumulativeAmount: acc}, sig, a.addr); err != nil {
		return errs.New(errs.CorrectionUnproven, "the recipient's proof of %s wei on channel 0x%x is not this agent's voucher: %s", acc, o.ChannelID, errs.Message(err))
	}
	o.Cumulative, o.Signature = acc, sig
	if o.Signed == nil || o.Signed.Cmp(acc) < 0 {
		o.Signed = new(big.Int).Set(acc)
	}
	return nil
}

// resynchronise asks the recipient what it accepted (an envelope without a
// voucher: the 402 carries the accepted amount and its proof).
func (a *Agent) resynchronise(ctx context.Context, url string, recipient ethsig.Address, o *store.Outgoing, payload []byte) error {
	env, err := a.envelopeLocked(ctx, recipient, url, payload)
	if err != nil {
		return err
	}
	resp, _, err := a.exchange(ctx, url, payload, env, nil)
	if err != nil {
		return err
	}
	if resp.status != http.StatusPaymentRequired {
		return resp.asError()
	}
	eb := resp.errorBody()
	if err := a.correct(o, eb.ChannelID, eb.AcceptedCumulative, eb.AcceptedSignature); err != nil {
		return err
	}
	o.Uncertain = false
	return a.cfg.Store.PutOutgoing(ctx, o)
}

// exchange posts one request. An exchange whose outcome is unknown (the
// request may have reached the recipient) is retried with the very same
// envelope and voucher, which the recipient answers idempotently. sent is
// false only when the request provably never left (nothing was written to
// a connection: refused, DNS, TLS).
func (a *Agent) exchange(ctx context.Context, url string, payload []byte, env *envelope.Signed, pay *x402.PaymentPayload) (resp *response, sent bool, err error) {
	backoff := 100 * time.Millisecond
	for try := 1; ; try++ {
		var wrote bool
		resp, wrote, err = a.post(ctx, url, payload, env, pay)
		sent = sent || wrote
		if err == nil {
			if resp.status == http.StatusConflict && resp.errorBody().Code == string(errs.RequestInProgress) && try < maxTries {
				err = nil
			} else {
				return resp, true, nil
			}
		} else if !sent || try >= maxTries {
			return nil, sent, err
		}
		select {
		case <-ctx.Done():
			return nil, sent, errs.New(errs.TransportError, "%v (request outcome unknown)", ctx.Err())
		case <-time.After(backoff):
		}
		backoff *= 4
	}
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

// post sends one request; wrote reports whether any of it was written to a
// connection (when it was not, the request provably did not leave).
func (a *Agent) post(ctx context.Context, url string, payload []byte, env *envelope.Signed, pay *x402.PaymentPayload) (*response, bool, error) {
	var wrote atomic.Bool
	trace := &httptrace.ClientTrace{WroteHeaderField: func(string, []string) { wrote.Store(true) }}
	req, err := http.NewRequestWithContext(httptrace.WithClientTrace(ctx, trace), http.MethodPost, url, bytes.NewReader(payload))
	if err != nil {
		return nil, false, errs.New(errs.InvalidInput, "request to %q: %v", url, err)
	}
	if err := SetHeaders(req.Header, env, pay); err != nil {
		return nil, false, err
	}
	if json.Valid(payload) {
		req.Header.Set("Content-Type", "application/json")
	} else {
		req.Header.Set("Content-Type", "application/octet-stream")
	}
	resp, err := a.cfg.HTTP.Do(req)
	if err != nil {
		return nil, wrote.Load(), errs.New(errs.TransportError, "POST %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, MaxResponse))
	if err != nil {
		return nil, true, errs.New(errs.TransportError, "read response: %v", err)
	}
	return &response{status: resp.StatusCode, header: resp.Header, body: body}, true, nil
}

// SetHeaders sets Agent-Envelope and (when pay is not nil) PAYMENT-SIGNATURE.
func SetHeaders(h http.Header, env *envelope.Signed, pay *x402.PaymentPayload) error {
	eh, err := x402.Encode(env)
	if err != nil {
		return err
	}
	h.Set(x402.HeaderEnvelope, eh)
	if pay != nil {
		ph, err := x402.Encode(pay)
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
	rc := &pr.Extra.Receipt
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
