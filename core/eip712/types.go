package eip712

import (
	"strconv"

	"github.com/agentmailroom/mailroom/core/errs"
)

// baseKind is the kind of a type with its array suffixes removed.
type baseKind uint8

const (
	kUint baseKind = iota
	kInt
	kAddress
	kBool
	kBytesN
	kBytes
	kString
	kStruct
)

// fieldType is a compiled field type such as "uint256", "Person[]" or
// "bytes32[2][]".
type fieldType struct {
	base baseKind
	size int         // bits for uintN/intN, N for bytesN
	ref  *structType // for kStruct
	// dims lists the array suffixes left to right; -1 is dynamic ([]).
	// The last entry is the outermost array.
	dims []int
}

// parseAtomic recognises the atomic type names of EIP-712.
func parseAtomic(s string) (baseKind, int, bool) {
	switch s {
	case "address":
		return kAddress, 0, true
	case "bool":
		return kBool, 0, true
	case "bytes":
		return kBytes, 0, true
	case "string":
		return kString, 0, true
	}
	var prefix string
	var kind baseKind
	switch {
	case len(s) > 4 && s[:4] == "uint":
		prefix, kind = "uint", kUint
	case len(s) > 3 && s[:3] == "int":
		prefix, kind = "int", kInt
	case len(s) > 5 && s[:5] == "bytes":
		prefix, kind = "bytes", kBytesN
	default:
		return 0, 0, false
	}
	n, ok := canonicalUint(s[len(prefix):])
	if !ok {
		return 0, 0, false
	}
	if kind == kBytesN {
		return kind, n, n >= 1 && n <= 32
	}
	return kind, n, n >= 8 && n <= 256 && n%8 == 0
}

// canonicalUint parses a decimal without sign or leading zeros.
func canonicalUint(s string) (int, bool) {
	if s == "" || len(s) > 9 || (s[0] == '0' && len(s) > 1) {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// looksAtomic reports names that are, or read like, atomic types
// (uint, int, bytes7x, uint7 ...): no struct may take such a name.
func looksAtomic(s string) bool {
	if _, _, ok := parseAtomic(s); ok {
		return true
	}
	for _, p := range []string{"uint", "int", "bytes"} {
		if len(s) >= len(p) && s[:len(p)] == p {
			rest := s[len(p):]
			allDigits := true
			for i := 0; i < len(rest); i++ {
				if rest[i] < '0' || rest[i] > '9' {
					allDigits = false
				}
			}
			if allDigits {
				return true
			}
		}
	}
	return false
}

// isIdentifier reports whether s is a Solidity-style identifier.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_', c == '$':
		case c >= '0' && c <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

// splitArray splits "T[2][]" into "T" and dims [2, -1].
func splitArray(s string, maxLen int) (string, []int, error) {
	i := 0
	for i < len(s) && s[i] != '[' {
		i++
	}
	base, rest := s[:i], s[i:]
	var dims []int
	for len(rest) > 0 {
		if rest[0] != '[' {
			return "", nil, errs.New(errs.InvalidTypeName, "malformed array suffix in type %q", truncate(s))
		}
		j := 1
		for j < len(rest) && rest[j] != ']' {
			j++
		}
		if j == len(rest) {
			return "", nil, errs.New(errs.InvalidTypeName, "unclosed '[' in type %q", truncate(s))
		}
		inner := rest[1:j]
		if inner == "" {
			dims = append(dims, -1)
		} else {
			n, ok := canonicalUint(inner)
			if !ok || n == 0 {
				return "", nil, errs.New(errs.InvalidTypeName, "array length %q in type %q is not a positive decimal", truncate(inner), truncate(s))
			}
			if n > maxLen {
				return "", nil, errs.New(errs.LimitExceeded, "fixed array length %d above the limit %d", n, maxLen)
			}
			dims = append(dims, n)
		}
		rest = rest[j+1:]
	}
	return base, dims, nil
}

// dimString renders one array dimension for messages.
func dimString(d int) string {
	if d < 0 {
		return "[]"
	}
	return "[" + strconv.Itoa(d) + "]"
}
