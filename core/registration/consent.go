package registration

import (
	"strconv"

	"github.com/agentmailroom/mailroom/core/eip712"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// The agent key's consents to what its owner does with it, under the same
// registry domain as RegisterAgent. Each carries the agent's consentNonce
// (the registry's consentNonce view), which every use increments, so a
// consent works once.
const (
	// ActivateEncodeType is the ActivateAgent type string: the agent's
	// consent to be reactivated after it deactivated itself.
	ActivateEncodeType = "ActivateAgent(address agent,uint256 nonce,uint256 deadline)"
	// TransferEncodeType is the TransferAgent type string: the agent's
	// consent to move to NewOwner.
	TransferEncodeType = "TransferAgent(address agent,address newOwner,uint256 nonce,uint256 deadline)"
)

var (
	// ActivateTypeHash is keccak256(ActivateEncodeType).
	ActivateTypeHash = keccak.Sum256([]byte(ActivateEncodeType))
	// TransferTypeHash is keccak256(TransferEncodeType).
	TransferTypeHash = keccak.Sum256([]byte(TransferEncodeType))
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

// ActivateDigest returns the signing digest of c under d (the registry's activateDigest).
func (d *Domain) ActivateDigest(c *ActivateConsent) [32]byte {
	var buf [4 * 32]byte
	copy(buf[0:32], ActivateTypeHash[:])
	copy(buf[32+12:64], c.Agent[:])
	eip712.PutUint64Word(buf[64:96], c.Nonce)
	eip712.PutUint64Word(buf[96:128], c.Deadline)
	return eip712.Digest(d.sep, keccak.Sum256(buf[:]))
}

// SignActivate signs c with the agent's key.
func (d *Domain) SignActivate(agentKey *ethsig.PrivateKey, c *ActivateConsent) ethsig.Signature {
	return agentKey.Sign(d.ActivateDigest(c))
}

// ActivateTypedDataJSON returns c under d as eth_signTypedData_v4 JSON.
func (d *Domain) ActivateTypedDataJSON(c *ActivateConsent) []byte {
	std := d.Standard()
	return []byte(`{"types":{"EIP712Domain":` + std.TypesJSON() +
		`,"ActivateAgent":[{"name":"agent","type":"address"},{"name":"nonce","type":"uint256"},{"name":"deadline","type":"uint256"}]}` +
		`,"primaryType":"ActivateAgent","domain":` + std.ValueJSON() +
		`,"message":{"agent":"` + c.Agent.String() + `","nonce":"` + strconv.FormatUint(c.Nonce, 10) +
		`","deadline":"` + strconv.FormatUint(c.Deadline, 10) + `"}}`)
}

// TransferDigest returns the signing digest of c under d (the registry's transferDigest).
func (d *Domain) TransferDigest(c *TransferConsent) [32]byte {
	var buf [5 * 32]byte
	copy(buf[0:32], TransferTypeHash[:])
	copy(buf[32+12:64], c.Agent[:])
	copy(buf[64+12:96], c.NewOwner[:])
	eip712.PutUint64Word(buf[96:128], c.Nonce)
	eip712.PutUint64Word(buf[128:160], c.Deadline)
	return eip712.Digest(d.sep, keccak.Sum256(buf[:]))
}

// SignTransfer signs c with the agent's key.
func (d *Domain) SignTransfer(agentKey *ethsig.PrivateKey, c *TransferConsent) ethsig.Signature {
	return agentKey.Sign(d.TransferDigest(c))
}

// TransferTypedDataJSON returns c under d as eth_signTypedData_v4 JSON.
func (d *Domain) TransferTypedDataJSON(c *TransferConsent) []byte {
	std := d.Standard()
	return []byte(`{"types":{"EIP712Domain":` + std.TypesJSON() +
		`,"TransferAgent":[{"name":"agent","type":"address"},{"name":"newOwner","type":"address"},{"name":"nonce","type":"uint256"},{"name":"deadline","type":"uint256"}]}` +
		`,"primaryType":"TransferAgent","domain":` + std.ValueJSON() +
		`,"message":{"agent":"` + c.Agent.String() + `","newOwner":"` + c.NewOwner.String() +
		`","nonce":"` + strconv.FormatUint(c.Nonce, 10) + `","deadline":"` + strconv.FormatUint(c.Deadline, 10) + `"}}`)
}
