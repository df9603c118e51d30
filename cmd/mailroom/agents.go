package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/discovery"
)

func init() { register(newAgentsCmd) }

// newAgentsCmd is `mailroom agents`: discovery over the registry's events
// (hosts/chain/discovery).
func newAgentsCmd() *cobra.Command {
	var (
		f                  chainFlags
		capability, maxStr string
		all                bool
		fromBlock, chunk   uint64
	)
	cmd := &cobra.Command{
		Use:   "agents [--capability C] [--max-rate AMOUNT]",
		Short: "Find registered agents by capability and rate",
		Long: `Lists the registry's agents, cheapest first: every agent a registry event
names (AgentRegistered, AgentUpdated, AgentActivated, AgentDeactivated,
AgentOwnershipTransferred), read at the chain head. --capability keeps those
that list C (exact match), --max-rate those whose rate per task is at most
AMOUNT (wei, or a decimal with a unit: 0.001ether, 5gwei); deactivated
agents are left out unless --all. Works on any JSON-RPC chain; --from-block
skips the blocks before the registry's deployment on long chains.`,
		Example: `  mailroom agents --capability gpt-4o --max-rate 0.001ether
  mailroom agents --json`,
		Args: exactArgs(0, "no arguments (use --capability)"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			q := discovery.Query{Capability: capability, IncludeInactive: all}
			if maxStr != "" {
				r, err := chain.ParseAmount(maxStr)
				if err != nil {
					return err
				}
				q.MaxRate = r
			}
			ctx, cancel := f.context(cmd)
			defer cancel()
			c, err := f.connect(ctx)
			if err != nil {
				return err
			}
			ix := discovery.New(c.Backend, c.Registry, discovery.Options{FromBlock: fromBlock, LogRange: chunk})
			if _, err := ix.Sync(ctx); err != nil {
				return err
			}
			return showAgents(cmd, &f, ix.Find(q))
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&capability, "capability", "", "only agents that list this capability `C`")
	fl.StringVar(&maxStr, "max-rate", "", "only agents whose rate per task is at most `AMOUNT`")
	fl.BoolVar(&all, "all", false, "include deactivated agents")
	fl.Uint64Var(&fromBlock, "from-block", 0, "first block to scan (the registry's deployment block)")
	fl.Uint64Var(&chunk, "log-range", discovery.DefaultLogRange, "most blocks per eth_getLogs call")
	f.add(cmd, false)
	return cmd
}

func showAgents(cmd *cobra.Command, f *chainFlags, found []chain.Agent) error {
	if f.json {
		out := make([]agentOut, 0, len(found))
		for i := range found {
			out = append(out, newAgentOut(&found[i], nil))
		}
		return printJSON(cmd, out)
	}
	w := cmd.OutOrStdout()
	if len(found) == 0 {
		fmt.Fprintln(cmd.ErrOrStderr(), "no agent matches")
		return nil
	}
	for _, a := range found {
		state := ""
		if !a.Active {
			state = "  (inactive)"
		}
		fmt.Fprintf(w, "%s  %s  %s  [%s]%s\n", a.DID(), chain.FormatWei(a.Rate()), a.Endpoint, strings.Join(a.Capabilities, ", "), state)
	}
	return nil
}
