package num

import (
	"math/big"
	"strconv"

	"github.com/agentmailroom/mailroom/core/errs"
)

// Uint64 is a uint64 in JSON.
type Uint64 uint64

// MarshalJSON emits a decimal string.
func (u Uint64) MarshalJSON() ([]byte, error) {
	return []byte(`"` + strconv.FormatUint(uint64(u), 10) + `"`), nil
}

// UnmarshalJSON accepts a JSON integer, a decimal string or a 0x-hex string.
func (u *Uint64) UnmarshalJSON(b []byte) error {
	x, err := parse(b)
	if err != nil {
		return err
	}
	if !x.IsUint64() {
		return errs.New(errs.IntegerOutOfRange, "%s does not fit in 64 bits", x)
	}
	*u = Uint64(x.Uint64())
	return nil
}

// Uint256 is a non-negative integer below 2^256 in JSON (wei amounts).
type Uint256 struct{ big.Int }

// NewUint256 wraps x.
func NewUint256(x *big.Int) *Uint256 {
	u := new(Uint256)
	u.Set(x)
	return u
}

// MarshalJSON emits a decimal string.
func (u Uint256) MarshalJSON() ([]byte, error) { return []byte(`"` + u.String() + `"`), nil }

// UnmarshalJSON accepts a JSON integer, a decimal string or a 0x-hex string.
func (u *Uint256) UnmarshalJSON(b []byte) error {
	x, err := parse(b)
	if err != nil {
		return err
	}
	if x.BitLen() > 256 {
		return errs.New(errs.IntegerOutOfRange, "%s does not fit in 256 bits", x)
	}
	u.Set(x)
	return nil
}

// ParseUint256 parses a decimal or 0x-hex string into [0, 2^256).
func ParseUint256(s string) (*big.Int, error) {
	x, err := parseText(s)
	if err != nil {
		return nil, err
	}
	if x.BitLen() > 256 {
		return nil, errs.New(errs.IntegerOutOfRange, "%s does not fit in 256 bits", s)
	}
	return x, nil
}

func parse(b []byte) (*big.Int, error) {
	s := string(b)
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		s = s[1 : len(s)-1]
	}
	return parseText(s)
}

func parseText(s string) (*big.Int, error) {
	x := new(big.Int)
	ok := false
	switch {
	case len(s) > 2 && s[0] == '0' && s[1] == 'x':
		_, ok = x.SetString(s[2:], 16)
		ok = ok && s[2] != '-' && s[2] != '+' && s[2] != '_'
	case len(s) > 0 && s[0] >= '0' && s[0] <= '9':
		_, ok = x.SetString(s, 10)
	}
	if !ok || len(s) > 80 {
		return nil, errs.New(errs.InvalidInteger, "%q is not a non-negative integer", trunc(s))
	}
	return x, nil
}

func trunc(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}
