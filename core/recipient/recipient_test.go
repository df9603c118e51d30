package recipient

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/core/x402"
)

func key(b byte) *ethsig.PrivateKey {
	var raw [32]byte
	raw[0], raw[31] = 0x22, b
	k, _ := ethsig.PrivateKeyFromBytes(raw[:])
	return k
}

type fixture struct {
	m          *Machine
	alice, bob *ethsig.PrivateKey
	reqDom     *envelope.Domain
	vDom       *voucher.Domain
	channel    [32]byte
	now, nonce uint64
}

func newFixture(t *testing.T) *fixture {
	f := &fixture{alice: key(1), bob: key(2), now: 1_000_000, channel: [32]byte{7}}
	reg, cc := ethsig.Address{1}, ethsig.Address{2}
	var err error
	f.m, err = New(Config{Me: f.bob.Address(), ChainID: 31337, Registry: reg, ChannelContract: cc, Price: big.NewInt(1000), MinWithdrawDelay: 3600,
		Sign: func(d [32]byte) (ethsig.Signature, error) { return f.bob.Sign(d), nil }})
	if err != nil {
		t.Fatal(err)
	}
	f.reqDom, f.vDom = envelope.NewDomain(31337, reg), voucher.NewDomain(31337, cc)
	return f
}

// request signs a POST of body to target carrying a voucher of cum (0: none).
func (f *fixture) request(target, body string, cum int64) *Request {
	f.nonce++
	r := envelope.Request{Sender: f.alice.Address(), Recipient: f.bob.Address(), PayloadHash: envelope.RequestPayloadHash("POST", target, []byte(body)), Timestamp: f.now, Nonce: f.nonce}
	env, _ := x402.Encode(&envelope.Signed{Request: r, ChainID: 31337, Registry: f.reqDom.Registry, Signature: f.reqDom.Sign(f.alice, &r)})
	q := &Request{Method: "POST", Target: target, Envelope: env, Body: []byte(body)}
	if cum > 0 {
		v := voucher.Voucher{ChannelID: f.channel, CumulativeAmount: big.NewInt(cum)}
		sig, _ := f.vDom.Sign(f.alice, &v)
		q.Payment, _ = x402.Encode(&x402.PaymentPayload{X402Version: 2, Resource: &x402.Resource{URL: "http://bob" + target}, Accepted: f.m.Terms(), Payload: voucher.Signed{Voucher: v, Signature: sig}})
	}
	return q
}

func TestVerifyBindsMethodAndTarget(t *testing.T) {
	f := newFixture(t)
	q := f.request("/task", "x", 1000)
	if _, r := f.m.Verify(q, f.now); r != nil {
		t.Fatal(r.Err)
	}
	q.Target = "/admin"
	if _, r := f.m.Verify(q, f.now); r == nil || r.Code() != errs.PayloadMismatch || r.HTTPStatus() != 401 {
		t.Fatalf("another target: %+v", r)
	}
	q.Target, q.Method = "/task", "PUT"
	if _, r := f.m.Verify(q, f.now); r == nil || r.Code() != errs.PayloadMismatch {
		t.Fatalf("another method: %+v", r)
	}
	if _, r := f.m.Verify(&Request{Method: "POST", Target: "/task"}, f.now); r == nil || r.Code() != errs.PaymentRequired || r.HTTPStatus() != 402 {
		t.Fatalf("no envelope: %+v", r)
	}
}

func TestChargeExactly(t *testing.T) {
	f := newFixture(t)
	own := &Channel{ID: f.channel, Accepted: big.NewInt(1000), Claimed: new(big.Int)}
	for _, c := range []struct {
		cum       int64
		waitedOut bool
		want      Decision
		code      errs.Kind
		status    int
	}{
		{2000, false, Accept, "", 0},
		{3000, false, Wait, "", 0},
		{3000, true, Refuse, errs.VoucherExcessive, 409},
		{1500, false, Refuse, errs.VoucherInsufficient, 402},
		{1000, false, Refuse, errs.VoucherInsufficient, 409},
		{9000, false, Refuse, errs.VoucherExceedsDeposit, 402},
	} {
		in, r := f.m.Verify(f.request("/task", "x", c.cum), f.now)
		if r != nil {
			t.Fatal(r.Err)
		}
		d, ref := f.m.Charge(in, own, big.NewInt(5000), c.waitedOut)
		if d != c.want || (ref != nil) != (c.code != "") || ref != nil && (ref.Code() != c.code || ref.HTTPStatus() != c.status) {
			t.Errorf("cum %d waitedOut %v: %v %+v, want %v %s %d", c.cum, c.waitedOut, d, ref, c.want, c.code, c.status)
		}
	}
}

func TestAdmitChannel(t *testing.T) {
	f := newFixture(t)
	in, _ := f.m.Verify(f.request("/task", "x", 1000), f.now)
	ok := ChainChannel{Sender: f.alice.Address(), Recipient: f.bob.Address(), Deposit: big.NewInt(5000), Claimed: new(big.Int), WithdrawDelay: 3600, Open: true}
	if r := f.m.AdmitChannel(in, &ok, OwnFlags{}); r != nil {
		t.Fatal(r.Err)
	}
	for name, c := range map[string]struct {
		ch   ChainChannel
		own  OwnFlags
		code errs.Kind
	}{
		"short delay":      {func() ChainChannel { c := ok; c.WithdrawDelay = 0; return c }(), OwnFlags{}, errs.WithdrawDelayTooShort},
		"close requested":  {func() ChainChannel { c := ok; c.CloseRequestedAt = 5; return c }(), OwnFlags{}, errs.ChannelClosing},
		"redeeming":        {ok, OwnFlags{Closing: true}, errs.ChannelClosing},
		"closed by itself": {ok, OwnFlags{Closed: true}, errs.ChannelClosed},
		"closed on chain":  {func() ChainChannel { c := ok; c.Open = false; return c }(), OwnFlags{}, errs.ChannelClosed},
		"other sender":     {func() ChainChannel { c := ok; c.Sender = ethsig.Address{9}; return c }(), OwnFlags{}, errs.ChannelMismatch},
	} {
		if r := f.m.AdmitChannel(in, &c.ch, c.own); r == nil || r.Code() != c.code || r.HTTPStatus() != 402 {
			t.Errorf("%s: %+v, want %s", name, r, c.code)
		}
	}
}

func TestRetry(t *testing.T) {
	f := newFixture(t)
	in, _ := f.m.Verify(f.request("/task", "x", 1000), f.now)
	ans := &Answer{Status: 200, Body: []byte("ok")}
	for name, c := range map[string]struct {
		u      Used
		action RetryAction
		code   errs.Kind
	}{
		"same, answered":       {Used{Stored: true, Fingerprint: in.Fingerprint, Answer: ans}, Replay, ""},
		"same, in flight":      {Used{InFlight: true, Fingerprint: in.Fingerprint}, RetryRefused, errs.RequestInProgress},
		"same, answer lost":    {Used{Stored: true, Fingerprint: in.Fingerprint}, Rerun, ""},
		"other request":        {Used{Stored: true, Fingerprint: [32]byte{1}, Answer: ans}, RetryRefused, errs.NonceReplayed},
		"unknown to the store": {Used{}, RetryRefused, errs.NonceReplayed},
		"truncated answer":     {Used{Stored: true, Fingerprint: in.Fingerprint, Answer: &Answer{Status: 200, Truncated: true}}, Replay, ""},
	} {
		a, got, r := f.m.Retry(in, c.u)
		if a != c.action || (r != nil) != (c.code != "") || r != nil && r.Code() != c.code {
			t.Errorf("%s: %v %+v %+v", name, a, got, r)
		}
		if name == "truncated answer" && (got == nil || got.Status != StatusGone) {
			t.Errorf("truncated: %+v", got)
		}
	}
}

func TestRollbackSettlesWithWhatWasServed(t *testing.T) {
	sig := func(b byte) ethsig.Signature { var s ethsig.Signature; s[0] = b; return s }
	var held Held
	for i := int64(1); i <= 4; i++ {
		held.Hold(big.NewInt(i*1000), sig(byte(i)))
	}
	// Requests 3 and 4 accepted; request 3's task fails: served 3000.
	c := Channel{Accepted: big.NewInt(4000), Signature: sig(4), Claimed: new(big.Int)}
	next := c.Rollback(big.NewInt(1000), held)
	if next.Accepted.Int64() != 3000 || next.Signature != sig(3) || next.Settle != nil {
		t.Fatalf("%+v", next)
	}
	// No voucher of exactly the new amount: settle with the highest below.
	next = c.Rollback(big.NewInt(1500), held)
	if a, s := next.Claimable(); next.Accepted.Int64() != 2500 || a.Int64() != 2000 || s != sig(2) {
		t.Fatalf("claimable %s %s of %+v", a, s, next)
	}
}

func TestRenderCorrectsWithProof(t *testing.T) {
	f := newFixture(t)
	s := f.alice.Address()
	own := &Channel{ID: f.channel, Accepted: big.NewInt(3000), Signature: key(9).Sign([32]byte{1})}
	status, h, body := f.m.Render(&Refusal{Err: errs.New(errs.VoucherInsufficient, "stale"), Status: 409, Sender: &s}, "http://bob/task", own)
	var eb x402.ErrorBody
	json.Unmarshal(body, &eb)
	if status != 409 || eb.AcceptedCumulative != "3000" || eb.AcceptedSignature != own.Signature.Hex() || h["Cache-Control"] != "no-store" {
		t.Fatalf("%d %+v %v", status, eb, h)
	}
	pr, err := x402.DecodePaymentRequired(h[x402.HeaderPaymentRequired])
	if err != nil || pr.Resource.URL != "http://bob/task" || pr.Accepts[0].Extra.AcceptedCumulative.Int64() != 3000 || pr.Accepts[0].Extra.MinWithdrawDelay != 3600 {
		t.Fatalf("%+v %v", pr, err)
	}
	// A refusal that is not about payment carries no terms.
	_, h, _ = f.m.Render(&Refusal{Err: errs.New(errs.SignerMismatch, "x")}, "http://bob/task", nil)
	if _, ok := h[x402.HeaderPaymentRequired]; ok {
		t.Fatal("terms on a 401")
	}
}
