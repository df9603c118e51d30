package main

import (
	"path/filepath"
	"regexp"
	"testing"
)

func testCmdVectors(t *testing.T, mr *mrCLI) {
	dir, err := filepath.Abs("../../testvectors")
	if err != nil {
		t.Fatal(err)
	}
	out := mr.ok(t, "", "vectors", "check", dir)
	if !regexp.MustCompile(`^native: [1-9][0-9]* passed, 0 failed$`).MatchString(out) {
		t.Fatalf("vectors check: %q", out)
	}
	mr.fails(t, "invalid_input", "", "vectors", "check", t.TempDir())
	mr.fails(t, "invalid_input", "", "vectors", "check", "a", "b")
}
