package client

import (
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/keccak"
	"github.com/agentmailroom/mailroom/core/num"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/core/x402"
)

const (
	chainID = 31337
	url     = "https://bob.example/task?x=1"
)

var (
	registry = ethsig.Address{0xee}
	contract = ethsig.Address{0xcc}
	chanID   = [32]byte{0xc1}
	otherID  = [32]byte{0xc2}
	now      = time.Unix(1_800_000_000, 0)
)

func key(t testing.TB, b byte) *ethsig.PrivateKey {
	t.Helper()
	var raw [32]byte
	raw[0], raw[31] = 0x11, b
	k, err := ethsig.PrivateKeyFromBytes(raw[:])
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func i(n int64) *big.Int { return big.NewInt(n) }

// fixture is Alice (the sender) paying Bob.
type fixture struct {
	t     testing.TB
	alice *ethsig.PrivateKey
	bob   *ethsig.PrivateKey
	s     *Sender
}

func newFixture(t testing.TB, c Config) *fixture {
	t.Helper()
	f := &fixture{t: t, alice: key(t, 1), bob: key(t, 2)}
	c.Key, c.ChainID, c.Registry, c.ChannelContract = f.alice, chainID, registry, contract
	s, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	f.s = s
	return f
}

// state is Alice's record of a channel to Bob with deposit, accepted and
// signed (0: nil Signed).
func (f *fixture) state(deposit, accepted, signed int64) State {
	st := State{Recipient: f.bob.Address(), ChannelID: chanID, Deposit: i(deposit), Cumulative: i(accepted), WithdrawDelay: 3600}
	if signed != 0 {
		st.Signed = i(signed)
	}
	return st
}

// sig is k's voucher signature of amount on id.
func (f *fixture) sig(k *ethsig.PrivateKey, id [32]byte, amount int64) ethsig.Signature {
	f.t.Helper()
	s, err := f.s.VoucherDomain().Sign(k, &voucher.Voucher{ChannelID: id, CumulativeAmount: i(amount)})
	if err != nil {
		f.t.Fatal(err)
	}
	return s
}

// requirement is Bob's requirement at price.
func (f *fixture) requirement(price int64) x402.Requirement {
	req := x402.Requirement{Scheme: x402.Scheme, Network: x402.Network(chainID), Asset: x402.Asset, PayTo: f.bob.Address(), MaxTimeoutSeconds: 60,
		Extra: x402.Extra{ChannelContract: contract, Registry: registry, MinWithdrawDelay: 3600}}
	req.Amount.Set(i(price))
	return req
}

// paymentRequired encodes reqs as a PAYMENT-REQUIRED value.
func (f *fixture) paymentRequired(reqs ...x402.Requirement) string {
	f.t.Helper()
	h, err := x402.Encode(&x402.PaymentRequired{X402Version: x402.Version, Resource: x402.Resource{URL: url}, Accepts: reqs})
	if err != nil {
		f.t.Fatal(err)
	}
	return h
}

// refusal is Bob's answer status/code, with a correction when accepted >= 0
// (on id, proven by sig when not zero) and his terms at price when price > 0.
func (f *fixture) refusal(status int, code errs.Kind, id [32]byte, accepted int64, sig ethsig.Signature, price int64) *Response {
	eb := x402.ErrorBody{Code: string(code), Message: "bob says " + string(code)}
	var r Response
	r.Status = status
	if price > 0 {
		req := f.requirement(price)
		if accepted >= 0 {
			req.Extra.AcceptedCumulative = num.NewUint256(i(accepted))
			req.Extra.ChannelID = hexutil.Encode(id[:])
		}
		r.PaymentRequired = f.paymentRequired(req)
	}
	if accepted >= 0 {
		eb.AcceptedCumulative = i(accepted).String()
		eb.ChannelID = hexutil.Encode(id[:])
		if sig != (ethsig.Signature{}) {
			eb.AcceptedSignature = sig.Hex()
		}
	}
	r.Body, _ = json.Marshal(eb)
	return &r
}

// attempt signs the paid attempt n on before at price (with stated terms
// when stated).
func (f *fixture) attempt(n int, before State, price int64, stated bool) *Attempt {
	f.t.Helper()
	t := Terms{Price: i(price)}
	if stated {
		req := f.requirement(price)
		t = Stated(&req)
	}
	p, err := f.s.Next(&before, t.Price)
	if err != nil {
		f.t.Fatal(err)
	}
	after, vs, err := f.s.Sign(before, p.Voucher)
	if err != nil {
		f.t.Fatal(err)
	}
	env, err := f.s.Envelope(before.Recipient, url, []byte("payload"), uint64(n), now)
	if err != nil {
		f.t.Fatal(err)
	}
	return &Attempt{N: n, Before: before, After: after, Terms: t, Envelope: env, Voucher: vs}
}

// receiptOf is k's PAYMENT-RESPONSE for at with body, success as given;
// edit changes the receipt before it is signed.
func (f *fixture) receiptOf(k *ethsig.PrivateKey, at *Attempt, body []byte, success bool, edit func(*receipt.Receipt)) string {
	f.t.Helper()
	rc := receipt.Receipt{RequestDigest: f.s.RequestDomain().Digest(&at.Envelope.Request), ChannelID: at.Voucher.ChannelID,
		CumulativeAmount: new(big.Int).Set(at.Voucher.CumulativeAmount), ResultHash: keccak.Sum256(body)}
	if edit != nil {
		edit(&rc)
	}
	sig, err := receipt.Sign(f.s.RequestDomain(), k, &rc)
	if err != nil {
		f.t.Fatal(err)
	}
	h, err := x402.Encode(&x402.PaymentResponse{Success: success, Network: x402.Network(chainID), Payer: f.alice.Address(),
		Extra: x402.ResponseExtra{Receipt: receipt.Signed{Receipt: rc, Signature: sig}}})
	if err != nil {
		f.t.Fatal(err)
	}
	return h
}

func wantKind(t testing.TB, err error, k errs.Kind) {
	t.Helper()
	if errs.KindOf(err) != k {
		t.Fatalf("error %v, want %q", err, k)
	}
}

// same reports whether a and b are the same record (amounts by value).
func same(a, b State) bool {
	eq := func(x, y *big.Int) bool { return (x == nil) == (y == nil) && (x == nil || x.Cmp(y) == 0) }
	return a.Recipient == b.Recipient && a.ChannelID == b.ChannelID && eq(a.Deposit, b.Deposit) && eq(a.Cumulative, b.Cumulative) &&
		a.Signature == b.Signature && eq(a.Signed, b.Signed) && a.WithdrawDelay == b.WithdrawDelay && a.Uncertain == b.Uncertain && a.Closed == b.Closed
}
