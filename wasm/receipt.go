package main

import (
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/num"
	"github.com/agentmailroom/mailroom/core/receipt"
)

// receiptFields is the receipt wire form (receipt.Signed JSON) without the
// signature, plus the request domain.
type receiptFields struct {
	ChainID           *num.Uint64     `json:"chainId"`
	VerifyingContract *ethsig.Address `json:"verifyingContract"`
	RequestDigest     *string         `json:"requestDigest"`
	ChannelID         *string         `json:"channelId"`
	CumulativeAmount  *num.Uint256    `json:"cumulativeAmount"`
	ResultHash        *string         `json:"resultHash"`
}

func (f *receiptFields) receipt() (*receipt.Receipt, error) {
	if f.ChainID == nil || f.VerifyingContract == nil || f.RequestDigest == nil || f.ChannelID == nil ||
		f.CumulativeAmount == nil || f.ResultHash == nil {
		return nil, errs.New(errs.InvalidInput, "receipt needs chainId, verifyingContract, requestDigest, channelId, cumulativeAmount and resultHash")
	}
	r := &receipt.Receipt{CumulativeAmount: &f.CumulativeAmount.Int}
	var err error
	if r.RequestDigest, err = bytes32("requestDigest", f.RequestDigest); err != nil {
		return nil, err
	}
	if r.ChannelID, err = bytes32("channelId", f.ChannelID); err != nil {
		return nil, err
	}
	if r.ResultHash, err = bytes32("resultHash", f.ResultHash); err != nil {
		return nil, err
	}
	return r, nil
}

// mr_receipt_digest {chainId,verifyingContract,requestDigest,channelId,cumulativeAmount,resultHash} → "0x<digest>"
func opReceiptDigest(req []byte) ([]byte, error) {
	var f receiptFields
	if err := decode(req, &f); err != nil {
		return nil, err
	}
	r, err := f.receipt()
	if err != nil {
		return nil, err
	}
	h, err := receipt.Digest(domains.request(uint64(*f.ChainID), *f.VerifyingContract), r)
	if err != nil {
		return nil, err
	}
	return str(hexutil.Encode(h[:])), nil
}

// mr_receipt_sign {privateKey, …the digest fields} → receipt.Signed JSON
func opReceiptSign(req []byte) ([]byte, error) {
	var f struct {
		PrivateKey *string `json:"privateKey"`
		receiptFields
	}
	if err := decode(req, &f); err != nil {
		return nil, err
	}
	k, err := privateKey(f.PrivateKey)
	if err != nil {
		return nil, err
	}
	r, err := f.receipt()
	if err != nil {
		return nil, err
	}
	sig, err := receipt.Sign(domains.request(uint64(*f.ChainID), *f.VerifyingContract), k, r)
	if err != nil {
		return nil, err
	}
	return object(receipt.Signed{Receipt: *r, Signature: sig})
}

// mr_receipt_verify {chainId,verifyingContract,recipient,receipt:<receipt.Signed JSON>}
// → {"digest":"0x…"} when the signature recovers to recipient.
func opReceiptVerify(req []byte) ([]byte, error) {
	var r struct {
		ChainID           *num.Uint64     `json:"chainId"`
		VerifyingContract *ethsig.Address `json:"verifyingContract"`
		Recipient         *ethsig.Address `json:"recipient"`
		Receipt           *receipt.Signed `json:"receipt"`
	}
	if err := decode(req, &r); err != nil {
		return nil, err
	}
	if r.ChainID == nil || r.VerifyingContract == nil || r.Recipient == nil || r.Receipt == nil {
		return nil, errs.New(errs.InvalidInput, "receipt verification needs chainId, verifyingContract, recipient and receipt")
	}
	h, err := receipt.Digest(domains.request(uint64(*r.ChainID), *r.VerifyingContract), &r.Receipt.Receipt)
	if err != nil {
		return nil, err
	}
	if err := ethsig.Verify(*r.Recipient, h, r.Receipt.Signature); err != nil {
		return nil, err
	}
	return digestReply(h), nil
}
