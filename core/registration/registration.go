package registration

import (
	"github.com/agentmailroom/mailroom/core/eip712"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// Name and Version of the registry domain.
const (
	DomainName    = "AgentRegistry"
	DomainVersion = "1"
)

// DomainSpec is the registry domain, bound to a chain and an AgentRegistry
// by NewDomain.
var DomainSpec = eip712.DomainSpec{Name: DomainName, Version: DomainVersion}

// Type declares RegisterAgent; EncodeType and TypeHash come from it, and
// Consent.Values lists a consent's field values in its order.
var Type = eip712.Declare(eip712.Message{Domain: DomainSpec, Name: "RegisterAgent", Fields: []eip712.Field{
	{Name: "agent", Type: "address"},
	{Name: "owner", Type: "address"},
	{Name: "deadline", Type: "uint256"},
}})

var (
	// EncodeType is the RegisterAgent type string:
	// RegisterAgent(address agent,address owner,uint256 deadline).
	EncodeType = Type.EncodeType()
	// TypeHash is keccak256(EncodeType).
	TypeHash = Type.TypeHash()
)

// Domain is a registry domain with its separator precomputed. The embedded
// eip712.Domain gives Standard, Separator and the generic digest, sign,
// recover and verify over a struct hash.
type Domain struct {
	ChainID  uint64
	Registry ethsig.Address
	eip712.Domain
}

// NewDomain binds consents to a chain and a registry.
func NewDomain(chainID uint64, registry ethsig.Address) *Domain {
	return &Domain{ChainID: chainID, Registry: registry, Domain: DomainSpec.Bind(chainID, registry)}
}

// Consent is the agent's agreement that owner may register it until deadline.
type Consent struct {
	Agent    ethsig.Address
	Owner    ethsig.Address
	Deadline uint64 // unix seconds
}

// Values returns c's field values in Type's order, for the generic path.
func (c *Consent) Values() []any { return []any{c.Agent, c.Owner, c.Deadline} }

// HashStruct returns hashStruct(RegisterAgent, c) by the fast path (the
// words written into a fixed buffer, no allocation).
func (c *Consent) HashStruct() [32]byte {
	var buf [4 * 32]byte
	copy(buf[0:32], TypeHash[:])
	copy(buf[32+12:64], c.Agent[:])
	copy(buf[64+12:96], c.Owner[:])
	eip712.PutUint64Word(buf[96:128], c.Deadline)
	return keccak.Sum256(buf[:])
}

// Digest returns the signing digest of c under d (the registry's consentDigest).
func (d *Domain) Digest(c *Consent) [32]byte { return d.StructDigest(c.HashStruct()) }

// Sign signs c with the agent's key.
func (d *Domain) Sign(agentKey *ethsig.PrivateKey, c *Consent) ethsig.Signature {
	return d.SignStruct(agentKey, c.HashStruct())
}

// Verify checks that sig over c was made by c.Agent.
func (d *Domain) Verify(c *Consent, sig ethsig.Signature) error {
	return d.VerifyStruct(c.Agent, c.HashStruct(), sig)
}

// TypedDataJSON returns c under d as eth_signTypedData_v4 JSON.
func (d *Domain) TypedDataJSON(c *Consent) []byte {
	return Type.TypedDataJSON(&d.Domain, c.Values()...)
}
