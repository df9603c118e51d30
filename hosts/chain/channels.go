package chain

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agentmailroom/mailroom/contracts/gen/agentpaymentchannel"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/voucher"
)

// Channel is a payment channel's on-chain state.
type Channel struct {
	ID               [32]byte
	Sender           common.Address
	Recipient        common.Address
	Deposit          *big.Int
	Claimed          *big.Int
	WithdrawDelay    uint64 // seconds
	CloseRequestedAt uint64 // unix seconds, 0 if not requested
	Open             bool
	// Token is the channel's asset: an ERC-20 token, or the zero address
	// for ETH (Native). Amounts are in its base units.
	Token common.Address
}

// Native is the asset address of ETH channels (the zero address).
var Native = common.Address{}

// Remaining is deposit − claimed.
func (c *Channel) Remaining() *big.Int { return new(big.Int).Sub(c.Deposit, c.Claimed) }

// Channels is a typed client of one AgentPaymentChannel.
type Channels struct {
	t        *transactor
	Address  common.Address
	contract *agentpaymentchannel.AgentPaymentChannel
	domain   *voucher.Domain
}

// NewChannels binds the payment-channel contract at addr on a chain with the given id.
func NewChannels(b Backend, chainID *big.Int, addr common.Address) (*Channels, error) {
	c, err := agentpaymentchannel.NewAgentPaymentChannel(addr, b)
	if err != nil {
		return nil, errs.New(errs.ChainError, "bind payment channel: %v", err)
	}
	return &Channels{
		t:        &transactor{backend: b, chainID: chainID},
		Address:  addr,
		contract: c,
		domain:   voucher.NewDomain(chainID.Uint64(), toCore(addr)),
	}, nil
}

// Contract returns the raw abigen binding.
func (c *Channels) Contract() *agentpaymentchannel.AgentPaymentChannel { return c.contract }

// Domain returns the voucher domain of this contract.
func (c *Channels) Domain() *voucher.Domain { return c.domain }

// VoucherDigest is the EIP-712 digest of Voucher(id, amount) (computed locally by core/voucher).
func (c *Channels) VoucherDigest(id [32]byte, amount *big.Int) ([32]byte, error) {
	return c.domain.Digest(&voucher.Voucher{ChannelID: id, CumulativeAmount: amount})
}

// SignVoucher signs Voucher(id, amount) with the channel sender's key.
func (c *Channels) SignVoucher(sender *Signer, id [32]byte, amount *big.Int) (ethsig.Signature, error) {
	return c.domain.Sign(sender.Core(), &voucher.Voucher{ChannelID: id, CumulativeAmount: amount})
}

// Open creates a channel from sender to recipient with deposit wei and
// the given withdraw delay, and returns its id (from the ChannelCreated event).
func (c *Channels) Open(ctx context.Context, sender *Signer, recipient common.Address, deposit *big.Int, withdrawDelay uint64) ([32]byte, *Receipt, error) {
	r, err := c.t.send(ctx, "createChannel", sender, deposit, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.contract.CreateChannel(o, recipient, new(big.Int).SetUint64(withdrawDelay))
	})
	return c.created(r, err, "createChannel")
}

// created returns the id of the channel the receipt's ChannelCreated event names.
func (c *Channels) created(r *Receipt, err error, op string) ([32]byte, *Receipt, error) {
	if err != nil {
		return [32]byte{}, r, err
	}
	for _, l := range r.Raw.Logs {
		if l.Address != c.Address {
			continue
		}
		if ev, perr := c.contract.ParseChannelCreated(*l); perr == nil {
			return ev.ChannelId, r, nil
		}
	}
	return [32]byte{}, r, errs.New(errs.ChainError, "%s: no ChannelCreated event in %s", op, r.TxHash.Hex())
}

// TopUp adds amount wei to the channel's deposit. Sender only.
func (c *Channels) TopUp(ctx context.Context, sender *Signer, id [32]byte, amount *big.Int) (*Receipt, error) {
	return c.t.send(ctx, "topUp", sender, amount, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.contract.TopUp(o, id)
	})
}

// Get reads a channel; errs.ChannelNotFound when no channel has this id.
func (c *Channels) Get(ctx context.Context, id [32]byte) (*Channel, error) {
	out, err := c.contract.GetChannel(&bind.CallOpts{Context: ctx}, id)
	if err != nil {
		return nil, classify("getChannel", err)
	}
	if out.Sender == (common.Address{}) {
		return nil, errs.New(errs.ChannelNotFound, "no channel 0x%x", id)
	}
	return &Channel{
		ID:               id,
		Sender:           out.Sender,
		Recipient:        out.Recipient,
		Deposit:          out.Deposit,
		Claimed:          out.Claimed,
		WithdrawDelay:    out.WithdrawDelay.Uint64(),
		CloseRequestedAt: out.CloseRequestedAt.Uint64(),
		Open:             out.Open,
		Token:            out.Token,
	}, nil
}

// Claim pays the recipient the increase of the voucher over what was claimed. Recipient only.
func (c *Channels) Claim(ctx context.Context, recipient *Signer, id [32]byte, amount *big.Int, sig []byte) (*Receipt, error) {
	return c.t.send(ctx, "claim", recipient, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.contract.Claim(o, id, amount, sig)
	})
}

// Redeem pays the increase, refunds the rest to the sender and closes.
// Recipient only. A refund the sender's address does not take is credited
// to its RefundOf instead; the redeem still succeeds.
func (c *Channels) Redeem(ctx context.Context, recipient *Signer, id [32]byte, amount *big.Int, sig []byte) (*Receipt, error) {
	return c.t.send(ctx, "redeemVoucher", recipient, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.contract.RedeemVoucher(o, id, amount, sig)
	})
}

// RequestClose starts the withdraw delay. Sender only.
func (c *Channels) RequestClose(ctx context.Context, sender *Signer, id [32]byte) (*Receipt, error) {
	return c.t.send(ctx, "requestClose", sender, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.contract.RequestClose(o, id)
	})
}

// MinWithdrawDelay reads the contract's minWithdrawDelay: the shortest
// withdrawDelay (seconds) Open can use on this deployment.
func (c *Channels) MinWithdrawDelay(ctx context.Context) (uint64, error) {
	v, err := c.contract.MinWithdrawDelay(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, classify("minWithdrawDelay", err)
	}
	return v.Uint64(), nil
}

// RefundOf reads the ETH refunds credited to account: redeemVoucher refunds
// its address did not take when pushed, withdrawable with WithdrawRefund
// (TokenRefundOf for a token channel's).
func (c *Channels) RefundOf(ctx context.Context, account common.Address) (*big.Int, error) {
	v, err := c.contract.RefundOf(&bind.CallOpts{Context: ctx}, account)
	if err != nil {
		return nil, classify("refundOf", err)
	}
	return v, nil
}

// WithdrawRefund pays the signer its credited refunds (refundOf).
func (c *Channels) WithdrawRefund(ctx context.Context, account *Signer) (*Receipt, error) {
	return c.t.send(ctx, "withdrawRefund", account, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.contract.WithdrawRefund(o)
	})
}

// WithdrawRefundTo pays the signer's credited refunds to another address
// (for an account whose own address does not take ETH).
func (c *Channels) WithdrawRefundTo(ctx context.Context, account *Signer, to common.Address) (*Receipt, error) {
	return c.t.send(ctx, "withdrawRefundTo", account, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.contract.WithdrawRefundTo(o, to)
	})
}

// Withdraw refunds the unclaimed rest to the sender after the delay. Sender only.
func (c *Channels) Withdraw(ctx context.Context, sender *Signer, id [32]byte) (*Receipt, error) {
	return c.t.send(ctx, "withdraw", sender, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.contract.Withdraw(o, id)
	})
}
