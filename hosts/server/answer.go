package server

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/replay"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/store"
)

// HeaderReplayed marks an answer given again to a retried request.
const HeaderReplayed = "Idempotent-Replayed"

// keptHeaders are the response headers a retry gets again.
var keptHeaders = []string{"Content-Type", x402.HeaderPaymentResponse}

func (m *Mailroom) nonceRecord(in *inbound, resp *store.Response) *store.NonceRecord {
	return &store.NonceRecord{Sender: in.sender, Nonce: in.key.Nonce, Expiry: m.cfg.Window.ExpiresAt(in.env.Timestamp), Fingerprint: in.fp, Response: resp}
}

// inflight is a request being served, or answered but not yet recorded.
type inflight struct {
	fp   [32]byte
	resp *store.Response // set once answered
}

// begin marks a request as being served; end unmarks it.
func (m *Mailroom) begin(k replay.Key, fp [32]byte) {
	m.inflightMu.Lock()
	m.inflight[k] = &inflight{fp: fp}
	m.inflightMu.Unlock()
}

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

// tryBegin is begin unless the request is already being served.
func (m *Mailroom) tryBegin(k replay.Key, fp [32]byte) bool {
	m.inflightMu.Lock()
	defer m.inflightMu.Unlock()
	if _, ok := m.inflight[k]; ok {
		return false
	}
	m.inflight[k] = &inflight{fp: fp}
	return true
}

// busy reports whether (sender, nonce) is being served, whether by a
// request with fingerprint fp, and its answer once there is one.
func (m *Mailroom) busy(k replay.Key, fp [32]byte) (busy, same bool, resp *store.Response) {
	m.inflightMu.Lock()
	defer m.inflightMu.Unlock()
	f, ok := m.inflight[k]
	if !ok {
		return false, false, nil
	}
	return true, f.fp == fp, f.resp
}

// run executes the task for an accepted request, then answers it with a
// receipt, or rolls the charge back when the task failed.
func (m *Mailroom) run(w http.ResponseWriter, r *http.Request, task http.Handler, cs *chanState, in *inbound) string {
	recorded := false
	defer func() {
		if !recorded {
			m.end(in.key)
		}
	}()
	ctx := r.Context()
	v := &in.pay.Payload
	bw := newBufferedWriter()
	r.Body = io.NopCloser(bytes.NewReader(in.body))
	r.ContentLength = int64(len(in.body))
	if panicked := runHandler(task, bw, r); panicked != nil || bw.status >= 500 {
		msg := fmt.Sprintf("the task failed with HTTP %d; the charge was rolled back", bw.status)
		status := bw.status
		if panicked != nil {
			msg, status = "the task panicked; the charge was rolled back", http.StatusInternalServerError
		}
		return m.failed(w, ctx, cs, in, status, errs.New(errs.TaskFailed, "%s", msg))
	}

	rc := receipt.Receipt{RequestDigest: in.reqDigest, ChannelID: v.ChannelID, CumulativeAmount: v.CumulativeAmount, ResultHash: keccak.Sum256(bw.buf.Bytes())}
	rd, err := receipt.Digest(m.reqDom, &rc)
	if err == nil {
		var sig ethsig.Signature
		if sig, err = m.cfg.Sign(rd); err == nil {
			var h string
			h, err = x402.EncodePaymentResponse(&x402.PaymentResponse{Success: true, Network: m.network, Payer: in.sender, Extra: x402.ResponseExtra{Receipt: receipt.Signed{Receipt: rc, Signature: sig}}})
			if err == nil {
				bw.header.Set(x402.HeaderPaymentResponse, h)
			}
		}
	}
	if err != nil {
		// The voucher is recorded and the task ran; without a receipt the
		// client cannot prove delivery, so roll back.
		return m.failed(w, ctx, cs, in, http.StatusInternalServerError, errs.New(errs.Internal, "sign receipt: %s", errs.Message(err)))
	}
	resp := &store.Response{Status: bw.status, Header: map[string]string{}}
	for _, k := range keptHeaders {
		if v := bw.header.Get(k); v != "" {
			resp.Header[k] = v
		}
	}
	if bw.buf.Len() <= m.cfg.MaxResponseBody {
		resp.Body = append([]byte(nil), bw.buf.Bytes()...)
	} else {
		resp.Truncated = true
	}
	// The answer is recorded for retries after it went out (one fsync off
	// the request's path); until then a retry gets it from memory.
	m.answered(in.key, resp)
	recorded = true
	m.recording.Add(1)
	go func() {
		defer m.recording.Done()
		defer m.end(in.key)
		if err := m.cfg.Store.PutResponse(context.WithoutCancel(ctx), m.nonceRecord(in, resp)); err != nil {
			// The charge stands and the answer went out; a retry after a
			// restart would run the task again under the same charge.
			m.metrics.observe("store_response_failed", 0)
		}
	}()
	m.metrics.paid(m.cfg.Price)
	bw.flushTo(w)
	return "ok"
}

// failed rolls the charge of an accepted request back and answers with err;
// the answer is recorded with the request, so a retry gets it again rather
// than a free second run.
func (m *Mailroom) failed(w http.ResponseWriter, ctx context.Context, cs *chanState, in *inbound, status int, err error) string {
	body := x402.ErrorBody{Code: string(errs.KindOf(err)), Message: errs.Message(err)}
	m.rollback(ctx, cs, in, status, &body)
	writeJSON(w, status, body)
	return body.Code
}

// rollback takes the price off the channel's accepted amount. The voucher
// to claim with becomes the one held for exactly the new amount, or the
// highest held below it: the recipient never claims more than it served.
func (m *Mailroom) rollback(ctx context.Context, cs *chanState, in *inbound, status int, body *x402.ErrorBody) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	next := cs.st.Clone()
	amt := new(big.Int).Sub(next.Accepted, m.cfg.Price)
	if amt.Sign() < 0 {
		amt.SetInt64(0)
	}
	next.Accepted = amt
	next.Signature, next.Settle, next.SettleSig = ethsig.Signature{}, nil, ethsig.Signature{}
	if sig, ok := cs.heldAt(amt); ok {
		next.Signature = sig
	} else if a, sig, ok := cs.heldBelow(amt); ok {
		next.Settle, next.SettleSig = a, sig
	} else if amt.Sign() > 0 {
		next.Settle = new(big.Int)
	}
	correctionOf(&next).fill(body)
	b := jsonBody(body)
	resp := &store.Response{Status: status, Header: map[string]string{"Content-Type": "application/json"}, Body: b}
	// Keeping the higher voucher on disk if this write fails is safe for
	// the recipient; memory rolls back regardless.
	_ = m.cfg.Store.Commit(context.WithoutCancel(ctx), m.nonceRecord(in, resp), &next)
	cs.set(next)
	m.metrics.rollbacks.Add(1)
	m.notify(next)
}

// retried answers a request whose nonce is already used: the same request
// (same fingerprint) gets its recorded answer, or is run again under its
// recorded charge when a crash lost the answer; any other is a replay.
func (m *Mailroom) retried(w http.ResponseWriter, r *http.Request, task http.Handler, in *inbound) string {
	replayed := errs.New(errs.NonceReplayed, "nonce already used inside the replay window")
	busy, same, resp := m.busy(in.key, in.fp)
	switch {
	case busy && !same:
		return m.refuse(w, r, refusal{err: replayed})
	case busy && resp == nil:
		return m.refuse(w, r, refusal{err: errs.New(errs.RequestInProgress, "this request is still being served; retry it in a moment")})
	case !busy:
		rec, ok, err := m.cfg.Store.Request(in.sender, in.key.Nonce)
		if err != nil {
			return m.refuse(w, r, refusal{err: err})
		}
		if !ok || rec.Fingerprint != in.fp {
			return m.refuse(w, r, refusal{err: replayed})
		}
		resp = rec.Response
	}
	if resp != nil {
		h := w.Header()
		for k, v := range resp.Header {
			h.Set(k, v)
		}
		h.Set(HeaderReplayed, "true")
		if resp.Truncated {
			writeJSON(w, http.StatusGone, x402.ErrorBody{Code: string(errs.ResponseNotRetained), Message: "this request was served and paid; its response was too large to keep for retries (the receipt is in " + x402.HeaderPaymentResponse + ")"})
			return string(errs.ResponseNotRetained)
		}
		h.Set("Content-Length", strconv.Itoa(len(resp.Body)))
		w.WriteHeader(resp.Status)
		w.Write(resp.Body)
		return "replayed"
	}
	// Accepted and charged before a crash, never answered: serve it now.
	if in.pay == nil {
		return m.refuse(w, r, refusal{err: replayed})
	}
	cs := m.chanEntry(in.pay.Payload.ChannelID, nil)
	if !m.tryBegin(in.key, in.fp) {
		return m.refuse(w, r, refusal{err: errs.New(errs.RequestInProgress, "this request is still being served; retry it in a moment")})
	}
	return m.run(w, r, task, cs, in)
}

func (m *Mailroom) notify(st store.ChannelState) {
	if m.cfg.OnAccept != nil {
		m.cfg.OnAccept(st.Clone())
	}
}

func runHandler(h http.Handler, w *bufferedWriter, r *http.Request) (p any) {
	defer func() { p = recover() }()
	h.ServeHTTP(w, r)
	return nil
}
