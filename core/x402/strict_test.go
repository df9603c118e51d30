package x402

import (
	"encoding/base64"
	"math/big"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/num"
	"github.com/agentmailroom/mailroom/core/receipt"
)

// refusal is a header JSON every decoder must refuse with errs.InvalidJSON,
// and the text its message must contain (the offending key or field).
type refusal struct {
	name, json, names string
}

// firstField returns the first member of the object s (`"k":v`) and the
// offset of the comma after it.
func firstField(s string) (string, int) {
	i := strings.IndexByte(s, ',')
	return s[1:i], i
}

// trailers are what a header must not carry after its JSON object.
var trailers = []string{`{}`, ` {}`, `}`, `]`, `x`, `null`, `,`, `"`, `0`, "\n{}"}

func envelopeRefusals(env []byte) []refusal {
	s := string(env)
	first, i := firstField(s)
	other := `"sender":"0x000000000000000000000000000000000000dead"`
	sig := s[strings.Index(s, `"signature":`):strings.LastIndexByte(s, '}')]
	rs := []refusal{
		{"duplicate first key, same value", s[:i+1] + first + "," + s[i+1:], `"sender"`},
		{"duplicate key, other value (last would win)", s[:len(s)-1] + "," + other + "}", `"sender"`},
		{"duplicate last key", s[:len(s)-1] + "," + sig + "}", `"signature"`},
		{"duplicate key spelled with an escape", s[:len(s)-1] + `,"\u0073ender"` + first[len(`"sender"`):] + "}", `"sender"`},
		{"unknown field", s[:len(s)-1] + `,"extra":1}`, `"extra"`},
		{"unknown field (a key in other case)", strings.Replace(s, `"sender"`, `"Sender"`, 1), `"Sender"`},
		{"unknown field (a key in upper case)", strings.Replace(s, `"signature"`, `"SIGNATURE"`, 1), `"SIGNATURE"`},
	}
	for _, tr := range trailers {
		rs = append(rs, refusal{"trailing " + tr, s + tr, "trailing"})
	}
	return rs
}

func paymentRefusals(pay []byte) []refusal {
	s := string(pay)
	acc := s[strings.Index(s, `"accepted":`):strings.Index(s, `,"payload":`)]
	pl := s[strings.Index(s, `"payload":`) : len(s)-1]
	cum := s[strings.Index(s, `"cumulativeAmount":`):strings.Index(s, `,"signature":`)]
	rs := []refusal{
		{"duplicate x402Version", strings.Replace(s, `{"x402Version":2,`, `{"x402Version":2,"x402Version":2,`, 1), `"x402Version"`},
		{"duplicate accepted", strings.Replace(s, `,"payload":`, ","+acc+`,"payload":`, 1), `"accepted"`},
		{"duplicate payload, other amount (last would win)", s[:len(s)-1] + "," + strings.Replace(pl, cum, `"cumulativeAmount":"1"`, 1) + "}", `"payload"`},
		{"duplicate accepted.scheme", strings.Replace(s, `"scheme":"mailroom-channel"`, `"scheme":"mailroom-channel","scheme":"mailroom-channel"`, 1), `"scheme"`},
		{"duplicate accepted.network", strings.Replace(s, `"network":`, `"network":"eip155:1","network":`, 1), `"network"`},
		{"duplicate payload.cumulativeAmount, other value", strings.Replace(s, cum, cum+`,"cumulativeAmount":"1"`, 1), `"cumulativeAmount"`},
		{"duplicate payload.channelId", strings.Replace(s, `"channelId":`, `"channelId":"0x`+strings.Repeat("00", 32)+`","channelId":`, 1), `"channelId"`},
		{"unknown top-level field", s[:len(s)-1] + `,"extra":1}`, `"extra"`},
		{"unknown top-level field: extensions", s[:len(s)-1] + `,"extensions":{}}`, `"extensions"`},
		{"unknown top-level field: resource", s[:len(s)-1] + `,"resource":{"url":"/task"}}`, `"resource"`},
		{"unknown accepted field", strings.Replace(s, `"scheme":`, `"amount":"5","scheme":`, 1), `"amount"`},
		{"unknown payload field", strings.Replace(s, `"channelId":`, `"extra":1,"channelId":`, 1), `"extra"`},
		{"unknown field (x402Version in other case)", strings.Replace(s, `"x402Version"`, `"X402Version"`, 1), `"X402Version"`},
		{"unknown field (accepted in other case)", strings.Replace(s, `"accepted"`, `"Accepted"`, 1), `"Accepted"`},
		{"unknown field (scheme in other case)", strings.Replace(s, `"scheme"`, `"SCHEME"`, 1), `"SCHEME"`},
		{"unknown field (channelId in other case)", strings.Replace(s, `"channelId"`, `"channelID"`, 1), `"channelID"`},
	}
	for _, tr := range trailers {
		rs = append(rs, refusal{"trailing " + tr, s + tr, "trailing"})
	}
	return rs
}

// checkRefused fails unless err is errs.InvalidJSON naming what it refuses.
func checkRefused(t *testing.T, who string, r refusal, err error) {
	t.Helper()
	if err == nil {
		t.Errorf("%s accepted %s", who, r.name)
		return
	}
	if errs.KindOf(err) != errs.InvalidJSON || !strings.Contains(err.Error(), r.names) {
		t.Errorf("%s, %s: %v; want %s naming %s", who, r.name, err, errs.InvalidJSON, r.names)
	}
}

// Duplicate keys (at any level), unknown fields (at any level, keys being
// case-sensitive) and data after the object are refused by the public
// decoders and by their encoding/json references alike, with the same error.
func TestStrictEnvelopeAndPayment(t *testing.T) {
	env, pay := canonical(t, rand.New(rand.NewSource(11)))
	for _, r := range envelopeRefusals(env) {
		h := base64.StdEncoding.EncodeToString([]byte(r.json))
		_, ferr := DecodeEnvelope(h)
		_, serr := slowEnvelope(h)
		checkRefused(t, "DecodeEnvelope", r, ferr)
		checkRefused(t, "encoding/json envelope", r, serr)
		sameErr(t, r.json, ferr, serr)
	}
	for _, r := range paymentRefusals(pay) {
		h := base64.StdEncoding.EncodeToString([]byte(r.json))
		_, ferr := DecodePaymentPayload(h)
		_, serr := slowPaymentPayload(h)
		checkRefused(t, "DecodePaymentPayload", r, ferr)
		checkRefused(t, "encoding/json payment", r, serr)
		sameErr(t, r.json, ferr, serr)
	}
}

// Whitespace around the object is JSON's own and allowed, by the fast and
// the slow path alike.
func TestStrictAllowsSurroundingWhitespace(t *testing.T) {
	env, pay := canonical(t, rand.New(rand.NewSource(12)))
	want, err := DecodeEnvelope(base64.StdEncoding.EncodeToString(env))
	if err != nil {
		t.Fatal(err)
	}
	wantPay, err := DecodePaymentPayload(base64.StdEncoding.EncodeToString(pay))
	if err != nil {
		t.Fatal(err)
	}
	for _, ws := range []string{" ", "\n", "\r\n\t "} {
		for _, e := range []string{ws + string(env), string(env) + ws, ws + string(env) + ws} {
			h := base64.StdEncoding.EncodeToString([]byte(e))
			got, ferr := DecodeEnvelope(h)
			slow, serr := slowEnvelope(h)
			if ferr != nil || serr != nil || got != want || slow != want {
				t.Errorf("envelope %q: %v / %v", e, ferr, serr)
			}
		}
		for _, p := range []string{ws + string(pay), string(pay) + ws} {
			h := base64.StdEncoding.EncodeToString([]byte(p))
			got, ferr := DecodePaymentPayload(h)
			slow, serr := slowPaymentPayload(h)
			if ferr != nil || serr != nil || !reflect.DeepEqual(got, wantPay) || !reflect.DeepEqual(slow, wantPay) {
				t.Errorf("payment %q: %v / %v", p, ferr, serr)
			}
		}
	}
}

func samplePaymentRequired(t testing.TB) string {
	t.Helper()
	r := Requirement{Scheme: Scheme, Network: Network(1), Asset: Asset, PayTo: ethsig.Address{2}, MaxTimeoutSeconds: 60}
	r.Amount.SetInt64(5)
	r.Extra.AcceptedCumulative = new(num.Uint256)
	r.Extra.AcceptedCumulative.SetInt64(40)
	r.Extra.ChannelID = "0x" + strings.Repeat("07", 32)
	r.Extra.MinWithdrawDelay = 3600
	h, err := Encode(&PaymentRequired{X402Version: Version, Error: "pay", Resource: Resource{URL: "/task"}, Accepts: []Requirement{r}})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := base64.StdEncoding.DecodeString(h)
	return string(b)
}

func samplePaymentResponse(t testing.TB) string {
	t.Helper()
	k, _ := ethsig.ParsePrivateKey("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	h, err := EncodePaymentResponse(&PaymentResponse{Success: true, Payer: ethsig.Address{1}, Network: Network(1),
		Extra: ResponseExtra{Receipt: receipt.Signed{Receipt: receipt.Receipt{CumulativeAmount: big.NewInt(5)}, Signature: k.Sign([32]byte{1})}}})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := base64.StdEncoding.DecodeString(h)
	return string(b)
}

// PAYMENT-REQUIRED and PAYMENT-RESPONSE are as strict, but for x402 v2's
// one extension point, a top-level "extensions" object (see doc.go).
func TestStrictPaymentRequiredAndResponse(t *testing.T) {
	req := samplePaymentRequired(t)
	top := func(s, member string) string { return s[:len(s)-1] + "," + member + "}" }
	refused := []refusal{
		{"duplicate x402Version", strings.Replace(req, `{"x402Version":2,`, `{"x402Version":2,"x402Version":2,`, 1), `"x402Version"`},
		{"duplicate accepts", top(req, `"accepts":[]`), `"accepts"`},
		{"duplicate accepts[0].payTo", strings.Replace(req, `"payTo":`, `"payTo":"0x0000000000000000000000000000000000000003","payTo":`, 1), `"payTo"`},
		{"duplicate extra.acceptedCumulative", strings.Replace(req, `"acceptedCumulative":`, `"acceptedCumulative":"1","acceptedCumulative":`, 1), `"acceptedCumulative"`},
		{"duplicate resource.url", strings.Replace(req, `"url":`, `"url":"/a","url":`, 1), `"url"`},
		{"duplicate extensions", top(req, `"extensions":{},"extensions":{}`), `"extensions"`},
		{"duplicate key inside extensions", top(req, `"extensions":{"a":{"info":{},"info":{}}}`), `"info"`},
		{"unknown top-level field", top(req, `"extra":1`), `"extra"`},
		{"unknown requirement field", strings.Replace(req, `"payTo":`, `"description":"x","payTo":`, 1), `"description"`},
		{"unknown extra field", strings.Replace(req, `"acceptedCumulative":`, `"name":"USDC","acceptedCumulative":`, 1), `"name"`},
		{"unknown resource field", strings.Replace(req, `"url":`, `"size":1,"url":`, 1), `"size"`},
		{"unknown field (key in other case)", strings.Replace(req, `"accepts"`, `"Accepts"`, 1), `"Accepts"`},
		{"extensions not an object", top(req, `"extensions":[]`), `extensions`},
		{"extensions null", top(req, `"extensions":null`), `extensions`},
	}
	resp := samplePaymentResponse(t)
	refusedResp := []refusal{
		{"duplicate success", strings.Replace(resp, `{"success":true,`, `{"success":false,"success":true,`, 1), `"success"`},
		{"duplicate receipt.cumulativeAmount", strings.Replace(resp, `"cumulativeAmount":`, `"cumulativeAmount":"9","cumulativeAmount":`, 1), `"cumulativeAmount"`},
		{"unknown top-level field", top(resp, `"transaction":"0x"`), `"transaction"`},
		{"unknown receipt field", strings.Replace(resp, `"channelId":`, `"extra":1,"channelId":`, 1), `"extra"`},
		{"unknown field (key in other case)", strings.Replace(resp, `"payer"`, `"Payer"`, 1), `"Payer"`},
		{"duplicate key inside extensions", top(resp, `"extensions":{"a":1,"a":2}`), `"a"`},
	}
	for _, tr := range trailers {
		refused = append(refused, refusal{"trailing " + tr, req + tr, "trailing"})
		refusedResp = append(refusedResp, refusal{"trailing " + tr, resp + tr, "trailing"})
	}
	for _, r := range refused {
		_, err := DecodePaymentRequired(base64.StdEncoding.EncodeToString([]byte(r.json)))
		checkRefused(t, "DecodePaymentRequired", r, err)
	}
	for _, r := range refusedResp {
		_, err := DecodePaymentResponse(base64.StdEncoding.EncodeToString([]byte(r.json)))
		checkRefused(t, "DecodePaymentResponse", r, err)
	}

	want, err := DecodePaymentRequired(base64.StdEncoding.EncodeToString([]byte(req)))
	if err != nil {
		t.Fatal(err)
	}
	wantResp, err := DecodePaymentResponse(base64.StdEncoding.EncodeToString([]byte(resp)))
	if err != nil {
		t.Fatal(err)
	}
	for _, ext := range []string{`"extensions":{}`, `"extensions":{"bazaar":{"info":{"a":[1,{"b":null}]},"schema":{"type":"object"}}}`} {
		got, err := DecodePaymentRequired(base64.StdEncoding.EncodeToString([]byte(top(req, ext))))
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("PAYMENT-REQUIRED with %s: %+v, %v", ext, got, err)
		}
		gotResp, err := DecodePaymentResponse(base64.StdEncoding.EncodeToString([]byte(top(resp, ext))))
		if err != nil || !reflect.DeepEqual(gotResp, wantResp) {
			t.Errorf("PAYMENT-RESPONSE with %s: %+v, %v", ext, gotResp, err)
		}
	}
}
