// Command mailroom is the AgentMailroom CLI: keys, DIDs, EIP-712, envelopes,
// vouchers, vectors, the local dev chain and the mailroom service.
//
// Plain answers go to stdout; --json gives structured output. On failure it
// exits 1 and prints exactly one line on stderr: "error: <code>: <message>",
// or with --json {"code":"<code>","message":"<message>"}, where <code> is a
// stable kind from core/errs (usage errors are invalid_input).
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
