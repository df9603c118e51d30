package main

import (
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
	"github.com/agentmailroom/mailroom/hosts/runtime/native"
	"github.com/agentmailroom/mailroom/hosts/runtime/wazero"
)

// runtimeNames are the values --runtime accepts.
const runtimeNames = "native|wasm"

// openRuntime returns the runtime that does a command's crypto. The caller
// closes it.
func openRuntime(name string) (api.Runtime, error) {
	switch name {
	case "native":
		return native.New(), nil
	case "wasm":
		return openWasm()
	default:
		return nil, errs.New(errs.InvalidInput, "unknown runtime %q (want %s)", name, runtimeNames)
	}
}

// addRuntimeFlag adds --runtime to cmd (persistent, so that subcommands of
// a group share it).
func addRuntimeFlag(cmd *cobra.Command, p *string) {
	cmd.PersistentFlags().StringVar(p, "runtime", "native", "runtime that does the crypto: "+runtimeNames)
}

// withRuntime opens the named runtime, runs f and closes it.
func withRuntime(name string, f func(api.Runtime) error) error {
	rt, err := openRuntime(name)
	if err != nil {
		return err
	}
	defer rt.Close()
	return f(rt)
}

// openWasm returns hosts/runtime/wazero (mailroom.wasm in wazero), with wazero's
// compilation cache in the user cache directory when there is one, so that
// only the first CLI run pays for compiling the module.
func openWasm() (api.Runtime, error) {
	var opts wazero.Options
	if dir, err := os.UserCacheDir(); err == nil {
		opts.CacheDir = filepath.Join(dir, "mailroom", "wazero")
	}
	return wazero.New(opts)
}
