// Package core_test holds checks over the whole core.
package core_test

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// allowed reports whether a non-standard package may be linked into the
// core: the core itself, decred's secp256k1 (and its blake256), and
// x/crypto/sha3 with what it pulls in.
func allowed(p string) bool {
	for _, root := range []string{
		"github.com/agentmailroom/mailroom/core",
		"github.com/decred/dcrd/dcrec/secp256k1/v4",
		"github.com/decred/dcrd/crypto/blake256",
		"golang.org/x/crypto/sha3",
		"golang.org/x/crypto/internal",
		"golang.org/x/sys/cpu",
	} {
		if p == root || strings.HasPrefix(p, root+"/") {
			return true
		}
	}
	return false
}

// TestCoreDependencies fails on any import outside the allowed set, for the
// host platform and for the WebAssembly build.
func TestCoreDependencies(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
	for _, env := range [][]string{nil, {"GOOS=wasip1", "GOARCH=wasm"}} {
		cmd := exec.Command(gobin, "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", "./...")
		cmd.Env = append(cmd.Environ(), env...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go list %v: %v\n%s", env, err, out)
		}
		n := 0
		for _, p := range strings.Fields(string(out)) {
			n++
			if !allowed(p) {
				t.Errorf("core (%v) depends on %s", env, p)
			}
		}
		if n < 10 {
			t.Fatalf("go list %v listed only %d packages: %s", env, n, out)
		}
	}
	for _, p := range []string{"github.com/ethereum/go-ethereum/crypto", "golang.org/x/crypto/sha3x", "golang.org/x/crypto/blake2b", "github.com/agentmailroom/mailroom/hosts/runtime/api"} {
		if allowed(p) {
			t.Errorf("the allow-list admits %s", p)
		}
	}
}
