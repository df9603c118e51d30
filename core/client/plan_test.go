package client

import (
	"math/big"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/num"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/core/x402"
)

func TestNewRequires(t *testing.T) {
	if _, err := New(Config{ChainID: 1}); errs.KindOf(err) != errs.InvalidInput {
		t.Fatalf("no key: %v", err)
	}
	if _, err := New(Config{Key: key(t, 1)}); errs.KindOf(err) != errs.InvalidInput {
		t.Fatalf("no chain id: %v", err)
	}
}

func TestWithdrawDelay(t *testing.T) {
	for _, c := range []struct {
		configured, min, want uint64
		err                   errs.Kind
	}{
		{0, 0, DefaultWithdrawDelay, ""},
		{0, 60, DefaultWithdrawDelay, ""},
		{0, 7200, 7200, ""}, // not set: the advertised minimum when higher
		{10, 0, 10, ""},
		{7200, 3600, 7200, ""},
		{3600, 3600, 3600, ""},
		{10, 3600, 0, errs.WithdrawDelayTooShort}, // set below the minimum: refused
	} {
		got, err := WithdrawDelay(c.configured, c.min)
		if errs.KindOf(err) != c.err || got != c.want {
			t.Errorf("WithdrawDelay(%d, %d) = %d, %v; want %d, %q", c.configured, c.min, got, err, c.want, c.err)
		}
	}
}

func TestDepositFor(t *testing.T) {
	for _, c := range []struct {
		configured *big.Int
		price      int64
		want       int64
	}{
		{nil, 1000, 100_000},
		{i(5000), 1000, 5000},
		{i(500), 1000, 1000}, // at least the price
		{nil, 0, 1},          // at least 1 wei
		{i(0), 0, 1},
	} {
		if got := DepositFor(c.configured, i(c.price)); got.Int64() != c.want {
			t.Errorf("DepositFor(%v, %d) = %s, want %d", c.configured, c.price, got, c.want)
		}
	}
	d := i(5000)
	DepositFor(d, i(1)).SetInt64(1)
	if d.Int64() != 5000 {
		t.Fatal("DepositFor returned the configured deposit itself")
	}
}

func TestCheckPriceAndDay(t *testing.T) {
	wantKind(t, CheckPrice(i(1000), i(999)), errs.BudgetExceeded)
	wantKind(t, CheckPrice(i(999), i(999)), "")
	wantKind(t, CheckPrice(i(1000), nil), "")
	if d := Day(time.Date(2026, 11, 22, 23, 30, 0, 0, time.FixedZone("x", -5*3600))); d != "2026-11-23" {
		t.Fatalf("day %s: not UTC", d)
	}
}

func TestExposure(t *testing.T) {
	for _, c := range []struct {
		cum    int64
		signed *big.Int
		want   int64
	}{
		{1000, nil, 1000},
		{1000, i(3000), 3000},
		{3000, i(1000), 3000},
	} {
		st := State{Cumulative: i(c.cum), Signed: c.signed}
		if got := st.Exposure(); got.Int64() != c.want {
			t.Errorf("exposure(%d, %v) = %s, want %d", c.cum, c.signed, got, c.want)
		}
		st.Exposure().SetInt64(-1)
		if st.Cumulative.Int64() != c.cum {
			t.Fatal("Exposure returned the record's own amount")
		}
	}
	if (&State{}).Exposure().Sign() != 0 {
		t.Fatal("empty record's exposure")
	}
}

func TestPlan(t *testing.T) {
	f := newFixture(t, Config{Deposit: i(5000), MaxPerRequest: i(2000)})
	req := f.requirement(1000)
	stated := Stated(&req)
	long := f.requirement(1000)
	long.Extra.MinWithdrawDelay = 86400
	dear := f.requirement(2500)
	ptr := func(s State) *State { return &s }
	closed := f.state(5000, 1000, 0)
	closed.Closed = true
	uncertain := f.state(5000, 1000, 0)
	uncertain.Uncertain = true
	for _, c := range []struct {
		name     string
		st       *State
		t        Terms
		need     Need
		voucher  int64
		increase int64
		deposit  int64
		delay    uint64
		err      errs.Kind
	}{
		{name: "no channel, no terms: learn them first", st: nil, t: Terms{Price: i(1000)}, need: LearnTerms},
		{name: "no channel, no terms, registry price over budget: learn them first", st: nil, t: Terms{Price: i(9999)}, need: LearnTerms},
		{name: "no channel: open for the stated terms", st: nil, t: stated, need: Open, deposit: 5000, delay: 3600},
		{name: "closed: open another", st: ptr(closed), t: stated, need: Open, deposit: 5000, delay: 3600},
		{name: "closed, no terms: learn them", st: ptr(closed), t: Terms{Price: i(1000)}, need: LearnTerms},
		{name: "a longer advertised minimum", st: nil, t: Stated(&long), need: Open, deposit: 5000, delay: 86400},
		{name: "stated price over budget", st: nil, t: Stated(&dear), err: errs.BudgetExceeded},
		{name: "price over budget", st: ptr(f.state(5000, 0, 0)), t: Terms{Price: i(2001)}, err: errs.BudgetExceeded},
		{name: "uncertain: resynchronise first", st: ptr(uncertain), t: stated, need: Resync},
		{name: "above the deposit: top up", st: ptr(f.state(5000, 4500, 0)), t: stated, need: TopUp, deposit: 5000},
		{name: "exactly the deposit: pay", st: ptr(f.state(5000, 4000, 0)), t: stated, need: Pay, voucher: 5000, increase: 1000},
		{name: "pay accepted + price", st: ptr(f.state(5000, 1000, 0)), t: stated, need: Pay, voucher: 2000, increase: 1000},
		{name: "below the exposure: costs nothing", st: ptr(f.state(5000, 1000, 3000)), t: stated, need: Pay, voucher: 2000, increase: 0},
		{name: "partly above the exposure", st: ptr(f.state(5000, 1000, 1500)), t: stated, need: Pay, voucher: 2000, increase: 500},
		{name: "free request", st: ptr(f.state(5000, 1000, 0)), t: Terms{}, need: Pay, voucher: 1000, increase: 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			var before State
			if c.st != nil {
				before = c.st.Clone()
			}
			p, err := f.s.Plan(c.st, c.t)
			wantKind(t, err, c.err)
			if err != nil {
				return
			}
			if p.Need != c.need {
				t.Fatalf("need %s, want %s", p.Need, c.need)
			}
			switch p.Need {
			case Pay:
				if p.Voucher.Int64() != c.voucher || p.Increase.Int64() != c.increase {
					t.Fatalf("voucher %s increase %s, want %d %d", p.Voucher, p.Increase, c.voucher, c.increase)
				}
			case Open, TopUp:
				if p.Deposit.Int64() != c.deposit || p.WithdrawDelay != c.delay {
					t.Fatalf("deposit %s delay %d, want %d %d", p.Deposit, p.WithdrawDelay, c.deposit, c.delay)
				}
			}
			if c.st != nil && !same(*c.st, before) {
				t.Fatal("Plan changed the record")
			}
		})
	}
	// A delay configured below the advertised minimum is refused before
	// any transaction: Plan never says Open.
	short := newFixture(t, Config{WithdrawDelay: 10})
	_, err := short.s.Plan(nil, stated)
	wantKind(t, err, errs.WithdrawDelayTooShort)
	// The default deposit is 100 × the stated price.
	p, err := newFixture(t, Config{}).s.Plan(nil, stated)
	if err != nil || p.Need != Open || p.Deposit.Int64() != 100_000 {
		t.Fatalf("default deposit: %+v %v", p, err)
	}
}

func TestPrepare(t *testing.T) {
	f := newFixture(t, Config{MaxPerRequest: i(1500)})
	closed := f.state(5000, 1000, 0)
	closed.Closed = true
	for _, c := range []struct {
		name              string
		st                *State
		amount            int64
		voucher, increase int64
		err               errs.Kind
	}{
		{name: "no channel", st: nil, amount: 1000, err: errs.PaymentRequired},
		{name: "closed", st: &closed, amount: 1000, err: errs.PaymentRequired},
		{name: "above the deposit", st: &State{ChannelID: chanID, Deposit: i(5000), Cumulative: i(4500)}, amount: 1000, err: errs.VoucherExceedsDeposit},
		{name: "increase over the per-request budget", st: &State{ChannelID: chanID, Deposit: i(5000), Cumulative: i(0)}, amount: 2000, err: errs.BudgetExceeded},
		{name: "over the budget but under the exposure", st: &State{ChannelID: chanID, Deposit: i(5000), Cumulative: i(0), Signed: i(2000)}, amount: 2000, voucher: 2000, increase: 0},
		{name: "next", st: &State{ChannelID: chanID, Deposit: i(5000), Cumulative: i(1000)}, amount: 1000, voucher: 2000, increase: 1000},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := f.s.Prepare(c.st, i(c.amount))
			wantKind(t, err, c.err)
			if err == nil && (p.Need != Pay || p.Voucher.Int64() != c.voucher || p.Increase.Int64() != c.increase) {
				t.Fatalf("plan %+v, want pay %d (+%d)", p, c.voucher, c.increase)
			}
		})
	}
}

func TestSign(t *testing.T) {
	f := newFixture(t, Config{})
	for _, c := range []struct {
		name                 string
		st                   State
		cum                  int64
		wantSigned, wantCum  int64
		wantExposureUnchange bool
	}{
		{name: "above the exposure raises it", st: f.state(5000, 1000, 0), cum: 2000, wantSigned: 2000, wantCum: 2000},
		{name: "above a recorded exposure", st: f.state(5000, 1000, 1500), cum: 2000, wantSigned: 2000, wantCum: 2000},
		{name: "below the exposure keeps it", st: f.state(5000, 1000, 3000), cum: 2000, wantSigned: 3000, wantCum: 2000},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := c.st.Clone()
			next, vs, err := f.s.Sign(c.st, i(c.cum))
			if err != nil {
				t.Fatal(err)
			}
			if !same(c.st, before) {
				t.Fatal("Sign changed its argument")
			}
			if next.Cumulative.Int64() != c.wantCum || next.Exposure().Int64() != c.wantSigned || next.Signature != vs.Signature {
				t.Fatalf("next: cumulative %s exposure %s", next.Cumulative, next.Exposure())
			}
			if vs.ChannelID != chanID || vs.CumulativeAmount.Int64() != c.cum {
				t.Fatalf("voucher %x %s", vs.ChannelID, vs.CumulativeAmount)
			}
			if err := f.s.VoucherDomain().Verify(&vs.Voucher, vs.Signature, f.alice.Address()); err != nil {
				t.Fatal(err)
			}
			// Deterministic (RFC 6979): the same voucher, the same signature.
			if _, again, _ := f.s.Sign(c.st, i(c.cum)); again.Signature != vs.Signature {
				t.Fatal("signing is not deterministic")
			}
		})
	}
	if _, _, err := f.s.Sign(f.state(5000, 0, 0), i(-1)); errs.KindOf(err) != errs.InvalidInput {
		t.Fatalf("negative voucher: %v", err)
	}
}

func TestEnvelopeBindsMethodAndTarget(t *testing.T) {
	f := newFixture(t, Config{})
	for _, c := range []struct {
		url, target string
		err         errs.Kind
	}{
		{"https://bob.example/task?x=1", "/task?x=1", ""},
		{"http://127.0.0.1:8402/task", "/task", ""},
		{"http://bob.example", "/", ""},
		{"/task", "", errs.InvalidInput},
		{"bob.example/task", "", errs.InvalidInput},
		{"://", "", errs.InvalidInput},
	} {
		got, err := Target(c.url)
		if errs.KindOf(err) != c.err || got != c.target {
			t.Errorf("Target(%q) = %q, %v; want %q %q", c.url, got, err, c.target, c.err)
		}
	}
	env, err := f.s.Envelope(f.bob.Address(), url, []byte("payload"), 7, now)
	if err != nil {
		t.Fatal(err)
	}
	r := env.Request
	if r.Sender != f.alice.Address() || r.Recipient != f.bob.Address() || r.Nonce != 7 || r.Timestamp != uint64(now.Unix()) ||
		r.PayloadHash != envelope.RequestPayloadHash("POST", "/task?x=1", []byte("payload")) || env.ChainID != chainID || env.Registry != registry {
		t.Fatalf("envelope %+v", env)
	}
	if err := f.s.RequestDomain().Verify(&r, env.Signature); err != nil {
		t.Fatal(err)
	}
	again, _ := f.s.Envelope(f.bob.Address(), url, []byte("payload"), 7, now)
	if again.Signature != env.Signature {
		t.Fatal("envelope signing is not deterministic")
	}
	if _, err := f.s.Envelope(f.bob.Address(), "/task", nil, 0, now); errs.KindOf(err) != errs.InvalidInput {
		t.Fatalf("relative url: %v", err)
	}
}

func TestPayment(t *testing.T) {
	f := newFixture(t, Config{WithdrawDelay: 7200})
	vs := &voucher.Signed{Voucher: voucher.Voucher{ChannelID: chanID, CumulativeAmount: i(2000)}, Signature: f.sig(f.alice, chanID, 2000)}
	// Without a 402: the sender's own view of the terms.
	p := f.s.Payment(url, f.bob.Address(), Terms{Price: i(1000)}, vs)
	a := p.Accepted
	if p.X402Version != x402.Version || p.Resource.URL != url || a.Scheme != x402.Scheme || a.Network != "eip155:31337" || a.Asset != x402.Asset ||
		a.PayTo != f.bob.Address() || a.Amount.Int64() != 1000 || a.Extra.ChannelContract != contract || a.Extra.Registry != registry ||
		a.Extra.MinWithdrawDelay != 7200 || p.Payload.CumulativeAmount.Int64() != 2000 {
		t.Fatalf("own terms: %+v", p)
	}
	// With the recipient's terms: echoed without its corrections.
	req := f.requirement(1500)
	req.Extra.AcceptedCumulative = num.NewUint256(i(5000))
	req.Extra.ChannelID, req.Extra.AcceptedSignature = "0x01", "0x02"
	p = f.s.Payment(url, f.bob.Address(), Stated(&req), vs)
	if p.Accepted.Amount.Int64() != 1500 || p.Accepted.Extra.AcceptedCumulative != nil || p.Accepted.Extra.ChannelID != "" || p.Accepted.Extra.AcceptedSignature != "" {
		t.Fatalf("stated terms: %+v", p.Accepted)
	}
	if p.CheckTerms(&req) != nil {
		t.Fatal("the echoed terms are not the recipient's")
	}
	h, err := x402.Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := x402.DecodePaymentPayload(h); err != nil {
		t.Fatal(err)
	}
}

func TestStateTransitions(t *testing.T) {
	f := newFixture(t, Config{})
	bob := f.bob.Address()
	o := Opened(bob, chanID, i(5000), 3600)
	if o.Recipient != bob || o.ChannelID != chanID || o.Deposit.Int64() != 5000 || o.Cumulative.Sign() != 0 || o.Signed != nil || o.Uncertain || o.Closed || !o.Usable() || !o.Uses(chanID) || o.Uses(otherID) {
		t.Fatalf("opened %+v", o)
	}
	up := ToppedUp(o, i(2500))
	if up.Deposit.Int64() != 7500 || o.Deposit.Int64() != 5000 {
		t.Fatalf("topped up %s (was %s)", up.Deposit, o.Deposit)
	}
	var none *State
	if none.Usable() || none.Uses(chanID) {
		t.Fatal("no record is usable")
	}
	wantKind(t, CheckDeposit(nil), errs.InvalidInput)
	wantKind(t, CheckDeposit(i(0)), errs.InvalidInput)
	wantKind(t, CheckDeposit(i(1)), "")

	self := f.alice.Address()
	good := OnChain{ID: chanID, Sender: self, Recipient: bob, Deposit: i(5000), Claimed: i(1000), WithdrawDelay: 7200, Open: true}
	for _, c := range []struct {
		name string
		edit func(*OnChain)
		err  errs.Kind
	}{
		{"ours", func(*OnChain) {}, ""},
		{"another sender's", func(c *OnChain) { c.Sender = ethsig.Address{9} }, errs.ChannelMismatch},
		{"to another recipient", func(c *OnChain) { c.Recipient = ethsig.Address{9} }, errs.ChannelMismatch},
		{"closed", func(c *OnChain) { c.Open = false }, errs.ChannelClosed},
		{"closing", func(c *OnChain) { c.CloseRequested = true }, errs.ChannelClosing},
	} {
		ch := good
		c.edit(&ch)
		st, err := Adopt(self, bob, ch)
		if errs.KindOf(err) != c.err {
			t.Errorf("%s: %v, want %q", c.name, err, c.err)
			continue
		}
		if err == nil && (!st.Uncertain || st.Cumulative.Int64() != 1000 || st.Deposit.Int64() != 5000 || st.WithdrawDelay != 7200 || st.ChannelID != chanID) {
			t.Errorf("%s: adopted %+v", c.name, st)
		}
	}
}

func TestDelivery(t *testing.T) {
	f := newFixture(t, Config{})
	busy := f.refusal(409, errs.RequestInProgress, chanID, -1, ethsig.Signature{}, 0)
	replayed := f.refusal(409, errs.NonceReplayed, chanID, -1, ethsig.Signature{}, 0)
	ok := &Response{Status: 200}
	for _, c := range []struct {
		name string
		r    *Response
		sent bool
		try  int
		want bool
	}{
		{"never left: give up", nil, false, 1, false},
		{"may have left: again", nil, true, 1, true},
		{"may have left, last try", nil, true, MaxTries, false},
		{"in progress: again", busy, true, 1, true},
		{"in progress, last try", busy, true, MaxTries, false},
		{"another 409", replayed, true, 1, false},
		{"an answer", ok, true, 1, false},
	} {
		if got := Redeliver(c.r, c.sent, c.try); got != c.want {
			t.Errorf("%s: Redeliver = %v", c.name, got)
		}
	}
	if Backoff(1) != 100*time.Millisecond || Backoff(2) != 400*time.Millisecond || Backoff(3) != 1600*time.Millisecond {
		t.Fatalf("backoff %v %v %v", Backoff(1), Backoff(2), Backoff(3))
	}
	if !Refundable(errs.New(errs.Reverted, "x")) || Refundable(errs.New(errs.ChainError, "x")) || Refundable(errs.New(errs.TransportError, "x")) {
		t.Fatal("only a reverted transaction is refundable")
	}
}
