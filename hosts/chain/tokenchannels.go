package chain

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agentmailroom/mailroom/core/errs"
)

// OpenToken creates a channel from sender to recipient holding amount
// base units of token: it approves the payment channel for amount when the
// allowance is short (one transaction), then calls createTokenChannel.
// OpenWithPermit does it in one transaction for a token with EIP-2612.
func (c *Channels) OpenToken(ctx context.Context, sender *Signer, token *Token, recipient common.Address, amount *big.Int, withdrawDelay uint64) ([32]byte, *Receipt, error) {
	if err := c.allow(ctx, sender, token, amount); err != nil {
		return [32]byte{}, nil, err
	}
	r, err := c.t.send(ctx, "createTokenChannel", sender, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.contract.CreateTokenChannel(o, token.Address, recipient, amount, new(big.Int).SetUint64(withdrawDelay))
	})
	return c.created(r, err, "createTokenChannel")
}

// OpenWithPermit creates a token channel in one transaction: sender signs
// an EIP-2612 permit for the payment channel (valid for an hour) and
// createTokenChannelWithPermit uses it.
func (c *Channels) OpenWithPermit(ctx context.Context, sender *Signer, token *Token, recipient common.Address, amount *big.Int, withdrawDelay uint64) ([32]byte, *Receipt, error) {
	head, err := c.t.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return [32]byte{}, nil, errs.New(errs.ChainError, "read the chain head: %v", err)
	}
	deadline := head.Time + 3600
	p, err := token.SignPermit(ctx, sender, c.Address, amount, deadline)
	if err != nil {
		return [32]byte{}, nil, err
	}
	r, err := c.t.send(ctx, "createTokenChannelWithPermit", sender, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.contract.CreateTokenChannelWithPermit(o, token.Address, recipient, amount, new(big.Int).SetUint64(withdrawDelay),
			new(big.Int).SetUint64(deadline), p.V, p.R, p.S)
	})
	return c.created(r, err, "createTokenChannelWithPermit")
}

// TopUpToken adds amount base units of the channel's token (approving the
// payment channel first when the allowance is short). Sender only.
func (c *Channels) TopUpToken(ctx context.Context, sender *Signer, token *Token, id [32]byte, amount *big.Int) (*Receipt, error) {
	if err := c.allow(ctx, sender, token, amount); err != nil {
		return nil, err
	}
	return c.t.send(ctx, "topUpToken", sender, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.contract.TopUpToken(o, id, amount)
	})
}

// TokenRefundOf reads the refunds in token (Native: ETH) credited to account.
func (c *Channels) TokenRefundOf(ctx context.Context, token, account common.Address) (*big.Int, error) {
	v, err := c.contract.Refunds(&bind.CallOpts{Context: ctx}, token, account)
	if err != nil {
		return nil, classify("refunds", err)
	}
	return v, nil
}

// WithdrawTokenRefund pays the signer's credited refunds in token to to.
func (c *Channels) WithdrawTokenRefund(ctx context.Context, account *Signer, token, to common.Address) (*Receipt, error) {
	return c.t.send(ctx, "withdrawTokenRefund", account, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.contract.WithdrawTokenRefund(o, token, to)
	})
}

// allow approves the payment channel to pull amount of token from sender
// when its allowance is short (one transaction), and does nothing otherwise.
func (c *Channels) allow(ctx context.Context, sender *Signer, token *Token, amount *big.Int) error {
	have, err := token.Allowance(ctx, sender.Address(), c.Address)
	if err != nil || have.Cmp(amount) >= 0 {
		return err
	}
	_, err = token.Approve(ctx, sender, c.Address, amount)
	return err
}
