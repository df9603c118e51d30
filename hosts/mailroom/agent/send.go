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

	"github.com/agentmailroom/mailroom/core/client"
	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// MaxResponse bounds a response body read by Send.
const MaxResponse = 16 << 20

// maxSteps bounds the steps (learn the terms, open, resynchronise, top up)
// before one paid attempt; client.Plan needs at most three.
const maxSteps = 4

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
	prof, err := a.profileToPay(ctx, recipient, recipientDID)
	if err != nil {
		return nil, err
	}
	return a.SendTo(ctx, prof.Endpoint, recipient, a.RateOf(prof), payload)
}

// profileToPay is the registry record of a recipient that can be paid:
// active, with an endpoint.
func (a *Agent) profileToPay(ctx context.Context, recipient ethsig.Address, name string) (*chain.Agent, error) {
	prof, err := a.cfg.Directory.Agent(ctx, recipient)
	if err != nil {
		return nil, err
	}
	if !prof.Active {
		return nil, errs.New(errs.AgentInactive, "%s is deactivated in the registry", name)
	}
	if prof.Endpoint == "" {
		return nil, errs.New(errs.NoEndpoint, "%s lists no endpoint in the registry", name)
	}
	return prof, nil
}

// RateOf is the price to expect from a recipient's registry record: its
// rate, which is in wei, so nil (learn the price from the recipient's 402)
// for an agent paying in a token.
func (a *Agent) RateOf(prof *chain.Agent) *big.Int {
	if a.cfg.Asset != (ethsig.Address{}) {
		return nil
	}
	return prof.RatePerTaskWei
}

// SendTo is Send with the endpoint and the expected price given.
//
// Each attempt asks client.Sender.Plan what to do until it says Pay
// (ready), signs the envelope and the voucher (persisted before it leaves),
// exchanges them, and does what client.Sender.Handle (or Lost, without an
// answer) decides: done, retry, or fail.
//
// A nil price is not known yet (an agent paying in a token has no registry
// rate to go by: the registry's rate is in wei): ready learns the terms from
// the recipient's 402 first.
func (a *Agent) SendTo(ctx context.Context, url string, recipient ethsig.Address, price *big.Int, payload []byte) (*Result, error) {
	terms := client.Terms{Price: price}
	return a.sendWith(ctx, url, recipient, &terms, payload)
}

// sendWith is SendTo under terms already known (a Chooser's); terms ends
// as the terms the request was last attempted under (learnt, or stated by
// a refusal).
func (a *Agent) sendWith(ctx context.Context, url string, recipient ethsig.Address, terms *client.Terms, payload []byte) (*Result, error) {
	defer a.lock(recipient)()
	for n := 1; ; n++ {
		o, p, err := a.ready(ctx, url, recipient, payload, terms)
		if err != nil {
			return nil, err
		}
		env, err := a.envelopeLocked(ctx, recipient, url, payload)
		if err != nil {
			return nil, err
		}
		after, vs, err := a.signLocked(ctx, o, p)
		if err != nil {
			return nil, err
		}
		at := &client.Attempt{N: n, Before: *o, After: after, Terms: *terms, Envelope: env, Voucher: vs}
		resp, sent, err := a.exchange(ctx, url, payload, env, a.c.Payment(url, recipient, *terms, vs))
		var d client.Decision
		if err != nil {
			d = a.c.Lost(at, sent, err)
		} else {
			d = a.c.Handle(at, &resp.Response)
		}
		if d.State != nil {
			if err := a.cfg.Store.PutOutgoing(ctx, a.cfg.Asset, d.State); err != nil && d.Outcome != client.Fail {
				return nil, err
			}
		}
		a.refund(ctx, d.Refund)
		switch d.Outcome {
		case client.Done:
			return &Result{Status: resp.Status, Body: resp.Body, Header: resp.header, Receipt: d.Receipt, Price: terms.Amount(),
				Cumulative: new(big.Int).Set(vs.CumulativeAmount), ChannelID: vs.ChannelID, Attempts: n}, nil
		case client.Retry:
			*terms = d.Terms
		default:
			return nil, d.Err
		}
	}
}

// ready performs the steps client.Sender.Plan asks for before a voucher
// (learn the terms, open a channel, resynchronise, top up) and returns the
// record to sign on with the Pay plan.
func (a *Agent) ready(ctx context.Context, url string, recipient ethsig.Address, payload []byte, terms *client.Terms) (*store.Outgoing, client.Plan, error) {
	for step := 0; step <= maxSteps; step++ {
		o, _, err := a.cfg.Store.Outgoing(recipient, a.cfg.Asset)
		if err != nil {
			return nil, client.Plan{}, err
		}
		p := client.Plan{Need: client.LearnTerms} // no price known at all
		if terms.Price != nil || terms.Stated != nil {
			if p, err = a.c.Plan(o, *terms); err != nil {
				return nil, client.Plan{}, err
			}
		}
		switch p.Need {
		case client.Pay:
			return o, p, nil
		case client.LearnTerms:
			resp, err := a.probe(ctx, url, recipient, payload)
			if err != nil {
				return nil, client.Plan{}, err
			}
			if *terms, err = a.c.LearnTerms(recipient, &resp.Response); err != nil {
				return nil, client.Plan{}, err
			}
		case client.Open:
			if _, err := a.openLocked(ctx, recipient, p.Deposit, p.WithdrawDelay); err != nil {
				return nil, client.Plan{}, err
			}
		case client.Resync:
			resp, err := a.probe(ctx, url, recipient, payload)
			if err != nil {
				return nil, client.Plan{}, err
			}
			next, err := a.c.Resynced(*o, &resp.Response)
			if err != nil {
				return nil, client.Plan{}, err
			}
			if err := a.cfg.Store.PutOutgoing(ctx, a.cfg.Asset, &next); err != nil {
				return nil, client.Plan{}, err
			}
		case client.TopUp:
			if err := a.topUpLocked(ctx, recipient, p.Deposit); err != nil {
				return nil, client.Plan{}, err
			}
		}
	}
	return nil, client.Plan{}, errs.New(errs.Internal, "no voucher to %s after %d steps", recipient, maxSteps)
}

// probe sends the envelope alone (no voucher): the answer is a 402 with
// the terms and, for a known sender, what it accepted.
func (a *Agent) probe(ctx context.Context, url string, recipient ethsig.Address, payload []byte) (*response, error) {
	env, err := a.envelopeLocked(ctx, recipient, url, payload)
	if err != nil {
		return nil, err
	}
	resp, _, err := a.exchange(ctx, url, payload, env, nil)
	return resp, err
}

// exchange posts one request, delivering the very same envelope and
// voucher again while client.Redeliver says so (the recipient answers a
// retry idempotently), after client.Backoff. sent is false only when the
// request provably never left (nothing was written to a connection:
// refused, DNS, TLS).
func (a *Agent) exchange(ctx context.Context, url string, payload []byte, env *envelope.Signed, pay *x402.PaymentPayload) (resp *response, sent bool, err error) {
	for try := 1; ; try++ {
		var wrote bool
		resp, wrote, err = a.post(ctx, url, payload, env, pay)
		sent = sent || wrote
		var got *client.Response
		if err == nil {
			got = &resp.Response
		}
		if !client.Redeliver(got, sent, try) {
			if err != nil {
				return nil, sent, err
			}
			return resp, true, nil
		}
		select {
		case <-ctx.Done():
			return nil, sent, errs.New(errs.TransportError, "%v (request outcome unknown)", ctx.Err())
		case <-time.After(client.Backoff(try)):
		}
	}
}

// response is an answer as read: what core/client classifies, and the
// headers for the Result.
type response struct {
	client.Response
	header http.Header
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
	return &response{header: resp.Header, Response: client.Response{Status: resp.StatusCode, Body: body,
		PaymentRequired: resp.Header.Get(x402.HeaderPaymentRequired), PaymentResponse: resp.Header.Get(x402.HeaderPaymentResponse)}}, true, nil
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

// VerifyReceipt checks a response's PAYMENT-RESPONSE: signed by recipient,
// over this envelope's digest, this voucher's channel and amount and
// keccak256 of body (client.VerifyReceipt).
func VerifyReceipt(d *envelope.Domain, h http.Header, body []byte, env *envelope.Signed, vs *voucher.Signed, recipient ethsig.Address) (*receipt.Signed, error) {
	return client.VerifyReceipt(d, h.Get(x402.HeaderPaymentResponse), body, env, vs, recipient)
}
