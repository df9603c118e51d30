package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
)

func init() { register(newDeployCmd) }

func newDeployCmd() *cobra.Command {
	var (
		f         chainFlags
		minDelay  string
		testToken bool
	)
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy AgentRegistry and AgentPaymentChannel and write the deployments file",
		Long: `Deploys AgentRegistry and AgentPaymentChannel from the signer and writes their
addresses to the deployments file.

--min-withdraw-delay is the payment channel's minimum withdraw delay, fixed
for the life of the contract: createChannel refuses a channel whose delay
between requestClose and withdraw is shorter, so a sender cannot be served
and then take its deposit back in the next block. The default, 1h (3600 s),
is the mainnet-like choice; 0 disables it (what mailroom node does).

--test-token also deploys MailroomTestUSD, the USDC-like test token of dev
chains (6 decimals, EIP-2612 permit, EIP-3009; the signer may mint it), and
records it in the file as "token". Test chains only: it has no value.

The contract addresses follow from the deployer and its nonce: dev account 0
deploying as its first transactions (--dev-account 0 on a fresh anvil or
Hardhat, with --test-token) gives the addresses mailroom node uses.

The deployments file is written, not read: the RPC is --rpc, else
$MAILROOM_RPC, else http://127.0.0.1:8545, and is recorded in the file;
the file is --deployments, else $MAILROOM_DEPLOYMENTS, else deployments.json
(see mailroom help config).`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			min, err := parseDelay(minDelay)
			if err != nil {
				return err
			}
			s, err := f.signer(cmd)
			if err != nil {
				return err
			}
			ctx, cancel := f.context(cmd)
			defer cancel()
			// The deployments file is the output: the RPC is --rpc,
			// $MAILROOM_RPC or the default, never the file's.
			rpcURL, _ := f.rpcURL(nil)
			be, err := chain.Dial(ctx, rpcURL)
			if err != nil {
				return err
			}
			defer be.Close()
			d, err := chain.DeployWith(ctx, be, s, chain.DeployOptions{MinWithdrawDelay: min, TestToken: testToken})
			if err != nil {
				return err
			}
			d.RPC = rpcURL
			if err := d.Save(f.deployments); err != nil {
				return err
			}
			if f.json {
				return printJSON(cmd, d)
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "chain id:            %d\n", d.ChainID)
			fmt.Fprintf(out, "AgentRegistry:       %s\n", addrOut(d.Registry))
			fmt.Fprintf(out, "AgentPaymentChannel: %s\n", addrOut(d.PaymentChannel))
			if d.Token != chain.Native {
				fmt.Fprintf(out, "MailroomTestUSD:     %s\n", addrOut(d.Token))
			}
			fmt.Fprintf(out, "min withdraw delay:  %ds\n", d.MinWithdrawDelay)
			fmt.Fprintf(out, "deployments file:    %s\n", f.deployments)
			if reg, ch, tok, err := devchain.DeployedAt(); err == nil && d.Registry == reg && d.PaymentChannel == ch && (d.Token == chain.Native || d.Token == tok) {
				fmt.Fprintln(out, "(dev account 0's first transactions: the addresses mailroom node uses)")
			}
			return nil
		},
	}
	f.add(cmd, true)
	cmd.Flags().StringVar(&minDelay, "min-withdraw-delay", "3600",
		"the payment channel's minimum withdraw delay (seconds or a duration like 1h); 1h is the mainnet-like default, 0 disables it")
	cmd.Flags().BoolVar(&testToken, "test-token", false, "also deploy MailroomTestUSD, the dev chains' USDC-like test token (test chains only)")
	return cmd
}
