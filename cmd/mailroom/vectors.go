package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
	"github.com/agentmailroom/mailroom/testvectors/runner"
)

func init() { register(newVectorsCmd) }

func newVectorsCmd() *cobra.Command {
	var (
		f       cryptoFlags
		verbose bool
	)
	cmd := &cobra.Command{
		Use:   "vectors",
		Short: "Run the project's test vectors",
	}
	f.add(cmd)
	check := &cobra.Command{
		Use:   "check [DIR]",
		Short: "Run every vector in DIR (default testvectors/) and print \"<runtime>: N passed, M failed\"",
		Long: `Run every vector file directly in DIR (default testvectors/) through the
runtime and print "<runtime>: N passed, M failed". Exits 1 when a vector
fails or a file cannot be understood. -v lists the failures first.`,
		Args: maxArgs(1, "one DIR"),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "testvectors"
			if len(args) == 1 {
				dir = args[0]
			}
			return withRuntime(f.runtime, func(rt api.Runtime) error {
				rep, err := runner.Run(rt, dir)
				if err != nil {
					if errs.KindOf(err) == errs.Internal {
						return errs.Wrap(errs.InvalidInput, "reading vectors", err)
					}
					return err
				}
				summary := fmt.Sprintf("%s: %d passed, %d failed", rt.Name(), rep.Passed, rep.Failed)
				if f.json {
					err = printJSON(cmd, struct {
						Runtime  string   `json:"runtime"`
						Passed   int      `json:"passed"`
						Failed   int      `json:"failed"`
						Failures []string `json:"failures"`
					}{rt.Name(), rep.Passed, rep.Failed, append([]string{}, rep.Failures...)})
				} else {
					if verbose {
						for _, l := range rep.Failures {
							fmt.Fprintln(cmd.OutOrStdout(), "FAIL", oneLine(l))
						}
					}
					fmt.Fprintln(cmd.OutOrStdout(), summary)
				}
				if err != nil {
					return err
				}
				return failuresError(rep.Failed, rep.Passed+rep.Failed, "vectors", firstOf(rep.Failures))
			})
		},
	}
	check.Flags().BoolVarP(&verbose, "verbose", "v", false, "list each failure before the summary")
	cmd.AddCommand(check)
	return cmd
}

func firstOf(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

// failuresError is the command error when some of n checks failed.
func failuresError(failed, n int, what, first string) error {
	if failed == 0 {
		return nil
	}
	return errs.New(errs.CheckFailed, "%d of %d %s failed; first: %s", failed, n, what, oneLine(first))
}
