package eip712_test

import (
	"math/big"
	"testing"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/voucher"
)

var sinkGeneric [32]byte

// The generic path (a declaration over boxed field values), beside the
// packages' fast paths (BenchmarkEnvelopeDigest, BenchmarkVoucherDigest):
// what the fast paths save.
func BenchmarkGenericDigest(b *testing.B) {
	b.Run("msg=AgentRequest", func(b *testing.B) {
		d := envelope.NewDomain(31337, ethsig.Address{1})
		r := envelope.Request{Sender: ethsig.Address{2}, Recipient: ethsig.Address{3}, PayloadHash: [32]byte{4}, Timestamp: 1700000000, Nonce: 7}
		b.ReportAllocs()
		for b.Loop() {
			sinkGeneric, _ = envelope.Type.Digest(&d.Domain, r.Values()...)
		}
	})
	b.Run("msg=Voucher", func(b *testing.B) {
		d := voucher.NewDomain(31337, ethsig.Address{1})
		v := voucher.Voucher{ChannelID: [32]byte{1, 2, 3}, CumulativeAmount: big.NewInt(1_500_000_000_000_000)}
		b.ReportAllocs()
		for b.Loop() {
			sinkGeneric, _ = voucher.Type.Digest(&d.Domain, v.Values()...)
		}
	})
}
