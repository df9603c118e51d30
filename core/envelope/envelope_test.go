package envelope

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/eip712"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/replay"
)

func key(tb testing.TB, seed uint64) *ethsig.PrivateKey {
	tb.Helper()
	var b [32]byte
	rng := rand.New(rand.NewPCG(seed, 99))
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	k, err := ethsig.PrivateKeyFromBytes(b[:])
	if err != nil {
		tb.Fatal(err)
	}
	return k
}

func randRequest(rng *rand.Rand) Request {
	var r Request
	for i := range r.Sender {
		r.Sender[i], r.Recipient[i] = byte(rng.Uint32()), byte(rng.Uint32())
	}
	for i := range r.PayloadHash {
		r.PayloadHash[i] = byte(rng.Uint32())
	}
	switch rng.IntN(3) {
	case 0:
		r.Timestamp, r.Nonce = rng.Uint64(), rng.Uint64()
	case 1:
		r.Timestamp, r.Nonce = uint64(rng.IntN(2)), ^uint64(0)
	default:
		r.Timestamp, r.Nonce = 1700000000+uint64(rng.IntN(1000)), uint64(rng.IntN(10))
	}
	return r
}

// TestDigestEqualsGeneric: the specialised digest equals the generic
// eip712 path on the same request, over many random inputs.
func TestDigestEqualsGeneric(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 500; i++ {
		r := randRequest(rng)
		var reg ethsig.Address
		for j := range reg {
			reg[j] = byte(rng.Uint32())
		}
		chain := rng.Uint64()
		if i%2 == 0 {
			chain = uint64(rng.IntN(100000))
		}
		d := NewDomain(chain, reg)
		td, err := eip712.Parse(d.TypedDataJSON(&r))
		if err != nil {
			t.Fatalf("generic path refuses %s: %v", d.TypedDataJSON(&r), err)
		}
		if td.Digest() != d.Digest(&r) {
			t.Fatalf("specialised digest %x != generic %x for %s", d.Digest(&r), td.Digest(), d.TypedDataJSON(&r))
		}
		if td.DomainSeparator() != d.Separator() || td.MessageHash() != r.HashStruct() {
			t.Fatal("separator or hashStruct differ")
		}
		if et, _ := td.EncodeType("AgentRequest"); et != EncodeType {
			t.Fatalf("encodeType %s", et)
		}
	}
}

func sampleSigned(tb testing.TB) *Signed {
	k := key(tb, 1)
	reg, _ := ethsig.ParseAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	r := Request{Sender: k.Address(), Recipient: key(tb, 2).Address(), PayloadHash: PayloadHash([]byte(`{"q":1}`)), Timestamp: 1700000000, Nonce: 7}
	d := NewDomain(31337, reg)
	return &Signed{Request: r, ChainID: 31337, Registry: reg, Signature: d.Sign(k, &r)}
}

func TestSignVerify(t *testing.T) {
	s := sampleSigned(t)
	d := s.Domain()
	if err := d.Verify(&s.Request, s.Signature); err != nil {
		t.Fatal(err)
	}
	if a, err := d.Recover(&s.Request, s.Signature); err != nil || a != s.Sender {
		t.Fatalf("Recover = %s, %v", a, err)
	}
	// Any change to the request, the chain or the registry breaks it.
	r := s.Request
	r.Nonce++
	if err := d.Verify(&r, s.Signature); errs.KindOf(err) != errs.SignerMismatch {
		t.Errorf("changed nonce: %v", err)
	}
	if err := NewDomain(1, s.Registry).Verify(&s.Request, s.Signature); errs.KindOf(err) != errs.SignerMismatch {
		t.Errorf("other chain: %v", err)
	}
	if d.Separator() != d.Standard().Separator() {
		t.Error("precomputed separator differs")
	}
}

func TestWireRoundTrip(t *testing.T) {
	s := sampleSigned(t)
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{`"sender":"0x`, `"timestamp":"1700000000"`, `"nonce":"7"`, `"chainId":"31337"`, `"verifyingContract":"0x5FbDB2315678afecb367f032d93F642f64180aa3"`, `"signature":"0x`} {
		if !bytes.Contains(b, []byte(f)) {
			t.Errorf("wire form lacks %s: %s", f, b)
		}
	}
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if *got != *s {
		t.Errorf("round trip: %+v != %+v", got, s)
	}
	// Numbers may also come as JSON integers or 0x-hex strings.
	alt := strings.Replace(string(b), `"nonce":"7"`, `"nonce":7`, 1)
	alt = strings.Replace(alt, `"chainId":"31337"`, `"chainId":"0x7a69"`, 1)
	if got, err := Decode([]byte(alt)); err != nil || *got != *s {
		t.Errorf("alternative number forms: %v", err)
	}
}

// negativeWire derives invalid wire forms from a valid one.
func negativeWire(good []byte) [][]byte {
	g := string(good)
	var m map[string]any
	_ = json.Unmarshal(good, &m)
	sig, _ := m["signature"].(string)
	// High-s twin of the signature: s' = n - s, v flipped.
	high := highS(sig)
	return [][]byte{
		[]byte(g[:len(g)-1] + `,"extra":1}`),
		[]byte(strings.Replace(g, `"nonce":"7",`, ``, 1)),
		[]byte(strings.Replace(g, sig, high, 1)),
		[]byte(strings.Replace(g, `"payloadHash":"0x`, `"payloadHash":"0xzz`, 1)),
		[]byte(strings.Replace(g, `"payloadHash":"0x`, `"payloadHash":"`, 1)),
		[]byte(strings.Replace(g, `"nonce":"7"`, `"nonce":"18446744073709551616"`, 1)),
		[]byte(strings.Replace(g, `"nonce":"7"`, `"nonce":-7`, 1)),
		[]byte(strings.Replace(g, `"nonce":"7"`, `"nonce":7.5`, 1)),
		[]byte(g + ` {}`),
		[]byte(`null`),
		[]byte(`[]`),
	}
}

// highS returns the malleable twin of a signature: s' = n - s, v flipped.
func highS(sig string) string {
	s, err := ethsig.ParseSignature(sig)
	if err != nil {
		return sig
	}
	n, _ := new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)
	b := s.Bytes()
	new(big.Int).Sub(n, new(big.Int).SetBytes(b[32:64])).FillBytes(b[32:64])
	b[64] = 55 - b[64]
	return "0x" + hex.EncodeToString(b)
}

func TestWireNegative(t *testing.T) {
	good, _ := json.Marshal(sampleSigned(t))
	want := []errs.Kind{
		errs.InvalidJSON,       // unknown field
		errs.InvalidInput,      // missing field
		errs.SignatureHighS,    // high s
		errs.InvalidHex,        // bad hex
		errs.InvalidHex,        // no 0x
		errs.IntegerOutOfRange, // nonce above 64 bits
		errs.InvalidInteger,    // negative
		errs.InvalidInteger,    // fraction
		errs.InvalidJSON,       // trailing data
		errs.InvalidInput,      // null: every field missing
		errs.InvalidJSON,       // not an object
	}
	for i, b := range negativeWire(good) {
		if _, err := Decode(b); errs.KindOf(err) != want[i] {
			t.Errorf("case %d %s: %v, want %s", i, b, err, want[i])
		}
	}
}

func TestCheckRequest(t *testing.T) {
	s := sampleSigned(t)
	body := []byte(`{"q":1}`)
	s.Request.PayloadHash = RequestPayloadHash("POST", "/q", body)
	w := replay.DefaultWindow
	now := s.Timestamp + 10
	if err := CheckRequest(&s.Request, s.Recipient, w, now, "POST", "/q", body); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		me   ethsig.Address
		now  uint64
		body []byte
		want errs.Kind
	}{
		{"wrong recipient", s.Sender, now, body, errs.WrongRecipient},
		{"expired", s.Recipient, s.Timestamp + 301, body, errs.TimestampExpired},
		{"future", s.Recipient, s.Timestamp - 31, body, errs.TimestampFuture},
		{"payload", s.Recipient, now, []byte(`{"q":2}`), errs.PayloadMismatch},
	} {
		if err := CheckRequest(&s.Request, c.me, w, c.now, "POST", "/q", c.body); errs.KindOf(err) != c.want {
			t.Errorf("%s: %v, want %s", c.name, err, c.want)
		}
	}
}
