// Command abigen writes every file generated from the operation table
// (wasm/abi/ops.go): the guest's op map and export stubs, hosts/runtime/wazero's op
// ids and raw methods, the JS and Python stubs and types, wasm/abi/ops.json
// and the operation tables of wasm/ABI.md. `make abi` runs it.
//
//	go run ./wasm/abi/abigen          # write the files that changed
//	go run ./wasm/abi/abigen -check   # list stale files, exit 1 if any
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/agentmailroom/mailroom/wasm/abi"
)

func main() {
	root := flag.String("root", "", "repository root (default: the directory holding go.mod, upwards from here)")
	check := flag.Bool("check", false, "write nothing; list the files that differ and exit 1 if any")
	flag.Parse()
	if err := run(*root, *check); err != nil {
		fmt.Fprintln(os.Stderr, "abigen:", err)
		os.Exit(1)
	}
}

func run(root string, check bool) error {
	if root == "" {
		var err error
		if root, err = findRoot(); err != nil {
			return err
		}
	}
	doc, err := os.ReadFile(filepath.Join(root, abi.PathABIDoc))
	if err != nil {
		return err
	}
	files, err := abi.Generate(abi.Default(), doc)
	if err != nil {
		return err
	}
	var stale []string
	for _, f := range files {
		path := filepath.Join(root, f.Path)
		if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, f.Data) {
			continue
		}
		stale = append(stale, f.Path)
		if check {
			continue
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			return err
		}
		fmt.Println("abigen: wrote", f.Path)
	}
	if check && len(stale) > 0 {
		return fmt.Errorf("stale generated files (run make abi): %v", stale)
	}
	return nil
}

func findRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory; pass -root")
		}
		dir = parent
	}
}
