package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func testCmdConformance(t *testing.T, mr *mrCLI) {
	cases, err := filepath.Abs("../../testvectors/conformance/cases")
	if err != nil {
		t.Fatal(err)
	}
	r := mr.run(t, "", "conformance", cases)
	if r.code != 0 || r.stderr != "" || r.stdout != "native: 120 passed, 0 failed\n" {
		t.Fatalf("conformance on the sample: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	// A directory with a good case, a wrong digest and a broken file: each
	// counts, the run goes on, and the exit status says it failed.
	dir := filepath.Join(mr.dir, "cases")
	os.MkdirAll(dir, 0o755)
	good, err := os.ReadFile(filepath.Join(cases, "case-0000.json"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "a.json"), good, 0o644)
	os.WriteFile(filepath.Join(dir, "b.json"), []byte(strings.Replace(string(good), `"digest": "0xd`, `"digest": "0xe`, 1)), 0o644)
	os.WriteFile(filepath.Join(dir, "c.json"), []byte(`{"typedData":`), 0o644)
	out := mr.fails(t, "check_failed", "", "conformance", "--runtime", "native", dir)
	if out != "native: 1 passed, 2 failed\n" {
		t.Fatalf("stdout %q", out)
	}
	out = mr.fails(t, "check_failed", "", "conformance", "-v", dir)
	if !strings.Contains(out, "FAIL b.json: digest") || !strings.Contains(out, "FAIL c.json: ") || !strings.HasSuffix(out, "native: 1 passed, 2 failed\n") {
		t.Fatalf("-v stdout %q", out)
	}
	mr.fails(t, "invalid_input", "", "conformance", t.TempDir())
	mr.fails(t, "invalid_input", "", "conformance", filepath.Join(mr.dir, "missing"))
	mr.fails(t, "invalid_input", "", "conformance")
}
