package x402

import (
	"encoding/base64"
	"math/rand"
	"reflect"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
)

// FuzzDecodeHeaders feeds arbitrary bytes, as the JSON inside a standard
// base64 header value and as the raw header string itself, to every header
// decoder. DecodeEnvelope and DecodePaymentPayload (fast path first) must
// equal their strict encoding/json references: the same value, or the same
// error kind and message. Every decoder fails with a kind, never panics, and
// what it accepts re-encodes to a header it decodes to the same value (the
// canonical form through the fast path).
func FuzzDecodeHeaders(f *testing.F) {
	r := rand.New(rand.NewSource(17))
	for i := 0; i < 2; i++ {
		env, pay := canonical(f, r)
		for _, b := range [][]byte{env, pay} {
			f.Add(b)
			f.Add([]byte(headerForms(r, b)))
			for k := 0; k < mutations; k++ {
				m := mutateKind(r, b, k)
				f.Add(m)
				f.Add([]byte(headerForms(r, m)))
			}
		}
	}
	for _, s := range []string{samplePaymentRequired(f), samplePaymentResponse(f)} {
		f.Add([]byte(s))
		f.Add([]byte(s[:len(s)-1] + `,"extensions":{"x":{"info":{},"schema":{}}}}`))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, h := range []string{base64.StdEncoding.EncodeToString(data), string(data)} {
			fuzzHeader(t, h)
		}
	})
}

func kinded(t *testing.T, what, h string, err error) {
	t.Helper()
	if k := errs.KindOf(err); err != nil && (k == errs.Internal || k == "") {
		t.Fatalf("%s(%q): error without a kind: %v", what, h, err)
	}
}

func fuzzHeader(t *testing.T, h string) {
	fe, ferr := DecodeEnvelope(h)
	se, serr := slowEnvelope(h)
	kinded(t, "DecodeEnvelope", h, ferr)
	if !sameErr(t, h, ferr, serr) {
		t.FailNow()
	}
	if ferr == nil {
		if fe != se {
			t.Fatalf("envelope %q: fast %+v, encoding/json %+v", h, fe, se)
		}
		b, err := fe.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		if again, ok := fastEnvelope(b); !ok || again != fe {
			t.Fatalf("envelope %q: its canonical form %s does not take the fast path to the same value", h, b)
		}
	}

	fp, ferr := DecodePaymentPayload(h)
	sp, serr := slowPaymentPayload(h)
	kinded(t, "DecodePaymentPayload", h, ferr)
	if !sameErr(t, h, ferr, serr) {
		t.FailNow()
	}
	if ferr == nil {
		if !reflect.DeepEqual(fp, sp) {
			t.Fatalf("payment %q: fast %+v, encoding/json %+v", h, fp, sp)
		}
		enc, err := Encode(fp)
		if err != nil {
			t.Fatal(err)
		}
		again, err := DecodePaymentPayload(enc)
		if err != nil || again.X402Version != fp.X402Version || !reflect.DeepEqual(again.Accepted, fp.Accepted) ||
			again.Payload.ChannelID != fp.Payload.ChannelID || again.Payload.CumulativeAmount.Cmp(fp.Payload.CumulativeAmount) != 0 ||
			again.Payload.Signature != fp.Payload.Signature {
			t.Fatalf("payment %q: re-encoded %q decodes to %+v, %v", h, enc, again, err)
		}
		if b, _ := base64.StdEncoding.DecodeString(enc); plain(fp.Accepted.Network) {
			if _, ok := fastPaymentPayload(b); !ok {
				t.Fatalf("payment %q: its canonical form %s does not take the fast path", h, b)
			}
		}
	}

	pr, err := DecodePaymentRequired(h)
	kinded(t, "DecodePaymentRequired", h, err)
	if err == nil {
		roundTrip(t, h, pr, func(s string) (any, error) { return DecodePaymentRequired(s) })
	}
	ps, err := DecodePaymentResponse(h)
	kinded(t, "DecodePaymentResponse", h, err)
	if err == nil {
		roundTrip(t, h, ps, func(s string) (any, error) { return DecodePaymentResponse(s) })
	}
}

// roundTrip: v re-encodes to a header that decodes to what encodes the same.
func roundTrip(t *testing.T, h string, v any, decode func(string) (any, error)) {
	t.Helper()
	enc, err := Encode(v)
	if err != nil {
		t.Fatalf("%q: decoded %+v does not encode: %v", h, v, err)
	}
	again, err := decode(enc)
	if err != nil {
		t.Fatalf("%q: re-encoded %q refused: %v", h, enc, err)
	}
	if enc2, _ := Encode(again); enc2 != enc {
		t.Fatalf("%q: round trip changed the value: %q, then %q", h, enc, enc2)
	}
}
