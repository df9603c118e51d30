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

// EncodeType is the AgentRequest type string.
const EncodeType = "AgentRequest(address sender,address recipient,bytes32 payloadHash,uint256 timestamp,uint256 nonce)"

// TypeHash is keccak256(EncodeType).
var TypeHash = keccak.Sum256([]byte(EncodeType))

// Domain is an AgentRequest domain with its separator precomputed.
type Domain struct {
	ChainID  uint64
	Registry ethsig.Address
	sep      [32]byte
}

// NewDomain binds requests to a chain and an AgentRegistry.
func NewDomain(chainID uint64, registry ethsig.Address) *Domain {
	d := &Domain{ChainID: chainID, Registry: registry}
	d.sep = d.Standard().Separator()
	return d
}

// Standard returns the domain as an eip712.StandardDomain.
func (d *Domain) Standard() eip712.StandardDomain {
	return eip712.StandardDomain{Name: DomainName, Version: DomainVersion, ChainID: d.ChainID, VerifyingContract: d.Registry}
}

// Separator returns the precomputed domain separator.
func (d *Domain) Separator() [32]byte { return d.sep }

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

// HashStruct returns hashStruct(AgentRequest, r).
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
func (d *Domain) Digest(r *Request) [32]byte {
	return eip712.Digest(d.sep, r.HashStruct())
}

// Sign signs r with key. The key must be the request's sender.
func (d *Domain) Sign(key *ethsig.PrivateKey, r *Request) ethsig.Signature {
	return key.Sign(d.Digest(r))
}

// Recover returns the address that signed r.
func (d *Domain) Recover(r *Request, sig ethsig.Signature) (ethsig.Address, error) {
	return ethsig.Recover(d.Digest(r), sig)
}

// Verify checks that sig over r was made by r.Sender.
func (d *Domain) Verify(r *Request, sig ethsig.Signature) error {
	return ethsig.Verify(r.Sender, d.Digest(r), sig)
}
