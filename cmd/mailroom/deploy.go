package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/hosts/chain"
)

func init() { register(newDeployCmd) }

func newDeployCmd() *cobra.Command {
	var (
		f        chainFlags
		minDelay string
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
is the mainnet-like choice; 0 disables it (what mailroom node does).`,
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
			be, err := chain.Dial(ctx, f.rpc)
			if err != nil {
				return err
			}
			defer be.Close()
			d, err := chain.DeployWith(ctx, be, s, chain.DeployOptions{MinWithdrawDelay: min})
			if err != nil {
				return err
			}
			d.RPC = f.rpc
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
			fmt.Fprintf(out, "min withdraw delay:  %ds\n", d.MinWithdrawDelay)
			fmt.Fprintf(out, "deployments file:    %s\n", f.deployments)
			return nil
		},
	}
	f.add(cmd, true)
	cmd.Flags().StringVar(&minDelay, "min-withdraw-delay", "3600",
		"the payment channel's minimum withdraw delay (seconds or a duration like 1h); 1h is the mainnet-like default, 0 disables it")
	return cmd
}
