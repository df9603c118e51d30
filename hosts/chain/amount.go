package chain

import (
	"math/big"
	"strings"

	"github.com/agentmailroom/mailroom/core/errs"
)

var units = []struct {
	name     string
	decimals int
}{
	{"ether", 18}, {"eth", 18}, {"gwei", 9}, {"wei", 0},
}

// maxUint256 is 2^256 - 1.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// ParseAmount parses an amount of wei: a plain integer is wei; a decimal
// followed by a unit (ether, eth, gwei, wei; case-insensitive, optional
// space) is scaled, and must come to a whole number of wei. Negative
// amounts, exponents and values above 2^256-1 are refused.
func ParseAmount(s string) (*big.Int, error) {
	in := strings.ToLower(strings.TrimSpace(s))
	if in == "" {
		return nil, errs.New(errs.InvalidInput, "empty amount")
	}
	decimals := 0
	for _, u := range units {
		if strings.HasSuffix(in, u.name) {
			in = strings.TrimSpace(strings.TrimSuffix(in, u.name))
			decimals = u.decimals
			break
		}
	}
	return scaled(s, in, decimals, "wei", "an integer of wei or a decimal with a unit (ether, gwei, wei)")
}

// ParseUnits parses an amount of a token whose unit is symbol with decimals
// places: a plain integer is base units; a decimal followed by the symbol
// (case-insensitive, optional space: "0.25 tUSDC") is scaled, and must come
// to a whole number of base units. Negative amounts, exponents and values
// above 2^256-1 are refused.
func ParseUnits(s, symbol string, decimals uint8) (*big.Int, error) {
	in := strings.TrimSpace(s)
	if in == "" {
		return nil, errs.New(errs.InvalidInput, "empty amount")
	}
	d := 0
	if symbol != "" && len(in) >= len(symbol) && strings.EqualFold(in[len(in)-len(symbol):], symbol) {
		in, d = strings.TrimSpace(in[:len(in)-len(symbol)]), int(decimals)
	}
	return scaled(s, in, d, "base units of "+symbol, "an integer of base units or a decimal followed by "+symbol)
}

// scaled is in (digits, one optional dot) times 10^decimals, a whole number
// within uint256; s is the amount as given, for errors.
func scaled(s, in string, decimals int, base, want string) (*big.Int, error) {
	whole, frac, hasDot := strings.Cut(in, ".")
	if whole == "" && (!hasDot || frac == "") {
		return nil, errs.New(errs.InvalidInput, "amount %q has no digits", s)
	}
	if !digits(whole) || !digits(frac) {
		return nil, errs.New(errs.InvalidInput, "amount %q: want %s", s, want)
	}
	frac = strings.TrimRight(frac, "0")
	if len(frac) > decimals {
		return nil, errs.New(errs.InvalidInput, "amount %q is not a whole number of %s", s, base)
	}
	v, ok := new(big.Int).SetString(whole+frac+strings.Repeat("0", decimals-len(frac)), 10)
	if !ok {
		return nil, errs.New(errs.InvalidInput, "amount %q is not a number", s)
	}
	if v.Cmp(maxUint256) > 0 {
		return nil, errs.New(errs.IntegerOutOfRange, "amount %q exceeds 2^256-1 %s", s, base)
	}
	return v, nil
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// FormatEther formats wei as a decimal number of ether without trailing zeros ("0.05").
func FormatEther(wei *big.Int) string {
	if wei == nil {
		return "0"
	}
	neg := wei.Sign() < 0
	s := new(big.Int).Abs(wei).String()
	if len(s) <= 18 {
		s = strings.Repeat("0", 19-len(s)) + s
	}
	whole, frac := s[:len(s)-18], strings.TrimRight(s[len(s)-18:], "0")
	out := whole
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// FormatWei formats wei as "<wei> wei (<ether> ether)".
func FormatWei(wei *big.Int) string {
	if wei == nil {
		wei = new(big.Int)
	}
	return wei.String() + " wei (" + FormatEther(wei) + " ether)"
}
