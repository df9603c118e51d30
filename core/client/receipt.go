package client

import (
	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/core/x402"
)

// VerifyReceipt checks a paid response's PAYMENT-RESPONSE value
// (paymentResponse): it decodes, says success, and its receipt is over this
// envelope's digest under d, this voucher's channel and amount and
// keccak256 of body, signed by recipient. Every failure is
// errs.ReceiptInvalid.
func VerifyReceipt(d *envelope.Domain, paymentResponse string, body []byte, env *envelope.Signed, vs *voucher.Signed, recipient ethsig.Address) (*receipt.Signed, error) {
	if paymentResponse == "" {
		return nil, errs.New(errs.ReceiptInvalid, "no %s header", x402.HeaderPaymentResponse)
	}
	pr, err := x402.DecodePaymentResponse(paymentResponse)
	if err != nil {
		return nil, errs.Wrap(errs.ReceiptInvalid, "decode receipt", err)
	}
	rc := &pr.Extra.Receipt
	switch {
	case !pr.Success:
		return nil, errs.New(errs.ReceiptInvalid, "success is false")
	case rc.RequestDigest != d.Digest(&env.Request):
		return nil, errs.New(errs.ReceiptInvalid, "receipt is for another request")
	case rc.ChannelID != vs.ChannelID || rc.CumulativeAmount.Cmp(vs.CumulativeAmount) != 0:
		return nil, errs.New(errs.ReceiptInvalid, "receipt acknowledges %s wei on 0x%x, not %s wei on 0x%x", rc.CumulativeAmount, rc.ChannelID, vs.CumulativeAmount, vs.ChannelID)
	case rc.ResultHash != keccak.Sum256(body):
		return nil, errs.New(errs.ReceiptInvalid, "receipt's resultHash does not match the body")
	}
	if err := receipt.Verify(d, &rc.Receipt, rc.Signature, recipient); err != nil {
		return nil, errs.Wrap(errs.ReceiptInvalid, "receipt signature", err)
	}
	return rc, nil
}
