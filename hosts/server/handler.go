package server

import (
	"context"
	"io"
	"math/big"
	"net/http"
	"time"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
	"github.com/agentmailroom/mailroom/core/num"
	"github.com/agentmailroom/mailroom/core/replay"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/store"
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
// channel (or the sender) whose accepted state corrects the client.
type refusal struct {
	err    error
	status int
	sender *ethsig.Address // set when the envelope verified
	ch     *chanState      // the voucher's channel, when it is the sender's
}

func (m *Mailroom) refuse(w http.ResponseWriter, r *http.Request, f refusal) string {
	k := errs.KindOf(f.err)
	status := f.status
	if status == 0 {
		status = StatusFor(k)
	}
	body := x402.ErrorBody{Code: string(k), Message: errs.Message(f.err)}
	if status == http.StatusPaymentRequired || status == http.StatusConflict && (k == errs.VoucherInsufficient || k == errs.VoucherExcessive) {
		c := m.correctionFor(f)
		c.fill(&body)
		if h, err := x402.Encode(m.requirements(r, body.Message, c)); err == nil {
			w.Header().Set(x402.HeaderPaymentRequired, h)
		}
		w.Header().Set("Cache-Control", "no-store")
	}
	writeJSON(w, status, body)
	return string(k)
}

// correction is what the recipient tells a known sender about its channel:
// the accepted amount and the sender's own signature of it (its proof).
type correction struct {
	channelID, signature string
	amount               *big.Int // nil: the recipient knows no channel of the sender
}

// correctionOf is the correction for a channel's state.
func correctionOf(st *store.ChannelState) correction {
	c := correction{channelID: hex32(st.ID), amount: new(big.Int).Set(st.Accepted)}
	if st.Signature != (ethsig.Signature{}) {
		c.signature = st.Signature.Hex()
	}
	return c
}

// fill puts the correction in an error body.
func (c correction) fill(b *x402.ErrorBody) {
	if c.amount != nil {
		b.AcceptedCumulative = c.amount.String()
	}
	b.ChannelID, b.AcceptedSignature = c.channelID, c.signature
}

func (m *Mailroom) correctionFor(f refusal) correction {
	cs := f.ch
	if cs == nil && f.sender != nil {
		cs = m.latestOf(*f.sender)
	}
	if cs == nil {
		return correction{}
	}
	cs.mu.Lock()
	defer cs.mu.Unlock()
	return correctionOf(&cs.st)
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

// terms is the recipient's requirement (without corrections).
func (m *Mailroom) terms() x402.Requirement {
	req := x402.Requirement{
		Scheme:            x402.Scheme,
		Network:           m.network,
		Asset:             x402.Asset,
		PayTo:             m.me,
		MaxTimeoutSeconds: m.cfg.MaxTimeoutSeconds,
		Extra: x402.Extra{
			ChannelContract:  m.cfg.ChannelContract,
			Registry:         m.cfg.Registry,
			MinWithdrawDelay: m.minDelay,
		},
	}
	req.Amount.Set(m.cfg.Price)
	return req
}

func (m *Mailroom) requirements(r *http.Request, msg string, c correction) *x402.PaymentRequired {
	req := m.terms()
	req.Extra.ChannelID, req.Extra.AcceptedSignature = c.channelID, c.signature
	if c.amount != nil {
		req.Extra.AcceptedCumulative = new(num.Uint256)
		req.Extra.AcceptedCumulative.Set(c.amount)
	}
	return &x402.PaymentRequired{
		X402Version: x402.Version,
		Error:       msg,
		Resource:    x402.Resource{URL: m.resourceURL(r)},
		Accepts:     []x402.Requirement{req},
	}
}

// inbound is a request whose envelope verified.
type inbound struct {
	body      []byte
	env       envelope.Signed
	reqDigest [32]byte
	sender    ethsig.Address
	key       replay.Key
	pay       *x402.PaymentPayload // nil when absent or malformed
	payErr    error
	fp        [32]byte // fingerprint: the envelope and the voucher
}

// fingerprint identifies a request exactly: its envelope digest and its
// voucher (channel, amount, signature), so that a retry of the very same
// request is told apart from another request reusing the nonce.
func fingerprint(reqDigest [32]byte, pay *x402.PaymentPayload) [32]byte {
	if pay == nil {
		return keccak.Sum256(reqDigest[:])
	}
	var buf [32 + 32 + 32 + 65]byte
	copy(buf[:32], reqDigest[:])
	copy(buf[32:64], pay.Payload.ChannelID[:])
	pay.Payload.CumulativeAmount.FillBytes(buf[64:96])
	copy(buf[96:], pay.Payload.Signature[:])
	return keccak.Sum256(buf[:])
}

// serve runs the verification order (doc.go) and returns the outcome code
// for the metrics ("ok" or an error kind).
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
	nowU := uint64(m.cfg.Now().Unix())
	if err := envelope.CheckRequest(&env.Request, m.me, m.cfg.Window, nowU, r.Method, m.cfg.Target(r), body); err != nil {
		return m.refuse(w, r, refusal{err: err})
	}

	// 3. Signed by its sender (the core decides, the backend recovers).
	in := &inbound{body: body, env: env, sender: env.Sender, key: replay.Key{Sender: env.Sender, Nonce: env.Nonce}}
	in.reqDigest = m.reqDom.Digest(&env.Request)
	if err := ethsig.VerifyWith(m.cfg.Recover, in.sender, in.reqDigest, env.Signature); err != nil {
		return m.refuse(w, r, refusal{err: err})
	}
	payHdr := r.Header.Get(x402.HeaderPaymentSignature)
	if payHdr != "" {
		in.pay, in.payErr = x402.DecodePaymentPayload(payHdr)
	}
	in.fp = fingerprint(in.reqDigest, in.pay)

	// A used nonce: a retry of the same request gets its answer again;
	// anything else is a replay.
	if err := m.guard.Check(in.key, env.Timestamp, nowU); err != nil {
		if errs.KindOf(err) == errs.NonceReplayed {
			return m.retried(w, r, task, in)
		}
		return m.refuse(w, r, refusal{err: err})
	}

	// 4. Sender registered and active (cached).
	ctx := r.Context()
	sender := &in.sender
	ag, err := m.cfg.Chain.Agent(ctx, in.sender)
	if err != nil {
		if errs.KindOf(err) == errs.AgentNotFound {
			err = errs.New(errs.SenderUnregistered, "%s is not in the registry", in.sender)
		}
		return m.refuse(w, r, refusal{err: err})
	}
	if !ag.Active {
		return m.refuse(w, r, refusal{err: errs.New(errs.SenderInactive, "%s is deactivated in the registry", in.sender)})
	}

	// 5. The voucher and its channel.
	if payHdr == "" {
		return m.refuse(w, r, refusal{err: errs.New(errs.PaymentRequired, "no %s voucher", x402.HeaderPaymentSignature), sender: sender})
	}
	if in.payErr != nil {
		return m.refuse(w, r, refusal{err: in.payErr, status: http.StatusPaymentRequired, sender: sender})
	}
	terms := m.terms()
	if err := in.pay.CheckTerms(&terms); err != nil {
		return m.refuse(w, r, refusal{err: err, status: http.StatusPaymentRequired, sender: sender})
	}
	v := &in.pay.Payload
	ch, err := m.cfg.Chain.Channel(ctx, v.ChannelID, false)
	if err != nil {
		return m.refuse(w, r, refusal{err: err, sender: sender})
	}
	if ethsig.Address(ch.Sender) != in.sender || ethsig.Address(ch.Recipient) != m.me {
		return m.refuse(w, r, refusal{err: errs.New(errs.ChannelMismatch, "channel %s is from %s to %s", hex32(v.ChannelID), ethsig.Address(ch.Sender), ethsig.Address(ch.Recipient)), sender: sender})
	}
	cs := m.chanEntry(v.ChannelID, &onchainChannel{sender: in.sender, claimed: ch.Claimed})
	if f, bad := m.channelUsable(cs, ch, sender); bad {
		return m.refuse(w, r, f)
	}
	vDigest, err := m.vDom.Digest(&v.Voucher)
	if err != nil {
		return m.refuse(w, r, refusal{err: err, status: http.StatusPaymentRequired, sender: sender, ch: cs})
	}
	if err := ethsig.VerifyWith(m.cfg.Recover, in.sender, vDigest, v.Signature); err != nil {
		return m.refuse(w, r, refusal{err: err})
	}
	deposit := ch.Deposit
	if v.CumulativeAmount.Cmp(deposit) > 0 {
		// A top-up may not have reached the cache yet.
		if fresh, ferr := m.cfg.Chain.Channel(ctx, v.ChannelID, true); ferr == nil {
			deposit = fresh.Deposit
		}
	}

	// 6. Accept exactly accepted + price, in order, and record durably.
	if f, bad := m.accept(ctx, cs, in, deposit, nowU); bad {
		return m.refuse(w, r, f)
	}

	// 7-8. Run the task and answer with a receipt.
	return m.run(w, r, task, cs, in)
}

// channelUsable refuses work on a channel that is closed, closing, or
// whose withdraw delay is too short to claim in time.
func (m *Mailroom) channelUsable(cs *chanState, ch *chain.Channel, sender *ethsig.Address) (refusal, bool) {
	cs.mu.Lock()
	closed, closing := cs.st.Closed, cs.closing || cs.redeeming
	cs.mu.Unlock()
	id := hex32(cs.st.ID)
	switch {
	case !ch.Open || closed:
		return refusal{err: errs.New(errs.ChannelClosed, "channel %s is closed", id), sender: sender, ch: cs}, true
	case ch.CloseRequestedAt != 0 || closing:
		return refusal{err: errs.New(errs.ChannelClosing, "channel %s is closing: no new work is accepted on it", id), sender: sender, ch: cs}, true
	case ch.WithdrawDelay < m.minDelay:
		return refusal{err: errs.New(errs.WithdrawDelayTooShort, "channel %s has a withdraw delay of %d s; this mailroom needs at least %d s to claim in time", id, ch.WithdrawDelay, m.minDelay), sender: sender, ch: cs}, true
	}
	return refusal{}, false
}

// accept takes the voucher if voucher.AcceptExact does (exactly the
// channel's accepted amount plus the price). A voucher above that waits (bounded) for the requests
// signed before it, which may still be on their way, then is refused.
func (m *Mailroom) accept(ctx context.Context, cs *chanState, in *inbound, deposit *big.Int, now uint64) (refusal, bool) {
	v := &in.pay.Payload
	cum := v.CumulativeAmount
	sender := &in.sender
	var deadline time.Time
	cs.mu.Lock()
	for {
		last := cs.st.Accepted
		_, err := voucher.AcceptExact(last, m.cfg.Price, deposit, cum)
		if err == nil {
			break
		}
		if errs.KindOf(err) != errs.VoucherExcessive {
			cs.mu.Unlock()
			f := refusal{err: err, sender: sender, ch: cs}
			if errs.KindOf(err) == errs.VoucherInsufficient && cum.Cmp(last) <= 0 {
				f.status = http.StatusConflict // stale: the client is behind
			}
			return f, true
		}
		if deadline.IsZero() {
			deadline = time.Now().Add(m.cfg.ReorderWait)
		}
		wait := time.Until(deadline)
		if wait <= 0 || cs.waiters >= m.cfg.MaxWaiters {
			cs.mu.Unlock()
			return refusal{err: err, sender: sender, ch: cs}, true
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
			return refusal{err: errs.New(errs.TransportError, "client went away: %v", ctx.Err()), status: 499}, true
		}
	}
	defer cs.mu.Unlock()
	if err := m.guard.Use(in.key, in.env.Timestamp, now); err != nil {
		return refusal{err: err, sender: sender, ch: cs}, true
	}
	next := cs.st.Clone()
	next.Sender = in.sender
	next.Accepted = new(big.Int).Set(cum)
	next.Signature = v.Signature
	next.Settle, next.SettleSig = nil, ethsig.Signature{}
	nrec := m.nonceRecord(in, nil)
	if err := m.cfg.Store.Commit(ctx, nrec, &next); err != nil {
		m.guard.Forget(in.key)
		return refusal{err: errs.Wrap(errs.StoreError, "record voucher", err), sender: sender, ch: cs}, true
	}
	cs.set(next)
	cs.hold(cum, v.Signature)
	m.begin(in.key, in.fp)
	m.notify(next)
	return refusal{}, false
}
