package client

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/x402"
)

var noSig ethsig.Signature

// TestCorrect: downward adopted as it is; upward only with the sender's own
// voucher signature of that amount on that channel; anything else is
// correction_unproven and changes nothing.
func TestCorrect(t *testing.T) {
	f := newFixture(t, Config{})
	mallory := key(t, 9)
	st := f.state(5000, 3000, 4000)
	st.Signature = f.sig(f.alice, chanID, 3000)
	body := func(id [32]byte, acc string, sig ethsig.Signature) x402.ErrorBody {
		eb := x402.ErrorBody{Code: string(errs.VoucherInsufficient), AcceptedCumulative: acc, ChannelID: hexutil.Encode(id[:])}
		if sig != noSig {
			eb.AcceptedSignature = sig.Hex()
		}
		return eb
	}
	for _, c := range []struct {
		name        string
		eb          x402.ErrorBody
		err         errs.Kind
		cum, signed int64
		sig         ethsig.Signature // the record's signature after
	}{
		{name: "no correction", eb: x402.ErrorBody{Code: "voucher_insufficient"}, cum: 3000, signed: 4000, sig: st.Signature},
		{name: "no channel named", eb: x402.ErrorBody{AcceptedCumulative: "5000"}, cum: 3000, signed: 4000, sig: st.Signature},
		{name: "about another channel of ours: not this one's business", eb: body(otherID, "5000", f.sig(f.alice, otherID, 5000)), cum: 3000, signed: 4000, sig: st.Signature},
		{name: "about another channel, downward", eb: body(otherID, "0", noSig), cum: 3000, signed: 4000, sig: st.Signature},
		{name: "channel id not hex", eb: x402.ErrorBody{AcceptedCumulative: "0", ChannelID: "zz"}, cum: 3000, signed: 4000, sig: st.Signature},
		{name: "downward: adopted without proof", eb: body(chanID, "1000", noSig), cum: 1000, signed: 4000},
		{name: "to zero", eb: body(chanID, "0", noSig), cum: 0, signed: 4000},
		{name: "equal", eb: body(chanID, "3000", noSig), cum: 3000, signed: 4000},
		{name: "not a number", eb: body(chanID, "lots", noSig), err: errs.CorrectionUnproven},
		{name: "negative", eb: body(chanID, "-1", noSig), err: errs.CorrectionUnproven},
		{name: "forged upward: no signature", eb: body(chanID, "5000", noSig), err: errs.CorrectionUnproven},
		{name: "forged upward: a bad signature", eb: x402.ErrorBody{AcceptedCumulative: "5000", ChannelID: hexutil.Encode(chanID[:]), AcceptedSignature: "0x1234"}, err: errs.CorrectionUnproven},
		{name: "forged upward: signed by the recipient", eb: body(chanID, "5000", f.sig(f.bob, chanID, 5000)), err: errs.CorrectionUnproven},
		{name: "forged upward: signed by another", eb: body(chanID, "5000", f.sig(mallory, chanID, 5000)), err: errs.CorrectionUnproven},
		{name: "upward: our signature of another amount", eb: body(chanID, "5000", f.sig(f.alice, chanID, 4000)), err: errs.CorrectionUnproven},
		{name: "upward: our signature on another channel", eb: body(chanID, "5000", f.sig(f.alice, otherID, 5000)), err: errs.CorrectionUnproven},
		{name: "upward, proven, within the exposure", eb: body(chanID, "4000", f.sig(f.alice, chanID, 4000)), cum: 4000, signed: 4000, sig: f.sig(f.alice, chanID, 4000)},
		{name: "upward, proven, above the exposure: raises it", eb: body(chanID, "4500", f.sig(f.alice, chanID, 4500)), cum: 4500, signed: 4500, sig: f.sig(f.alice, chanID, 4500)},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := st.Clone()
			got, err := Correct(f.s.VoucherDomain(), f.alice.Address(), st, c.eb)
			if !same(st, before) {
				t.Fatal("Correct changed its argument")
			}
			wantKind(t, err, c.err)
			if err != nil {
				if !same(got, st) {
					t.Fatal("an unproven correction changed the record")
				}
				return
			}
			if got.Cumulative.Int64() != c.cum || got.Exposure().Int64() != c.signed || got.Signature != c.sig {
				t.Fatalf("cumulative %s exposure %s signature %v; want %d %d %v", got.Cumulative, got.Exposure(), got.Signature, c.cum, c.signed, c.sig)
			}
		})
	}
}

func TestHandle(t *testing.T) {
	f := newFixture(t, Config{})
	base := f.state(5000, 1000, 0)
	base.Signature = f.sig(f.alice, chanID, 1000)
	body := []byte(`{"echo":"payload"}`)
	type want struct {
		outcome Outcome
		err     errs.Kind
		persist bool  // a record to persist
		cum     int64 // its accepted amount
		signed  int64 // its exposure
		closed  bool
		unsure  bool
		price   int64 // Retry: the next price
		stated  bool  // Retry: the next terms are stated
		refund  int64
	}
	for _, c := range []struct {
		name string
		n    int
		resp func(at *Attempt) *Response
		want want
	}{
		{name: "2xx with its receipt: done", resp: func(at *Attempt) *Response {
			return &Response{Status: 200, Body: body, PaymentResponse: f.receiptOf(f.bob, at, body, true, nil)}
		}, want: want{outcome: Done}},
		{name: "2xx without a receipt", resp: func(at *Attempt) *Response { return &Response{Status: 200, Body: body} },
			want: want{outcome: Fail, err: errs.ReceiptInvalid}},
		{name: "stale: proven correction upward, retry", resp: func(at *Attempt) *Response {
			return f.refusal(409, errs.VoucherInsufficient, chanID, 3000, f.sig(f.alice, chanID, 3000), 1000)
		}, want: want{outcome: Retry, persist: true, cum: 3000, signed: 3000, price: 1000, stated: true}},
		{name: "excessive: downward correction, retry", resp: func(at *Attempt) *Response {
			return f.refusal(409, errs.VoucherExcessive, chanID, 500, noSig, 1000)
		}, want: want{outcome: Retry, persist: true, cum: 500, signed: 2000, price: 1000, stated: true}},
		{name: "attack: forged upward correction changes nothing", resp: func(at *Attempt) *Response {
			return f.refusal(409, errs.VoucherInsufficient, chanID, 5000, noSig, 1000)
		}, want: want{outcome: Fail, err: errs.CorrectionUnproven, persist: true, cum: 1000, signed: 2000}},
		{name: "attack: correction for another channel is ignored", resp: func(at *Attempt) *Response {
			return f.refusal(409, errs.VoucherInsufficient, otherID, 4000, f.sig(f.alice, otherID, 4000), 1000)
		}, want: want{outcome: Retry, persist: true, cum: 1000, signed: 2000, price: 1000, stated: true}},
		{name: "a new price in the corrective terms", resp: func(at *Attempt) *Response {
			return f.refusal(402, errs.VoucherInsufficient, chanID, 1000, noSig, 1500)
		}, want: want{outcome: Retry, persist: true, cum: 1000, signed: 2000, price: 1500, stated: true}},
		{name: "above the deposit: retry (the plan tops up)", resp: func(at *Attempt) *Response {
			return f.refusal(402, errs.VoucherExceedsDeposit, chanID, 1000, noSig, 1000)
		}, want: want{outcome: Retry, persist: true, cum: 1000, signed: 2000, price: 1000, stated: true}},
		{name: "channel closed: unusable, retry (the plan opens another)", resp: func(at *Attempt) *Response {
			return f.refusal(402, errs.ChannelClosed, chanID, -1, noSig, 1000)
		}, want: want{outcome: Retry, persist: true, cum: 1000, signed: 2000, closed: true, price: 1000, stated: true}},
		{name: "channel not found", resp: func(at *Attempt) *Response { return f.refusal(402, errs.ChannelNotFound, chanID, -1, noSig, 1000) },
			want: want{outcome: Retry, persist: true, cum: 1000, signed: 2000, closed: true, price: 1000, stated: true}},
		{name: "channel closing", resp: func(at *Attempt) *Response { return f.refusal(402, errs.ChannelClosing, chanID, -1, noSig, 1000) },
			want: want{outcome: Retry, persist: true, cum: 1000, signed: 2000, closed: true, price: 1000, stated: true}},
		{name: "withdraw delay too short: unusable, fail", resp: func(at *Attempt) *Response {
			return f.refusal(402, errs.WithdrawDelayTooShort, chanID, -1, noSig, 1000)
		}, want: want{outcome: Fail, err: errs.WithdrawDelayTooShort, persist: true, cum: 1000, signed: 2000, closed: true}},
		{name: "task failed: rolled back, corrected, fail", resp: func(at *Attempt) *Response {
			return f.refusal(502, errs.TaskFailed, chanID, 1000, f.sig(f.alice, chanID, 1000), 0)
		}, want: want{outcome: Fail, err: errs.TaskFailed, persist: true, cum: 1000, signed: 2000}},
		{name: "payment required: corrected, fail", resp: func(at *Attempt) *Response {
			return f.refusal(402, errs.PaymentRequired, chanID, 0, noSig, 1000)
		}, want: want{outcome: Fail, err: errs.PaymentRequired, persist: true, cum: 0, signed: 2000}},
		{name: "a retryable refusal at the last attempt fails", n: MaxAttempts, resp: func(at *Attempt) *Response {
			return f.refusal(409, errs.VoucherInsufficient, chanID, 3000, f.sig(f.alice, chanID, 3000), 1000)
		}, want: want{outcome: Fail, err: errs.VoucherInsufficient, persist: true, cum: 3000, signed: 3000}},
		{name: "terms to pay someone else", resp: func(at *Attempt) *Response {
			r := f.refusal(409, errs.VoucherInsufficient, chanID, 1000, noSig, 0)
			req := f.requirement(1000)
			req.PayTo = ethsig.Address{9}
			r.PaymentRequired = f.paymentRequired(req)
			return r
		}, want: want{outcome: Fail, err: errs.WrongRecipient, persist: true, cum: 1000, signed: 2000}},
		{name: "terms on another contract", resp: func(at *Attempt) *Response {
			r := f.refusal(409, errs.VoucherInsufficient, chanID, 1000, noSig, 0)
			req := f.requirement(1000)
			req.Extra.ChannelContract = ethsig.Address{9}
			r.PaymentRequired = f.paymentRequired(req)
			return r
		}, want: want{outcome: Fail, err: errs.Unsupported, persist: true, cum: 1000, signed: 2000}},
		{name: "an envelope refusal: back to accepted, fail", resp: func(at *Attempt) *Response {
			return f.refusal(401, errs.SignerMismatch, chanID, -1, noSig, 0)
		}, want: want{outcome: Fail, err: errs.SignerMismatch, persist: true, cum: 1000, signed: 2000}},
		{name: "unknown outcome: still in progress", resp: func(at *Attempt) *Response {
			return f.refusal(409, errs.RequestInProgress, chanID, -1, noSig, 0)
		}, want: want{outcome: Fail, err: errs.RequestInProgress, persist: true, cum: 2000, signed: 2000, unsure: true}},
		{name: "unknown outcome: a 5xx that is not the mailroom's", resp: func(at *Attempt) *Response {
			return &Response{Status: 504, Body: []byte("gateway timeout")}
		}, want: want{outcome: Fail, err: errs.Internal, persist: true, cum: 2000, signed: 2000, unsure: true}},
		{name: "served, answer not retained: the record stands", resp: func(at *Attempt) *Response {
			return f.refusal(410, errs.ResponseNotRetained, chanID, -1, noSig, 0)
		}, want: want{outcome: Fail, err: errs.ResponseNotRetained}},
		{name: "a 4xx without a code", resp: func(at *Attempt) *Response { return &Response{Status: 404, Body: []byte("not found")} },
			want: want{outcome: Fail, err: errs.Internal, persist: true, cum: 1000, signed: 2000}},
	} {
		t.Run(c.name, func(t *testing.T) {
			n := c.n
			if n == 0 {
				n = 1
			}
			at := f.attempt(n, base, 1000, false)
			before, after := at.Before.Clone(), at.After.Clone()
			d := f.s.Handle(at, c.resp(at))
			w := c.want
			if !same(at.Before, before) || !same(at.After, after) {
				t.Fatal("Handle changed the attempt")
			}
			if d.Outcome != w.outcome || errs.KindOf(d.Err) != w.err {
				t.Fatalf("%s %v, want %s %q", d.Outcome, d.Err, w.outcome, w.err)
			}
			if (d.State != nil) != w.persist {
				t.Fatalf("state to persist: %v, want %v", d.State != nil, w.persist)
			}
			if d.Refund != nil && d.Refund.Int64() != w.refund {
				t.Fatalf("refund %s", d.Refund)
			}
			if st := d.State; st != nil {
				if st.Cumulative.Int64() != w.cum || st.Exposure().Int64() != w.signed || st.Closed != w.closed || st.Uncertain != w.unsure || st.Deposit.Int64() != 5000 {
					t.Fatalf("state: cumulative %s exposure %s closed %v uncertain %v; want %+v", st.Cumulative, st.Exposure(), st.Closed, st.Uncertain, w)
				}
			}
			switch d.Outcome {
			case Done:
				if d.Receipt == nil || d.Receipt.CumulativeAmount.Int64() != 2000 {
					t.Fatalf("receipt %+v", d.Receipt)
				}
			case Retry:
				if d.Terms.Amount().Int64() != w.price || (d.Terms.Stated != nil) != w.stated {
					t.Fatalf("next terms %+v", d.Terms)
				}
			}
		})
	}
}

// A refusal without a correction goes back to the accepted amount with its
// signature (the voucher the recipient holds of it).
func TestHandleRestoresSignature(t *testing.T) {
	f := newFixture(t, Config{})
	base := f.state(5000, 1000, 0)
	base.Signature = f.sig(f.alice, chanID, 1000)
	d := f.s.Handle(f.attempt(1, base, 1000, true), f.refusal(401, errs.PayloadMismatch, chanID, -1, noSig, 0))
	if d.State == nil || d.State.Cumulative.Int64() != 1000 || d.State.Signature != base.Signature || d.State.Exposure().Int64() != 2000 {
		t.Fatalf("%+v", d.State)
	}
}

// TestLost: a request that provably did not leave restores everything and
// gives the budget back; an unknown outcome marks the channel uncertain.
func TestLost(t *testing.T) {
	f := newFixture(t, Config{})
	transport := errs.New(errs.TransportError, "refused")
	for _, c := range []struct {
		name   string
		before State
		sent   bool
		refund int64
	}{
		{name: "not sent: back, budget given back", before: f.state(5000, 1000, 0), refund: 1000},
		{name: "not sent, below the exposure: nothing to give back", before: f.state(5000, 1000, 4000), refund: 0},
		{name: "not sent, partly above the exposure", before: f.state(5000, 1000, 1500), refund: 500},
		{name: "sent: unknown outcome", before: f.state(5000, 1000, 0), sent: true},
	} {
		t.Run(c.name, func(t *testing.T) {
			at := f.attempt(1, c.before, 1000, false)
			d := f.s.Lost(at, c.sent, transport)
			if d.Outcome != Fail || d.Err != transport || d.State == nil {
				t.Fatalf("decision %+v", d)
			}
			got := int64(0)
			if d.Refund != nil {
				got = d.Refund.Int64()
			}
			if got != c.refund {
				t.Fatalf("refund %d, want %d", got, c.refund)
			}
			if !c.sent {
				if !same(*d.State, c.before) {
					t.Fatalf("not restored: %+v, want %+v", *d.State, c.before)
				}
				return
			}
			if !d.State.Uncertain || d.State.Cumulative.Int64() != 2000 || d.State.Exposure().Int64() != 2000 {
				t.Fatalf("unknown outcome: %+v", *d.State)
			}
			// The next request first learns what the recipient accepted.
			if p, err := f.s.Plan(d.State, at.Terms); err != nil || p.Need != Resync {
				t.Fatalf("plan after an unknown outcome: %+v %v", p, err)
			}
		})
	}
}

func TestResynced(t *testing.T) {
	f := newFixture(t, Config{})
	st := f.state(5000, 2000, 2000)
	st.Uncertain = true
	// Not served: the recipient accepted less.
	got, err := f.s.Resynced(st, f.refusal(402, errs.PaymentRequired, chanID, 1000, f.sig(f.alice, chanID, 1000), 1000))
	if err != nil || got.Uncertain || got.Cumulative.Int64() != 1000 || got.Exposure().Int64() != 2000 {
		t.Fatalf("resync down: %+v %v", got, err)
	}
	// Served: the same amount.
	if got, err = f.s.Resynced(st, f.refusal(402, errs.PaymentRequired, chanID, 2000, f.sig(f.alice, chanID, 2000), 1000)); err != nil || got.Uncertain || got.Cumulative.Int64() != 2000 {
		t.Fatalf("resync same: %+v %v", got, err)
	}
	// The recipient knows nothing of the channel: what we know stands.
	if got, err = f.s.Resynced(st, f.refusal(402, errs.PaymentRequired, chanID, -1, noSig, 1000)); err != nil || got.Uncertain || got.Cumulative.Int64() != 2000 {
		t.Fatalf("resync unknown channel: %+v %v", got, err)
	}
	// A forged upward correction is refused and nothing changes.
	got, err = f.s.Resynced(st, f.refusal(402, errs.PaymentRequired, chanID, 5000, noSig, 1000))
	wantKind(t, err, errs.CorrectionUnproven)
	if !same(got, st) {
		t.Fatal("a forged resync changed the record")
	}
	// Anything but a 402 is its error.
	_, err = f.s.Resynced(st, f.refusal(403, errs.SenderInactive, chanID, -1, noSig, 0))
	wantKind(t, err, errs.SenderInactive)
}

func TestLearnTerms(t *testing.T) {
	f := newFixture(t, Config{})
	bob := f.bob.Address()
	terms, err := f.s.LearnTerms(bob, f.refusal(402, errs.PaymentRequired, chanID, -1, noSig, 1500))
	if err != nil || terms.Amount().Int64() != 1500 || terms.Stated == nil || terms.Stated.Extra.MinWithdrawDelay != 3600 {
		t.Fatalf("terms %+v %v", terms, err)
	}
	// A 402 without terms is its error; so is any other answer.
	_, err = f.s.LearnTerms(bob, f.refusal(402, errs.PaymentRequired, chanID, -1, noSig, 0))
	wantKind(t, err, errs.PaymentRequired)
	_, err = f.s.LearnTerms(bob, &Response{Status: 200, Body: []byte("free")})
	wantKind(t, err, errs.Internal)
	// Terms for someone else, another chain, another scheme.
	other := f.requirement(1000)
	other.PayTo = ethsig.Address{9}
	_, err = f.s.LearnTerms(bob, &Response{Status: 402, PaymentRequired: f.paymentRequired(other)})
	wantKind(t, err, errs.WrongRecipient)
	other = f.requirement(1000)
	other.Network = x402.Network(1)
	_, err = f.s.LearnTerms(bob, &Response{Status: 402, PaymentRequired: f.paymentRequired(other)})
	wantKind(t, err, errs.Unsupported)
	other = f.requirement(1000)
	other.Scheme = "exact"
	_, err = f.s.LearnTerms(bob, &Response{Status: 402, PaymentRequired: f.paymentRequired(other)})
	wantKind(t, err, errs.Unsupported)
	_, err = f.s.LearnTerms(bob, &Response{Status: 402, PaymentRequired: "!!"})
	if err == nil {
		t.Fatal("undecodable terms accepted")
	}
}

func TestVerifyReceipt(t *testing.T) {
	f := newFixture(t, Config{})
	at := f.attempt(1, f.state(5000, 1000, 0), 1000, false)
	body := []byte("result")
	d := f.s.RequestDomain()
	for _, c := range []struct {
		name string
		h    string
		body []byte
		ok   bool
	}{
		{"valid", f.receiptOf(f.bob, at, body, true, nil), body, true},
		{"none", "", body, false},
		{"not base64", "!!", body, false},
		{"success false", f.receiptOf(f.bob, at, body, false, nil), body, false},
		{"another request", f.receiptOf(f.bob, at, body, true, func(r *receipt.Receipt) { r.RequestDigest[0] ^= 1 }), body, false},
		{"another channel", f.receiptOf(f.bob, at, body, true, func(r *receipt.Receipt) { r.ChannelID = otherID }), body, false},
		{"another amount", f.receiptOf(f.bob, at, body, true, func(r *receipt.Receipt) { r.CumulativeAmount = i(1000) }), body, false},
		{"another body", f.receiptOf(f.bob, at, body, true, nil), []byte("tampered"), false},
		{"signed by someone else", f.receiptOf(key(t, 9), at, body, true, nil), body, false},
		{"signed by the sender", f.receiptOf(f.alice, at, body, true, nil), body, false},
	} {
		rc, err := VerifyReceipt(d, c.h, c.body, at.Envelope, at.Voucher, f.bob.Address())
		if c.ok != (err == nil) || (err != nil && errs.KindOf(err) != errs.ReceiptInvalid) {
			t.Errorf("%s: %v", c.name, err)
		}
		if err == nil && (rc.CumulativeAmount.Cmp(big.NewInt(2000)) != 0 || rc.ChannelID != chanID) {
			t.Errorf("%s: receipt %+v", c.name, rc)
		}
	}
}

func TestResponseErr(t *testing.T) {
	r := &Response{Status: 403, Body: mustJSON(x402.ErrorBody{Code: "sender_inactive", Message: "m"})}
	if err := r.Err(); errs.KindOf(err) != errs.SenderInactive || errs.Message(err) != "m" {
		t.Fatalf("%v", err)
	}
	if err := (&Response{Status: 418, Body: []byte("teapot")}).Err(); errs.KindOf(err) != errs.Internal {
		t.Fatalf("%v", err)
	}
}

// TestMachine runs the state machine end to end against a scripted
// recipient: no channel → learn the terms → open → pay; a refused stale
// voucher → proven correction → retry; an unknown outcome → resync first.
func TestMachine(t *testing.T) {
	f := newFixture(t, Config{Deposit: i(3000)})
	bob := f.bob.Address()
	var st *State
	terms := Terms{Price: i(1000)}
	var steps []Need
	ready := func(answer func(Need) *Response) Plan {
		t.Helper()
		for k := 0; k < 5; k++ {
			p, err := f.s.Plan(st, terms)
			if err != nil {
				t.Fatal(err)
			}
			steps = append(steps, p.Need)
			switch p.Need {
			case Pay:
				return p
			case LearnTerms:
				if terms, err = f.s.LearnTerms(bob, answer(p.Need)); err != nil {
					t.Fatal(err)
				}
			case Open:
				o := Opened(bob, chanID, p.Deposit, p.WithdrawDelay)
				st = &o
			case Resync:
				o, err := f.s.Resynced(*st, answer(p.Need))
				if err != nil {
					t.Fatal(err)
				}
				st = &o
			case TopUp:
				o := ToppedUp(*st, p.Deposit)
				st = &o
			}
		}
		t.Fatal("no plan")
		return Plan{}
	}
	send := func(n int, p Plan, answer func(*Attempt) *Response) Decision {
		t.Helper()
		after, vs, err := f.s.Sign(*st, p.Voucher)
		if err != nil {
			t.Fatal(err)
		}
		env, _ := f.s.Envelope(bob, url, []byte("payload"), uint64(n), now)
		at := &Attempt{N: n, Before: *st, After: after, Terms: terms, Envelope: env, Voucher: vs}
		st = &after
		var d Decision
		if r := answer(at); r != nil {
			d = f.s.Handle(at, r)
		} else {
			d = f.s.Lost(at, true, errs.New(errs.TransportError, "timeout"))
		}
		if d.State != nil {
			st = d.State
		}
		if d.Outcome == Retry {
			terms = d.Terms
		}
		return d
	}
	terms402 := func(Need) *Response { return f.refusal(402, errs.PaymentRequired, chanID, -1, noSig, 1000) }
	served := func(at *Attempt) *Response {
		return &Response{Status: 200, Body: []byte("ok"), PaymentResponse: f.receiptOf(f.bob, at, []byte("ok"), true, nil)}
	}
	// 1. The first request: learn the terms, open, pay 1000.
	if d := send(1, ready(terms402), served); d.Outcome != Done || st.Cumulative.Int64() != 1000 {
		t.Fatalf("first: %+v %+v", d, st)
	}
	// 2. Bob accepted 2000 meanwhile (a voucher of ours he proves): the 2000
	//    voucher is stale, the correction is adopted, 3000 is paid.
	p := ready(nil)
	if d := send(1, p, func(*Attempt) *Response {
		return f.refusal(409, errs.VoucherInsufficient, chanID, 2000, f.sig(f.alice, chanID, 2000), 1000)
	}); d.Outcome != Retry || st.Cumulative.Int64() != 2000 {
		t.Fatalf("stale: %+v %+v", d, st)
	}
	if d := send(2, ready(nil), served); d.Outcome != Done || st.Cumulative.Int64() != 3000 || st.Deposit.Int64() != 3000 {
		t.Fatalf("after the correction: %+v %+v", d, st)
	}
	// 3. The deposit is spent: top up, then the request times out after
	//    leaving: uncertain.
	if d := send(1, ready(nil), func(*Attempt) *Response { return nil }); d.Outcome != Fail || !st.Uncertain || st.Cumulative.Int64() != 4000 {
		t.Fatalf("unknown: %+v %+v", d, st)
	}
	// 4. The next request resynchronises first (Bob never got it: 3000).
	p = ready(func(Need) *Response {
		return f.refusal(402, errs.PaymentRequired, chanID, 3000, f.sig(f.alice, chanID, 3000), 1000)
	})
	if p.Voucher.Int64() != 4000 || p.Increase.Sign() != 0 {
		t.Fatalf("after resync: %+v", p)
	}
	if d := send(1, p, served); d.Outcome != Done || st.Cumulative.Int64() != 4000 {
		t.Fatalf("after resync: %+v %+v", d, st)
	}
	want := []Need{LearnTerms, Open, Pay, Pay, Pay, TopUp, Pay, Resync, Pay}
	if len(steps) != len(want) {
		t.Fatalf("steps %v, want %v", steps, want)
	}
	for k := range want {
		if steps[k] != want[k] {
			t.Fatalf("steps %v, want %v", steps, want)
		}
	}
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}
