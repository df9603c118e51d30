package x402

import (
	"encoding/base64"
	"math/big"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/num"
	"github.com/agentmailroom/mailroom/core/voucher"
)

func TestPaymentPayloadRoundTrip(t *testing.T) {
	k, _ := ethsig.ParsePrivateKey("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	d := voucher.NewDomain(31337, ethsig.Address{1})
	v := voucher.Voucher{ChannelID: [32]byte{7}, CumulativeAmount: big.NewInt(12345)}
	sig, _ := d.Sign(k, &v)
	h, err := Encode(&PaymentPayload{X402Version: Version, Accepted: testTerms(31337), Payload: voucher.Signed{Voucher: v, Signature: sig}})
	if err != nil {
		t.Fatal(err)
	}
	p, err := DecodePaymentPayload(h)
	if err != nil {
		t.Fatal(err)
	}
	if p.Payload.CumulativeAmount.Int64() != 12345 || p.Payload.Signature != sig || p.Accepted.Network != "eip155:31337" {
		t.Fatalf("round trip: %+v", p)
	}
	raw, _ := base64.StdEncoding.DecodeString(h)
	if !strings.Contains(string(raw), `"x402Version":2`) || !strings.Contains(string(raw), `"scheme":"mailroom-channel"`) {
		t.Fatalf("wire form: %s", raw)
	}
}

func TestDecodeRefusals(t *testing.T) {
	k, _ := ethsig.ParsePrivateKey("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	v := voucher.Voucher{ChannelID: [32]byte{7}, CumulativeAmount: big.NewInt(1)}
	sig, _ := voucher.NewDomain(1, ethsig.Address{1}).Sign(k, &v)
	okb, _ := voucher.Signed{Voucher: v, Signature: sig}.MarshalJSON()
	okPayload := string(okb)
	enc := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	cases := []struct {
		in   string
		kind errs.Kind
	}{
		{"", errs.InvalidJSON},
		{"!!!", errs.InvalidJSON},
		{enc("not json"), errs.InvalidJSON},
		{enc(`{"x402Version":1,"accepted":{"scheme":"mailroom-channel"},"payload":` + okPayload + `}`), errs.Unsupported},
		{enc(`{"x402Version":2,"accepted":{"scheme":"exact"},"payload":` + okPayload + `}`), errs.Unsupported},
		{enc(`{"x402Version":2,"accepted":{"scheme":"mailroom-channel"},"payload":{}}`), ""},
		{enc(`{"x402Version":2,"accepted":{"scheme":"exact"},"payload":{"channelId":"0x` + strings.Repeat("00", 32) + `","cumulativeAmount":"1","signature":"0x` + strings.Repeat("11", 65) + `"}}`), ""},
		{strings.Repeat("A", MaxHeaderBytes+4), errs.LimitExceeded},
	}
	for i, c := range cases {
		_, err := DecodePaymentPayload(c.in)
		if err == nil {
			t.Fatalf("case %d: accepted", i)
		}
		if c.kind != "" && errs.KindOf(err) != c.kind {
			t.Fatalf("case %d: %v, want %s", i, err, c.kind)
		}
	}
}

func TestPaymentRequired(t *testing.T) {
	r := Requirement{Scheme: Scheme, Network: Network(1), Asset: Asset, PayTo: ethsig.Address{2}}
	r.Amount.SetInt64(5)
	r.Extra.AcceptedCumulative = new(num.Uint256)
	r.Extra.AcceptedCumulative.SetInt64(40)
	h, _ := Encode(&PaymentRequired{X402Version: Version, Accepts: []Requirement{{Scheme: "exact"}, r}})
	p, err := DecodePaymentRequired(h)
	if err != nil {
		t.Fatal(err)
	}
	f, err := p.FindAsset(Asset)
	if err != nil || f.Amount.Int64() != 5 || f.Extra.AcceptedCumulative.Int64() != 40 {
		t.Fatalf("%+v %v", f, err)
	}
	if _, err := (&PaymentRequired{}).FindAsset(Asset); errs.KindOf(err) != errs.Unsupported {
		t.Fatal(err)
	}
}
