package server

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/recipient"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// Wrap gates next behind envelope and payment verification. With
// Config.Logger set, it logs one structured line per request.
func (m *Mailroom) Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		code := m.serve(sw, r, next)
		d := time.Since(start)
		m.metrics.observe(code, d)
		if m.cfg.Logger != nil {
			m.logRequest(r, sw, code, d)
		}
	})
}

// statusWriter remembers the status written and the verified sender.
type statusWriter struct {
	http.ResponseWriter
	status int
	sender string
	in     *recipient.Inbound // the verified request (nil until then)
}

func (s *statusWriter) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

var requestSeq atomic.Uint64

// logRequest writes the request's line: id, sender, path, status, code,
// price paid (wei), latency.
func (m *Mailroom) logRequest(r *http.Request, sw *statusWriter, code string, d time.Duration) {
	id := r.Header.Get("X-Request-Id")
	if id == "" {
		id = strconv.FormatUint(requestSeq.Add(1), 10)
	}
	paid, asset := "0", ""
	if code == "ok" && sw.in != nil {
		paid, asset = sw.in.Price().String(), x402.AssetOf(sw.in.Asset())
	}
	m.cfg.Logger.LogAttrs(r.Context(), slog.LevelInfo, "request",
		slog.String("id", id), slog.String("sender", sw.sender), slog.String("method", r.Method), slog.String("path", r.URL.Path),
		slog.Int("status", sw.status), slog.String("code", code), slog.String("paid", paid), slog.String("asset", asset), slog.Duration("latency", d))
}

// refuse writes the core's rendering of a refusal. ch is the sender's
// channel the correction is about (nil: the sender's latest known one).
func (m *Mailroom) refuse(w http.ResponseWriter, r *http.Request, f *recipient.Refusal, cs *chanState) string {
	if cs == nil && f.Sender != nil {
		cs = m.latestOf(*f.Sender)
	}
	var snap *recipient.Channel
	if cs != nil {
		cs.mu.Lock()
		st := cs.st.Clone()
		cs.mu.Unlock()
		snap = &st
	}
	var status int
	var h map[string]string
	var body []byte
	if sw, ok := w.(*statusWriter); ok && sw.in != nil {
		status, h, body = m.mach.RenderInbound(f, sw.in, m.resourceURL(r), snap)
	} else {
		status, h, body = m.mach.RenderFor(f, r.Method, m.cfg.Target(r), m.resourceURL(r), snap)
	}
	writeAnswer(w, status, h, body)
	return string(f.Code())
}

// fail is refuse for an error the host met (reading the body, the chain,
// the store): its kind is the code.
func (m *Mailroom) fail(w http.ResponseWriter, r *http.Request, err error, sender *ethsig.Address) string {
	return m.refuse(w, r, &recipient.Refusal{Err: err, Sender: sender}, nil)
}

func writeAnswer(w http.ResponseWriter, status int, h map[string]string, body []byte) {
	hd := w.Header()
	for k, v := range h {
		hd.Set(k, v)
	}
	hd.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	w.Write(body)
}

// resourceURL is the absolute URL of the requested resource.
func (m *Mailroom) resourceURL(r *http.Request) string {
	base := m.cfg.PublicURL
	if base == "" {
		scheme := "http"
		if r.TLS != nil {
			scheme = "https"
		}
		base = scheme + "://" + r.Host
	}
	return base + m.cfg.Target(r)
}

// serve is the host around core/recipient: it reads the request, the chain
// and the store, holds the channel's lock, waits, commits and runs the
// task; every decision is the machine's (docs/PROTOCOL.md §6).
func (m *Mailroom) serve(w http.ResponseWriter, r *http.Request, task http.Handler) string {
	limit := m.mach.Config().MaxBody
	if r.ContentLength > limit {
		return m.fail(w, r, errs.New(errs.BodyTooLarge, "body of %d bytes exceeds %d", r.ContentLength, limit), nil)
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, limit+1))
	if err != nil {
		return m.refuse(w, r, &recipient.Refusal{Err: errs.New(errs.InvalidInput, "read body: %v", err), Status: http.StatusBadRequest}, nil)
	}
	nowU := uint64(m.cfg.Now().Unix())
	in, f := m.mach.Verify(&recipient.Request{Method: r.Method, Target: m.cfg.Target(r),
		Envelope: r.Header.Get(x402.HeaderEnvelope), Payment: r.Header.Get(x402.HeaderPaymentSignature), Body: body}, nowU)
	if f != nil {
		return m.refuse(w, r, f, nil)
	}
	if sw, ok := w.(*statusWriter); ok {
		sw.sender, sw.in = in.Sender().String(), in
	}
	if err := m.guard.Check(in.Key(), in.Env.Timestamp, nowU); err != nil {
		if errs.KindOf(err) == errs.NonceReplayed {
			return m.retried(w, r, task, in)
		}
		return m.fail(w, r, err, nil)
	}

	ctx := r.Context()
	sender := in.Sender()
	ag, err := m.cfg.Chain.Agent(ctx, sender)
	rec := recipient.SenderRecord{Registered: err == nil}
	if err != nil && errs.KindOf(err) != errs.AgentNotFound {
		return m.fail(w, r, err, nil)
	}
	rec.Active = err == nil && ag.Active
	if f := m.mach.AdmitSender(in, rec); f != nil {
		return m.refuse(w, r, f, nil)
	}
	if f := m.mach.AdmitPayment(in); f != nil {
		return m.refuse(w, r, f, nil)
	}
	v := &in.Pay.Payload
	ch, err := m.cfg.Chain.Channel(ctx, v.ChannelID, false)
	if err != nil {
		return m.fail(w, r, err, &sender)
	}
	cc := chainChannel(ch)
	var cs *chanState
	if cc.Sender == sender && cc.Recipient == m.me {
		cs = m.chanEntry(v.ChannelID, &onchainChannel{sender: sender, claimed: ch.Claimed})
	}
	for attempt := 0; ; attempt++ {
		if f := m.mach.AdmitChannel(in, &cc, cs.flags()); f != nil {
			return m.refuse(w, r, f, cs)
		}
		if f := m.mach.AdmitVoucher(in); f != nil {
			return m.refuse(w, r, f, cs)
		}
		deposit := ch.Deposit
		if m.mach.NeedsFreshDeposit(in, deposit) {
			// A top-up may not have reached the cache yet.
			if fresh, ferr := m.cfg.Chain.Channel(ctx, v.ChannelID, true); ferr == nil {
				deposit = fresh.Deposit
			}
		}
		f, lost := m.accept(ctx, cs, in, &cc, deposit, nowU)
		switch {
		case lost == lostNonce:
			// Another replica recorded this nonce first: a retry, or a replay.
			return m.retried(w, r, task, in)
		case lost == lostChannel && attempt < maxApplyAttempts:
			continue // the channel was reloaded: the machine decides again
		case lost == lostChannel:
			f = &recipient.Refusal{Err: errs.New(errs.StoreUnavailable, "the channel's record kept changing under this request; retry it"), Sender: &sender}
		}
		if f != nil {
			return m.refuse(w, r, f, cs)
		}
		return m.run(w, r, task, cs, in)
	}
}

// lost says which condition of a conditional write another writer won.
type lost int

const (
	lostNone    lost = iota
	lostNonce        // (sender, nonce) was recorded first elsewhere
	lostChannel      // the channel's record changed (it was reloaded)
)

// storeRefusal refuses with a store failure, keeping its kind when it says
// the store is unavailable (503) rather than failing (500).
func storeRefusal(what string, err error, sender *ethsig.Address) *recipient.Refusal {
	k := errs.StoreError
	if errs.KindOf(err) == errs.StoreUnavailable {
		k = errs.StoreUnavailable
	}
	return &recipient.Refusal{Err: errs.Wrap(k, what, err), Sender: sender}
}

func chainChannel(ch *chain.Channel) recipient.ChainChannel {
	return recipient.ChainChannel{Sender: ethsig.Address(ch.Sender), Recipient: ethsig.Address(ch.Recipient), Deposit: ch.Deposit, Claimed: ch.Claimed,
		WithdrawDelay: ch.WithdrawDelay, CloseRequestedAt: ch.CloseRequestedAt, Open: ch.Open, Token: ethsig.Address(ch.Token)}
}

// accept asks the machine to charge under the channel's lock; when it says
// Wait, waits (up to ReorderWait, at most MaxWaiters per channel) for the
// channel's record to change and asks again. On Accept it records the
// nonce and the channel durably in one transaction.
func (m *Mailroom) accept(ctx context.Context, cs *chanState, in *inbound, cc *recipient.ChainChannel, deposit *big.Int, now uint64) (*recipient.Refusal, lost) {
	var deadline time.Time
	sender := in.Sender()
	// With a shared store, memory may be behind another replica's writes:
	// before waiting or refusing, read the record again.
	reloaded := m.shared == nil
	cs.mu.Lock()
	for waitedOut := false; ; {
		// The channel's flags again, under its lock: a redeem that began
		// after AdmitChannel stops this request here, before its charge, so
		// the record the settler reads next holds every voucher served.
		if f := m.mach.AdmitChannel(in, cc, cs.flagsLocked()); f != nil {
			cs.mu.Unlock()
			return f, lostNone
		}
		d, f := m.mach.Charge(in, &cs.st, deposit, waitedOut)
		if d == recipient.Accept {
			break
		}
		if !reloaded {
			reloaded = true
			if err := m.reload(cs); err != nil {
				cs.mu.Unlock()
				return storeRefusal("read channel", err, &sender), lostNone
			}
			continue
		}
		if d == recipient.Refuse {
			cs.mu.Unlock()
			if errs.KindOf(m.guard.Check(in.Key(), in.Env.Timestamp, now)) == errs.NonceReplayed {
				// A copy of this request took the nonce while this one
				// waited for the channel: this is a retry.
				return nil, lostNonce
			}
			if m.shared != nil {
				// Another replica may have recorded this very nonce (a
				// copy of a request served there): that is a retry.
				if _, used, err := m.cfg.Store.Request(sender, in.Env.Nonce); err != nil {
					return storeRefusal("read request", err, &sender), lostNone
				} else if used {
					return nil, lostNonce
				}
			}
			return f, lostNone
		}
		if deadline.IsZero() {
			deadline = time.Now().Add(m.cfg.ReorderWait)
		}
		wait := time.Until(deadline)
		if wait <= 0 || cs.waiters >= m.cfg.MaxWaiters {
			waitedOut = true
			continue
		}
		if m.shared != nil {
			// Another replica's write wakes nobody here: poll the store.
			wait = min(wait, sharedPoll)
			reloaded = false
		}
		changed := cs.changed
		cs.waiters++
		cs.mu.Unlock()
		t := time.NewTimer(wait)
		select {
		case <-changed:
		case <-t.C:
		case <-ctx.Done():
		}
		t.Stop()
		cs.mu.Lock()
		cs.waiters--
		if ctx.Err() != nil {
			cs.mu.Unlock()
			return &recipient.Refusal{Err: errs.New(errs.TransportError, "client went away: %v", ctx.Err()), Status: 499}, lostNone
		}
	}
	defer cs.mu.Unlock()
	// In flight from before the nonce is taken: a copy arriving meanwhile
	// finds this request being served (request_in_progress), not a used
	// nonce with nothing behind it.
	if !m.tryBegin(in.Key(), in.Fingerprint) {
		return nil, lostNonce
	}
	if err := m.guard.Use(in.Key(), in.Env.Timestamp, now); err != nil {
		m.end(in.Key())
		if errs.KindOf(err) == errs.NonceReplayed {
			// A copy that waited here while another took the nonce: the
			// retry rules decide (the same request: its answer, or
			// request_in_progress).
			return nil, lostNonce
		}
		return &recipient.Refusal{Err: err, Sender: &sender}, lostNone
	}
	next := m.mach.Accepted(in, &cs.st)
	err := m.cfg.Store.Apply(ctx, m.nonceRecord(in, nil), cs.from(), &next)
	if err != nil {
		m.end(in.Key())
	}
	switch {
	case errors.Is(err, store.ErrNonceUsed):
		return nil, lostNonce // the guard keeps the nonce: it is used
	case errors.Is(err, store.ErrChannelChanged):
		m.guard.Forget(in.Key())
		if rerr := m.reload(cs); rerr != nil {
			return storeRefusal("read channel", rerr, &sender), lostNone
		}
		return nil, lostChannel
	case err != nil:
		m.guard.Forget(in.Key())
		return storeRefusal("record voucher", err, &sender), lostNone
	}
	cs.set(next)
	cs.stored = true
	cs.held.Hold(in.Pay.Payload.CumulativeAmount, in.Pay.Payload.Signature)
	m.notify(next, in.Asset())
	return nil, lostNone
}

// sharedPoll is how often a request waiting for its turn re-reads a shared
// store's channel record.
const sharedPoll = 5 * time.Millisecond

// inbound is the machine's verified request.
type inbound = recipient.Inbound
