package ethsig

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
)

// vectorStrings returns the JSON strings in testvectors/*.json matching re,
// when the project's vectors exist.
func vectorStrings(re *regexp.Regexp) []string {
	var out []string
	files, _ := filepath.Glob(filepath.Join("..", "..", "testvectors", "*.json"))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		var v any
		if json.Unmarshal(b, &v) != nil {
			continue
		}
		var walk func(any)
		walk = func(v any) {
			switch x := v.(type) {
			case string:
				if re.MatchString(x) {
					out = append(out, x)
				}
			case map[string]any:
				for _, e := range x {
					walk(e)
				}
			case []any:
				for _, e := range x {
					walk(e)
				}
			}
		}
		walk(v)
	}
	return out
}

var sigRe = regexp.MustCompile(`^0x[0-9a-fA-F]{128,132}$`)

// FuzzSignature: SignatureFromBytes, ParseSignature and RecoverBytes never
// panic, agree with each other, fail only with signature kinds, and what
// they accept obeys the rules (v 27/28, low s) and re-parses to itself.
func FuzzSignature(f *testing.F) {
	k, _ := ParsePrivateKey(cowKey)
	d := digestOf(mailHash)
	good := k.Sign(d)
	f.Add(d[:], good[:])
	for _, v := range []byte{0, 1, 2, 4, 29, 35, 37} {
		b := good.Bytes()
		b[64] = v
		f.Add(d[:], b)
	}
	f.Add(d[:], good[:64])
	f.Add(d[:31], good[:])
	f.Add(make([]byte, 32), make([]byte, 65))
	for _, s := range vectorStrings(sigRe) {
		if b, err := hex.DecodeString(s[2:]); err == nil {
			f.Add(d[:], b)
		}
	}
	sigKinds := map[errs.Kind]bool{errs.InvalidSignature: true, errs.InvalidRecoveryID: true,
		errs.SignatureHighS: true, errs.SignatureOutOfRange: true}
	f.Fuzz(func(t *testing.T, digest, sig []byte) {
		s, err := SignatureFromBytes(sig)
		p, perr := ParseSignature("0x" + hex.EncodeToString(sig))
		if (err == nil) != (perr == nil) || (err != nil && errs.KindOf(err) != errs.KindOf(perr)) {
			t.Fatalf("SignatureFromBytes %v, ParseSignature %v", err, perr)
		}
		a, rerr := RecoverBytes(digest, sig)
		if err != nil {
			if !sigKinds[errs.KindOf(err)] {
				t.Fatalf("unexpected kind: %v", err)
			}
			if len(digest) == 32 && errs.KindOf(rerr) != errs.KindOf(err) {
				t.Fatalf("RecoverBytes %v, SignatureFromBytes %v", rerr, err)
			}
			return
		}
		if p != s || (s[64] != 27 && s[64] != 28) {
			t.Fatalf("accepted %x as %x / %x", sig, s, p)
		}
		again, err := ParseSignature(s.Hex())
		if err != nil || again != s {
			t.Fatalf("re-parse of %s: %v", s.Hex(), err)
		}
		if len(digest) != 32 {
			if errs.KindOf(rerr) != errs.InvalidDigest {
				t.Fatalf("digest of %d bytes: %v", len(digest), rerr)
			}
			return
		}
		if rerr != nil {
			if errs.KindOf(rerr) != errs.RecoveryFailed {
				t.Fatalf("RecoverBytes: %v", rerr)
			}
			return
		}
		if err := Verify(a, [32]byte(digest), s); err != nil {
			t.Fatalf("Verify against the recovered address: %v", err)
		}
	})
}

// FuzzParseAddress: ParseAddress never panics, fails only with address
// kinds, and what it accepts formats to an EIP-55 form that parses back,
// equal case-insensitively to the input.
func FuzzParseAddress(f *testing.F) {
	for _, s := range []string{cowAddr, strings.ToLower(cowAddr), "0x" + strings.ToUpper(cowAddr[2:]),
		"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", "0x", "", "0x0000000000000000000000000000000000000000"} {
		f.Add(s)
	}
	for _, s := range vectorStrings(regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAddress(s)
		if err != nil {
			if k := errs.KindOf(err); k != errs.InvalidAddress && k != errs.BadChecksum {
				t.Fatalf("unexpected kind: %v", err)
			}
			return
		}
		if !strings.EqualFold(a.String(), s) {
			t.Fatalf("%q parsed to %s", s, a)
		}
		b, err := ParseAddress(a.String())
		if err != nil || b != a {
			t.Fatalf("checksummed form %s does not parse back: %v", a, err)
		}
	})
}
