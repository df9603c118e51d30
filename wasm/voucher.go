package main

import (
	"encoding/json"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/num"
	"github.com/agentmailroom/mailroom/core/voucher"
)

// voucherFields is the voucher wire form (voucher.Signed JSON) without the
// signature, plus the channel contract's domain.
type voucherFields struct {
	ChainID           *num.Uint64     `json:"chainId"`
	VerifyingContract *ethsig.Address `json:"verifyingContract"`
	ChannelID         *string         `json:"channelId"`
	CumulativeAmount  *num.Uint256    `json:"cumulativeAmount"`
}

func (f *voucherFields) voucher() (*voucher.Domain, *voucher.Voucher, error) {
	if f.ChainID == nil || f.VerifyingContract == nil || f.ChannelID == nil || f.CumulativeAmount == nil {
		return nil, nil, errs.New(errs.InvalidInput, "voucher needs chainId, verifyingContract, channelId and cumulativeAmount")
	}
	id, err := bytes32("channelId", f.ChannelID)
	if err != nil {
		return nil, nil, err
	}
	return domains.voucher(uint64(*f.ChainID), *f.VerifyingContract),
		&voucher.Voucher{ChannelID: id, CumulativeAmount: &f.CumulativeAmount.Int}, nil
}

// mr_voucher_digest {chainId,verifyingContract,channelId,cumulativeAmount} → "0x<digest>"
func opVoucherDigest(req []byte) ([]byte, error) {
	var f voucherFields
	if err := decode(req, &f); err != nil {
		return nil, err
	}
	d, v, err := f.voucher()
	if err != nil {
		return nil, err
	}
	h, err := d.Digest(v)
	if err != nil {
		return nil, err
	}
	return str(hexutil.Encode(h[:])), nil
}

// mr_voucher_sign {privateKey, …the digest fields} → voucher.Signed JSON
func opVoucherSign(req []byte) ([]byte, error) {
	var f struct {
		PrivateKey *string `json:"privateKey"`
		voucherFields
	}
	if err := decode(req, &f); err != nil {
		return nil, err
	}
	k, err := privateKey(f.PrivateKey)
	if err != nil {
		return nil, err
	}
	d, v, err := f.voucher()
	if err != nil {
		return nil, err
	}
	sig, err := d.Sign(k, v)
	if err != nil {
		return nil, err
	}
	return object(voucher.Signed{Voucher: *v, Signature: sig})
}

// mr_voucher_verify {chainId,verifyingContract,sender,voucher:<voucher.Signed JSON>}
// → {"digest":"0x…"} when the signature recovers to sender.
func opVoucherVerify(req []byte) ([]byte, error) {
	var r struct {
		ChainID           *num.Uint64     `json:"chainId"`
		VerifyingContract *ethsig.Address `json:"verifyingContract"`
		Sender            *ethsig.Address `json:"sender"`
		Voucher           *voucher.Signed `json:"voucher"`
	}
	if err := decode(req, &r); err != nil {
		return nil, err
	}
	if r.ChainID == nil || r.VerifyingContract == nil || r.Sender == nil || r.Voucher == nil {
		return nil, errs.New(errs.InvalidInput, "voucher verification needs chainId, verifyingContract, sender and voucher")
	}
	h, err := domains.voucher(uint64(*r.ChainID), *r.VerifyingContract).Digest(&r.Voucher.Voucher)
	if err != nil {
		return nil, err
	}
	if err := ethsig.Verify(*r.Sender, h, r.Voucher.Signature); err != nil {
		return nil, err
	}
	return digestReply(h), nil
}

// mr_voucher_accept {lastAccepted,price,deposit,cumulative} → "<new accepted total, decimal>"
func opVoucherAccept(req []byte) ([]byte, error) {
	var r struct {
		LastAccepted *num.Uint256 `json:"lastAccepted"`
		Price        *num.Uint256 `json:"price"`
		Deposit      *num.Uint256 `json:"deposit"`
		Cumulative   *num.Uint256 `json:"cumulative"`
	}
	if err := decode(req, &r); err != nil {
		return nil, err
	}
	if r.LastAccepted == nil || r.Price == nil || r.Deposit == nil || r.Cumulative == nil {
		return nil, errs.New(errs.InvalidInput, "voucher acceptance needs lastAccepted, price, deposit and cumulative")
	}
	got, err := voucher.Accept(&r.LastAccepted.Int, &r.Price.Int, &r.Deposit.Int, &r.Cumulative.Int)
	if err != nil {
		return nil, err
	}
	return json.Marshal(got.String())
}
