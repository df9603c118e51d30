package hexutil

import (
	"bytes"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
)

func TestEncodeDecode(t *testing.T) {
	for _, b := range [][]byte{{}, {0}, {0xde, 0xad, 0xbe, 0xef}, bytes.Repeat([]byte{0xab}, 65)} {
		s := Encode(b)
		if !strings.HasPrefix(s, "0x") || s != strings.ToLower(s) || len(s) != 2+2*len(b) {
			t.Errorf("Encode(%x) = %s", b, s)
		}
		got, err := Decode(s)
		if err != nil || !bytes.Equal(got, b) {
			t.Errorf("Decode(%s) = %x, %v", s, got, err)
		}
	}
	if b, err := Decode("0xDEADbeef"); err != nil || !bytes.Equal(b, []byte{0xde, 0xad, 0xbe, 0xef}) {
		t.Errorf("mixed case: %x, %v", b, err)
	}
	if b, err := Decode("0x"); err != nil || len(b) != 0 {
		t.Errorf("0x: %x, %v", b, err)
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, s := range []string{"", "0", "x0", "0X00", "00", "0x0", "0x0g", "0x 0", "0x-1", "0xzz", " 0x00", "0x00 "} {
		if _, err := Decode(s); errs.KindOf(err) != errs.InvalidHex {
			t.Errorf("Decode(%q) = %v, want invalid_hex", s, err)
		}
	}
	long := "x" + strings.Repeat("a", 1000)
	_, err := Decode(long)
	if err == nil || len(err.Error()) > 120 {
		t.Errorf("hostile input is echoed in full: %d bytes", len(err.Error()))
	}
}

func TestDecodeOptional0xAndFixed(t *testing.T) {
	for _, s := range []string{"0xabcd", "abcd"} {
		if b, err := DecodeOptional0x(s); err != nil || !bytes.Equal(b, []byte{0xab, 0xcd}) {
			t.Errorf("DecodeOptional0x(%s) = %x, %v", s, b, err)
		}
	}
	if _, err := DecodeOptional0x("abc"); errs.KindOf(err) != errs.InvalidHex {
		t.Errorf("odd: %v", err)
	}
	if b, err := DecodeFixed("0x"+strings.Repeat("00", 32), 32); err != nil || len(b) != 32 {
		t.Errorf("DecodeFixed 32: %v", err)
	}
	for _, s := range []string{"0x" + strings.Repeat("00", 31), "0x" + strings.Repeat("00", 33), strings.Repeat("00", 32)} {
		if _, err := DecodeFixed(s, 32); errs.KindOf(err) != errs.InvalidHex {
			t.Errorf("DecodeFixed(%d chars) = %v", len(s), err)
		}
	}
	if !Has0x("0x") || Has0x("0X") || Has0x("0") {
		t.Error("Has0x")
	}
}
