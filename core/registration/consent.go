package registration

import (
	"github.com/agentmailroom/mailroom/core/eip712"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// The agent key's consents to what its owner does with it, under the same
// registry domain as RegisterAgent. Each carries the agent's consentNonce
// (the registry's consentNonce view), which every use increments, so a
// consent works once.
var (
	// ActivateType declares ActivateAgent: the agent's consent to be
	// reactivated after it deactivated itself.
	ActivateType = eip712.Declare(eip712.Message{Domain: DomainSpec, Name: "ActivateAgent", Fields: []eip712.Field{
		{Name: "agent", Type: "address"},
		{Name: "nonce", Type: "uint256"},
		{Name: "deadline", Type: "uint256"},
	}})
	// TransferType declares TransferAgent: the agent's consent to move to
	// NewOwner.
	TransferType = eip712.Declare(eip712.Message{Domain: DomainSpec, Name: "TransferAgent", Fields: []eip712.Field{
		{Name: "agent", Type: "address"},
		{Name: "newOwner", Type: "address"},
		{Name: "nonce", Type: "uint256"},
		{Name: "deadline", Type: "uint256"},
	}})
)

var (
	// ActivateEncodeType is the ActivateAgent type string:
	// ActivateAgent(address agent,uint256 nonce,uint256 deadline).
	ActivateEncodeType = ActivateType.EncodeType()
	// TransferEncodeType is the TransferAgent type string:
	// TransferAgent(address agent,address newOwner,uint256 nonce,uint256 deadline).
	TransferEncodeType = TransferType.EncodeType()
	// ActivateTypeHash is keccak256(ActivateEncodeType).
	ActivateTypeHash = ActivateType.TypeHash()
	// TransferTypeHash is keccak256(TransferEncodeType).
	TransferTypeHash = TransferType.TypeHash()
)

// ActivateConsent is the agent's agreement to be reactivated (the
// registry's activateAgent with a signature).
type ActivateConsent struct {
	Agent    ethsig.Address
	Nonce    uint64 // the agent's consentNonce when the consent is used
	Deadline uint64 // unix seconds
}

// TransferConsent is the agent's agreement that its owner moves it to
// NewOwner (the registry's transferAgentOwnership).
type TransferConsent struct {
	Agent    ethsig.Address
	NewOwner ethsig.Address
	Nonce    uint64 // the agent's consentNonce when the consent is used
	Deadline uint64 // unix seconds
}

// Values returns c's field values in ActivateType's order.
func (c *ActivateConsent) Values() []any { return []any{c.Agent, c.Nonce, c.Deadline} }

// HashStruct returns hashStruct(ActivateAgent, c) by the fast path.
func (c *ActivateConsent) HashStruct() [32]byte {
	var buf [4 * 32]byte
	copy(buf[0:32], ActivateTypeHash[:])
	copy(buf[32+12:64], c.Agent[:])
	eip712.PutUint64Word(buf[64:96], c.Nonce)
	eip712.PutUint64Word(buf[96:128], c.Deadline)
	return keccak.Sum256(buf[:])
}

// ActivateDigest returns the signing digest of c under d (the registry's activateDigest).
func (d *Domain) ActivateDigest(c *ActivateConsent) [32]byte { return d.StructDigest(c.HashStruct()) }

// SignActivate signs c with the agent's key.
func (d *Domain) SignActivate(agentKey *ethsig.PrivateKey, c *ActivateConsent) ethsig.Signature {
	return d.SignStruct(agentKey, c.HashStruct())
}

// VerifyActivate checks that sig over c was made by c.Agent.
func (d *Domain) VerifyActivate(c *ActivateConsent, sig ethsig.Signature) error {
	return d.VerifyStruct(c.Agent, c.HashStruct(), sig)
}

// ActivateTypedDataJSON returns c under d as eth_signTypedData_v4 JSON.
func (d *Domain) ActivateTypedDataJSON(c *ActivateConsent) []byte {
	return ActivateType.TypedDataJSON(&d.Domain, c.Values()...)
}

// Values returns c's field values in TransferType's order.
func (c *TransferConsent) Values() []any { return []any{c.Agent, c.NewOwner, c.Nonce, c.Deadline} }

// HashStruct returns hashStruct(TransferAgent, c) by the fast path.
func (c *TransferConsent) HashStruct() [32]byte {
	var buf [5 * 32]byte
	copy(buf[0:32], TransferTypeHash[:])
	copy(buf[32+12:64], c.Agent[:])
	copy(buf[64+12:96], c.NewOwner[:])
	eip712.PutUint64Word(buf[96:128], c.Nonce)
	eip712.PutUint64Word(buf[128:160], c.Deadline)
	return keccak.Sum256(buf[:])
}

// TransferDigest returns the signing digest of c under d (the registry's transferDigest).
func (d *Domain) TransferDigest(c *TransferConsent) [32]byte { return d.StructDigest(c.HashStruct()) }

// SignTransfer signs c with the agent's key.
func (d *Domain) SignTransfer(agentKey *ethsig.PrivateKey, c *TransferConsent) ethsig.Signature {
	return d.SignStruct(agentKey, c.HashStruct())
}

// VerifyTransfer checks that sig over c was made by c.Agent.
func (d *Domain) VerifyTransfer(c *TransferConsent, sig ethsig.Signature) error {
	return d.VerifyStruct(c.Agent, c.HashStruct(), sig)
}

// TransferTypedDataJSON returns c under d as eth_signTypedData_v4 JSON.
func (d *Domain) TransferTypedDataJSON(c *TransferConsent) []byte {
	return TransferType.TypedDataJSON(&d.Domain, c.Values()...)
}
