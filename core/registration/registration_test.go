package registration

import (
	"math/rand/v2"
	"testing"

	"github.com/agentmailroom/mailroom/core/eip712"
	"github.com/agentmailroom/mailroom/core/ethsig"
)

// TestDigestEqualsGeneric: the specialised digest equals the generic
// eip712 path, over many random consents and domains.
func TestDigestEqualsGeneric(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	addr := func() (a ethsig.Address) {
		for i := range a {
			a[i] = byte(rng.Uint32())
		}
		return a
	}
	for i := 0; i < 500; i++ {
		d := NewDomain(rng.Uint64()>>uint(rng.IntN(64)), addr())
		c := Consent{Agent: addr(), Owner: addr(), Deadline: rng.Uint64() >> uint(rng.IntN(64))}
		td, err := eip712.Parse(d.TypedDataJSON(&c))
		if err != nil {
			t.Fatalf("generic path refuses %s: %v", d.TypedDataJSON(&c), err)
		}
		if td.Digest() != d.Digest(&c) {
			t.Fatalf("specialised %x != generic %x", d.Digest(&c), td.Digest())
		}
		if et, _ := td.EncodeType("RegisterAgent"); et != EncodeType {
			t.Fatalf("encodeType %s", et)
		}
	}
}

func TestSign(t *testing.T) {
	b := make([]byte, 32)
	b[31] = 3
	k, _ := ethsig.PrivateKeyFromBytes(b)
	d := NewDomain(31337, ethsig.Address{1})
	c := Consent{Agent: k.Address(), Owner: ethsig.Address{2}, Deadline: 1700000000}
	sig := d.Sign(k, &c)
	if err := ethsig.Verify(k.Address(), d.Digest(&c), sig); err != nil {
		t.Fatal(err)
	}
	c.Deadline++
	if ethsig.Verify(k.Address(), d.Digest(&c), sig) == nil {
		t.Error("signature still verifies after the deadline changed")
	}
}
