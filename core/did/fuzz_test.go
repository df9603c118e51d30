package did

import (
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
)

// FuzzParse: Parse and ParseAddressOrDID never panic, fail only with
// identity kinds, and an accepted DID formats back to itself up to case.
func FuzzParse(f *testing.F) {
	for _, s := range []string{Prefix + cowAddr, Prefix + strings.ToLower(cowAddr), cowAddr, "did:agent:eth:", "did:key:z6Mk", "",
		Prefix + "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Parse(s)
		if err != nil {
			if k := errs.KindOf(err); k != errs.InvalidDID && k != errs.BadChecksum {
				t.Fatalf("unexpected kind: %v", err)
			}
		} else {
			if !strings.EqualFold(Format(a), s) || !strings.HasPrefix(s, Prefix) {
				t.Fatalf("%q parsed to %s", s, Format(a))
			}
			if b, err := Parse(Format(a)); err != nil || b != a {
				t.Fatalf("Format(%s) does not parse back: %v", a, err)
			}
		}
		b, err := ParseAddressOrDID(s)
		if err != nil {
			switch errs.KindOf(err) {
			case errs.InvalidDID, errs.BadChecksum, errs.InvalidAddress:
			default:
				t.Fatalf("ParseAddressOrDID: unexpected kind: %v", err)
			}
			return
		}
		if !strings.EqualFold(b.String(), strings.TrimPrefix(s, Prefix)) {
			t.Fatalf("ParseAddressOrDID(%q) = %s", s, b)
		}
	})
}
