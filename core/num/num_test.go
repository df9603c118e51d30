package num

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
)

func TestUint64(t *testing.T) {
	for in, want := range map[string]uint64{
		`0`: 0, `7`: 7, `"7"`: 7, `"0x7"`: 7, `"0xff"`: 255, `"0xFF"`: 255,
		`18446744073709551615`: 1<<64 - 1, `"0xffffffffffffffff"`: 1<<64 - 1,
	} {
		var u Uint64
		if err := json.Unmarshal([]byte(in), &u); err != nil || uint64(u) != want {
			t.Errorf("%s: %d, %v", in, u, err)
		}
	}
	for in, kind := range map[string]errs.Kind{
		`18446744073709551616`: errs.IntegerOutOfRange, `"0x10000000000000000"`: errs.IntegerOutOfRange,
		`-1`: errs.InvalidInteger, `"-1"`: errs.InvalidInteger, `1.5`: errs.InvalidInteger, `1e3`: errs.InvalidInteger,
		`""`: errs.InvalidInteger, `"0x"`: errs.InvalidInteger, `"0x-1"`: errs.InvalidInteger, `"0x+1"`: errs.InvalidInteger,
		`"0x_1"`: errs.InvalidInteger, `"+1"`: errs.InvalidInteger, `"1_000"`: errs.InvalidInteger, `" 1"`: errs.InvalidInteger,
		`"` + strings.Repeat("0", 81) + `"`: errs.InvalidInteger,
	} {
		var u Uint64
		if err := u.UnmarshalJSON([]byte(in)); errs.KindOf(err) != kind {
			t.Errorf("%s: %v, want %s", in, err, kind)
		}
	}
	b, _ := json.Marshal(Uint64(1<<64 - 1))
	if string(b) != `"18446744073709551615"` {
		t.Errorf("Marshal = %s", b)
	}
}

func TestUint256(t *testing.T) {
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, in := range []string{`"` + max.String() + `"`, `"0x` + max.Text(16) + `"`, max.String()} {
		var u Uint256
		if err := json.Unmarshal([]byte(in), &u); err != nil || u.Cmp(max) != 0 {
			t.Errorf("2^256-1 as %.12s…: %v", in, err)
		}
	}
	over := new(big.Int).Add(max, big.NewInt(1))
	var u Uint256
	if err := u.UnmarshalJSON([]byte(`"` + over.String() + `"`)); errs.KindOf(err) != errs.IntegerOutOfRange {
		t.Errorf("2^256: %v", err)
	}
	if err := u.UnmarshalJSON([]byte(`-1`)); errs.KindOf(err) != errs.InvalidInteger {
		t.Errorf("-1: %v", err)
	}
	b, _ := json.Marshal(NewUint256(big.NewInt(42)))
	if string(b) != `"42"` {
		t.Errorf("Marshal = %s", b)
	}
	if x, err := ParseUint256("0x2a"); err != nil || x.Int64() != 42 {
		t.Errorf("ParseUint256: %v", err)
	}
	if _, err := ParseUint256(over.String()); errs.KindOf(err) != errs.IntegerOutOfRange {
		t.Errorf("ParseUint256(2^256): %v", err)
	}
	if _, err := ParseUint256("4.2"); errs.KindOf(err) != errs.InvalidInteger {
		t.Errorf("ParseUint256(4.2): %v", err)
	}
	// NewUint256 copies.
	x := big.NewInt(1)
	y := NewUint256(x)
	x.SetInt64(2)
	if y.Int64() != 1 {
		t.Error("NewUint256 aliases its argument")
	}
}
