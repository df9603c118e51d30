package chain

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/agentmailroom/mailroom/core/errs"
)

// Backend is what the client needs from a chain connection. Both
// *ethclient.Client and ethclient/simulated's Client satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
}

// Dial connects to a JSON-RPC endpoint.
func Dial(ctx context.Context, rpcURL string) (*ethclient.Client, error) {
	c, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		return nil, errs.New(errs.ChainError, "dial %s: %v", rpcURL, err)
	}
	return c, nil
}

// Receipt summarises a mined transaction.
type Receipt struct {
	TxHash      common.Hash
	GasUsed     uint64
	BlockNumber uint64
	// Raw is the full go-ethereum receipt (logs included).
	Raw *types.Receipt
}

// PollInterval is how often a pending transaction's receipt is polled.
var PollInterval = 20 * time.Millisecond

// transactor sends transactions from a Signer and waits for them.
type transactor struct {
	backend Backend
	chainID *big.Int
}

func (t *transactor) opts(ctx context.Context, s *Signer, value *big.Int) (*bind.TransactOpts, error) {
	if s == nil {
		return nil, errs.New(errs.InvalidPrivateKey, "no signing key")
	}
	o, err := bind.NewKeyedTransactorWithChainID(s.ECDSA(), t.chainID)
	if err != nil {
		return nil, errs.New(errs.InvalidPrivateKey, "%v", err)
	}
	o.Context = ctx
	o.Value = value
	return o, nil
}

// send builds, signs and sends a transaction via fn, then waits for its
// receipt. Reverts found by gas estimation or by the mined receipt become
// errs.Reverted with the decoded reason.
func (t *transactor) send(ctx context.Context, op string, s *Signer, value *big.Int,
	fn func(*bind.TransactOpts) (*types.Transaction, error)) (*Receipt, error) {
	o, err := t.opts(ctx, s, value)
	if err != nil {
		return nil, err
	}
	tx, err := fn(o)
	if err != nil {
		return nil, classify(op, err)
	}
	return t.wait(ctx, op, s.Address(), tx)
}

func (t *transactor) wait(ctx context.Context, op string, from common.Address, tx *types.Transaction) (*Receipt, error) {
	rc, err := WaitMined(ctx, t.backend, tx.Hash())
	if err != nil {
		return nil, err
	}
	r := &Receipt{TxHash: tx.Hash(), GasUsed: rc.GasUsed, BlockNumber: rc.BlockNumber.Uint64(), Raw: rc}
	if rc.Status != types.ReceiptStatusSuccessful {
		// Replay the call on the parent state for the reason.
		msg := ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
		parent := new(big.Int).Sub(rc.BlockNumber, big.NewInt(1))
		_, cerr := t.backend.CallContract(ctx, msg, parent)
		if cerr != nil {
			if re := classify(op, cerr); errs.KindOf(re) == errs.Reverted {
				return r, re
			}
		}
		return r, &RevertError{Op: op, Reason: "transaction " + tx.Hash().Hex() + " reverted"}
	}
	return r, nil
}

// WaitMined polls for the receipt of hash until it is mined or ctx ends.
func WaitMined(ctx context.Context, b bind.DeployBackend, hash common.Hash) (*types.Receipt, error) {
	tick := time.NewTicker(PollInterval)
	defer tick.Stop()
	for {
		if rc, err := b.TransactionReceipt(ctx, hash); err == nil && rc != nil {
			return rc, nil
		}
		// NotFound and transient RPC errors are retried until ctx ends.
		select {
		case <-ctx.Done():
			return nil, errs.New(errs.ChainError, "waiting for %s: %v", hash.Hex(), ctx.Err())
		case <-tick.C:
		}
	}
}
