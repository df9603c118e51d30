package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// buildFlags are the flags of `make wasm` (mk/wasm.mk WASM_GOFLAGS, checked
// below), as separate arguments.
var buildFlags = []string{"-buildmode=c-shared", "-trimpath", "-buildvcs=false", "-ldflags=-s -w -buildid="}

const (
	checkedIn = "../hosts/runtime/wazero/mailroom.wasm"
	sumFile   = "../hosts/runtime/wazero/mailroom.wasm.sha256"
)

func buildModule(t *testing.T) []byte {
	t.Helper()
	out := filepath.Join(t.TempDir(), "mailroom.wasm")
	cmd := exec.Command("go", append(append([]string{"build"}, buildFlags...), "-o", out, ".")...)
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, msg)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestModuleNotDrifted fails when hosts/runtime/wazero/mailroom.wasm is not what
// `make wasm` builds from the current sources, or its sha256 file is stale.
func TestModuleNotDrifted(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the module")
	}
	mk, err := os.ReadFile("../mk/wasm.mk")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(mk, []byte("WASM_GOFLAGS := -buildmode=c-shared -trimpath -buildvcs=false -ldflags='-s -w -buildid='")) {
		t.Fatal("mk/wasm.mk WASM_GOFLAGS differ from this test's buildFlags")
	}
	have, err := os.ReadFile(checkedIn)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(have)
	line, err := os.ReadFile(sumFile)
	if err != nil {
		t.Fatal(err)
	}
	if f := strings.Fields(string(line)); len(f) != 2 || f[0] != hex.EncodeToString(sum[:]) || f[1] != "mailroom.wasm" {
		t.Fatalf("%s is %q; the module's sha256 is %x: run make wasm", sumFile, line, sum)
	}
	fresh := buildModule(t)
	if !bytes.Equal(fresh, have) {
		t.Fatalf("%s (%d bytes) differs from a fresh build (%d bytes, sha256 %x) with %s: run make wasm",
			checkedIn, len(have), len(fresh), sha256.Sum256(fresh), runtime.Version())
	}
}
