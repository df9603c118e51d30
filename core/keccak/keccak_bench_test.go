package keccak

import (
	"strconv"
	"testing"
)

var sink [Size]byte

func BenchmarkSum256(b *testing.B) {
	for _, n := range []int{32, 66, 192, 1024} {
		msg := make([]byte, n)
		b.Run("size="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(n))
			for b.Loop() {
				sink = Sum256(msg)
			}
		})
	}
}

func BenchmarkHasher(b *testing.B) {
	msg := make([]byte, 192)
	h := NewHasher()
	b.ReportAllocs()
	for b.Loop() {
		h.Reset()
		h.Write(msg)
		h.SumInto(&sink)
	}
}
