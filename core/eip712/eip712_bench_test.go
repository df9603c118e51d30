package eip712

import (
	"os"
	"testing"
)

var sinkDigest [32]byte

func benchDoc(b *testing.B, name string) {
	data, err := os.ReadFile("testdata/bench-" + name + ".json")
	if err != nil {
		b.Fatal(err)
	}
	if _, err := HashJSON(data); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		td, err := Parse(data)
		if err != nil {
			b.Fatal(err)
		}
		sinkDigest = td.Digest()
	}
}

// BenchmarkParseMail hashes the EIP-712 specification's Mail example.
func BenchmarkParseMail(b *testing.B) { benchDoc(b, "mail") }

// BenchmarkParseSeaport hashes a Seaport order (nested struct arrays,
// uint256 amounts, bytes32): a larger realistic document.
func BenchmarkParseSeaport(b *testing.B) { benchDoc(b, "seaport") }
