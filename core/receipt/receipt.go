package receipt

import (
	"math/big"

	"github.com/agentmailroom/mailroom/core/eip712"
	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// Type declares Receipt, signed under the request domain
// (envelope.DomainSpec); EncodeType and TypeHash come from it, and
// Receipt.Values lists a receipt's field values in its order.
var Type = eip712.Declare(eip712.Message{Domain: envelope.DomainSpec, Name: "Receipt", Fields: []eip712.Field{
	{Name: "requestDigest", Type: "bytes32"},
	{Name: "channelId", Type: "bytes32"},
	{Name: "cumulativeAmount", Type: "uint256"},
	{Name: "resultHash", Type: "bytes32"},
}})

var (
	// EncodeType is the Receipt type string:
	// Receipt(bytes32 requestDigest,bytes32 channelId,uint256 cumulativeAmount,bytes32 resultHash).
	EncodeType = Type.EncodeType()
	// TypeHash is keccak256(EncodeType).
	TypeHash = Type.TypeHash()
)

// Receipt acknowledges one paid request.
type Receipt struct {
	RequestDigest    [32]byte
	ChannelID        [32]byte
	CumulativeAmount *big.Int
	ResultHash       [32]byte
}

// Values returns r's field values in Type's order, for the generic path.
func (r *Receipt) Values() []any {
	return []any{r.RequestDigest, r.ChannelID, r.CumulativeAmount, r.ResultHash}
}

// HashStruct returns hashStruct(Receipt, r) by the fast path (the words
// written into a fixed buffer, no allocation).
func (r *Receipt) HashStruct() ([32]byte, error) {
	var buf [5 * 32]byte
	copy(buf[0:32], TypeHash[:])
	copy(buf[32:64], r.RequestDigest[:])
	copy(buf[64:96], r.ChannelID[:])
	if err := eip712.PutUint256Word(buf[96:128], r.CumulativeAmount); err != nil {
		return [32]byte{}, err
	}
	copy(buf[128:160], r.ResultHash[:])
	return keccak.Sum256(buf[:]), nil
}

// Digest returns the signing digest of r under the request domain d.
func Digest(d *envelope.Domain, r *Receipt) ([32]byte, error) {
	h, err := r.HashStruct()
	if err != nil {
		return [32]byte{}, err
	}
	return d.StructDigest(h), nil
}

// Sign signs r with the recipient's key.
func Sign(d *envelope.Domain, key *ethsig.PrivateKey, r *Receipt) (ethsig.Signature, error) {
	h, err := r.HashStruct()
	if err != nil {
		return ethsig.Signature{}, err
	}
	return d.SignStruct(key, h), nil
}

// Recover returns the address that signed r under the request domain d.
func Recover(d *envelope.Domain, r *Receipt, sig ethsig.Signature) (ethsig.Address, error) {
	h, err := r.HashStruct()
	if err != nil {
		return ethsig.Address{}, err
	}
	return d.RecoverStruct(h, sig)
}

// Verify checks that sig over r was made by recipient.
func Verify(d *envelope.Domain, r *Receipt, sig ethsig.Signature, recipient ethsig.Address) error {
	h, err := r.HashStruct()
	if err != nil {
		return err
	}
	return d.VerifyStruct(recipient, h, sig)
}

// TypedDataJSON returns r under d as eth_signTypedData_v4 JSON.
func TypedDataJSON(d *envelope.Domain, r *Receipt) []byte {
	return Type.TypedDataJSON(&d.Domain, r.Values()...)
}
