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

// TestConsentDigestsEqualGeneric: the specialised ActivateAgent and
// TransferAgent digests equal the generic eip712 path.
func TestConsentDigestsEqualGeneric(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	addr := func() (a ethsig.Address) {
		for i := range a {
			a[i] = byte(rng.Uint32())
		}
		return a
	}
	u64 := func() uint64 { return rng.Uint64() >> uint(rng.IntN(64)) }
	for i := 0; i < 500; i++ {
		d := NewDomain(u64(), addr())
		a := ActivateConsent{Agent: addr(), Nonce: u64(), Deadline: u64()}
		td, err := eip712.Parse(d.ActivateTypedDataJSON(&a))
		if err != nil {
			t.Fatalf("generic path refuses %s: %v", d.ActivateTypedDataJSON(&a), err)
		}
		if td.Digest() != d.ActivateDigest(&a) {
			t.Fatalf("activate: specialised %x != generic %x", d.ActivateDigest(&a), td.Digest())
		}
		if et, _ := td.EncodeType("ActivateAgent"); et != ActivateEncodeType {
			t.Fatalf("encodeType %s", et)
		}
		tr := TransferConsent{Agent: addr(), NewOwner: addr(), Nonce: u64(), Deadline: u64()}
		td, err = eip712.Parse(d.TransferTypedDataJSON(&tr))
		if err != nil {
			t.Fatalf("generic path refuses %s: %v", d.TransferTypedDataJSON(&tr), err)
		}
		if td.Digest() != d.TransferDigest(&tr) {
			t.Fatalf("transfer: specialised %x != generic %x", d.TransferDigest(&tr), td.Digest())
		}
		if et, _ := td.EncodeType("TransferAgent"); et != TransferEncodeType {
			t.Fatalf("encodeType %s", et)
		}
	}
}

func TestSignActivateTransfer(t *testing.T) {
	b := make([]byte, 32)
	b[31] = 5
	k, _ := ethsig.PrivateKeyFromBytes(b)
	d := NewDomain(31337, ethsig.Address{1})
	a := ActivateConsent{Agent: k.Address(), Nonce: 2, Deadline: 1700000000}
	sig := d.SignActivate(k, &a)
	if err := ethsig.Verify(k.Address(), d.ActivateDigest(&a), sig); err != nil {
		t.Fatal(err)
	}
	a.Nonce++
	if ethsig.Verify(k.Address(), d.ActivateDigest(&a), sig) == nil {
		t.Error("activate signature still verifies after the nonce changed")
	}
	tr := TransferConsent{Agent: k.Address(), NewOwner: ethsig.Address{2}, Nonce: 2, Deadline: 1700000000}
	sig = d.SignTransfer(k, &tr)
	if err := ethsig.Verify(k.Address(), d.TransferDigest(&tr), sig); err != nil {
		t.Fatal(err)
	}
	for _, mutate := range []func(*TransferConsent){
		func(c *TransferConsent) { c.NewOwner[0] ^= 1 },
		func(c *TransferConsent) { c.Nonce++ },
		func(c *TransferConsent) { c.Deadline++ },
	} {
		c := tr
		mutate(&c)
		if ethsig.Verify(k.Address(), d.TransferDigest(&c), sig) == nil {
			t.Errorf("transfer signature verifies for %+v", c)
		}
	}
	// The three consents never share a digest.
	if d.ActivateDigest(&ActivateConsent{Agent: k.Address()}) == d.TransferDigest(&TransferConsent{Agent: k.Address()}) {
		t.Error("activate and transfer digests collide")
	}
}
