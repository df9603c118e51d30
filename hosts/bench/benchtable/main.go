// Command benchtable summarises `go test -bench -benchmem` output from
// hosts/bench: the median of each benchmark's runs, go-ethereum beside the
// core, the ratio, and the performance targets.
//
//	go test -run '^$' -bench . -benchmem -count 6 ./hosts/bench | go run ./hosts/bench/benchtable
//
// It exits 1 when the input holds no benchmark results. The targets are
// reported, not enforced: shared machines make timings noisy.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// sample is one benchmark result line.
type sample struct{ ns, bytes, allocs float64 }

var line = regexp.MustCompile(`^Benchmark(\S+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op(?:.*?\s([\d.]+) B/op\s+([\d.]+) allocs/op)?`)

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

type stat struct {
	ns, bytes, allocs float64
	min               float64 // fastest run: the least disturbed by other load
	n                 int
}

func parse(r io.Reader) (map[string]stat, []string) {
	runs := map[string][]sample{}
	var order []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		m := line.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		var s sample
		s.ns, _ = strconv.ParseFloat(m[2], 64)
		s.bytes, _ = strconv.ParseFloat(m[3], 64)
		s.allocs, _ = strconv.ParseFloat(m[4], 64)
		if _, ok := runs[m[1]]; !ok {
			order = append(order, m[1])
		}
		runs[m[1]] = append(runs[m[1]], s)
	}
	out := map[string]stat{}
	for name, ss := range runs {
		var ns, b, a []float64
		for _, s := range ss {
			ns, b, a = append(ns, s.ns), append(b, s.bytes), append(a, s.allocs)
		}
		sort.Float64s(ns)
		out[name] = stat{median(ns), median(b), median(a), ns[0], len(ss)}
	}
	return out, order
}

func fmtNs(ns float64) string {
	switch {
	case ns >= 1e6:
		return fmt.Sprintf("%.2f ms", ns/1e6)
	case ns >= 1e3:
		return fmt.Sprintf("%.2f µs", ns/1e3)
	}
	return fmt.Sprintf("%.0f ns", ns)
}

func main() {
	stats, order := parse(os.Stdin)
	if len(stats) == 0 {
		fmt.Fprintln(os.Stderr, "benchtable: no benchmark results on stdin")
		os.Exit(1)
	}
	// Group "<op>/impl=<x>" by op; other benchmarks are listed alone.
	type row struct {
		op, impl string
		s        stat
	}
	var rows []row
	for _, name := range order {
		op, impl := name, ""
		if i := strings.LastIndex(name, "/impl="); i >= 0 {
			op, impl = name[:i], name[i+len("/impl="):]
		}
		rows = append(rows, row{op, impl, stats[name]})
	}
	fmt.Printf("%-30s %-15s %11s %11s %9s %9s %10s\n", "benchmark (median of runs)", "impl", "time/op", "fastest", "B/op", "allocs/op", "geth/core")
	for _, r := range rows {
		ratio := ""
		if r.impl != "" && r.impl != "core" {
			if c, ok := stats[r.op+"/impl=core"]; ok && c.ns > 0 {
				ratio = fmt.Sprintf("%.2fx", r.s.ns/c.ns)
			}
		}
		fmt.Printf("%-30s %-15s %11s %11s %9.0f %9.0f %10s\n", r.op, r.impl, fmtNs(r.s.ns), fmtNs(r.s.min), r.s.bytes, r.s.allocs, ratio)
	}
	fmt.Println()
	check := func(ok bool, format string, args ...any) {
		mark := "ok  "
		if !ok {
			mark = "MISS"
		}
		fmt.Printf("target %s "+format+"\n", append([]any{mark}, args...)...)
	}
	for _, r := range rows {
		if strings.HasPrefix(r.op, "TypedDataHash/") && r.impl == "geth" {
			if c, ok := stats[r.op+"/impl=core"]; ok {
				check(r.s.ns >= 2*c.ns, "%s: core %.2fx faster than go-ethereum apitypes (want >= 2x)", r.op, r.s.ns/c.ns)
			}
		}
	}
	for _, op := range []string{"EnvelopeDigest", "VoucherDigest"} {
		if c, ok := stats[op+"/impl=core"]; ok {
			check(c.ns < 2000, "%s: core %s median, %s fastest (want < 2 µs)", op, fmtNs(c.ns), fmtNs(c.min))
		}
	}
}
