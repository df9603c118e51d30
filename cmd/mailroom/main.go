// Command mailroom is the AgentMailroom CLI: keys, DIDs, EIP-712, envelopes,
// vouchers, vectors, the local dev chain and the mailroom service.
//
// Plain answers go to stdout; --json gives structured output. On failure it
// exits 1 and prints exactly one line "error: <code>: <message>" on stderr,
// where <code> is a stable kind from core/errs.
package main

import (
	"fmt"
	"os"

	"github.com/agentmailroom/mailroom/core/errs"
)

func main() {
	root := newRootCmd()
	if err := root.Execute(); err != nil {
		fmt.Fprintf(os.Stderr, "error: %s: %s\n", errs.KindOf(err), oneLine(errs.Message(err)))
		os.Exit(1)
	}
}
