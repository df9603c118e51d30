package keccak

import (
	"hash"

	"golang.org/x/crypto/sha3"
)

// Size is the digest size in bytes.
const Size = 32

// Sum256 returns keccak256 of the concatenation of data.
func Sum256(data ...[]byte) [Size]byte {
	var out [Size]byte
	h := sha3.NewLegacyKeccak256()
	for _, d := range data {
		h.Write(d)
	}
	h.Sum(out[:0])
	return out
}

// New returns a new Keccak-256 hash.Hash.
func New() hash.Hash { return sha3.NewLegacyKeccak256() }

// Hasher is a reusable Keccak-256 state for hot paths: Reset, Write, then
// SumInto writes the digest without allocating.
type Hasher struct{ h hash.Hash }

// NewHasher returns a ready Hasher.
func NewHasher() *Hasher { return &Hasher{h: sha3.NewLegacyKeccak256()} }

// Reset clears the state.
func (k *Hasher) Reset() { k.h.Reset() }

// Write absorbs p.
func (k *Hasher) Write(p []byte) { k.h.Write(p) }

// SumInto writes the digest of everything written since Reset into dst.
func (k *Hasher) SumInto(dst *[Size]byte) { k.h.Sum(dst[:0]) }
