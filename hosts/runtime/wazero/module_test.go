package wazero

import (
	"bytes"
	"os"
	"regexp"
	"slices"
	"sort"
	"testing"

	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/agentmailroom/mailroom/core/errs"
)

func TestChecksumMismatchIsAnError(t *testing.T) {
	if err := checkModule(moduleWasm, moduleSum); err != nil {
		t.Fatalf("embedded module: %v", err)
	}
	bad := bytes.Clone(moduleWasm)
	bad[len(bad)/2] ^= 1
	_, err := newEngine(t.Context(), engineKey{}, bad, moduleSum)
	if errs.KindOf(err) != errs.Internal || !bytes.Contains([]byte(err.Error()), []byte("sha256")) {
		t.Fatalf("corrupt module: err = %v", err)
	}
	for _, sum := range []string{"", "zz  mailroom.wasm", "00  mailroom.wasm"} {
		if err := checkModule(moduleWasm, []byte(sum)); errs.KindOf(err) != errs.Internal {
			t.Fatalf("sum file %q: err = %v", sum, err)
		}
	}
}

// TestExportsMatchABI checks that the module exports exactly what this
// host and wasm/ABI.md name, and imports only WASI preview 1.
func TestExportsMatchABI(t *testing.T) {
	e, err := sharedEngine(engineKey{})
	if err != nil {
		t.Fatal(err)
	}
	var exports []string
	for name := range e.compiled.ExportedFunctions() {
		exports = append(exports, name)
	}
	sort.Strings(exports)
	want := append([]string{"_initialize", "mr_abi_version", "mr_alloc", "mr_free"}, opNames[:]...)
	want = append(want, rawExports...)
	sort.Strings(want)
	if !slices.Equal(exports, want) {
		t.Fatalf("module exports\n%v\nwant\n%v", exports, want)
	}
	if _, ok := e.compiled.ExportedMemories()["memory"]; !ok {
		t.Fatal("module does not export memory")
	}
	doc, err := os.ReadFile("../../../wasm/ABI.md")
	if err != nil {
		t.Fatal(err)
	}
	documented := map[string]bool{}
	for _, m := range regexp.MustCompile("`(mr_[a-z0-9_]+)`").FindAllSubmatch(doc, -1) {
		documented[string(m[1])] = true
	}
	for _, name := range want {
		if name != "_initialize" && !documented[name] {
			t.Errorf("%s is exported but not documented in wasm/ABI.md", name)
		}
		delete(documented, name)
	}
	for name := range documented {
		t.Errorf("wasm/ABI.md documents %s, which the module does not export", name)
	}
	var imports []string
	for _, f := range e.compiled.ImportedFunctions() {
		mod, name, _ := f.Import()
		if mod != wasi_snapshot_preview1.ModuleName {
			t.Errorf("import %s.%s is not WASI preview 1", mod, name)
		}
		imports = append(imports, name)
	}
	t.Logf("imports: %v", imports)
}
