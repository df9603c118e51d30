package voucher

import "testing"

var (
	sink32  [32]byte
	sinkErr error
)

func BenchmarkVoucherDigest(b *testing.B) {
	s := sampleSigned(b)
	d := NewDomain(31337, key(b, 9).Address())
	b.ReportAllocs()
	for b.Loop() {
		sink32, sinkErr = d.Digest(&s.Voucher)
	}
}

func BenchmarkVoucherVerify(b *testing.B) {
	s := sampleSigned(b)
	d := NewDomain(31337, key(b, 9).Address())
	sender := key(b, 1).Address()
	b.ReportAllocs()
	for b.Loop() {
		sinkErr = d.Verify(&s.Voucher, s.Signature, sender)
	}
	if sinkErr != nil {
		b.Fatal(sinkErr)
	}
}
