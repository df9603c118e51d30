package keccak

import (
	"hash"

	xsha3 "golang.org/x/crypto/sha3"
)

// Size is the digest size in bytes.
const Size = 32

// Sum256 returns keccak256 of the concatenation of data. It does not
// allocate.
func Sum256(data ...[]byte) [Size]byte {
	var out [Size]byte
	if !fast {
		h := xsha3.NewLegacyKeccak256()
		for _, d := range data {
			h.Write(d)
		}
		h.Sum(out[:0])
		return out
	}
	var s sponge
	for _, d := range data {
		s.write(d)
	}
	s.sum(&out)
	return out
}

// New returns a new Keccak-256 hash.Hash.
func New() hash.Hash { return xsha3.NewLegacyKeccak256() }

// Hasher is a reusable Keccak-256 state for hot paths: Write, SumInto,
// then Reset before the next message. The zero value is ready to use, and
// nothing it does allocates (except on the fallback path, see sponge).
type Hasher struct {
	s   sponge
	buf []byte // fallback only: the message, hashed by Sum256 at SumInto
}

// NewHasher returns a ready Hasher.
func NewHasher() *Hasher { return new(Hasher) }

// Reset clears the state.
func (k *Hasher) Reset() {
	k.s = sponge{}
	k.buf = k.buf[:0]
}

// Write absorbs p.
func (k *Hasher) Write(p []byte) {
	if !fast {
		k.buf = append(k.buf, p...)
		return
	}
	k.s.write(p)
}

// SumInto writes the digest of everything written since Reset into dst.
func (k *Hasher) SumInto(dst *[Size]byte) {
	if !fast {
		*dst = Sum256(k.buf)
		return
	}
	k.s.sum(dst)
}

// WriteString absorbs s without converting it to a byte slice on the heap.
func (k *Hasher) WriteString(s string) {
	var chunk [rate]byte
	for len(s) > 0 {
		n := copy(chunk[:], s)
		k.Write(chunk[:n])
		s = s[n:]
	}
}
