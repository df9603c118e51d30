package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/hosts/chain"
)

func init() { register(newDeployCmd) }

func newDeployCmd() *cobra.Command {
	var f chainFlags
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy AgentRegistry and AgentPaymentChannel and write the deployments file",
		Args:  exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
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
			d, err := chain.Deploy(ctx, be, s)
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
			fmt.Fprintf(out, "deployments file:    %s\n", f.deployments)
			return nil
		},
	}
	f.add(cmd, true)
	return cmd
}
