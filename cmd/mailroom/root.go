package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/errs"
)

// commands holds the constructors of the top-level subcommands. Each
// command file appends to it in an init function, so that files for
// different concepts never edit a shared list.
var commands []func() *cobra.Command

func register(f func() *cobra.Command) { commands = append(commands, f) }

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "mailroom",
		Short:         "Identity and micro-payments for AI agents",
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       versionString(), // --version (version.go)
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return errs.New(errs.InvalidInput, "%v", err)
	})
	for _, f := range commands {
		root.AddCommand(f())
	}
	return root
}

// oneLine folds a message onto a single line for the error output.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
