package main

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
)

func init() { register(newFundCmd) }

// devChainIDs are the chain ids of local dev nodes: 31337 (anvil, Hardhat,
// mailroom node) and 1337 (Ganache, geth --dev). No public network uses them.
var devChainIDs = []uint64{devchain.ChainID, 1337}

// devClients are the prefixes of web3_clientVersion that local dev nodes
// answer (compared case-insensitively): mailroom node, anvil, Hardhat,
// Ganache (and its older TestRPC name), geth --dev and reth --dev.
var devClients = []string{"mailroom-devchain/", "anvil/", "hardhatnetwork/", "ganache/", "ethereumjs testrpc/", "geth/", "reth/"}

// requireDevChain refuses a chain that is not a local dev chain. The rule
// (mailroom help fund): its chain id is 31337 or 1337 AND its
// web3_clientVersion names a dev node (devClients). Both, because a chain
// id alone is only a number anyone can pick, and a client name alone says
// nothing of the network.
func requireDevChain(ctx context.Context, be *ethclient.Client, rpcURL string) (*big.Int, error) {
	id, err := be.ChainID(ctx)
	if err != nil {
		return nil, errs.New(errs.ChainError, "chain id of %s: %v", rpcURL, err)
	}
	known := false
	for _, d := range devChainIDs {
		known = known || id.IsUint64() && id.Uint64() == d
	}
	var client string
	if err := be.Client().CallContext(ctx, &client, "web3_clientVersion"); err != nil {
		client = "(web3_clientVersion: " + err.Error() + ")"
	}
	named := false
	for _, p := range devClients {
		named = named || strings.HasPrefix(strings.ToLower(client), p)
	}
	if !known || !named {
		return nil, errs.New(errs.InvalidInput,
			"%s is not a dev chain (chain id %s, client %q): mailroom fund sends from the public dev keys and works only on a local dev node (chain id 31337 or 1337, such as mailroom node, anvil or Hardhat); on other chains send ether from your own wallet",
			rpcURL, id, client)
	}
	return id, nil
}

type fundOut struct {
	To         string `json:"to"`
	From       string `json:"from"`
	DevAccount int    `json:"devAccount"`
	AmountWei  string `json:"amountWei"`
	BalanceWei string `json:"balanceWei"`
	Tx         txOut  `json:"tx"`
}

func newFundCmd() *cobra.Command {
	var (
		f   chainFlags
		dev int
	)
	cmd := &cobra.Command{
		Use:   "fund <address|did> <amount>",
		Short: "Send ether from a dev account to an address (dev chains only)",
		Long: `Sends <amount> (wei, or e.g. 1ether, 10gwei) from dev account --dev-account
(default 0) to an address or did:agent:eth DID, waits for it to be mined and
prints the new balance: how a key made elsewhere (mailroom keygen, cast wallet
new) gets gas money on a dev chain.

Dev chains only: the dev accounts' keys are public. The chain must have chain
id 31337 or 1337 AND answer web3_clientVersion as a local dev node does
(mailroom node, anvil, Hardhat, Ganache, geth or reth in dev mode); anything
else is refused with invalid_input before a transaction is signed.`,
		Args: exactArgs(2, "an address or DID, and an amount"),
		RunE: func(cmd *cobra.Command, args []string) error {
			to, err := parseAgentArg(args[0])
			if err != nil {
				return err
			}
			if to == (common.Address{}) {
				return errs.New(errs.InvalidAddress, "refusing to fund the zero address")
			}
			amt, err := chain.ParseAmount(args[1])
			if err != nil {
				return err
			}
			if amt.Sign() <= 0 {
				return errs.New(errs.InvalidInput, "amount must be positive")
			}
			key, err := devchain.DevKey(dev)
			if err != nil {
				return err
			}
			ctx, cancel := f.context(cmd)
			defer cancel()
			d, err := f.optionalDeployment()
			if err != nil {
				return err
			}
			be, err := f.dial(ctx, d)
			if err != nil {
				return err
			}
			defer be.Close()
			rpcURL, _ := f.rpcURL(d)
			chainID, err := requireDevChain(ctx, be, rpcURL)
			if err != nil {
				return err
			}
			r, err := transfer(ctx, be, chainID, key, to, amt)
			if err != nil {
				return err
			}
			bal, err := be.BalanceAt(ctx, to, nil)
			if err != nil {
				return errs.New(errs.ChainError, "balance of %s: %v", addrOut(to), err)
			}
			if f.json {
				return printJSON(cmd, fundOut{To: addrOut(to), From: addrOut(key.Address()), DevAccount: dev,
					AmountWei: amt.String(), BalanceWei: bal.String(), Tx: newTxOut(r)})
			}
			printTx(cmd, fmt.Sprintf("funded %s with %s from dev account %d (%s)", addrOut(to), chain.FormatWei(amt), dev, addrOut(key.Address())), r)
			fmt.Fprintf(cmd.OutOrStdout(), "balance: %s\n", chain.FormatWei(bal))
			return nil
		},
	}
	f.add(cmd, false)
	cmd.Flags().IntVar(&dev, "dev-account", 0, "send from dev account `N` (the standard test mnemonic's account N)")
	return cmd
}

// transfer sends amt wei from key to `to` (gas estimated, EIP-1559 fees)
// and waits for it to be mined.
func transfer(ctx context.Context, be *ethclient.Client, chainID *big.Int, key *chain.Signer, to common.Address, amt *big.Int) (*chain.Receipt, error) {
	o, err := bind.NewKeyedTransactorWithChainID(key.ECDSA(), chainID)
	if err != nil {
		return nil, errs.New(errs.InvalidPrivateKey, "%v", err)
	}
	o.Context, o.Value = ctx, amt
	// Estimated here: bind's own estimate insists on contract code at to.
	gas, err := be.EstimateGas(ctx, ethereum.CallMsg{From: key.Address(), To: &to, Value: amt})
	if err != nil {
		return nil, errs.New(errs.ChainError, "fund %s: %v", addrOut(to), err)
	}
	o.GasLimit = gas
	tx, err := bind.NewBoundContract(to, abi.ABI{}, be, be, be).RawTransact(o, nil)
	if err != nil {
		return nil, errs.New(errs.ChainError, "fund %s: %v", addrOut(to), err)
	}
	rc, err := chain.WaitMined(ctx, be, tx.Hash())
	if err != nil {
		return nil, err
	}
	r := &chain.Receipt{TxHash: tx.Hash(), GasUsed: rc.GasUsed, BlockNumber: rc.BlockNumber.Uint64(), Raw: rc}
	if rc.Status != types.ReceiptStatusSuccessful {
		return r, errs.New(errs.Reverted, "fund %s: transaction %s reverted (a contract that refuses ether?)", addrOut(to), tx.Hash().Hex())
	}
	return r, nil
}
