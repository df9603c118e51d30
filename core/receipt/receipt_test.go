package receipt

import (
	"encoding/hex"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/eip712"
	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
)

func key(tb testing.TB, seed byte) *ethsig.PrivateKey {
	tb.Helper()
	b := make([]byte, 32)
	b[0], b[31] = 2, seed
	k, err := ethsig.PrivateKeyFromBytes(b)
	if err != nil {
		tb.Fatal(err)
	}
	return k
}

func rand32(rng *rand.Rand) (b [32]byte) {
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}

// TestDigestEqualsGeneric: the specialised digest equals the generic
// eip712 path, over many random receipts and domains.
func TestDigestEqualsGeneric(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 500; i++ {
		var reg ethsig.Address
		copy(reg[:], func() []byte { b := rand32(rng); return b[:20] }())
		d := envelope.NewDomain(rng.Uint64()>>uint(rng.IntN(64)), reg)
		amt := rand32(rng)
		r := Receipt{RequestDigest: rand32(rng), ChannelID: rand32(rng), ResultHash: rand32(rng),
			CumulativeAmount: new(big.Int).SetBytes(amt[:rng.IntN(33)])}
		td, err := eip712.Parse(TypedDataJSON(d, &r))
		if err != nil {
			t.Fatalf("generic path refuses %s: %v", TypedDataJSON(d, &r), err)
		}
		got, err := Digest(d, &r)
		if err != nil || got != td.Digest() {
			t.Fatalf("specialised %x (%v) != generic %x", got, err, td.Digest())
		}
		if et, _ := td.EncodeType("Receipt"); et != EncodeType {
			t.Fatalf("encodeType %s", et)
		}
	}
}

func sampleSigned(tb testing.TB) *Signed {
	d := envelope.NewDomain(31337, key(tb, 9).Address())
	r := Receipt{RequestDigest: keccak.Sum256([]byte("req")), ChannelID: [32]byte{7}, CumulativeAmount: big.NewInt(42), ResultHash: keccak.Sum256([]byte("res"))}
	sig, err := Sign(d, key(tb, 1), &r)
	if err != nil {
		tb.Fatal(err)
	}
	return &Signed{Receipt: r, Signature: sig}
}

func equal(a, b *Signed) bool {
	return a.RequestDigest == b.RequestDigest && a.ChannelID == b.ChannelID && a.ResultHash == b.ResultHash &&
		a.Signature == b.Signature && a.CumulativeAmount.Cmp(b.CumulativeAmount) == 0
}

func TestSignVerify(t *testing.T) {
	d := envelope.NewDomain(31337, key(t, 9).Address())
	s := sampleSigned(t)
	me := key(t, 1).Address()
	if err := Verify(d, &s.Receipt, s.Signature, me); err != nil {
		t.Fatal(err)
	}
	r := s.Receipt
	r.ResultHash[0] ^= 1
	if err := Verify(d, &r, s.Signature, me); errs.KindOf(err) != errs.SignerMismatch {
		t.Errorf("changed result: %v", err)
	}
	if _, err := Sign(d, key(t, 1), &Receipt{}); errs.KindOf(err) != errs.InvalidInput {
		t.Errorf("nil amount: %v", err)
	}
	if err := Verify(d, &Receipt{CumulativeAmount: big.NewInt(-1)}, s.Signature, me); errs.KindOf(err) != errs.IntegerOutOfRange {
		t.Errorf("negative amount: %v", err)
	}
}

func TestWireRoundTrip(t *testing.T) {
	s := sampleSigned(t)
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(b)
	if err != nil || !equal(got, s) {
		t.Fatalf("round trip: %v\n%s", err, b)
	}
	if _, err := json.Marshal(Signed{}); errs.KindOf(err) != errs.InvalidInput {
		t.Errorf("marshal without amount: %v", err)
	}
}

func negativeWire(good []byte) [][]byte {
	g := string(good)
	var m map[string]string
	_ = json.Unmarshal(good, &m)
	s, _ := ethsig.ParseSignature(m["signature"])
	n, _ := new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)
	hb := s.Bytes()
	new(big.Int).Sub(n, new(big.Int).SetBytes(hb[32:64])).FillBytes(hb[32:64])
	hb[64] = 55 - hb[64]
	return [][]byte{
		[]byte(g[:len(g)-1] + `,"extra":1}`),
		[]byte(strings.Replace(g, `"resultHash":"`+m["resultHash"]+`",`, ``, 1)),
		[]byte(strings.Replace(g, m["signature"], "0x"+hex.EncodeToString(hb), 1)),
		[]byte(strings.Replace(g, m["resultHash"], m["resultHash"][:64], 1)),
		[]byte(strings.Replace(g, m["requestDigest"], "0xzz"+m["requestDigest"][4:], 1)),
		[]byte(strings.Replace(g, `"cumulativeAmount":"42"`, `"cumulativeAmount":"-42"`, 1)),
		[]byte(strings.Replace(g, `"cumulativeAmount":"42"`, `"cumulativeAmount":true`, 1)),
		[]byte(`{}`),
	}
}

func TestWireNegative(t *testing.T) {
	good, _ := json.Marshal(sampleSigned(t))
	want := []errs.Kind{errs.InvalidJSON, errs.InvalidInput, errs.SignatureHighS, errs.InvalidHex, errs.InvalidHex,
		errs.InvalidInteger, errs.InvalidInteger, errs.InvalidInput}
	for i, b := range negativeWire(good) {
		if _, err := Decode(b); errs.KindOf(err) != want[i] {
			t.Errorf("case %d %s: %v, want %s", i, b, err, want[i])
		}
	}
}
