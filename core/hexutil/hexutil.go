package hexutil

import (
	"encoding/hex"

	"github.com/agentmailroom/mailroom/core/errs"
)

// Encode returns b as lower-case hex with a 0x prefix.
func Encode(b []byte) string {
	out := make([]byte, 2+2*len(b))
	out[0], out[1] = '0', 'x'
	hex.Encode(out[2:], b)
	return string(out)
}

// Has0x reports whether s starts with "0x" (lower-case x only).
func Has0x(s string) bool { return len(s) >= 2 && s[0] == '0' && s[1] == 'x' }

// Decode decodes 0x-prefixed hex of even length; "0x" alone is empty.
func Decode(s string) ([]byte, error) {
	if !Has0x(s) {
		return nil, errs.New(errs.InvalidHex, "hex string %s lacks the 0x prefix", quote(s))
	}
	return decodeBody(s[2:])
}

// DecodeOptional0x decodes hex with or without the 0x prefix.
func DecodeOptional0x(s string) ([]byte, error) {
	if Has0x(s) {
		s = s[2:]
	}
	return decodeBody(s)
}

// DecodeFixed decodes 0x-prefixed hex that must be exactly n bytes.
func DecodeFixed(s string, n int) ([]byte, error) {
	b, err := Decode(s)
	if err != nil {
		return nil, err
	}
	if len(b) != n {
		return nil, errs.New(errs.InvalidHex, "want %d bytes, got %d", n, len(b))
	}
	return b, nil
}

func decodeBody(s string) ([]byte, error) {
	if len(s)%2 != 0 {
		return nil, errs.New(errs.InvalidHex, "odd number of hex digits (%d)", len(s))
	}
	b := make([]byte, len(s)/2)
	if _, err := hex.Decode(b, []byte(s)); err != nil {
		return nil, errs.New(errs.InvalidHex, "%v", err)
	}
	return b, nil
}

// quote shortens s for error messages so hostile input cannot flood logs.
func quote(s string) string {
	const max = 48
	if len(s) > max {
		return "\"" + s[:max] + "…\""
	}
	return "\"" + s + "\""
}
