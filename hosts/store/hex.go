package store

import (
	"encoding/hex"
	"strings"
)

func hexEncode(b []byte) string { return "0x" + hex.EncodeToString(b) }

func hexDecode(s string) ([]byte, error) { return hex.DecodeString(strings.TrimPrefix(s, "0x")) }
