package envelope

import (
	"github.com/agentmailroom/mailroom/core/eip712"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// Name and Version of the AgentRequest domain.
const (
	DomainName    = "AgentMailroomRequest"
	DomainVersion = "1"
)

// DomainSpec is the AgentRequest domain (also the receipts' domain),
// bound to a chain and an AgentRegistry by NewDomain.
var DomainSpec = eip712.DomainSpec{Name: DomainName, Version: DomainVersion}

// Type declares AgentRequest; EncodeType and TypeHash come from it, and
// Request.Values lists a request's field values in its order.
var Type = eip712.Declare(eip712.Message{Domain: DomainSpec, Name: "AgentRequest", Fields: []eip712.Field{
	{Name: "sender", Type: "address"},
	{Name: "recipient", Type: "address"},
	{Name: "payloadHash", Type: "bytes32"},
	{Name: "timestamp", Type: "uint256"},
	{Name: "nonce", Type: "uint256"},
}})

var (
	// EncodeType is the AgentRequest type string:
	// AgentRequest(address sender,address recipient,bytes32 payloadHash,uint256 timestamp,uint256 nonce).
	EncodeType = Type.EncodeType()
	// TypeHash is keccak256(EncodeType).
	TypeHash = Type.TypeHash()
)

// Domain is an AgentRequest domain with its separator precomputed. The
// embedded eip712.Domain gives Standard, Separator and the generic
// digest, sign, recover and verify over a struct hash.
type Domain struct {
	ChainID  uint64
	Registry ethsig.Address
	eip712.Domain
}

// NewDomain binds requests to a chain and an AgentRegistry.
func NewDomain(chainID uint64, registry ethsig.Address) *Domain {
	return &Domain{ChainID: chainID, Registry: registry, Domain: DomainSpec.Bind(chainID, registry)}
}

// Request is the signed content of an envelope.
type Request struct {
	Sender      ethsig.Address
	Recipient   ethsig.Address
	PayloadHash [32]byte
	Timestamp   uint64 // unix seconds
	Nonce       uint64
}

// PayloadHash returns keccak256(body), the payloadHash of a request body.
func PayloadHash(body []byte) [32]byte { return keccak.Sum256(body) }

// Values returns r's field values in Type's order, for the generic path.
func (r *Request) Values() []any {
	return []any{r.Sender, r.Recipient, r.PayloadHash, r.Timestamp, r.Nonce}
}

// HashStruct returns hashStruct(AgentRequest, r) by the fast path: the
// words written into a fixed buffer, no allocation.
func (r *Request) HashStruct() [32]byte {
	var buf [6 * 32]byte
	copy(buf[0:32], TypeHash[:])
	copy(buf[32+12:64], r.Sender[:])
	copy(buf[64+12:96], r.Recipient[:])
	copy(buf[96:128], r.PayloadHash[:])
	eip712.PutUint64Word(buf[128:160], r.Timestamp)
	eip712.PutUint64Word(buf[160:192], r.Nonce)
	return keccak.Sum256(buf[:])
}

// Digest returns the EIP-712 signing digest of r under d.
func (d *Domain) Digest(r *Request) [32]byte { return d.StructDigest(r.HashStruct()) }

// Sign signs r with key. The key must be the request's sender.
func (d *Domain) Sign(key *ethsig.PrivateKey, r *Request) ethsig.Signature {
	return d.SignStruct(key, r.HashStruct())
}

// Recover returns the address that signed r.
func (d *Domain) Recover(r *Request, sig ethsig.Signature) (ethsig.Address, error) {
	return d.RecoverStruct(r.HashStruct(), sig)
}

// Verify checks that sig over r was made by r.Sender.
func (d *Domain) Verify(r *Request, sig ethsig.Signature) error {
	return d.VerifyStruct(r.Sender, r.HashStruct(), sig)
}

// TypedDataJSON returns r under d as eth_signTypedData_v4 JSON, for wallets
// and for checking the specialised digest against the generic eip712 path.
func (d *Domain) TypedDataJSON(r *Request) []byte {
	return Type.TypedDataJSON(&d.Domain, r.Values()...)
}
