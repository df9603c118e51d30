package registration

import (
	"testing"

	"github.com/agentmailroom/mailroom/core/ethsig"
)

var sink32 [32]byte

func BenchmarkRegistrationDigest(b *testing.B) {
	d := NewDomain(31337, ethsig.Address{1})
	c := Consent{Agent: ethsig.Address{2}, Owner: ethsig.Address{3}, Deadline: 1700000000}
	b.ReportAllocs()
	for b.Loop() {
		sink32 = d.Digest(&c)
	}
}

func BenchmarkActivateDigest(b *testing.B) {
	d := NewDomain(31337, ethsig.Address{1})
	c := ActivateConsent{Agent: ethsig.Address{2}, Nonce: 3, Deadline: 1700000000}
	b.ReportAllocs()
	for b.Loop() {
		sink32 = d.ActivateDigest(&c)
	}
}

func BenchmarkTransferDigest(b *testing.B) {
	d := NewDomain(31337, ethsig.Address{1})
	c := TransferConsent{Agent: ethsig.Address{2}, NewOwner: ethsig.Address{4}, Nonce: 3, Deadline: 1700000000}
	b.ReportAllocs()
	for b.Loop() {
		sink32 = d.TransferDigest(&c)
	}
}
