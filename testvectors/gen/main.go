// Command gen writes the project's test vectors (testvectors/*.json) from the
// third-party data in testvectors/third_party and its own case lists.
// Expected values come from the core and are checked against every expected
// value the third-party data carries; gen_test.go checks them against
// go-ethereum and fails when the checked-in files drift. Run it from the
// repository root (make vectors) or pass -src and -out.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	src := flag.String("src", "testvectors/third_party", "third-party data folder")
	out := flag.String("out", "testvectors", "folder the vector files are written to")
	flag.Parse()
	o, err := Build(*src)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	names := make([]string, 0, len(o.Files))
	for n := range o.Files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(*out, n), o.Files[n], 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
	fmt.Printf("gen: wrote %d files, %d vectors\n", len(names), o.Count)
}
