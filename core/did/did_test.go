package did

import (
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
)

const cowAddr = "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"

func TestFormatParse(t *testing.T) {
	a, err := ethsig.ParseAddress(cowAddr)
	if err != nil {
		t.Fatal(err)
	}
	d := Format(a)
	if d != "did:agent:eth:"+cowAddr {
		t.Fatalf("Format = %s", d)
	}
	for _, s := range []string{d, Prefix + strings.ToLower(cowAddr), Prefix + "0x" + strings.ToUpper(cowAddr[2:])} {
		if b, err := Parse(s); err != nil || b != a {
			t.Errorf("Parse(%s) = %s, %v", s, b, err)
		}
		if b, err := ParseAddressOrDID(s); err != nil || b != a {
			t.Errorf("ParseAddressOrDID(%s) = %s, %v", s, b, err)
		}
	}
	if b, err := ParseAddressOrDID(cowAddr); err != nil || b != a {
		t.Errorf("ParseAddressOrDID(address) = %s, %v", b, err)
	}
}

func TestErrors(t *testing.T) {
	for _, c := range []struct {
		s    string
		want errs.Kind
	}{
		{"", errs.InvalidDID},
		{cowAddr, errs.InvalidDID},
		{"did:agent:eth", errs.InvalidDID},
		{"did:agent:eth:", errs.InvalidDID},
		{"did:agent:btc:" + cowAddr, errs.InvalidDID},
		{"DID:agent:eth:" + cowAddr, errs.InvalidDID},
		{"did:agent:eth:" + cowAddr + "00", errs.InvalidDID},
		{"did:agent:eth:" + cowAddr[2:], errs.InvalidDID},
		{" did:agent:eth:" + cowAddr, errs.InvalidDID},
		{"did:agent:eth:0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD827", errs.BadChecksum},
	} {
		if _, err := Parse(c.s); errs.KindOf(err) != c.want {
			t.Errorf("Parse(%q) = %v, want %s", c.s, err, c.want)
		}
	}
	if _, err := ParseAddressOrDID("did:web:example.com"); errs.KindOf(err) != errs.InvalidDID {
		t.Errorf("did:web: %v", err)
	}
	if _, err := ParseAddressOrDID("0x12"); errs.KindOf(err) != errs.InvalidAddress {
		t.Errorf("short address: %v", err)
	}
}
