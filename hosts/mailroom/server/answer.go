package server

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/recipient"
	"github.com/agentmailroom/mailroom/core/replay"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// HeaderReplayed marks an answer given again to a retried request.
const HeaderReplayed = "Idempotent-Replayed"

func (m *Mailroom) nonceRecord(in *inbound, resp *store.Response) *store.NonceRecord {
	return &store.NonceRecord{Sender: in.Sender(), Nonce: in.Env.Nonce, Expiry: m.mach.NonceExpiry(in), Fingerprint: in.Fingerprint, Response: resp}
}

// inflight is a request being served, or answered but not yet recorded.
type inflight struct {
	fp   [32]byte
	resp *store.Response // set once answered
}

// end unmarks a request marked as being served (tryBegin).
func (m *Mailroom) end(k replay.Key) {
	m.inflightMu.Lock()
	delete(m.inflight, k)
	m.inflightMu.Unlock()
}

// answered keeps the answer in memory until it is recorded.
func (m *Mailroom) answered(k replay.Key, resp *store.Response) {
	m.inflightMu.Lock()
	if f := m.inflight[k]; f != nil {
		f.resp = resp
	}
	m.inflightMu.Unlock()
}

// tryBegin marks a request as being served, unless it already is.
func (m *Mailroom) tryBegin(k replay.Key, fp [32]byte) bool {
	m.inflightMu.Lock()
	defer m.inflightMu.Unlock()
	if _, ok := m.inflight[k]; ok {
		return false
	}
	m.inflight[k] = &inflight{fp: fp}
	return true
}

// used is what this mailroom knows of a used nonce, for the machine.
func (m *Mailroom) used(in *inbound) (recipient.Used, error) {
	m.inflightMu.Lock()
	f, ok := m.inflight[in.Key()]
	var u recipient.Used
	if ok {
		u = recipient.Used{InFlight: true, Fingerprint: f.fp, Answer: f.resp}
	}
	m.inflightMu.Unlock()
	if ok {
		return u, nil
	}
	rec, found, err := m.cfg.Store.Request(in.Sender(), in.Env.Nonce)
	if err != nil || !found {
		return u, err
	}
	if rec.Running {
		// Another live replica is serving it now.
		return recipient.Used{InFlight: true, Fingerprint: rec.Fingerprint}, nil
	}
	return recipient.Used{Stored: true, Fingerprint: rec.Fingerprint, Answer: rec.Response}, nil
}

// run executes the task for an accepted request, then answers it with a
// receipt, or rolls the charge back when the task failed.
func (m *Mailroom) run(w http.ResponseWriter, r *http.Request, task http.Handler, cs *chanState, in *inbound) string {
	recorded := false
	defer func() {
		if !recorded {
			m.end(in.Key())
		}
	}()
	ctx := r.Context()
	bw := newBufferedWriter()
	r.Body = io.NopCloser(bytes.NewReader(in.Body))
	r.ContentLength = int64(len(in.Body))
	res := &recipient.TaskResult{Panicked: runHandler(task, bw, r) != nil, Status: bw.status, Header: recipient.Header(bw.header), Body: bw.buf.Bytes()}
	if err := m.mach.Failed(res); err != nil {
		return m.failed(w, ctx, cs, in, recipient.FailedStatus(res), err)
	}
	h, err := m.mach.Receipt(in, res.Body)
	if err != nil {
		// The voucher is recorded and the task ran; without a receipt the
		// client cannot prove delivery, so roll back.
		return m.failed(w, ctx, cs, in, http.StatusInternalServerError, errs.New(errs.Internal, "sign receipt: %s", errs.Message(err)))
	}
	bw.header.Set(x402.HeaderPaymentResponse, h)
	resp := m.mach.Keep(bw.status, recipient.Header(bw.header), res.Body)
	// The answer is recorded for retries after it went out (one fsync off
	// the request's path); until then a retry gets it from memory.
	m.answered(in.Key(), resp)
	recorded = true
	m.recording.Add(1)
	go func() {
		defer m.recording.Done()
		defer m.end(in.Key())
		if err := m.putResponse(context.WithoutCancel(ctx), m.nonceRecord(in, resp)); err != nil {
			// The charge stands and the answer went out; a retry after a
			// restart would run the task again under the same charge.
			m.metrics.observe("store_response_failed", 0)
		}
	}()
	m.metrics.paid(in.Asset(), in.Price())
	bw.flushTo(w)
	return "ok"
}

// putResponse records an answer, retrying while the store is unavailable
// (a shared database's outage) for up to about ten seconds: meanwhile a
// retry gets the answer from memory, and once it is recorded, from any
// replica.
func (m *Mailroom) putResponse(ctx context.Context, n *store.NonceRecord) error {
	wait := 50 * time.Millisecond
	for deadline := time.Now().Add(10 * time.Second); ; {
		err := m.cfg.Store.PutResponse(ctx, n)
		if err == nil || errs.KindOf(err) != errs.StoreUnavailable || time.Now().Add(wait).After(deadline) {
			return err
		}
		time.Sleep(wait)
		wait = min(2*wait, time.Second)
	}
}

// failed rolls the charge of an accepted request back (recipient.Channel
// Rollback) and answers with err; the answer is recorded with the rollback
// in one transaction.
func (m *Mailroom) failed(w http.ResponseWriter, ctx context.Context, cs *chanState, in *inbound, status int, err error) string {
	cs.mu.Lock()
	next := cs.st.Rollback(in.Price(), cs.held)
	ans := m.mach.FailureAnswer(status, err, &next)
	if m.shared == nil {
		// Keeping the higher voucher on disk if this write fails is safe
		// for the recipient; memory rolls back regardless.
		_ = m.cfg.Store.Commit(context.WithoutCancel(ctx), m.nonceRecord(in, ans), &next)
		cs.set(next)
		cs.stored = true
	} else {
		next = m.rollbackShared(context.WithoutCancel(ctx), cs, in, ans)
	}
	m.metrics.rollbacks.Add(1)
	m.notify(next, in.Asset())
	cs.mu.Unlock()
	writeAnswer(w, ans.Status, ans.Header, ans.Body)
	return string(errs.KindOf(err))
}

// rollbackShared records a failed request's answer, then rolls its charge
// back from the shared store's current record (other replicas may have
// accepted vouchers on the channel since), conditionally (cs.mu held).
// The answer goes first: a crash between the two leaves the higher
// voucher recorded, which is safe for the recipient, and a retry gets the
// failure answer instead of a free run.
func (m *Mailroom) rollbackShared(ctx context.Context, cs *chanState, in *inbound, ans *store.Response) store.ChannelState {
	_ = m.cfg.Store.PutResponse(ctx, m.nonceRecord(in, ans))
	for attempt := 0; attempt < maxApplyAttempts; attempt++ {
		if m.reload(cs) != nil {
			break
		}
		next := cs.st.Rollback(in.Price(), cs.held)
		err := m.cfg.Store.Apply(ctx, nil, cs.from(), &next)
		if err == nil {
			cs.set(next)
			return next
		}
		if !errors.Is(err, store.ErrChannelChanged) {
			break
		}
	}
	return cs.st.Clone()
}

// retried asks the machine about a request whose nonce is already used.
func (m *Mailroom) retried(w http.ResponseWriter, r *http.Request, task http.Handler, in *inbound) string {
	u, err := m.used(in)
	if err != nil {
		return m.fail(w, r, err, nil)
	}
	action, ans, f := m.mach.Retry(in, u)
	switch action {
	case recipient.Replay:
		h := make(map[string]string, len(ans.Header)+1)
		for k, v := range ans.Header {
			h[k] = v
		}
		h[HeaderReplayed] = "true"
		writeAnswer(w, ans.Status, h, ans.Body)
		if ans.Truncated {
			return string(errs.ResponseNotRetained)
		}
		return "replayed"
	case recipient.Rerun:
		cs := m.chanEntry(in.Pay.Payload.ChannelID, nil)
		inProgress := &recipient.Refusal{Err: errs.New(errs.RequestInProgress, "this request is still being served; retry it in a moment")}
		if !m.tryBegin(in.Key(), in.Fingerprint) {
			return m.refuse(w, r, inProgress, nil)
		}
		if m.shared != nil {
			// One replica serves it again: the one that claims it.
			ok, err := m.shared.ClaimRerun(r.Context(), in.Sender(), in.Env.Nonce)
			if err != nil || !ok {
				m.end(in.Key())
				if err != nil {
					return m.refuse(w, r, storeRefusal("claim request", err, nil), nil)
				}
				return m.refuse(w, r, inProgress, nil)
			}
		}
		return m.run(w, r, task, cs, in)
	}
	return m.refuse(w, r, f, nil)
}

func (m *Mailroom) notify(st store.ChannelState, asset ethsig.Address) {
	if m.cfg.OnAccept != nil {
		m.cfg.OnAccept(st.Clone(), asset)
	}
}

func runHandler(h http.Handler, w *bufferedWriter, r *http.Request) (p any) {
	defer func() { p = recover() }()
	h.ServeHTTP(w, r)
	return nil
}
