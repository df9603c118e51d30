package store

import (
	"bytes"
	"math/big"
	"math/rand"
	"testing"
)

// appendChannel must write the very bytes json.Marshal writes, so records
// written before and after it decode alike.
func TestAppendChannelIsJSONMarshal(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	amount := func() *big.Int {
		switch r.Intn(8) {
		case 0:
			return nil
		case 1:
			return new(big.Int)
		default:
			b := make([]byte, 1+r.Intn(32))
			r.Read(b)
			return new(big.Int).SetBytes(b)
		}
	}
	for i := 0; i < 2000; i++ {
		c := ChannelState{Accepted: amount(), Claimed: amount(), Closed: r.Intn(3) == 0}
		r.Read(c.ID[:])
		if r.Intn(4) != 0 {
			r.Read(c.Sender[:])
		}
		if r.Intn(4) != 0 {
			r.Read(c.Signature[:])
			c.Signature[32] &= 0x7f // low s
			c.Signature[64] = 27 + byte(r.Intn(2))
		}
		got, _ := encodeChannel(&c)
		want, err := encodeChannelJSON(&c)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("appendChannel = %s\njson.Marshal  = %s (%v)", got, want, err)
		}
		back, err := decodeChannel(c.ID[:], got)
		if err != nil || back.Sender != c.Sender || back.Signature != c.Signature || back.Closed != c.Closed ||
			back.Accepted.Cmp(orZero(c.Accepted)) != 0 || back.Claimed.Cmp(orZero(c.Claimed)) != 0 {
			t.Fatalf("round trip of %+v: %+v, %v", c, back, err)
		}
	}
}

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

func BenchmarkEncodeChannel(b *testing.B) {
	c := ChannelState{Sender: [20]byte{1, 2, 3}, Accepted: big.NewInt(123456789000), Claimed: new(big.Int), Signature: [65]byte{9}}
	b.ReportAllocs()
	for b.Loop() {
		encodeChannel(&c)
	}
}
