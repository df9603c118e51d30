package native

import (
	"context"
	"math/big"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/voucher"
)

// VoucherDigest returns the EIP-712 digest of a voucher bound to chainID
// and the channel contract.
func (rt *Runtime) VoucherDigest(ctx context.Context, chainID uint64, contract ethsig.Address, v *voucher.Voucher) ([32]byte, error) {
	if v == nil {
		return [32]byte{}, errs.New(errs.InvalidInput, "voucher is missing")
	}
	return rt.domains.voucher(chainID, contract).Digest(v)
}

// SignVoucher signs v with the channel sender's key. The result holds its
// own copy of the amount.
func (rt *Runtime) SignVoucher(ctx context.Context, priv []byte, chainID uint64, contract ethsig.Address, v *voucher.Voucher) (*voucher.Signed, error) {
	k, err := ethsig.PrivateKeyFromBytes(priv)
	if err != nil {
		return nil, err
	}
	digest, err := rt.VoucherDigest(ctx, chainID, contract, v)
	if err != nil {
		return nil, err
	}
	out := voucher.Voucher{ChannelID: v.ChannelID, CumulativeAmount: new(big.Int).Set(v.CumulativeAmount)}
	return &voucher.Signed{Voucher: out, Signature: SignDigest(k, digest)}, nil
}

// VerifyVoucher checks that the voucher's signature recovers to sender.
func (rt *Runtime) VerifyVoucher(ctx context.Context, chainID uint64, contract ethsig.Address, s *voucher.Signed, sender ethsig.Address) error {
	if s == nil {
		return errs.New(errs.InvalidInput, "signed voucher is missing")
	}
	digest, err := rt.VoucherDigest(ctx, chainID, contract, &s.Voucher)
	if err != nil {
		return err
	}
	return verify(sender, &digest, &s.Signature)
}

// AcceptVoucher applies the acceptance rule (voucher.Accept).
func (*Runtime) AcceptVoucher(ctx context.Context, lastAccepted, price, deposit, cumulative *big.Int) (*big.Int, error) {
	return voucher.Accept(lastAccepted, price, deposit, cumulative)
}
