package registration

import (
	"strconv"

	"github.com/agentmailroom/mailroom/core/eip712"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// Name and Version of the registry domain.
const (
	DomainName    = "AgentRegistry"
	DomainVersion = "1"
)

// EncodeType is the RegisterAgent type string.
const EncodeType = "RegisterAgent(address agent,address owner,uint256 deadline)"

// TypeHash is keccak256(EncodeType).
var TypeHash = keccak.Sum256([]byte(EncodeType))

// Domain is a registry domain with its separator precomputed.
type Domain struct {
	ChainID  uint64
	Registry ethsig.Address
	sep      [32]byte
}

// NewDomain binds consents to a chain and a registry.
func NewDomain(chainID uint64, registry ethsig.Address) *Domain {
	d := &Domain{ChainID: chainID, Registry: registry}
	d.sep = d.Standard().Separator()
	return d
}

// Standard returns the domain as an eip712.StandardDomain.
func (d *Domain) Standard() eip712.StandardDomain {
	return eip712.StandardDomain{Name: DomainName, Version: DomainVersion, ChainID: d.ChainID, VerifyingContract: d.Registry}
}

// Consent is the agent's agreement that owner may register it until deadline.
type Consent struct {
	Agent    ethsig.Address
	Owner    ethsig.Address
	Deadline uint64 // unix seconds
}

// Digest returns the signing digest of c under d.
func (d *Domain) Digest(c *Consent) [32]byte {
	var buf [4 * 32]byte
	copy(buf[0:32], TypeHash[:])
	copy(buf[32+12:64], c.Agent[:])
	copy(buf[64+12:96], c.Owner[:])
	eip712.PutUint64Word(buf[96:128], c.Deadline)
	return eip712.Digest(d.sep, keccak.Sum256(buf[:]))
}

// Sign signs c with the agent's key.
func (d *Domain) Sign(agentKey *ethsig.PrivateKey, c *Consent) ethsig.Signature {
	return agentKey.Sign(d.Digest(c))
}

// TypedDataJSON returns c under d as eth_signTypedData_v4 JSON.
func (d *Domain) TypedDataJSON(c *Consent) []byte {
	std := d.Standard()
	return []byte(`{"types":{"EIP712Domain":` + std.TypesJSON() +
		`,"RegisterAgent":[{"name":"agent","type":"address"},{"name":"owner","type":"address"},{"name":"deadline","type":"uint256"}]}` +
		`,"primaryType":"RegisterAgent","domain":` + std.ValueJSON() +
		`,"message":{"agent":"` + c.Agent.String() + `","owner":"` + c.Owner.String() + `","deadline":"` + strconv.FormatUint(c.Deadline, 10) + `"}}`)
}
