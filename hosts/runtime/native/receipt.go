package native

import (
	"context"
	"math/big"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/receipt"
)

// ReceiptDigest returns the EIP-712 digest of a receipt under the
// AgentRequest domain (chainID, registry).
func (rt *Runtime) ReceiptDigest(ctx context.Context, chainID uint64, registry ethsig.Address, r *receipt.Receipt) ([32]byte, error) {
	if r == nil {
		return [32]byte{}, errs.New(errs.InvalidInput, "receipt is missing")
	}
	return receipt.Digest(rt.domains.request(chainID, registry), r)
}

// SignReceipt signs r with the recipient's key. The result holds its own
// copy of the amount.
func (rt *Runtime) SignReceipt(ctx context.Context, priv []byte, chainID uint64, registry ethsig.Address, r *receipt.Receipt) (*receipt.Signed, error) {
	k, err := ethsig.PrivateKeyFromBytes(priv)
	if err != nil {
		return nil, err
	}
	digest, err := rt.ReceiptDigest(ctx, chainID, registry, r)
	if err != nil {
		return nil, err
	}
	out := *r
	out.CumulativeAmount = new(big.Int).Set(r.CumulativeAmount)
	return &receipt.Signed{Receipt: out, Signature: SignDigest(k, digest)}, nil
}

// VerifyReceipt checks that the receipt's signature recovers to recipient.
func (rt *Runtime) VerifyReceipt(ctx context.Context, chainID uint64, registry ethsig.Address, s *receipt.Signed, recipient ethsig.Address) error {
	if s == nil {
		return errs.New(errs.InvalidInput, "signed receipt is missing")
	}
	digest, err := rt.ReceiptDigest(ctx, chainID, registry, &s.Receipt)
	if err != nil {
		return err
	}
	return verify(recipient, &digest, &s.Signature)
}
