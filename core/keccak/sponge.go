package keccak

import (
	"bytes"
	"crypto/sha3"

	xsha3 "golang.org/x/crypto/sha3"
)

// rate is the sponge rate of Keccak-256, and of SHA3-256, in bytes.
const rate = 136

// sponge is Keccak-256 run on the standard library's SHA3-256 state.
//
// SHA3-256 and Keccak-256 share the rate and the permutation (which the
// standard library implements in assembly on amd64, arm64 and s390x) and
// differ only in the padding byte. The sponge never lets the library pad:
// sum appends Keccak's own padding (0x01 … 0x80), so the input fills whole
// blocks and the library permutes after the last one, then reads the first
// 32 bytes of the permuted state from the library's marshalled form
// (AppendBinary, into a stack buffer). A self-check at init compares the
// result with x/crypto/sha3 and, if the marshalled layout ever changes,
// every caller falls back to x/crypto/sha3.
type sponge struct {
	h sha3.SHA3 // the zero value is a fresh SHA3-256 state
	n int       // bytes absorbed modulo rate
}

func (s *sponge) write(p []byte) {
	s.h.Write(p)
	s.n = (s.n + len(p)) % rate
}

// Layout of crypto/sha3's marshalled state:
// magic (4) ‖ rate (1) ‖ state (200) ‖ n (1) ‖ direction (1).
const (
	stateOffset   = 5
	marshalledLen = 4 + 1 + 200 + 1 + 1
)

// sum pads, permutes and writes the digest. The sponge is spent afterwards.
func (s *sponge) sum(out *[Size]byte) {
	var pad [rate]byte
	k := rate - s.n // 1..rate bytes of padding
	pad[0] = 0x01
	pad[k-1] |= 0x80
	s.h.Write(pad[:k])
	var buf [marshalledLen]byte
	b, err := s.h.AppendBinary(buf[:0])
	if err != nil || len(b) != marshalledLen || b[4] != rate || b[stateOffset+200] != 0 {
		clear(out[:]) // unreachable once the self-check passed
		return
	}
	copy(out[:], b[stateOffset:stateOffset+Size])
}

// fast reports whether the standard-library sponge passed its self-check.
var fast = selfCheck()

// selfCheck compares the sponge with x/crypto/sha3 around the block
// boundaries and on the empty input.
func selfCheck() (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	for _, n := range []int{0, 1, 31, 32, 134, 135, 136, 137, 271, 272, 273, 1000} {
		msg := bytes.Repeat([]byte{0xa5}, n)
		var s sponge
		s.write(msg[:n/2])
		s.write(msg[n/2:])
		var got [Size]byte
		s.sum(&got)
		ref := xsha3.NewLegacyKeccak256()
		ref.Write(msg)
		if !bytes.Equal(got[:], ref.Sum(nil)) {
			return false
		}
	}
	return true
}
