package keccak

import (
	"bytes"
	"encoding/hex"
	"math/rand/v2"
	"testing"

	xsha3 "golang.org/x/crypto/sha3"
)

func reference(msg []byte) []byte {
	h := xsha3.NewLegacyKeccak256()
	h.Write(msg)
	return h.Sum(nil)
}

func TestKnownAnswers(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"},
		{"abc", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"},
		// keccak256("cow") is the private key of the EIP-712 Mail example.
		{"cow", "c85ef7d79691fe79573b1a7064c19c1a9819ebdbd1faaab1a8ec92344438aaf4"},
	} {
		got := Sum256([]byte(c.in))
		if hex.EncodeToString(got[:]) != c.want {
			t.Errorf("keccak256(%q) = %x, want %s", c.in, got, c.want)
		}
	}
}

func TestFastPathActive(t *testing.T) {
	if !fast {
		t.Fatal("the standard-library sponge failed its self-check; Sum256 runs on the slow fallback")
	}
}

// TestMatchesXCrypto compares every length across several blocks, split
// into random pieces, with x/crypto/sha3.
func TestMatchesXCrypto(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	msg := make([]byte, 4*rate+3)
	for i := range msg {
		msg[i] = byte(rng.Uint32())
	}
	h := NewHasher()
	for n := 0; n <= len(msg); n++ {
		m := msg[:n]
		want := reference(m)
		cut := 0
		if n > 0 {
			cut = rng.IntN(n + 1)
		}
		if got := Sum256(m[:cut], nil, m[cut:]); !bytes.Equal(got[:], want) {
			t.Fatalf("Sum256 len %d cut %d: %x, want %x", n, cut, got, want)
		}
		h.Reset()
		h.Write(m[:cut])
		h.Write(m[cut:])
		var got [Size]byte
		h.SumInto(&got)
		if !bytes.Equal(got[:], want) {
			t.Fatalf("Hasher len %d: %x, want %x", n, got, want)
		}
		hh := New()
		hh.Write(m)
		if !bytes.Equal(hh.Sum(nil), want) {
			t.Fatalf("New len %d differs", n)
		}
	}
}

// TestFallback runs the x/crypto path the self-check would select.
func TestFallback(t *testing.T) {
	fast = false
	defer func() { fast = true }()
	msg := []byte("fallback path")
	want := reference(msg)
	if got := Sum256(msg); !bytes.Equal(got[:], want) {
		t.Errorf("fallback Sum256 = %x", got)
	}
	h := NewHasher()
	h.Write(msg)
	var got [Size]byte
	h.SumInto(&got)
	if !bytes.Equal(got[:], want) {
		t.Errorf("fallback Hasher = %x", got)
	}
}

func TestSum256DoesNotAllocate(t *testing.T) {
	msg := make([]byte, 300)
	var out [Size]byte
	if n := testing.AllocsPerRun(100, func() { out = Sum256(msg) }); n != 0 {
		t.Errorf("Sum256 allocates %v times per call", n)
	}
	h := NewHasher()
	if n := testing.AllocsPerRun(100, func() { h.Reset(); h.Write(msg); h.SumInto(&out) }); n != 0 {
		t.Errorf("Hasher allocates %v times per call", n)
	}
}
