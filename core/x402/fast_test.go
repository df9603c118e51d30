package x402

import (
	"encoding/base64"
	"math/big"
	"math/rand"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/voucher"
)

// slowPaymentPayload is DecodePaymentPayload through the strict
// encoding/json path only (DecodeJSON, i.e. strictjson.Decode): the
// reference the fast path must equal.
func slowPaymentPayload(s string) (*PaymentPayload, error) {
	var p PaymentPayload
	if err := DecodeJSON(s, &p); err != nil {
		return nil, err
	}
	if p.X402Version != Version {
		return nil, errs.New(errs.Unsupported, "x402Version %d (want %d)", p.X402Version, Version)
	}
	if p.Accepted.Scheme != Scheme {
		return nil, errs.New(errs.Unsupported, "scheme %q (want %q)", p.Accepted.Scheme, Scheme)
	}
	if p.Payload.CumulativeAmount == nil {
		return nil, errs.New(errs.MissingField, "payload.cumulativeAmount")
	}
	return &p, nil
}

// slowEnvelope is DecodeEnvelope through the strict encoding/json path only.
func slowEnvelope(s string) (envelope.Signed, error) {
	var e envelope.Signed
	err := DecodeJSON(s, &e)
	return e, err
}

func canonical(t testing.TB, r *rand.Rand) (env, pay []byte) {
	t.Helper()
	k, err := ethsig.GenerateKey(r)
	if err != nil {
		t.Fatal(err)
	}
	req := envelope.Request{Sender: k.Address(), Recipient: ethsig.Address{byte(r.Intn(256)), 2}, Timestamp: r.Uint64() >> uint(r.Intn(64)), Nonce: r.Uint64() >> uint(r.Intn(64))}
	r.Read(req.PayloadHash[:])
	dom := envelope.NewDomain(uint64(r.Intn(1<<20)), ethsig.Address{9, byte(r.Intn(256))})
	s := envelope.Signed{Request: req, ChainID: dom.ChainID, Registry: dom.Registry, Signature: dom.Sign(k, &req)}
	if env, err = s.MarshalJSON(); err != nil {
		t.Fatal(err)
	}
	v := voucher.Voucher{CumulativeAmount: new(big.Int).Rsh(new(big.Int).SetBytes(randBytes(r, 32)), uint(r.Intn(256)))}
	r.Read(v.ChannelID[:])
	sig, err := voucher.NewDomain(dom.ChainID, ethsig.Address{3}).Sign(k, &v)
	if err != nil {
		t.Fatal(err)
	}
	h, err := Encode(&PaymentPayload{X402Version: Version, Resource: &Resource{URL: "http://127.0.0.1:8402/task"}, Accepted: testTerms(dom.ChainID), Payload: voucher.Signed{Voucher: v, Signature: sig}})
	if err != nil {
		t.Fatal(err)
	}
	pay, _ = base64.StdEncoding.DecodeString(h)
	return env, pay
}

// testTerms is a requirement as a mailroom states it (without corrections).
func testTerms(chainID uint64) Requirement {
	r := Requirement{Scheme: Scheme, Network: Network(chainID), Asset: Asset, PayTo: ethsig.Address{5, 1}, MaxTimeoutSeconds: 60,
		Extra: Extra{ChannelContract: ethsig.Address{3}, Registry: ethsig.Address{9}, MinWithdrawDelay: 3600}}
	r.Amount.SetInt64(1000)
	return r
}

func randBytes(r *rand.Rand, n int) []byte { b := make([]byte, n); r.Read(b); return b }

var junk = []string{`"`, `\`, ` `, "\n", "\t", `}`, `{`, `,`, `:`, `A`, `a`, `0`, `9`, `x`, `-`, `.`, `e`, "\x00", "\x80", "\xe2\x80\xa8", `\u0041`, `null`, `"x":1,`, `"sender":"0x00",`, `[]`, `<`}

// mutations is the number of kinds of damage mutateKind does.
const mutations = 14

// mutate damages canonical JSON in the ways a hostile or sloppy client
// might: byte edits, escapes, whitespace, case, duplicates (also nested and
// escaped), extra fields, trailing data.
func mutate(r *rand.Rand, b []byte) []byte { return mutateKind(r, b, r.Intn(mutations)) }

func mutateKind(r *rand.Rand, b []byte, kind int) []byte {
	s := string(b)
	if s == "" {
		return []byte(junk[r.Intn(len(junk))])
	}
	switch kind {
	case 0: // delete a byte
		i := r.Intn(len(s))
		return []byte(s[:i] + s[i+1:])
	case 1: // insert junk
		i := r.Intn(len(s) + 1)
		return []byte(s[:i] + junk[r.Intn(len(junk))] + s[i:])
	case 2: // replace a byte
		i := r.Intn(len(s))
		return []byte(s[:i] + junk[r.Intn(len(junk))] + s[i+1:])
	case 3: // a key in other case
		keys := []string{`"sender"`, `"nonce"`, `"signature"`, `"x402Version"`, `"channelId"`, `"cumulativeAmount"`, `"network"`, `"chainId"`}
		k := keys[r.Intn(len(keys))]
		return []byte(strings.Replace(s, k, strings.ToUpper(k[:2])+k[2:], 1))
	case 4: // duplicate the first field
		i := strings.IndexByte(s, ',')
		if i < 0 {
			return b
		}
		return []byte(s[:i+1] + s[1:i+1] + s[i+1:])
	case 5: // unknown field
		return []byte(s[:len(s)-1] + `,"extra":1}`)
	case 6: // whitespace
		return []byte(strings.Replace(s, ":", ": ", 1+r.Intn(3)))
	case 7: // escape a character inside a string
		return []byte(strings.Replace(s, `"0x`, `"\u0030x`, 1))
	case 8: // upper-case hex
		return []byte(strings.Replace(s, `0x`, `0X`, 1))
	case 9: // truncate or extend
		if r.Intn(2) == 0 {
			return b[:r.Intn(len(b))]
		}
		return []byte(s + junk[r.Intn(len(junk))])
	case 10: // trailing data after the object
		return []byte(s + []string{`}`, `]`, ` {}`, `{}`, `,`, `null`, "\n", " "}[r.Intn(8)])
	case 11: // duplicate a field of an inner object (the last would win)
		for _, k := range []string{`"scheme":`, `"network":`, `"channelId":`, `"cumulativeAmount":`, `"signature":`, `"nonce":`} {
			if i := strings.Index(s, k); i >= 0 && r.Intn(2) == 0 {
				return []byte(s[:i] + k + `"1",` + s[i:])
			}
		}
		return []byte(strings.Replace(s, `"signature":`, `"signature":"0x",`+`"signature":`, 1))
	case 12: // duplicate the first key, spelled with an escape
		if len(s) > 3 && s[0] == '{' && s[1] == '"' {
			i := strings.IndexByte(s, ',')
			if i < 0 {
				return b
			}
			return []byte(s[:i+1] + `"\u00` + strconv.FormatInt(int64(s[2]), 16) + s[3:i+1] + s[i+1:])
		}
		return b
	default: // whitespace around the object
		return []byte([]string{" ", "\n", "\r\n", "\t"}[r.Intn(4)] + s + []string{"", " ", "\n"}[r.Intn(3)])
	}
}

func headerForms(r *rand.Rand, b []byte) string {
	switch r.Intn(6) {
	case 0:
		return base64.URLEncoding.EncodeToString(b)
	case 1:
		return base64.RawStdEncoding.EncodeToString(b)
	case 2:
		return " " + base64.StdEncoding.EncodeToString(b) + "\t"
	default:
		return base64.StdEncoding.EncodeToString(b)
	}
}

func sameErr(t *testing.T, in string, fast, slow error) bool {
	t.Helper()
	if (fast == nil) != (slow == nil) || (fast != nil && (errs.KindOf(fast) != errs.KindOf(slow) || fast.Error() != slow.Error())) {
		t.Errorf("input %q: fast error %v, encoding/json error %v", in, fast, slow)
		return false
	}
	return true
}

// The fast decoders must agree with the encoding/json path on every input:
// the same value, or the same error kind and message.
func TestFastDecodersAgreeWithEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	var envFast, payFast, rejected int
	for i := 0; i < 300; i++ {
		env, pay := canonical(t, r)
		if _, ok := fastEnvelope(env); ok {
			envFast++
		}
		if _, ok := fastPaymentPayload(pay); ok {
			payFast++
		}
		for j := 0; j < 40; j++ {
			e, p := env, pay
			for n := r.Intn(3); n > 0; n-- {
				e, p = mutate(r, e), mutate(r, p)
			}
			he, hp := headerForms(r, e), headerForms(r, p)
			fe, ferr := DecodeEnvelope(he)
			se, serr := slowEnvelope(he)
			if sameErr(t, string(e), ferr, serr) && ferr == nil && !reflect.DeepEqual(fe, se) {
				t.Errorf("envelope %q: fast %+v, encoding/json %+v", e, fe, se)
			}
			fp, ferr := DecodePaymentPayload(hp)
			sp, serr := slowPaymentPayload(hp)
			if sameErr(t, string(p), ferr, serr) && ferr == nil {
				if !reflect.DeepEqual(fp, sp) {
					t.Errorf("payment %q: fast %+v, encoding/json %+v", p, fp, sp)
				}
			} else {
				rejected++
			}
		}
	}
	if envFast != 300 || payFast != 300 {
		t.Fatalf("the fast path took %d/300 canonical envelopes and %d/300 canonical payments", envFast, payFast)
	}
	if rejected < 1000 {
		t.Fatalf("only %d mutated payments were refused: the mutations are too weak", rejected)
	}
}

func TestEncodePaymentResponseIsEncode(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	networks := []string{"eip155:1", "eip155:31337", `a"b`, "a<b>&", "é", "tab\t", ""}
	for i := 0; i < 500; i++ {
		p := &PaymentResponse{Success: r.Intn(2) == 0, Network: networks[r.Intn(len(networks))]}
		r.Read(p.Payer[:])
		rc := &p.Extra.Receipt
		r.Read(rc.RequestDigest[:])
		r.Read(rc.ChannelID[:])
		r.Read(rc.ResultHash[:])
		r.Read(rc.Signature[:])
		if r.Intn(20) != 0 {
			rc.CumulativeAmount = new(big.Int).Rsh(new(big.Int).SetBytes(randBytes(r, 32)), uint(r.Intn(257)))
		}
		got, gerr := EncodePaymentResponse(p)
		want, werr := Encode(p)
		if (gerr == nil) != (werr == nil) || got != want {
			t.Fatalf("EncodePaymentResponse(%+v) = %q, %v; Encode = %q, %v", p, got, gerr, want, werr)
		}
	}
	// The fast path is taken for the usual response.
	p := &PaymentResponse{Success: true, Network: "eip155:31337", Extra: ResponseExtra{Receipt: receipt.Signed{Receipt: receipt.Receipt{CumulativeAmount: big.NewInt(5)}}}}
	if _, ok := appendPaymentResponse(nil, p); !ok {
		t.Fatal("the usual response did not take the fast path")
	}
}

func BenchmarkDecodeEnvelope(b *testing.B) {
	env, _ := canonical(b, rand.New(rand.NewSource(1)))
	h := base64.StdEncoding.EncodeToString(env)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeEnvelope(h); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeEnvelopeEncodingJSON(b *testing.B) {
	env, _ := canonical(b, rand.New(rand.NewSource(1)))
	h := base64.StdEncoding.EncodeToString(env)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := slowEnvelope(h); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodePaymentPayload(b *testing.B) {
	_, pay := canonical(b, rand.New(rand.NewSource(1)))
	h := base64.StdEncoding.EncodeToString(pay)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodePaymentPayload(h); err != nil {
			b.Fatal(err)
		}
	}
}
