package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/replay"
	"github.com/agentmailroom/mailroom/wasm/abi"
)

// TestGeneratedFilesCurrent is the drift test of the operation table: every
// file generated from wasm/abi/ops.go (the guest's stubs, hosts/runtime/wazero's op
// list, the JS and Python stubs and types, ops.json, the tables of ABI.md)
// must be what `make abi` writes now.
func TestGeneratedFilesCurrent(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", abi.PathABIDoc))
	if err != nil {
		t.Fatal(err)
	}
	files, err := abi.Generate(abi.Default(), doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		have, err := os.ReadFile(filepath.Join("..", f.Path))
		if err != nil {
			t.Errorf("%s: %v (run make abi)", f.Path, err)
			continue
		}
		if !bytes.Equal(have, f.Data) {
			t.Errorf("%s differs from what wasm/abi/ops.go generates (first difference at line %d): run make abi",
				f.Path, firstDiffLine(have, f.Data))
		}
	}
}

func firstDiffLine(a, b []byte) int {
	la, lb := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	for i := range min(len(la), len(lb)) {
		if !bytes.Equal(la[i], lb[i]) {
			return i + 1
		}
	}
	return min(len(la), len(lb)) + 1
}

// TestTableMatchesHandlers: the guest serves exactly the table's ops, each
// with the handler the table names (ops_gen.go is generated, but a stale
// or hand-edited one must not pass).
func TestTableMatchesHandlers(t *testing.T) {
	if len(ops) != len(abi.Ops) {
		t.Fatalf("the guest has %d ops, the table %d", len(ops), len(abi.Ops))
	}
	for _, o := range abi.Ops {
		if ops[o.Name] == nil {
			t.Errorf("%s is in the table but not served by the guest", o.Name)
		}
	}
	if ABIVersion != abi.Version {
		t.Fatalf("ABIVersion %d, table %d", ABIVersion, abi.Version)
	}
}

// TestTableExamples runs every example of the table through its handler,
// in table order, on fresh guest state (replay handles start at 1), and
// checks the reply is the table's (byte for byte, after compacting).
func TestTableExamples(t *testing.T) {
	guards, nextHandle = map[uint32]*replay.Guard{}, 0
	t.Cleanup(func() { guards, nextHandle = map[uint32]*replay.Guard{}, 0 })
	for _, o := range abi.Ops {
		r := call(t, o.Name, o.Example.Req)
		if r.Err != nil {
			t.Errorf("%s example: error %s: %s", o.Name, r.Err.Code, r.Err.Message)
			continue
		}
		if o.Example.Ok == "" {
			continue
		}
		var want bytes.Buffer
		if err := json.Compact(&want, []byte(o.Example.Ok)); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(r.Ok, want.Bytes()) {
			t.Errorf("%s example:\n got %s\nwant %s", o.Name, r.Ok, want.Bytes())
		}
	}
}

// TestOpsCalledOnlyThroughStubs: hand-written host and binding code names no
// operation export in a string; it calls the generated stubs (Go opXxx ids,
// JS op.xxx, Python _ops.xxx), so the table stays the one source of names.
// The memory exports (mr_alloc, mr_free, mr_abi_version) are not operations.
func TestOpsCalledOnlyThroughStubs(t *testing.T) {
	names := map[string]bool{}
	for _, o := range abi.Ops {
		names[o.Name] = true
	}
	literal := regexp.MustCompile("[\"'`](mr_[a-z0-9_]+)")
	generated := map[string]bool{}
	for _, p := range []string{abi.PathWazero, abi.PathJS, abi.PathDTS, abi.PathPython} {
		generated[filepath.Join("..", p)] = true
	}
	for _, pattern := range []string{"../hosts/runtime/wazero/*.go", "../bindings/js/src/*.js", "../bindings/python/src/agent_mailroom/*.py"} {
		paths, err := filepath.Glob(pattern)
		if err != nil || len(paths) == 0 {
			t.Fatalf("%s: %v %v", pattern, paths, err)
		}
		for _, p := range paths {
			if generated[p] || strings.HasSuffix(p, "_test.go") {
				continue
			}
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range literal.FindAllSubmatch(src, -1) {
				if names[string(m[1])] {
					t.Errorf("%s names the export %s: call its generated stub instead", p, m[1])
				}
			}
		}
	}
}
