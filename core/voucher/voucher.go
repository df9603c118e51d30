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

// EncodeType is the Voucher type string.
const EncodeType = "Voucher(bytes32 channelId,uint256 cumulativeAmount)"

// TypeHash is keccak256(EncodeType).
var TypeHash = keccak.Sum256([]byte(EncodeType))

// Domain is a payment-channel domain with its separator precomputed.
type Domain struct {
	ChainID  uint64
	Contract ethsig.Address
	sep      [32]byte
}

// NewDomain binds vouchers to a chain and a channel contract.
func NewDomain(chainID uint64, contract ethsig.Address) *Domain {
	d := &Domain{ChainID: chainID, Contract: contract}
	d.sep = d.Standard().Separator()
	return d
}

// Standard returns the domain as an eip712.StandardDomain.
func (d *Domain) Standard() eip712.StandardDomain {
	return eip712.StandardDomain{Name: DomainName, Version: DomainVersion, ChainID: d.ChainID, VerifyingContract: d.Contract}
}

// Separator returns the precomputed domain separator.
func (d *Domain) Separator() [32]byte { return d.sep }

// Voucher authorises the recipient to take CumulativeAmount wei in total
// from the channel.
type Voucher struct {
	ChannelID        [32]byte
	CumulativeAmount *big.Int
}

// HashStruct returns hashStruct(Voucher, v); the amount must be in uint256.
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
	return eip712.Digest(d.sep, h), nil
}

// Sign signs v with the channel sender's key.
func (d *Domain) Sign(key *ethsig.PrivateKey, v *Voucher) (ethsig.Signature, error) {
	h, err := d.Digest(v)
	if err != nil {
		return ethsig.Signature{}, err
	}
	return key.Sign(h), nil
}

// Recover returns the address that signed v.
func (d *Domain) Recover(v *Voucher, sig ethsig.Signature) (ethsig.Address, error) {
	h, err := d.Digest(v)
	if err != nil {
		return ethsig.Address{}, err
	}
	return ethsig.Recover(h, sig)
}

// Verify checks that sig over v was made by sender.
func (d *Domain) Verify(v *Voucher, sig ethsig.Signature, sender ethsig.Address) error {
	h, err := d.Digest(v)
	if err != nil {
		return err
	}
	return ethsig.Verify(sender, h, sig)
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
