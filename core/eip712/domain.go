package eip712

import (
	"encoding/binary"
	"math/big"
	"strconv"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// StandardDomain is the four-field domain every AgentMailroom object uses:
// EIP712Domain(string name,string version,uint256 chainId,address verifyingContract).
type StandardDomain struct {
	Name              string
	Version           string
	ChainID           uint64
	VerifyingContract ethsig.Address
}

// standardDomainTypeHash is keccak256 of the standard domain's encodeType.
var standardDomainTypeHash = keccak.Sum256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))

// Separator returns the domain separator (hashStruct of the domain).
func (d StandardDomain) Separator() [32]byte {
	var buf [5 * 32]byte
	copy(buf[0:32], standardDomainTypeHash[:])
	n := keccak.Sum256([]byte(d.Name))
	copy(buf[32:64], n[:])
	v := keccak.Sum256([]byte(d.Version))
	copy(buf[64:96], v[:])
	PutUint64Word(buf[96:128], d.ChainID)
	copy(buf[128+12:160], d.VerifyingContract[:])
	return keccak.Sum256(buf[:])
}

// TypesJSON returns the JSON of the standard EIP712Domain type array.
func (d StandardDomain) TypesJSON() string {
	return `[{"name":"name","type":"string"},{"name":"version","type":"string"},{"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}]`
}

// ValueJSON returns the JSON of the domain object.
func (d StandardDomain) ValueJSON() string {
	return `{"name":` + strconv.Quote(d.Name) + `,"version":` + strconv.Quote(d.Version) +
		`,"chainId":` + strconv.FormatUint(d.ChainID, 10) + `,"verifyingContract":"` + d.VerifyingContract.String() + `"}`
}

// PutUint64Word writes x as a big-endian 32-byte word.
func PutUint64Word(out []byte, x uint64) {
	clear(out[:24])
	binary.BigEndian.PutUint64(out[24:32], x)
}

var two256 = new(big.Int).Lsh(big.NewInt(1), 256)

// PutUint256Word writes x (0 <= x < 2^256) as a big-endian 32-byte word.
func PutUint256Word(out []byte, x *big.Int) error {
	if x == nil {
		return errs.New(errs.InvalidInput, "uint256 value is missing")
	}
	if x.Sign() < 0 || x.Cmp(two256) >= 0 {
		return errs.New(errs.IntegerOutOfRange, "%s is outside uint256", x)
	}
	x.FillBytes(out[:32])
	return nil
}
