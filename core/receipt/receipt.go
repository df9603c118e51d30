package receipt

import (
	"math/big"
	"strconv"

	"github.com/agentmailroom/mailroom/core/eip712"
	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// EncodeType is the Receipt type string.
const EncodeType = "Receipt(bytes32 requestDigest,bytes32 channelId,uint256 cumulativeAmount,bytes32 resultHash)"

// TypeHash is keccak256(EncodeType).
var TypeHash = keccak.Sum256([]byte(EncodeType))

// Receipt acknowledges one paid request.
type Receipt struct {
	RequestDigest    [32]byte
	ChannelID        [32]byte
	CumulativeAmount *big.Int
	ResultHash       [32]byte
}

// HashStruct returns hashStruct(Receipt, r).
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
	return eip712.Digest(d.Separator(), h), nil
}

// Sign signs r with the recipient's key.
func Sign(d *envelope.Domain, key *ethsig.PrivateKey, r *Receipt) (ethsig.Signature, error) {
	h, err := Digest(d, r)
	if err != nil {
		return ethsig.Signature{}, err
	}
	return key.Sign(h), nil
}

// Verify checks that sig over r was made by recipient.
func Verify(d *envelope.Domain, r *Receipt, sig ethsig.Signature, recipient ethsig.Address) error {
	h, err := Digest(d, r)
	if err != nil {
		return err
	}
	return ethsig.Verify(recipient, h, sig)
}

// TypedDataJSON returns r under d as eth_signTypedData_v4 JSON.
func TypedDataJSON(d *envelope.Domain, r *Receipt) []byte {
	std := d.Standard()
	return []byte(`{"types":{"EIP712Domain":` + std.TypesJSON() +
		`,"Receipt":[{"name":"requestDigest","type":"bytes32"},{"name":"channelId","type":"bytes32"},{"name":"cumulativeAmount","type":"uint256"},{"name":"resultHash","type":"bytes32"}]}` +
		`,"primaryType":"Receipt","domain":` + std.ValueJSON() +
		`,"message":{"requestDigest":"` + hexutil.Encode(r.RequestDigest[:]) + `","channelId":"` + hexutil.Encode(r.ChannelID[:]) +
		`","cumulativeAmount":` + strconv.Quote(r.CumulativeAmount.String()) + `,"resultHash":"` + hexutil.Encode(r.ResultHash[:]) + `"}}`)
}
