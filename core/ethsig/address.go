package ethsig

import (
	"encoding/hex"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// AddressLength is the size of an address in bytes.
const AddressLength = 20

// Address is a 20-byte Ethereum account address.
type Address [AddressLength]byte

// String returns the EIP-55 checksummed form, 0x-prefixed.
func (a Address) String() string {
	var buf [2 + 2*AddressLength]byte
	a.appendChecksummed(buf[:0])
	return string(buf[:])
}

// Hex is String.
func (a Address) Hex() string { return a.String() }

// AppendChecksummed appends the EIP-55 form of a to dst.
func (a Address) appendChecksummed(dst []byte) []byte {
	var lower [2 * AddressLength]byte
	hex.Encode(lower[:], a[:])
	h := keccak.Sum256(lower[:])
	dst = append(dst, '0', 'x')
	for i, c := range lower {
		if c >= 'a' {
			nibble := h[i/2]
			if i%2 == 0 {
				nibble >>= 4
			}
			if nibble&0xf >= 8 {
				c -= 'a' - 'A'
			}
		}
		dst = append(dst, c)
	}
	return dst
}

// IsZero reports whether a is the zero address.
func (a Address) IsZero() bool { return a == Address{} }

// MarshalText encodes the checksummed form.
func (a Address) MarshalText() ([]byte, error) {
	return a.appendChecksummed(make([]byte, 0, 42)), nil
}

// UnmarshalText parses with ParseAddress.
func (a *Address) UnmarshalText(b []byte) error {
	p, err := ParseAddress(string(b))
	if err != nil {
		return err
	}
	*a = p
	return nil
}

// ParseAddress parses a 0x-prefixed 40-digit hex address. All-lower and
// all-upper digits are accepted as they are; mixed case must be a valid
// EIP-55 checksum.
func ParseAddress(s string) (Address, error) {
	var a Address
	if len(s) != 42 || s[0] != '0' || s[1] != 'x' {
		return a, errs.New(errs.InvalidAddress, "address must be 0x followed by 40 hex digits, got %d characters", len(s))
	}
	body := s[2:]
	if _, err := hex.Decode(a[:], []byte(body)); err != nil {
		return Address{}, errs.New(errs.InvalidAddress, "address has a non-hex digit")
	}
	hasLower, hasUpper := false, false
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case c >= 'a' && c <= 'f':
			hasLower = true
		case c >= 'A' && c <= 'F':
			hasUpper = true
		}
	}
	if hasLower && hasUpper && a.String()[2:] != body {
		return Address{}, errs.New(errs.BadChecksum, "address %s fails its EIP-55 checksum (expected %s)", s, a.String())
	}
	return a, nil
}

// AddressFromBytes returns the address in b, which must be 20 bytes.
func AddressFromBytes(b []byte) (Address, error) {
	var a Address
	if len(b) != AddressLength {
		return a, errs.New(errs.InvalidAddress, "address must be 20 bytes, got %d", len(b))
	}
	copy(a[:], b)
	return a, nil
}
