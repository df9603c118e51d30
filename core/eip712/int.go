package eip712

import (
	"encoding/binary"
	"math/bits"

	"github.com/agentmailroom/mailroom/core/errs"
)

// u256 is a 256-bit magnitude, least significant limb first.
type u256 [4]uint64

func (x *u256) bitLen() int {
	for i := 3; i >= 0; i-- {
		if x[i] != 0 {
			return i*64 + bits.Len64(x[i])
		}
	}
	return 0
}

func (x *u256) isZero() bool { return x[0]|x[1]|x[2]|x[3] == 0 }

// mulAdd sets x = x*m + a, reporting overflow past 256 bits.
func (x *u256) mulAdd(m, a uint64) bool {
	carry := a
	for i := 0; i < 4; i++ {
		hi, lo := bits.Mul64(x[i], m)
		lo, c := bits.Add64(lo, carry, 0)
		x[i] = lo
		carry = hi + c
	}
	return carry != 0
}

// putWord writes x (negated in two's complement when neg) as a big-endian word.
func (x *u256) putWord(out []byte, neg bool) {
	v := *x
	if neg {
		var borrow uint64
		// two's complement: 0 - v
		for i := 0; i < 4; i++ {
			v[i], borrow = bits.Sub64(0, v[i], borrow)
		}
	}
	for i := 0; i < 4; i++ {
		binary.BigEndian.PutUint64(out[24-8*i:32-8*i], v[i])
	}
}

// encodeInteger parses an integer value (JSON number, decimal string or
// 0x-hex string) for uintN/intN and writes its 32-byte encoding to out.
func encodeInteger(v *jvalue, bitsN int, signed bool, out []byte) error {
	var lit string
	switch v.kind {
	case jNumber:
		lit = v.s
		for i := 0; i < len(lit); i++ {
			if c := lit[i]; c == '.' || c == 'e' || c == 'E' {
				return errs.New(errs.InvalidInteger, "number %s is not an integer literal", truncate(lit))
			}
		}
	case jString:
		lit = v.s
	default:
		return errs.New(errs.InvalidValue, "integer expected, got %s", v.kind)
	}
	var x u256
	neg := false
	s := lit
	if len(s) >= 2 && s[0] == '0' && s[1] == 'x' {
		digits := s[2:]
		if digits == "" {
			return errs.New(errs.InvalidInteger, "hex integer %q has no digits", lit)
		}
		for i := 0; i < len(digits); i++ {
			d, ok := hexDigit(digits[i])
			if !ok {
				return errs.New(errs.InvalidInteger, "invalid hex integer %q", truncate(lit))
			}
			if x.mulAdd(16, uint64(d)) {
				return errs.New(errs.IntegerOutOfRange, "integer %s does not fit in 256 bits", truncate(lit))
			}
		}
	} else {
		if len(s) > 0 && s[0] == '-' {
			neg, s = true, s[1:]
		}
		if s == "" {
			return errs.New(errs.InvalidInteger, "empty integer")
		}
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return errs.New(errs.InvalidInteger, "invalid decimal integer %q", truncate(lit))
			}
			if x.mulAdd(10, uint64(c-'0')) {
				return errs.New(errs.IntegerOutOfRange, "integer %s does not fit in 256 bits", truncate(lit))
			}
		}
	}
	if neg && x.isZero() {
		neg = false
	}
	bl := x.bitLen()
	switch {
	case !signed && neg:
		return errs.New(errs.IntegerOutOfRange, "uint%d cannot be negative: %s", bitsN, truncate(lit))
	case !signed && bl > bitsN:
		return errs.New(errs.IntegerOutOfRange, "%s overflows uint%d", truncate(lit), bitsN)
	case signed && !neg && bl > bitsN-1:
		return errs.New(errs.IntegerOutOfRange, "%s overflows int%d", truncate(lit), bitsN)
	case signed && neg:
		// |v| <= 2^(bits-1)  <=>  bitLen(|v|-1) <= bits-1
		m := x
		var borrow uint64
		m[0], borrow = bits.Sub64(m[0], 1, 0)
		for i := 1; i < 4; i++ {
			m[i], borrow = bits.Sub64(m[i], 0, borrow)
		}
		if m.bitLen() > bitsN-1 {
			return errs.New(errs.IntegerOutOfRange, "%s underflows int%d", truncate(lit), bitsN)
		}
	}
	x.putWord(out, neg)
	return nil
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
