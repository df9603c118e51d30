package client

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/x402"
)

// wireConfig is the fixture's sender config on the wire, with extra fields.
func (f *fixture) wireConfig(extra map[string]any) map[string]any {
	c := map[string]any{"privateKey": f.alice.Hex(), "chainId": fmt.Sprint(chainID), "registry": registry.String(), "channelContract": contract.String()}
	for k, v := range extra {
		c[k] = v
	}
	return c
}

// op runs a JSON operation on in (marshalled) and returns its reply.
func op(t testing.TB, fn func([]byte) ([]byte, error), in any) ([]byte, error) {
	t.Helper()
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	return fn(b)
}

// js is v's JSON.
func js(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// raw is v as a JSON value to embed in a request.
func raw(t testing.TB, v any) json.RawMessage { return js(t, v) }

func wireResponse(r *Response) map[string]any {
	m := map[string]any{"status": r.Status, "body": hexutil.Encode(r.Body)}
	if r.PaymentRequired != "" {
		m["paymentRequired"] = r.PaymentRequired
	}
	if r.PaymentResponse != "" {
		m["paymentResponse"] = r.PaymentResponse
	}
	return m
}

func wireAttempt(t testing.TB, at *Attempt) map[string]any {
	return map[string]any{"n": fmt.Sprint(at.N), "before": StateToJSON(&at.Before), "after": StateToJSON(&at.After),
		"terms": raw(t, TermsToJSON(at.Terms)), "envelope": at.Envelope, "voucher": at.Voucher}
}

func TestWireStateRoundTrip(t *testing.T) {
	f := newFixture(t, Config{})
	sig := f.sig(f.alice, chanID, 2000)
	for _, st := range []State{
		f.state(5000, 0, 0),
		f.state(5000, 2000, 3000),
		func() State { s := f.state(5000, 2000, 0); s.Signature, s.Uncertain = sig, true; return s }(),
		func() State { s := f.state(1, 0, 0); s.Closed, s.WithdrawDelay = true, 0; return s }(),
	} {
		b := js(t, StateToJSON(&st))
		var j StateJSON
		if err := json.Unmarshal(b, &j); err != nil {
			t.Fatal(err)
		}
		got, err := j.State("state")
		if err != nil || !same(got, st) {
			t.Fatalf("%s: %+v %v, want %+v", b, got, err, st)
		}
	}
	b := js(t, StateToJSON(&State{Recipient: f.bob.Address(), ChannelID: chanID, Deposit: i(5), Cumulative: i(1), Signature: sig, Signed: i(2), WithdrawDelay: 7, Uncertain: true, Closed: true}))
	want := `{"recipient":"` + f.bob.Address().String() + `","channelId":"` + hexutil.Encode(chanID[:]) + `","deposit":"5","cumulative":"1","signature":"` + sig.Hex() +
		`","signed":"2","withdrawDelay":"7","uncertain":true,"closed":true}`
	if string(b) != want {
		t.Fatalf("state JSON\n%s\nwant\n%s", b, want)
	}
}

func TestWireTerms(t *testing.T) {
	f := newFixture(t, Config{})
	req := f.requirement(700)
	for _, c := range []struct {
		in     string
		price  int64 // -1: nil
		stated bool
	}{
		{`{}`, -1, false},
		{`{"price":"5"}`, 5, false},
		{`{"stated":` + string(js(t, req)) + `}`, 700, true},
		{`{"price":"9","stated":` + string(js(t, req)) + `}`, 9, true},
	} {
		var j TermsJSON
		if err := json.Unmarshal([]byte(c.in), &j); err != nil {
			t.Fatal(err)
		}
		tm := j.Terms()
		if (c.price < 0) != (tm.Price == nil) || (tm.Price != nil && tm.Price.Int64() != c.price) || (tm.Stated != nil) != c.stated {
			t.Fatalf("%s: %+v", c.in, tm)
		}
	}
	if TermsToJSON(Terms{}) != nil {
		t.Fatal("zero terms are not omitted")
	}
}

// TestWireOpsAreTheGoFunctions: each JSON operation answers what the Go
// function answers, on the wire.
func TestWireOpsAreTheGoFunctions(t *testing.T) {
	f := newFixture(t, Config{Deposit: i(50_000), MaxPerRequest: i(5000)})
	cfg := f.wireConfig(map[string]any{"deposit": "50000", "maxPerRequest": "5000"})
	req := f.requirement(1000)
	stated := Stated(&req)

	// Plan: every need, and the refusals.
	for _, c := range []struct {
		name  string
		st    *State
		terms Terms
	}{
		{"learn-terms", nil, Terms{Price: i(1000)}},
		{"open", nil, stated},
		{"closed-open", func() *State { s := f.state(5000, 0, 0); s.Closed = true; return &s }(), stated},
		{"resync", func() *State { s := f.state(5000, 1000, 0); s.Uncertain = true; return &s }(), stated},
		{"top-up", func() *State { s := f.state(1500, 1000, 0); return &s }(), stated},
		{"pay", func() *State { s := f.state(5000, 1000, 2000); return &s }(), stated},
		{"pay-no-stated", func() *State { s := f.state(5000, 1000, 0); return &s }(), Terms{Price: i(1000)}},
		{"budget", func() *State { s := f.state(50_000, 1000, 0); return &s }(), Terms{Price: i(6000)}},
	} {
		in := map[string]any{"config": cfg, "terms": raw(t, TermsToJSON(c.terms))}
		if in["terms"] == nil || string(in["terms"].(json.RawMessage)) == "null" {
			in["terms"] = map[string]any{}
		}
		if c.st != nil {
			in["state"] = StateToJSON(c.st)
		}
		got, err := op(t, PlanOp, in)
		p, perr := f.s.Plan(c.st, c.terms)
		if errs.KindOf(err) != errs.KindOf(perr) {
			t.Fatalf("plan %s: %v, want %v", c.name, err, perr)
		}
		if perr == nil {
			if want := js(t, PlanToJSON(p)); !bytes.Equal(got, want) {
				t.Fatalf("plan %s: %s, want %s", c.name, got, want)
			}
		}
	}
	if got, _ := op(t, PlanOp, map[string]any{"config": f.wireConfig(nil), "terms": map[string]any{"stated": req}}); string(got) != `{"need":"open","deposit":"100000","withdrawDelay":"3600"}` {
		t.Fatalf("open plan: %s", got)
	}
	if _, err := op(t, PlanOp, map[string]any{"config": f.wireConfig(map[string]any{"withdrawDelay": "60"}), "terms": map[string]any{"stated": req}}); errs.KindOf(err) != errs.WithdrawDelayTooShort {
		t.Fatalf("short delay: %v", err)
	}

	// Sign: the record and the voucher, deterministic.
	before := f.state(5000, 1000, 0)
	signIn := map[string]any{"config": cfg, "state": StateToJSON(&before), "cumulativeAmount": "2000"}
	got, err := op(t, SignOp, signIn)
	after, vs, _ := f.s.Sign(before, i(2000))
	want := js(t, map[string]any{"state": StateToJSON(&after), "voucher": vs})
	if err != nil || !bytes.Equal(got, []byte(`{"state":`+string(js(t, StateToJSON(&after)))+`,"voucher":`+string(js(t, vs))+`}`)) {
		t.Fatalf("sign: %s %v, want %s", got, err, want)
	}
	again, _ := op(t, SignOp, signIn)
	if !bytes.Equal(got, again) {
		t.Fatal("sign is not deterministic")
	}

	// Envelope and payment.
	envIn := map[string]any{"config": cfg, "recipient": f.bob.Address(), "url": url, "payload": hexutil.Encode([]byte("payload")), "nonce": "1", "now": fmt.Sprint(now.Unix())}
	got, err = op(t, EnvelopeOp, envIn)
	env, _ := f.s.Envelope(f.bob.Address(), url, []byte("payload"), 1, now)
	if err != nil || !bytes.Equal(got, js(t, env)) {
		t.Fatalf("envelope: %s %v", got, err)
	}
	envIn["url"] = "/task"
	if _, err := op(t, EnvelopeOp, envIn); errs.KindOf(err) != errs.InvalidInput {
		t.Fatalf("relative url: %v", err)
	}
	for _, tm := range []Terms{{Price: i(1000)}, stated} {
		got, err = op(t, PaymentOp, map[string]any{"config": cfg, "url": url, "recipient": f.bob.Address(), "terms": raw(t, TermsToJSON(tm)), "voucher": vs})
		h, _ := x402.Encode(f.s.Payment(url, f.bob.Address(), tm, vs))
		if err != nil || string(got) != string(js(t, h)) {
			t.Fatalf("payment: %s %v", got, err)
		}
	}

	// Handle: done, a proven correction, a forged one, a closed channel.
	at := f.attempt(1, f.state(5000, 1000, 0), 1000, true)
	body := []byte(`{"ok":true}`)
	own := f.sig(f.alice, chanID, 3000)
	for _, c := range []struct {
		name string
		r    *Response
	}{
		{"done", &Response{Status: 200, PaymentResponse: f.receiptOf(f.bob, at, body, true, nil), Body: body}},
		{"receipt-by-eve", &Response{Status: 200, PaymentResponse: f.receiptOf(key(t, 9), at, body, true, nil), Body: body}},
		{"proven", f.refusal(409, errs.VoucherInsufficient, chanID, 3000, own, 1000)},
		{"unproven", f.refusal(409, errs.VoucherInsufficient, chanID, 3000, ethsig.Signature{}, 1000)},
		{"other-channel", f.refusal(409, errs.VoucherInsufficient, otherID, 9000, ethsig.Signature{}, 1000)},
		{"closed", f.refusal(402, errs.ChannelClosed, chanID, -1, ethsig.Signature{}, 1000)},
		{"in-progress", f.refusal(409, errs.RequestInProgress, chanID, -1, ethsig.Signature{}, 0)},
		{"bare-502", &Response{Status: 502, Body: []byte("bad gateway")}},
	} {
		got, err := op(t, HandleOp, map[string]any{"config": cfg, "attempt": wireAttempt(t, at), "response": wireResponse(c.r)})
		want := js(t, DecisionToJSON(f.s.Handle(at, c.r)))
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("handle %s: %s %v\nwant %s", c.name, got, err, want)
		}
		if outcome := map[string]string{"done": "done", "proven": "retry", "unproven": "fail", "closed": "retry"}[c.name]; outcome != "" && !bytes.Contains(got, []byte(`"outcome":"`+outcome+`"`)) {
			t.Fatalf("handle %s: %s, want outcome %s", c.name, got, outcome)
		}
	}

	// Lost: not sent (restored, refunded), sent (uncertain).
	for _, sent := range []bool{false, true} {
		got, err := op(t, LostOp, map[string]any{"config": cfg, "attempt": wireAttempt(t, at), "sent": sent, "message": "refused"})
		want := js(t, DecisionToJSON(f.s.Lost(at, sent, errs.New(errs.TransportError, "refused"))))
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("lost sent=%v: %s %v\nwant %s", sent, got, err, want)
		}
	}

	// Learn terms, resync, verify receipt.
	r402 := f.refusal(402, errs.PaymentRequired, chanID, -1, ethsig.Signature{}, 1000)
	got, err = op(t, LearnTermsOp, map[string]any{"config": cfg, "recipient": f.bob.Address(), "response": wireResponse(r402)})
	tm, _ := f.s.LearnTerms(f.bob.Address(), r402)
	if err != nil || !bytes.Equal(got, js(t, TermsToJSON(tm))) {
		t.Fatalf("learn terms: %s %v", got, err)
	}
	if _, err := op(t, LearnTermsOp, map[string]any{"config": cfg, "recipient": f.alice.Address(), "response": wireResponse(r402)}); errs.KindOf(err) != errs.WrongRecipient {
		t.Fatalf("learn terms payable to another: %v", err)
	}
	unc := f.state(5000, 1000, 0)
	unc.Uncertain = true
	for _, c := range []struct {
		r    *Response
		kind errs.Kind
	}{
		{f.refusal(402, errs.PaymentRequired, chanID, 3000, own, 1000), ""},
		{f.refusal(402, errs.PaymentRequired, chanID, 3000, f.sig(key(t, 9), chanID, 3000), 1000), errs.CorrectionUnproven},
	} {
		got, err := op(t, ResyncOp, map[string]any{"config": cfg, "state": StateToJSON(&unc), "response": wireResponse(c.r)})
		next, rerr := f.s.Resynced(unc, c.r)
		if errs.KindOf(err) != c.kind || errs.KindOf(rerr) != c.kind || (rerr == nil && !bytes.Equal(got, js(t, StateToJSON(&next)))) {
			t.Fatalf("resync: %s %v (%v)", got, err, rerr)
		}
	}
	vrIn := map[string]any{"config": cfg, "recipient": f.bob.Address(), "paymentResponse": f.receiptOf(f.bob, at, body, true, nil), "body": hexutil.Encode(body), "envelope": at.Envelope, "voucher": at.Voucher}
	got, err = op(t, VerifyReceiptOp, vrIn)
	rc, _ := VerifyReceipt(f.s.RequestDomain(), vrIn["paymentResponse"].(string), body, at.Envelope, at.Voucher, f.bob.Address())
	if err != nil || !bytes.Equal(got, js(t, rc)) {
		t.Fatalf("verify receipt: %s %v", got, err)
	}
	vrIn["body"] = "0x00"
	if _, err := op(t, VerifyReceiptOp, vrIn); errs.KindOf(err) != errs.ReceiptInvalid {
		t.Fatalf("receipt for another body: %v", err)
	}

	// Redeliver.
	for _, c := range []struct {
		in   map[string]any
		want string
	}{
		{map[string]any{"sent": true, "deliveries": 1}, `{"again":true,"backoffMs":"100"}`},
		{map[string]any{"sent": true, "deliveries": "2"}, `{"again":true,"backoffMs":"400"}`},
		{map[string]any{"sent": true, "deliveries": 3}, `{"again":false}`},
		{map[string]any{"sent": false, "deliveries": 1}, `{"again":false}`},
		{map[string]any{"response": wireResponse(f.refusal(409, errs.RequestInProgress, chanID, -1, ethsig.Signature{}, 0)), "sent": true, "deliveries": 1}, `{"again":true,"backoffMs":"100"}`},
		{map[string]any{"response": map[string]any{"status": 200}, "sent": true, "deliveries": 1}, `{"again":false}`},
	} {
		if got, err := op(t, RedeliverOp, c.in); err != nil || string(got) != c.want {
			t.Fatalf("redeliver %v: %s %v, want %s", c.in, got, err, c.want)
		}
	}
}

// TestWireStrict: unknown, repeated and case-variant fields are invalid_json
// at every depth; an absent required field (or a null request) is
// invalid_input; bad values keep their kinds.
func TestWireStrict(t *testing.T) {
	f := newFixture(t, Config{})
	st := f.state(5000, 1000, 0)
	good := func() map[string]any {
		return map[string]any{"config": f.wireConfig(nil), "state": StateToJSON(&st), "cumulativeAmount": "2000"}
	}
	if _, err := op(t, SignOp, good()); err != nil {
		t.Fatal(err)
	}
	cases := map[string]func(m map[string]any) any{
		"invalid_json/unknown":        func(m map[string]any) any { m["x"] = 1; return m },
		"invalid_json/unknown-config": func(m map[string]any) any { m["config"].(map[string]any)["maxPerDay"] = "1"; return m },
		"invalid_json/case-config": func(m map[string]any) any {
			c := m["config"].(map[string]any)
			c["ChainId"] = c["chainId"]
			delete(c, "chainId")
			return m
		},
		"invalid_json/unknown-state": func(m map[string]any) any { m["state"] = withField(t, m["state"], "exposure", "1"); return m },
		"invalid_json/trailing":      func(m map[string]any) any { return string(js(t, m)) + "x" },
		"invalid_input/no-key":       func(m map[string]any) any { delete(m["config"].(map[string]any), "privateKey"); return m },
		"invalid_input/no-registry":  func(m map[string]any) any { delete(m["config"].(map[string]any), "registry"); return m },
		"invalid_input/no-state":     func(m map[string]any) any { delete(m, "state"); return m },
		"invalid_input/no-amount":    func(m map[string]any) any { delete(m, "cumulativeAmount"); return m },
		"invalid_input/null-deposit": func(m map[string]any) any { m["state"] = withField(t, m["state"], "deposit", nil); return m },
		"invalid_private_key/zero-key": func(m map[string]any) any {
			m["config"].(map[string]any)["privateKey"] = "0x" + strings.Repeat("00", 32)
			return m
		},
		"invalid_integer/amount": func(m map[string]any) any { m["cumulativeAmount"] = "-1"; return m },
		"bad_checksum/recipient": func(m map[string]any) any {
			m["state"] = withField(t, m["state"], "recipient", badChecksum(f.bob.Address()))
			return m
		},
	}
	for name, edit := range cases {
		in := edit(good())
		var b []byte
		switch v := in.(type) {
		case string:
			b = []byte(v)
		case json.RawMessage:
			b = v
		default:
			b = js(t, v)
		}
		_, err := SignOp(b)
		want := errs.Kind(strings.SplitN(name, "/", 2)[0])
		if errs.KindOf(err) != want {
			t.Errorf("%s: %v, want %s", name, err, want)
		}
	}
	dup := strings.Replace(string(js(t, good())), `"cumulativeAmount":"2000"`, `"cumulativeAmount":"2000","cumulativeAmount":"3000"`, 1)
	if _, err := SignOp([]byte(dup)); errs.KindOf(err) != errs.InvalidJSON {
		t.Errorf("duplicate key: %v", err)
	}
	for _, fn := range []func([]byte) ([]byte, error){PlanOp, SignOp, EnvelopeOp, PaymentOp, HandleOp, LostOp, LearnTermsOp, ResyncOp, VerifyReceiptOp, RedeliverOp} {
		for _, in := range []string{"null", "{}", "[]", `{"x":1}`, "", "{} {}"} {
			_, err := fn([]byte(in))
			if k := errs.KindOf(err); k != errs.InvalidInput && k != errs.InvalidJSON {
				t.Errorf("%q: %v", in, err)
			}
		}
	}
}

// TestWireLostRestores: through JSON, a request that never left gives the
// state and the exposure back and refunds its increase.
func TestWireLostRestores(t *testing.T) {
	f := newFixture(t, Config{})
	cfg := f.wireConfig(nil)
	at := f.attempt(1, f.state(5000, 1000, 1000), 1000, false)
	got, err := op(t, LostOp, map[string]any{"config": cfg, "attempt": wireAttempt(t, at), "sent": false})
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Outcome, Code string
		State         StateJSON
		Refund        string
	}
	if err := json.Unmarshal(got, &d); err != nil {
		t.Fatal(err)
	}
	st, err := d.State.State("state")
	if err != nil || d.Outcome != "fail" || d.Code != string(errs.TransportError) || d.Refund != "1000" || !same(st, at.Before) {
		t.Fatalf("lost: %s", got)
	}
	if _, err := op(t, LostOp, map[string]any{"config": cfg, "attempt": wireAttempt(t, at)}); errs.KindOf(err) != errs.InvalidInput {
		t.Fatalf("no sent: %v", err)
	}
}

// withField is the JSON object v with k set to val.
func withField(t testing.TB, v any, k string, val any) map[string]any {
	var m map[string]any
	if err := json.Unmarshal(js(t, v), &m); err != nil {
		t.Fatal(err)
	}
	m[k] = val
	return m
}

// badChecksum is a's EIP-55 form with the case of one letter flipped.
func badChecksum(a ethsig.Address) string {
	b := []byte(a.String())
	for i := 2; i < len(b); i++ {
		switch {
		case b[i] >= 'a' && b[i] <= 'f':
			b[i] -= 'a' - 'A'
			return string(b)
		case b[i] >= 'A' && b[i] <= 'F':
			b[i] += 'a' - 'A'
			return string(b)
		}
	}
	panic("address without letters")
}
