package receipt

import (
	"testing"

	"github.com/agentmailroom/mailroom/core/envelope"
)

var sink32 [32]byte

func BenchmarkReceiptDigest(b *testing.B) {
	s := sampleSigned(b)
	d := envelope.NewDomain(31337, key(b, 9).Address())
	b.ReportAllocs()
	for b.Loop() {
		sink32, _ = Digest(d, &s.Receipt)
	}
}
