package voucher

import (
	"math/big"

	"github.com/agentmailroom/mailroom/core/eip712"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// Name and Version of the payment-channel domain.
const (
	DomainName    = "AgentPaymentChannel"
	DomainVersion = "1"
)

// DomainSpec is the payment-channel domain, bound to a chain and a channel
// contract by NewDomain.
var DomainSpec = eip712.DomainSpec{Name: DomainName, Version: DomainVersion}

// Type declares Voucher; EncodeType and TypeHash come from it, and
// Voucher.Values lists a voucher's field values in its order.
var Type = eip712.Declare(eip712.Message{Domain: DomainSpec, Name: "Voucher", Fields: []eip712.Field{
	{Name: "channelId", Type: "bytes32"},
	{Name: "cumulativeAmount", Type: "uint256"},
}})

var (
	// EncodeType is the Voucher type string:
	// Voucher(bytes32 channelId,uint256 cumulativeAmount).
	EncodeType = Type.EncodeType()
	// TypeHash is keccak256(EncodeType).
	TypeHash = Type.TypeHash()
)

// Domain is a payment-channel domain with its separator precomputed. The
// embedded eip712.Domain gives Standard, Separator and the generic
// digest, sign, recover and verify over a struct hash.
type Domain struct {
	ChainID  uint64
	Contract ethsig.Address
	eip712.Domain
}

// NewDomain binds vouchers to a chain and a channel contract.
func NewDomain(chainID uint64, contract ethsig.Address) *Domain {
	return &Domain{ChainID: chainID, Contract: contract, Domain: DomainSpec.Bind(chainID, contract)}
}

// Voucher authorises the recipient to take CumulativeAmount wei in total
// from the channel.
type Voucher struct {
	ChannelID        [32]byte
	CumulativeAmount *big.Int
}

// Values returns v's field values in Type's order, for the generic path.
func (v *Voucher) Values() []any { return []any{v.ChannelID, v.CumulativeAmount} }

// HashStruct returns hashStruct(Voucher, v) by the fast path (the words
// written into a fixed buffer, no allocation); the amount must be in
// uint256.
func (v *Voucher) HashStruct() ([32]byte, error) {
	var buf [3 * 32]byte
	copy(buf[0:32], TypeHash[:])
	copy(buf[32:64], v.ChannelID[:])
	if err := eip712.PutUint256Word(buf[64:96], v.CumulativeAmount); err != nil {
		return [32]byte{}, err
	}
	return keccak.Sum256(buf[:]), nil
}

// Digest returns the EIP-712 signing digest of v under d.
func (d *Domain) Digest(v *Voucher) ([32]byte, error) {
	h, err := v.HashStruct()
	if err != nil {
		return [32]byte{}, err
	}
	return d.StructDigest(h), nil
}

// Sign signs v with the channel sender's key.
func (d *Domain) Sign(key *ethsig.PrivateKey, v *Voucher) (ethsig.Signature, error) {
	h, err := v.HashStruct()
	if err != nil {
		return ethsig.Signature{}, err
	}
	return d.SignStruct(key, h), nil
}

// Recover returns the address that signed v.
func (d *Domain) Recover(v *Voucher, sig ethsig.Signature) (ethsig.Address, error) {
	h, err := v.HashStruct()
	if err != nil {
		return ethsig.Address{}, err
	}
	return d.RecoverStruct(h, sig)
}

// Verify checks that sig over v was made by sender.
func (d *Domain) Verify(v *Voucher, sig ethsig.Signature, sender ethsig.Address) error {
	h, err := v.HashStruct()
	if err != nil {
		return err
	}
	return d.VerifyStruct(sender, h, sig)
}

// TypedDataJSON returns v under d as eth_signTypedData_v4 JSON.
func (d *Domain) TypedDataJSON(v *Voucher) []byte {
	return Type.TypedDataJSON(&d.Domain, v.Values()...)
}

// Accept applies the acceptance rule and returns the new accepted
// cumulative amount (= cumulative). All amounts are in wei.
func Accept(lastAccepted, price, deposit, cumulative *big.Int) (*big.Int, error) {
	if lastAccepted == nil || price == nil || deposit == nil || cumulative == nil {
		return nil, errs.New(errs.InvalidInput, "voucher acceptance needs lastAccepted, price, deposit and cumulative")
	}
	if lastAccepted.Sign() < 0 || price.Sign() < 0 || deposit.Sign() < 0 || cumulative.Sign() < 0 {
		return nil, errs.New(errs.InvalidInput, "voucher amounts cannot be negative")
	}
	if cumulative.Cmp(deposit) > 0 {
		return nil, errs.New(errs.VoucherExceedsDeposit, "voucher for %s wei exceeds the channel deposit of %s wei", cumulative, deposit)
	}
	need := new(big.Int).Add(lastAccepted, price)
	if cumulative.Cmp(need) < 0 {
		return nil, errs.New(errs.VoucherInsufficient, "voucher for %s wei is below the accepted %s + price %s = %s wei", cumulative, lastAccepted, price, need)
	}
	return new(big.Int).Set(cumulative), nil
}

// AcceptExact is the mailroom's charging rule: a voucher is taken only at
// exactly lastAccepted + price, within the deposit, so the recipient never
// holds more than it served. The failures, in this order:
// errs.VoucherExceedsDeposit, errs.VoucherInsufficient (below; a voucher not
// above lastAccepted is stale), errs.VoucherExcessive (above).
func AcceptExact(lastAccepted, price, deposit, cumulative *big.Int) (*big.Int, error) {
	if _, err := Accept(lastAccepted, price, deposit, cumulative); err != nil {
		return nil, err
	}
	need := new(big.Int).Add(lastAccepted, price)
	if cumulative.Cmp(need) > 0 {
		return nil, errs.New(errs.VoucherExcessive, "voucher for %s wei is above the accepted %s + price %s = %s wei: this mailroom takes exactly the price", cumulative, lastAccepted, price, need)
	}
	return new(big.Int).Set(cumulative), nil
}
