package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/ethereum/go-ethereum/log"
	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
)

func init() { register(newNodeCmd) }

func newNodeCmd() *cobra.Command {
	var (
		host, datadir, deployments, balance string
		minDelay                            string
		port, accounts                      int
		verbose                             bool
	)
	cmd := &cobra.Command{
		Use:   "node",
		Short: "Run a local dev chain (chain id 31337) with the contracts deployed",
		Long: `Runs an in-process go-ethereum dev chain that mines a block as soon as a
transaction arrives, serves JSON-RPC over HTTP, prefunds the dev accounts,
deploys AgentRegistry, AgentPaymentChannel and MailroomTestUSD (a USDC-like
test token: 6 decimals, EIP-2612 permit, EIP-3009; each dev account gets
1,000,000 tUSDC) from dev account 0 and writes their addresses and its RPC
URL to the deployments file (--deployments, else $MAILROOM_DEPLOYMENTS, else
deployments.json), where the other commands find them. Runs until SIGINT or
SIGTERM.

The dev accounts are anvil's and Hardhat's: account i is the key at
m/44'/60'/0'/0/i of the mnemonic "test test test test test test test test
test test test junk" (account 0 is 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266),
so --dev-account N is the same key here, on anvil and on Hardhat, and the
contracts land at the addresses mailroom deploy --dev-account 0 gives on a
fresh anvil. The keys are public: never use them on a real chain.

With --datadir the chain persists, and the contracts of an existing
deployments file are reused when they still have code.

The payment channel is deployed with no minimum withdraw delay
(--min-withdraw-delay 0), so channels with any delay, even 0, open here and
the recipient mailroom's own minimum is what refuses a too-short one;
mailroom deploy uses 1h.`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !verbose {
				log.SetDefault(log.NewLogger(slog.DiscardHandler))
			}
			bal, err := chain.ParseAmount(balance)
			if err != nil {
				return err
			}
			min, err := parseDelay(minDelay)
			if err != nil {
				return err
			}
			cfg := devchain.Config{Host: host, Port: port, DataDir: datadir, Accounts: accounts, Balance: bal, MinWithdrawDelay: min}
			if datadir != "" {
				if d, err := chain.LoadDeployment(deployments); err == nil && d.ChainID == devchain.ChainID {
					cfg.Existing = &d
				}
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			c, err := devchain.Start(ctx, cfg)
			if err != nil {
				return err
			}
			defer c.Close()
			saved := c.Deployment
			saved.RPC = dialableRPC(c.RPC)
			if err := saved.Save(deployments); err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "mailroom dev chain\n")
			fmt.Fprintf(out, "chain id:        %d (0x%x)\n", devchain.ChainID, devchain.ChainID)
			fmt.Fprintf(out, "\naccounts (%s ether each; keys are public, dev only):\n", chain.FormatEther(bal))
			for i, k := range c.Keys {
				fmt.Fprintf(out, "(%d) %s  key %s\n", i, addrOut(k.Address()), k.Hex())
			}
			fmt.Fprintf(out, "mnemonic:        %s\n", devchain.Mnemonic)
			fmt.Fprintf(out, "derivation path: %s\n", devchain.DerivationPath)
			state := "deployed"
			if c.Reused {
				state = "reused"
			}
			fmt.Fprintf(out, "\ncontracts (%s by account 0):\n", state)
			fmt.Fprintf(out, "AgentRegistry:       %s\n", addrOut(c.Deployment.Registry))
			fmt.Fprintf(out, "AgentPaymentChannel: %s\n", addrOut(c.Deployment.PaymentChannel))
			if c.Deployment.Token != chain.Native {
				fmt.Fprintf(out, "MailroomTestUSD:     %s (tUSDC, 6 decimals, EIP-2612 + EIP-3009; %s tUSDC per dev account)\n",
					addrOut(c.Deployment.Token), chain.FormatUnits(devchain.DefaultTokenBalance, 6))
			}
			if m, err := c.Contracts.Channels.MinWithdrawDelay(ctx); err == nil {
				fmt.Fprintf(out, "min withdraw delay:  %ds\n", m)
			}
			fmt.Fprintf(out, "deployments file:    %s\n", deployments)
			fmt.Fprintf(out, "\nlistening on %s\n", c.RPC)
			<-ctx.Done()
			fmt.Fprintln(out, "shutting down")
			if err := c.Close(); err != nil {
				return err
			}
			fmt.Fprintln(out, "stopped")
			if err := cmd.Context().Err(); err != nil && !errors.Is(err, context.Canceled) {
				return errs.New(errs.Internal, "%v", err)
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&host, "host", "127.0.0.1", "HTTP listen host")
	fl.IntVar(&port, "port", 8545, "HTTP listen port (0 picks a free port)")
	fl.StringVar(&datadir, "datadir", "", "keep the chain in this folder (default: in memory)")
	fl.StringVar(&deployments, "deployments", deploymentsDefault(), "write the contract addresses and the RPC URL to this `FILE` ($"+envDeployments+" sets the default)")
	fl.IntVar(&accounts, "accounts", 10, "number of prefunded dev accounts")
	fl.StringVar(&balance, "balance", "10000ether", "balance of each dev account")
	fl.BoolVar(&verbose, "verbose", false, "print go-ethereum's logs")
	fl.StringVar(&minDelay, "min-withdraw-delay", "0", "the payment channel's minimum withdraw delay when deploying (seconds or a duration like 1h)")
	return cmd
}

// dialableRPC turns an endpoint on an unspecified address (--host 0.0.0.0
// or ::) into its loopback form, which clients on this machine can dial.
func dialableRPC(url string) string {
	for _, h := range []string{"0.0.0.0", "[::]"} {
		if rest, ok := strings.CutPrefix(url, "http://"+h+":"); ok {
			if h == "[::]" {
				return "http://[::1]:" + rest
			}
			return "http://127.0.0.1:" + rest
		}
	}
	return url
}
