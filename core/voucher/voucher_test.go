package voucher

import (
	"encoding/hex"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/eip712"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
)

func key(tb testing.TB, seed byte) *ethsig.PrivateKey {
	tb.Helper()
	b := make([]byte, 32)
	b[0], b[31] = 1, seed
	k, err := ethsig.PrivateKeyFromBytes(b)
	if err != nil {
		tb.Fatal(err)
	}
	return k
}

var max256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

func randAmount(rng *rand.Rand) *big.Int {
	switch rng.IntN(4) {
	case 0:
		return big.NewInt(0)
	case 1:
		return new(big.Int).Set(max256)
	case 2:
		return new(big.Int).SetUint64(rng.Uint64())
	}
	b := make([]byte, 1+rng.IntN(32))
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return new(big.Int).SetBytes(b)
}

// TestDigestEqualsGeneric: the specialised digest equals the generic
// eip712 path, over many random vouchers and domains.
func TestDigestEqualsGeneric(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 500; i++ {
		var c ethsig.Address
		for j := range c {
			c[j] = byte(rng.Uint32())
		}
		d := NewDomain(rng.Uint64()>>uint(rng.IntN(64)), c)
		v := Voucher{CumulativeAmount: randAmount(rng)}
		for j := range v.ChannelID {
			v.ChannelID[j] = byte(rng.Uint32())
		}
		want, err := eip712.Parse(d.TypedDataJSON(&v))
		if err != nil {
			t.Fatalf("generic path refuses %s: %v", d.TypedDataJSON(&v), err)
		}
		got, err := d.Digest(&v)
		if err != nil || got != want.Digest() {
			t.Fatalf("specialised %x (%v) != generic %x for %s", got, err, want.Digest(), d.TypedDataJSON(&v))
		}
		if et, _ := want.EncodeType("Voucher"); et != EncodeType {
			t.Fatalf("encodeType %s", et)
		}
	}
	d := NewDomain(1, ethsig.Address{})
	for _, bad := range []*big.Int{nil, big.NewInt(-1), new(big.Int).Lsh(big.NewInt(1), 256)} {
		if _, err := d.Digest(&Voucher{CumulativeAmount: bad}); err == nil {
			t.Errorf("amount %v accepted", bad)
		}
	}
}

func sampleSigned(tb testing.TB) *Signed {
	k := key(tb, 1)
	d := NewDomain(31337, key(tb, 9).Address())
	v := Voucher{ChannelID: [32]byte{1, 2, 3}, CumulativeAmount: big.NewInt(1_500_000_000_000_000)}
	sig, err := d.Sign(k, &v)
	if err != nil {
		tb.Fatal(err)
	}
	return &Signed{Voucher: v, Signature: sig}
}

func TestSignVerify(t *testing.T) {
	d := NewDomain(31337, key(t, 9).Address())
	s := sampleSigned(t)
	sender := key(t, 1).Address()
	if err := d.Verify(&s.Voucher, s.Signature, sender); err != nil {
		t.Fatal(err)
	}
	if a, err := d.Recover(&s.Voucher, s.Signature); err != nil || a != sender {
		t.Fatalf("Recover = %s, %v", a, err)
	}
	more := Voucher{ChannelID: s.ChannelID, CumulativeAmount: new(big.Int).Add(s.CumulativeAmount, big.NewInt(1))}
	if err := d.Verify(&more, s.Signature, sender); errs.KindOf(err) != errs.SignerMismatch {
		t.Errorf("changed amount: %v", err)
	}
	if err := NewDomain(1, d.Contract).Verify(&s.Voucher, s.Signature, sender); errs.KindOf(err) != errs.SignerMismatch {
		t.Errorf("other chain: %v", err)
	}
	if _, err := d.Sign(key(t, 1), &Voucher{}); errs.KindOf(err) != errs.InvalidInput {
		t.Errorf("nil amount: %v", err)
	}
}

func equal(a, b *Signed) bool {
	return a.ChannelID == b.ChannelID && a.Signature == b.Signature && a.CumulativeAmount.Cmp(b.CumulativeAmount) == 0
}

func TestWireRoundTrip(t *testing.T) {
	s := sampleSigned(t)
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"cumulativeAmount":"1500000000000000"`) {
		t.Errorf("amount is not a decimal string: %s", b)
	}
	got, err := Decode(b)
	if err != nil || !equal(got, s) {
		t.Fatalf("round trip: %v", err)
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
		[]byte(`{"channelId":"` + m["channelId"] + `","signature":"` + m["signature"] + `"}`),
		[]byte(strings.Replace(g, m["signature"], "0x"+hex.EncodeToString(hb), 1)),
		[]byte(strings.Replace(g, m["channelId"], m["channelId"][:10], 1)),
		[]byte(strings.Replace(g, m["channelId"], "0xzz"+m["channelId"][4:], 1)),
		[]byte(strings.Replace(g, `"1500000000000000"`, `"0x1`+strings.Repeat("0", 64)+`"`, 1)),
		[]byte(strings.Replace(g, `"1500000000000000"`, `-1`, 1)),
		[]byte(strings.Replace(g, `"1500000000000000"`, `1.5e18`, 1)),
		[]byte(strings.Replace(g, m["signature"], m["signature"][:len(m["signature"])-2], 1)),
		[]byte(g + `x`),
	}
}

func TestWireNegative(t *testing.T) {
	good, _ := json.Marshal(sampleSigned(t))
	want := []errs.Kind{errs.InvalidJSON, errs.InvalidInput, errs.SignatureHighS, errs.InvalidHex, errs.InvalidHex,
		errs.IntegerOutOfRange, errs.InvalidInteger, errs.InvalidInteger, errs.InvalidSignature, errs.InvalidJSON}
	for i, b := range negativeWire(good) {
		if _, err := Decode(b); errs.KindOf(err) != want[i] {
			t.Errorf("case %d %s: %v, want %s", i, b, err, want[i])
		}
	}
}

func TestAccept(t *testing.T) {
	b := func(x int64) *big.Int { return big.NewInt(x) }
	for _, c := range []struct {
		name                      string
		last, price, deposit, cum *big.Int
		want                      errs.Kind
	}{
		{"exactly last + price", b(100), b(10), b(1000), b(110), ""},
		{"above last + price", b(100), b(10), b(1000), b(500), ""},
		{"exactly the deposit", b(100), b(10), b(1000), b(1000), ""},
		{"first voucher", b(0), b(10), b(10), b(10), ""},
		{"free request, same amount", b(100), b(0), b(1000), b(100), ""},
		{"one wei short", b(100), b(10), b(1000), b(109), errs.VoucherInsufficient},
		{"below last", b(100), b(0), b(1000), b(99), errs.VoucherInsufficient},
		{"one wei above the deposit", b(100), b(10), b(1000), b(1001), errs.VoucherExceedsDeposit},
		{"both: deposit checked first", b(100), b(10), b(50), b(60), errs.VoucherExceedsDeposit},
		{"2^256-1", b(0), b(1), max256, max256, ""},
		{"nil", nil, b(1), b(1), b(1), errs.InvalidInput},
		{"negative price", b(0), b(-1), b(1), b(1), errs.InvalidInput},
		{"negative cumulative", b(0), b(0), b(1), b(-1), errs.InvalidInput},
	} {
		got, err := Accept(c.last, c.price, c.deposit, c.cum)
		if errs.KindOf(err) != c.want {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
			continue
		}
		if err == nil {
			if got.Cmp(c.cum) != 0 {
				t.Errorf("%s: accepted %s, want %s", c.name, got, c.cum)
			}
			if got == c.cum {
				t.Errorf("%s: result aliases the input", c.name)
			}
		}
	}
}

func TestAcceptExact(t *testing.T) {
	b := big.NewInt
	for _, c := range []struct {
		last, price, deposit, cum int64
		want                      errs.Kind
	}{
		{1000, 1000, 5000, 2000, ""},
		{1000, 1000, 5000, 3000, errs.VoucherExcessive},
		{1000, 1000, 5000, 1500, errs.VoucherInsufficient},
		{1000, 1000, 5000, 1000, errs.VoucherInsufficient},
		{1000, 1000, 5000, 6000, errs.VoucherExceedsDeposit},
		{0, 0, 0, 0, ""},
	} {
		got, err := AcceptExact(b(c.last), b(c.price), b(c.deposit), b(c.cum))
		if errs.KindOf(err) != c.want && !(c.want == "" && err == nil) {
			t.Errorf("%+v: %v, want %q", c, err, c.want)
		}
		if c.want == "" && (err != nil || got.Int64() != c.cum) {
			t.Errorf("%+v: %v %v", c, got, err)
		}
	}
}
