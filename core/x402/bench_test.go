package x402

import (
	"encoding/base64"
	"math/rand"
	"testing"

	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/num"
)

// The slow (strict encoding/json) paths and the client-side headers; the
// fast-path benchmarks BenchmarkDecodeEnvelope and BenchmarkDecodePaymentPayload
// are in fast_test.go.

func BenchmarkDecodePaymentPayloadEncodingJSON(b *testing.B) {
	_, pay := canonical(b, rand.New(rand.NewSource(1)))
	h := base64.StdEncoding.EncodeToString(pay)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := slowPaymentPayload(h); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodePaymentRequired(b *testing.B) {
	r := Requirement{Scheme: Scheme, Network: Network(1), Asset: Asset, PayTo: ethsig.Address{2}, MaxTimeoutSeconds: 60}
	r.Amount.SetInt64(5)
	r.Extra.AcceptedCumulative = new(num.Uint256)
	r.Extra.AcceptedCumulative.SetInt64(40)
	h, err := Encode(&PaymentRequired{X402Version: Version, Error: "pay", Resource: Resource{URL: "/task"}, Accepts: []Requirement{r}})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodePaymentRequired(h); err != nil {
			b.Fatal(err)
		}
	}
}
