package wazero

import (
	"context"
	"math/big"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/voucher"
)

// The request objects use the core wire names (wasm/ABI.md §5).

func envelopeRequest(o *jsonObject, chainID uint64, registry ethsig.Address, r *envelope.Request) []byte {
	return o.address("sender", r.Sender).address("recipient", r.Recipient).hex("payloadHash", r.PayloadHash[:]).
		uint("timestamp", r.Timestamp).uint("nonce", r.Nonce).uint("chainId", chainID).
		address("verifyingContract", registry).bytes()
}

// EnvelopeDigest is the EIP-712 digest of an AgentRequest.
func (rt *Runtime) EnvelopeDigest(ctx context.Context, chainID uint64, registry ethsig.Address, r *envelope.Request) ([32]byte, error) {
	if r == nil {
		return [32]byte{}, errs.New(errs.InvalidInput, "envelope request is missing")
	}
	return replyBytes32(rt.call(ctx, opEnvelopeDigest, envelopeRequest(newObject(400), chainID, registry, r)))
}

// SignEnvelope signs r; the key must be r.Sender's.
func (rt *Runtime) SignEnvelope(ctx context.Context, priv []byte, chainID uint64, registry ethsig.Address, r *envelope.Request) (*envelope.Signed, error) {
	if r == nil {
		return nil, errs.New(errs.InvalidInput, "envelope request is missing")
	}
	v, err := rt.call(ctx, opEnvelopeSign, envelopeRequest(newObject(500).hex("privateKey", priv), chainID, registry, r))
	if err != nil {
		return nil, err
	}
	s, err := envelope.Decode(v)
	if err != nil {
		return nil, errs.New(errs.Internal, "mailroom.wasm returned a bad envelope: %v", err)
	}
	return s, nil
}

// VerifyEnvelope checks that the signature recovers to s.Sender.
func (rt *Runtime) VerifyEnvelope(ctx context.Context, s *envelope.Signed) error {
	if s == nil {
		return errs.New(errs.InvalidInput, "envelope is missing")
	}
	o := newObject(560).hex("signature", s.Signature[:])
	_, err := rt.call(ctx, opEnvelopeVerify, envelopeRequest(o, s.ChainID, s.Registry, &s.Request))
	return err
}

func voucherRequest(o *jsonObject, chainID uint64, contract ethsig.Address, v *voucher.Voucher) ([]byte, error) {
	if err := nonNegative(v.CumulativeAmount); err != nil {
		return nil, err
	}
	return o.uint("chainId", chainID).address("verifyingContract", contract).
		hex("channelId", v.ChannelID[:]).big("cumulativeAmount", v.CumulativeAmount).bytes(), nil
}

// nonNegative refuses what the wire cannot carry, with the core's kind.
func nonNegative(x *big.Int) error {
	if x != nil && x.Sign() < 0 {
		return errs.New(errs.IntegerOutOfRange, "%s is outside uint256", x)
	}
	return nil
}

// VoucherDigest is the EIP-712 digest of a voucher.
func (rt *Runtime) VoucherDigest(ctx context.Context, chainID uint64, contract ethsig.Address, v *voucher.Voucher) ([32]byte, error) {
	if v == nil {
		return [32]byte{}, errs.New(errs.InvalidInput, "voucher is missing")
	}
	req, err := voucherRequest(newObject(300), chainID, contract, v)
	if err != nil {
		return [32]byte{}, err
	}
	return replyBytes32(rt.call(ctx, opVoucherDigest, req))
}

// SignVoucher signs v with the channel sender's key.
func (rt *Runtime) SignVoucher(ctx context.Context, priv []byte, chainID uint64, contract ethsig.Address, v *voucher.Voucher) (*voucher.Signed, error) {
	if v == nil {
		if _, err := rt.AddressOf(ctx, priv); err != nil {
			return nil, err
		}
		return nil, errs.New(errs.InvalidInput, "voucher is missing")
	}
	req, err := voucherRequest(newObject(400).hex("privateKey", priv), chainID, contract, v)
	if err != nil {
		return nil, err
	}
	out, err := rt.call(ctx, opVoucherSign, req)
	if err != nil {
		return nil, err
	}
	s, err := voucher.Decode(out)
	if err != nil {
		return nil, errs.New(errs.Internal, "mailroom.wasm returned a bad voucher: %v", err)
	}
	return s, nil
}

// VerifyVoucher checks that the signature recovers to sender.
func (rt *Runtime) VerifyVoucher(ctx context.Context, chainID uint64, contract ethsig.Address, s *voucher.Signed, sender ethsig.Address) error {
	if s == nil {
		return errs.New(errs.InvalidInput, "signed voucher is missing")
	}
	if err := nonNegative(s.CumulativeAmount); err != nil {
		return err
	}
	inner := newObject(300).hex("channelId", s.ChannelID[:]).big("cumulativeAmount", s.CumulativeAmount).
		hex("signature", s.Signature[:]).bytes()
	req := newObject(len(inner)+160).uint("chainId", chainID).address("verifyingContract", contract).
		address("sender", sender).raw("voucher", inner).bytes()
	_, err := rt.call(ctx, opVoucherVerify, req)
	return err
}

// AcceptVoucher is voucher.Accept, evaluated in the guest.
func (rt *Runtime) AcceptVoucher(ctx context.Context, lastAccepted, price, deposit, cumulative *big.Int) (*big.Int, error) {
	if lastAccepted == nil || price == nil || deposit == nil || cumulative == nil {
		return nil, errs.New(errs.InvalidInput, "voucher acceptance needs lastAccepted, price, deposit and cumulative")
	}
	if lastAccepted.Sign() < 0 || price.Sign() < 0 || deposit.Sign() < 0 || cumulative.Sign() < 0 {
		return nil, errs.New(errs.InvalidInput, "voucher amounts cannot be negative")
	}
	req := newObject(400).big("lastAccepted", lastAccepted).big("price", price).big("deposit", deposit).
		big("cumulative", cumulative).bytes()
	v, err := rt.call(ctx, opVoucherAccept, req)
	if err != nil {
		return nil, err
	}
	s, err := unquote(v)
	if err != nil {
		return nil, err
	}
	x, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return nil, errs.New(errs.Internal, "mailroom.wasm returned %q for an accepted amount", s)
	}
	return x, nil
}

func receiptRequest(o *jsonObject, chainID uint64, registry ethsig.Address, r *receipt.Receipt) ([]byte, error) {
	if err := nonNegative(r.CumulativeAmount); err != nil {
		return nil, err
	}
	return o.uint("chainId", chainID).address("verifyingContract", registry).
		hex("requestDigest", r.RequestDigest[:]).hex("channelId", r.ChannelID[:]).
		big("cumulativeAmount", r.CumulativeAmount).hex("resultHash", r.ResultHash[:]).bytes(), nil
}

// ReceiptDigest is the EIP-712 digest of a receipt (request domain).
func (rt *Runtime) ReceiptDigest(ctx context.Context, chainID uint64, registry ethsig.Address, r *receipt.Receipt) ([32]byte, error) {
	if r == nil {
		return [32]byte{}, errs.New(errs.InvalidInput, "receipt is missing")
	}
	req, err := receiptRequest(newObject(400), chainID, registry, r)
	if err != nil {
		return [32]byte{}, err
	}
	return replyBytes32(rt.call(ctx, opReceiptDigest, req))
}

// SignReceipt signs r with the recipient's key.
func (rt *Runtime) SignReceipt(ctx context.Context, priv []byte, chainID uint64, registry ethsig.Address, r *receipt.Receipt) (*receipt.Signed, error) {
	if r == nil {
		if _, err := rt.AddressOf(ctx, priv); err != nil {
			return nil, err
		}
		return nil, errs.New(errs.InvalidInput, "receipt is missing")
	}
	req, err := receiptRequest(newObject(500).hex("privateKey", priv), chainID, registry, r)
	if err != nil {
		return nil, err
	}
	v, err := rt.call(ctx, opReceiptSign, req)
	if err != nil {
		return nil, err
	}
	s, err := receipt.Decode(v)
	if err != nil {
		return nil, errs.New(errs.Internal, "mailroom.wasm returned a bad receipt: %v", err)
	}
	return s, nil
}

// VerifyReceipt checks that the signature recovers to recipient.
func (rt *Runtime) VerifyReceipt(ctx context.Context, chainID uint64, registry ethsig.Address, s *receipt.Signed, recipient ethsig.Address) error {
	if s == nil {
		return errs.New(errs.InvalidInput, "signed receipt is missing")
	}
	if err := nonNegative(s.CumulativeAmount); err != nil {
		return err
	}
	inner := newObject(400).hex("requestDigest", s.RequestDigest[:]).hex("channelId", s.ChannelID[:]).
		big("cumulativeAmount", s.CumulativeAmount).hex("resultHash", s.ResultHash[:]).
		hex("signature", s.Signature[:]).bytes()
	req := newObject(len(inner)+160).uint("chainId", chainID).address("verifyingContract", registry).
		address("recipient", recipient).raw("receipt", inner).bytes()
	_, err := rt.call(ctx, opReceiptVerify, req)
	return err
}
