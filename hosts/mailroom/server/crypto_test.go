package server

import (
	"testing"

	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
)

func TestFastSignerEqualsCore(t *testing.T) {
	k, _ := ethsig.ParsePrivateKey("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	fs, err := FastSigner(k)
	if err != nil {
		t.Fatal(err)
	}
	rec := NativeRecover()
	for i := 0; i < 50; i++ {
		d := keccak.Sum256([]byte{byte(i)})
		got, err := fs(d)
		if err != nil {
			t.Fatal(err)
		}
		if want := k.Sign(d); got != want {
			t.Fatalf("digest %d: fast %s, core %s", i, got, want)
		}
		if a, err := rec(d, got); err != nil || a != k.Address() {
			t.Fatalf("recover %v %v", a, err)
		}
	}
}

func BenchmarkFastSign(b *testing.B) {
	k, _ := ethsig.ParsePrivateKey("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	fs, _ := FastSigner(k)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		fs([32]byte{byte(i), 1})
	}
}
