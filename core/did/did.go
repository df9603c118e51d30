package did

import (
	"strings"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
)

// Prefix is the method prefix of every agent DID.
const Prefix = "did:agent:eth:"

// Format returns the DID of addr.
func Format(addr ethsig.Address) string { return Prefix + addr.String() }

// Parse returns the address inside an agent DID.
func Parse(s string) (ethsig.Address, error) {
	if !strings.HasPrefix(s, Prefix) {
		return ethsig.Address{}, errs.New(errs.InvalidDID, "DID must start with %q", Prefix)
	}
	a, err := ethsig.ParseAddress(s[len(Prefix):])
	if err != nil {
		if errs.KindOf(err) == errs.BadChecksum {
			return ethsig.Address{}, err
		}
		return ethsig.Address{}, errs.New(errs.InvalidDID, "DID address: %s", errs.Message(err))
	}
	return a, nil
}

// ParseAddressOrDID accepts either a bare address or a DID.
func ParseAddressOrDID(s string) (ethsig.Address, error) {
	if strings.HasPrefix(s, "did:") {
		return Parse(s)
	}
	return ethsig.ParseAddress(s)
}
