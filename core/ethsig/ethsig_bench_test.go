package ethsig

import "testing"

var (
	sinkSig  Signature
	sinkAddr Address
	sinkErr  error
)

func BenchmarkSign(b *testing.B) {
	k, _ := ParsePrivateKey(cowKey)
	d := digestOf(mailHash)
	b.ReportAllocs()
	for b.Loop() {
		sinkSig = k.Sign(d)
	}
}

func BenchmarkRecover(b *testing.B) {
	k, _ := ParsePrivateKey(cowKey)
	d := digestOf(mailHash)
	sig := k.Sign(d)
	b.ReportAllocs()
	for b.Loop() {
		sinkAddr, sinkErr = Recover(d, sig)
	}
}

func BenchmarkSignatureFromBytes(b *testing.B) {
	k, _ := ParsePrivateKey(cowKey)
	sig := k.Sign(digestOf(mailHash))
	raw := sig[:]
	b.ReportAllocs()
	for b.Loop() {
		sinkSig, sinkErr = SignatureFromBytes(raw)
	}
}

func BenchmarkParseAddress(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkAddr, sinkErr = ParseAddress(cowAddr)
	}
}
