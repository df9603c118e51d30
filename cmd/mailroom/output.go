package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
)

// maxInputSize bounds what a command reads from a file or stdin.
const maxInputSize = 16 << 20

// cryptoFlags are the flags every crypto command shares.
type cryptoFlags struct {
	runtime string
	json    bool
}

// add registers --runtime and --json on cmd as persistent flags.
func (f *cryptoFlags) add(cmd *cobra.Command) {
	addRuntimeFlag(cmd, &f.runtime)
	cmd.PersistentFlags().BoolVar(&f.json, "json", false, "print structured JSON instead of the plain answer")
}

// emit prints the plain answer, or v as indented JSON with --json.
func (f *cryptoFlags) emit(cmd *cobra.Command, plain string, v any) error {
	if f.json {
		return printJSON(cmd, v)
	}
	fmt.Fprintln(cmd.OutOrStdout(), plain)
	return nil
}

// printJSON writes v as indented JSON and a newline to stdout.
func printJSON(cmd *cobra.Command, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return errs.New(errs.Internal, "encoding the output: %v", err)
	}
	b = append(b, '\n')
	_, err = cmd.OutOrStdout().Write(b)
	return err
}

// readFileOrStdin reads a named file, or stdin for "-".
func readFileOrStdin(cmd *cobra.Command, name string) ([]byte, error) {
	var r io.Reader
	if name == "-" {
		r = cmd.InOrStdin()
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, errs.New(errs.InvalidInput, "cannot read %s: %v", name, unwrapPathError(err))
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxInputSize+1))
	if err != nil {
		return nil, errs.New(errs.InvalidInput, "cannot read %s: %v", displayName(name), err)
	}
	if len(b) > maxInputSize {
		return nil, errs.New(errs.LimitExceeded, "%s is larger than %d bytes", displayName(name), maxInputSize)
	}
	return b, nil
}

func displayName(name string) string {
	if name == "-" {
		return "stdin"
	}
	return name
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// parseAgent accepts a 0x address or a did:agent:eth DID.
func parseAgent(rt api.Runtime, s string) (ethsig.Address, error) {
	if strings.HasPrefix(s, "did:") {
		return rt.ParseDID(context.Background(), s)
	}
	return rt.ParseAddress(context.Background(), s)
}

// requireFlags fails with errs.InvalidInput naming the first unset flag.
func requireFlags(cmd *cobra.Command, names ...string) error {
	for _, n := range names {
		if !cmd.Flags().Changed(n) {
			return errs.New(errs.InvalidInput, "--%s is required", n)
		}
	}
	return nil
}

// exactArgs is cobra.ExactArgs with an errs kind.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) != n {
			return errs.New(errs.InvalidInput, "expected %s, got %d argument(s)", what, len(args))
		}
		return nil
	}
}

// maxArgs is cobra.MaximumNArgs with an errs kind.
func maxArgs(n int, what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) > n {
			return errs.New(errs.InvalidInput, "expected at most %s, got %d arguments", what, len(args))
		}
		return nil
	}
}

// hex32 is the 0x form of a 32-byte value.
func hex32(b [32]byte) string { return hexutil.Encode(b[:]) }

// agentJSON is the structured form of an identity.
type agentJSON struct {
	Address string `json:"address"`
	DID     string `json:"did"`
}

// agentOf formats a through the runtime.
func agentOf(rt api.Runtime, a ethsig.Address) (agentJSON, error) {
	d, err := rt.FormatDID(context.Background(), a)
	if err != nil {
		return agentJSON{}, err
	}
	return agentJSON{Address: a.String(), DID: d}, nil
}
