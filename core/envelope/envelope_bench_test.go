package envelope

import (
	"encoding/json"
	"testing"
)

var (
	sink32  [32]byte
	sinkErr error
)

func BenchmarkEnvelopeDigest(b *testing.B) {
	s := sampleSigned(b)
	d := s.Domain()
	b.ReportAllocs()
	for b.Loop() {
		sink32 = d.Digest(&s.Request)
	}
}

func BenchmarkEnvelopeVerify(b *testing.B) {
	s := sampleSigned(b)
	d := s.Domain()
	b.ReportAllocs()
	for b.Loop() {
		sinkErr = d.Verify(&s.Request, s.Signature)
	}
	if sinkErr != nil {
		b.Fatal(sinkErr)
	}
}

func BenchmarkEnvelopeDecode(b *testing.B) {
	wire, _ := json.Marshal(sampleSigned(b))
	b.ReportAllocs()
	for b.Loop() {
		_, sinkErr = Decode(wire)
	}
	if sinkErr != nil {
		b.Fatal(sinkErr)
	}
}
