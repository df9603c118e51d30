package main

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// TestDrift fails when the checked-in vector files differ from what the
// generator produces (run `make vectors` after changing the generator).
func TestDrift(t *testing.T) {
	o, err := Build("../third_party")
	if err != nil {
		t.Fatal(err)
	}
	onDisk, err := filepath.Glob("../*.json")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range onDisk {
		names = append(names, filepath.Base(p))
	}
	sort.Strings(names)
	for _, n := range names {
		if _, ok := o.Files[n]; !ok {
			t.Errorf("%s is checked in but not generated", n)
		}
	}
	for n, want := range o.Files {
		got, err := os.ReadFile(filepath.Join("..", n))
		if err != nil {
			t.Errorf("%s: %v (run make vectors)", n, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the generator's output (run make vectors)", n)
		}
	}
	if o.Count < 2000 {
		t.Errorf("only %d vectors", o.Count)
	}
}

// TestDeterministic: two runs give identical bytes.
func TestDeterministic(t *testing.T) {
	a, err := Build("../third_party")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Build("../third_party")
	if err != nil {
		t.Fatal(err)
	}
	for n := range a.Files {
		if !bytes.Equal(a.Files[n], b.Files[n]) {
			t.Errorf("%s: not deterministic", n)
		}
	}
}
