package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/hosts/runtime/api"
	"github.com/agentmailroom/mailroom/testvectors/conformance"
)

func init() { register(newConformanceCmd) }

func newConformanceCmd() *cobra.Command {
	var (
		f       cryptoFlags
		verbose bool
	)
	cmd := &cobra.Command{
		Use:   "conformance [--runtime native|wasm] DIR",
		Short: "Run a directory of EIP-712 conformance cases and print \"<runtime>: N passed, M failed\"",
		Long: `Run every *.json case directly in DIR (the format of
testvectors/conformance/README.md) through the runtime and print exactly
"<runtime>: N passed, M failed". A file that cannot be parsed counts as a
failed case. Exits 1 when any case fails or DIR holds no case. -v lists the
failures first.`,
		Args: exactArgs(1, "one DIR of cases"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withRuntime(f.runtime, func(rt api.Runtime) error {
				res, err := conformance.Run(rt, args[0])
				if err != nil {
					return err
				}
				if f.json {
					if err := printJSON(cmd, res); err != nil {
						return err
					}
				} else {
					if verbose {
						for _, x := range res.Failures {
							fmt.Fprintf(cmd.OutOrStdout(), "FAIL %s: %s\n", x.File, oneLine(x.Reason))
						}
					}
					fmt.Fprintln(cmd.OutOrStdout(), res.Summary())
				}
				first := ""
				if len(res.Failures) > 0 {
					first = res.Failures[0].File + ": " + res.Failures[0].Reason
				}
				return failuresError(res.Failed, res.Passed+res.Failed, "conformance cases", first)
			})
		},
	}
	f.add(cmd)
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list each failure before the summary")
	return cmd
}
