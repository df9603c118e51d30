// Package der parses ECDSA signatures in strict DER (X.690 §10 as BIP-66
// applies it): SEQUENCE { INTEGER r, INTEGER s } with short-form lengths,
// minimal positive integers of at most 32 value bytes and no trailing data.
// Range checks on r and s (0 < r,s < n) are left to the signature rules.
package der

import "errors"

// ErrInvalid is returned for every encoding that is not strict DER.
var ErrInvalid = errors.New("der: not a strict DER ECDSA signature")

// Parse returns r‖s as 64 bytes.
func Parse(b []byte) ([]byte, error) {
	if len(b) < 8 || b[0] != 0x30 || b[1] >= 0x80 || int(b[1]) != len(b)-2 {
		return nil, ErrInvalid
	}
	out := make([]byte, 64)
	rest := b[2:]
	for i := 0; i < 2; i++ {
		var v []byte
		var err error
		v, rest, err = integer(rest)
		if err != nil {
			return nil, err
		}
		copy(out[i*32+32-len(v):], v)
	}
	if len(rest) != 0 {
		return nil, ErrInvalid
	}
	return out, nil
}

// integer reads one minimal non-negative INTEGER and returns its value bytes
// without the sign-padding zero.
func integer(b []byte) (v, rest []byte, err error) {
	if len(b) < 3 || b[0] != 0x02 || b[1] >= 0x80 {
		return nil, nil, ErrInvalid
	}
	n := int(b[1])
	if n == 0 || len(b) < 2+n {
		return nil, nil, ErrInvalid
	}
	v, rest = b[2:2+n], b[2+n:]
	if v[0]&0x80 != 0 { // negative
		return nil, nil, ErrInvalid
	}
	if v[0] == 0 {
		if len(v) == 1 { // zero is minimal, value 0
			return v, rest, nil
		}
		if v[1]&0x80 == 0 { // padding zero not needed
			return nil, nil, ErrInvalid
		}
		v = v[1:]
	}
	if len(v) > 32 {
		return nil, nil, ErrInvalid
	}
	return v, rest, nil
}
