package server

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"time"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/replay"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/hosts/store"
	"github.com/agentmailroom/mailroom/hosts/x402"
)

// Wrap gates next behind envelope and payment verification.
func (m *Mailroom) Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		code := m.serve(w, r, next)
		m.metrics.observe(code, time.Since(start))
	})
}

// refusal is a failed check: its kind, and for payment refusals the
// sender's channel state to correct the client.
type refusal struct {
	err    error
	status int
	sender *ethsig.Address // set when the envelope verified (corrective 402)
}

func (m *Mailroom) refuse(w http.ResponseWriter, r *http.Request, f refusal) string {
	k := errs.KindOf(f.err)
	status := f.status
	if status == 0 {
		status = StatusFor(k)
	}
	body := x402.ErrorBody{Code: string(k), Message: errs.Message(f.err)}
	if status == http.StatusPaymentRequired || (status == http.StatusConflict && k == errs.VoucherInsufficient) {
		chID, acc := "", new(big.Int)
		if f.sender != nil {
			chID, acc = m.acceptedFor(*f.sender)
			body.AcceptedCumulative = acc.String()
		}
		if h, err := x402.Encode(m.requirements(r, body.Message, chID, acc)); err == nil {
			w.Header().Set(x402.HeaderPaymentRequired, h)
		}
	}
	writeJSON(w, status, body)
	return string(k)
}

func (m *Mailroom) requirements(r *http.Request, msg, chID string, acc *big.Int) *x402.PaymentRequired {
	req := x402.Requirement{
		Scheme:            x402.Scheme,
		Network:           m.network,
		Asset:             x402.Asset,
		PayTo:             m.me,
		MaxTimeoutSeconds: m.cfg.MaxTimeoutSeconds,
		Extra: x402.Extra{
			ChannelContract: m.cfg.ChannelContract,
			Registry:        m.cfg.Registry,
			ChannelID:       chID,
		},
	}
	req.Amount.Set(m.cfg.Price)
	req.Extra.AcceptedCumulative.Set(acc)
	return &x402.PaymentRequired{
		X402Version: x402.Version,
		Error:       msg,
		Resource:    x402.Resource{URL: r.URL.RequestURI()},
		Accepts:     []x402.Requirement{req},
	}
}

// serve runs the verification order of DESIGN §7 and returns the outcome
// code for the metrics ("ok" or an error kind).
func (m *Mailroom) serve(w http.ResponseWriter, r *http.Request, task http.Handler) string {
	// 0. Body, bounded.
	if r.ContentLength > m.cfg.MaxBody {
		return m.refuse(w, r, refusal{err: errs.New(errs.BodyTooLarge, "body of %d bytes exceeds %d", r.ContentLength, m.cfg.MaxBody)})
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, m.cfg.MaxBody+1))
	if err != nil {
		return m.refuse(w, r, refusal{err: errs.New(errs.InvalidInput, "read body: %v", err), status: http.StatusBadRequest})
	}
	if int64(len(body)) > m.cfg.MaxBody {
		return m.refuse(w, r, refusal{err: errs.New(errs.BodyTooLarge, "body exceeds %d bytes", m.cfg.MaxBody)})
	}

	// 1. Parse the envelope. Without one, the client is told how to pay.
	envHdr := r.Header.Get(x402.HeaderEnvelope)
	if envHdr == "" {
		return m.refuse(w, r, refusal{err: errs.New(errs.PaymentRequired, "this resource needs an %s envelope and a %s voucher", x402.HeaderEnvelope, x402.HeaderPaymentSignature)})
	}
	env, err := x402.DecodeEnvelope(envHdr)
	if err != nil {
		return m.refuse(w, r, refusal{err: err, status: http.StatusUnauthorized})
	}
	if env.ChainID != m.cfg.ChainID || env.Registry != m.cfg.Registry {
		return m.refuse(w, r, refusal{err: errs.New(errs.WrongRecipient, "envelope domain is chain %d registry %s, not chain %d registry %s", env.ChainID, env.Registry, m.cfg.ChainID, m.cfg.Registry)})
	}

	// 2. Recipient, window, payload hash.
	now := m.cfg.Now()
	nowU := uint64(now.Unix())
	if err := envelope.Check(&env.Request, m.me, m.cfg.Window, nowU, body); err != nil {
		return m.refuse(w, r, refusal{err: err})
	}

	// 3. Signature recovers to the sender.
	reqDigest := m.reqDom.Digest(&env.Request)
	signer, err := m.cfg.Recover(reqDigest, env.Signature)
	if err != nil {
		return m.refuse(w, r, refusal{err: err})
	}
	sender := env.Sender
	if signer != sender {
		return m.refuse(w, r, refusal{err: errs.New(errs.SignerMismatch, "envelope is signed by %s, not by its sender %s", signer, sender)})
	}
	key := replay.Key{Sender: sender, Nonce: env.Nonce}
	if err := m.guard.Check(key, env.Timestamp, nowU); err != nil {
		return m.refuse(w, r, refusal{err: err})
	}

	// 4. Sender registered and active (cached).
	ctx := r.Context()
	ag, err := m.cfg.Chain.Agent(ctx, sender)
	if err != nil {
		if errs.KindOf(err) == errs.AgentNotFound {
			err = errs.New(errs.SenderUnregistered, "%s is not in the registry", sender)
		}
		return m.refuse(w, r, refusal{err: err})
	}
	if !ag.Active {
		return m.refuse(w, r, refusal{err: errs.New(errs.SenderInactive, "%s is deactivated in the registry", sender)})
	}

	// 5. The voucher.
	payHdr := r.Header.Get(x402.HeaderPaymentSignature)
	if payHdr == "" {
		return m.refuse(w, r, refusal{err: errs.New(errs.PaymentRequired, "no %s voucher", x402.HeaderPaymentSignature), sender: &sender})
	}
	pay, err := x402.DecodePaymentPayload(payHdr)
	if err != nil {
		return m.refuse(w, r, refusal{err: err, status: http.StatusPaymentRequired, sender: &sender})
	}
	if pay.Accepted.Network != m.network {
		return m.refuse(w, r, refusal{err: errs.New(errs.Unsupported, "network %q, want %q", pay.Accepted.Network, m.network), status: http.StatusPaymentRequired, sender: &sender})
	}
	v := &pay.Payload
	ch, err := m.cfg.Chain.Channel(ctx, v.ChannelID, false)
	if err != nil {
		return m.refuse(w, r, refusal{err: err, sender: &sender})
	}
	if !ch.Open {
		return m.refuse(w, r, refusal{err: errs.New(errs.ChannelClosed, "channel %s is closed", hex32(v.ChannelID)), sender: &sender})
	}
	if ch.CloseRequestedAt != 0 {
		return m.refuse(w, r, refusal{err: errs.New(errs.ChannelClosed, "channel %s is closing (requestClose was called)", hex32(v.ChannelID)), sender: &sender})
	}
	if ethsig.Address(ch.Sender) != sender || ethsig.Address(ch.Recipient) != m.me {
		return m.refuse(w, r, refusal{err: errs.New(errs.ChannelMismatch, "channel %s is from %s to %s", hex32(v.ChannelID), ethsig.Address(ch.Sender), ethsig.Address(ch.Recipient))})
	}
	vDigest, err := m.vDom.Digest(&v.Voucher)
	if err != nil {
		return m.refuse(w, r, refusal{err: err, status: http.StatusPaymentRequired, sender: &sender})
	}
	vSigner, err := m.cfg.Recover(vDigest, v.Signature)
	if err != nil {
		return m.refuse(w, r, refusal{err: err})
	}
	if vSigner != sender {
		return m.refuse(w, r, refusal{err: errs.New(errs.SignerMismatch, "voucher is signed by %s, not by the channel sender %s", vSigner, sender)})
	}
	cum := v.CumulativeAmount
	deposit := ch.Deposit
	if cum.Cmp(deposit) > 0 {
		// A top-up may not have reached the cache yet.
		if fresh, ferr := m.cfg.Chain.Channel(ctx, v.ChannelID, true); ferr == nil {
			deposit = fresh.Deposit
		}
	}

	// 6. Accept and record durably, under the channel's lock.
	cs := m.chanEntry(v.ChannelID, &onchainChannel{sender: sender, claimed: ch.Claimed})
	cs.mu.Lock()
	last := cs.st.Accepted
	if cum.Cmp(last) <= 0 {
		cs.mu.Unlock()
		return m.refuse(w, r, refusal{err: errs.New(errs.VoucherInsufficient, "stale voucher: %s wei is not above the accepted %s wei", cum, last), status: http.StatusConflict, sender: &sender})
	}
	if _, err := voucher.Accept(last, m.cfg.Price, deposit, cum); err != nil {
		cs.mu.Unlock()
		return m.refuse(w, r, refusal{err: err, sender: &sender})
	}
	if err := m.guard.Use(key, env.Timestamp, nowU); err != nil {
		cs.mu.Unlock()
		return m.refuse(w, r, refusal{err: err, sender: &sender})
	}
	prev := cs.st
	next := cs.st.Clone()
	next.Sender = sender
	next.Accepted = new(big.Int).Set(cum)
	next.Signature = v.Signature
	nrec := &store.NonceRecord{Sender: sender, Nonce: env.Nonce, Expiry: m.cfg.Window.ExpiresAt(env.Timestamp)}
	if err := m.cfg.Store.Commit(ctx, nrec, &next); err != nil {
		m.guard.Forget(key)
		cs.mu.Unlock()
		return m.refuse(w, r, refusal{err: errs.Wrap(errs.StoreError, "record voucher", err)})
	}
	cs.st = next
	cs.mu.Unlock()
	m.notify(next)

	// 7. Run the task.
	bw := newBufferedWriter()
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.ContentLength = int64(len(body))
	if panicked := runHandler(task, bw, r); panicked != nil || bw.status >= 500 {
		acc := m.rollback(ctx, cs, cum, prev)
		msg := fmt.Sprintf("the task failed with HTTP %d; the charge was rolled back", bw.status)
		status := bw.status
		if panicked != nil {
			msg, status = fmt.Sprintf("the task panicked; the charge was rolled back"), http.StatusInternalServerError
		}
		writeJSON(w, status, x402.ErrorBody{Code: string(errs.TaskFailed), Message: msg, AcceptedCumulative: acc.String()})
		return string(errs.TaskFailed)
	}

	// 8. Receipt.
	rc := receipt.Receipt{RequestDigest: reqDigest, ChannelID: v.ChannelID, CumulativeAmount: cum, ResultHash: keccak.Sum256(bw.buf.Bytes())}
	rd, err := receipt.Digest(m.reqDom, &rc)
	if err == nil {
		var sig ethsig.Signature
		if sig, err = m.cfg.Sign(rd); err == nil {
			var h string
			h, err = x402.EncodePaymentResponse(&x402.PaymentResponse{Success: true, Payer: sender, Network: m.network, Receipt: receipt.Signed{Receipt: rc, Signature: sig}})
			if err == nil {
				bw.header.Set(x402.HeaderPaymentResponse, h)
			}
		}
	}
	if err != nil {
		// The voucher is recorded and the task ran; without a receipt the
		// client cannot prove delivery, so roll back.
		acc := m.rollback(ctx, cs, cum, prev)
		writeJSON(w, http.StatusInternalServerError, x402.ErrorBody{Code: string(errs.Internal), Message: "sign receipt: " + errs.Message(err), AcceptedCumulative: acc.String()})
		return string(errs.Internal)
	}
	m.metrics.paid(m.cfg.Price)
	bw.flushTo(w)
	return "ok"
}

// rollback restores the channel's previous accepted voucher when cum is
// still the latest, and returns the accepted total.
func (m *Mailroom) rollback(ctx context.Context, cs *chanState, cum *big.Int, prev store.ChannelState) *big.Int {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if cs.st.Accepted.Cmp(cum) == 0 {
		next := cs.st.Clone()
		next.Accepted = new(big.Int).Set(prev.Accepted)
		next.Signature = prev.Signature
		// Keeping the higher voucher on disk if this write fails is safe
		// for the recipient; memory rolls back regardless.
		_ = m.cfg.Store.Commit(context.WithoutCancel(ctx), nil, &next)
		cs.st = next
		m.metrics.rollbacks.Add(1)
		m.notify(next)
	}
	return new(big.Int).Set(cs.st.Accepted)
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
