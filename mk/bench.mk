# Benchmarks (issue 2). `make bench` runs the core beside go-ethereum on
# the same inputs in the same run (hosts/bench), prints a compact table
# (median ns/op, B/op, allocs/op, ratio, the issue's targets), then
# benchstat's view when benchstat installs, then the core's own package
# benchmarks. Raw results stay in BENCH_OUT for benchstat comparisons.

BENCHCOUNT ?= 6
BENCHTIME ?= 1s
BENCH_OUT ?= $(or $(TMPDIR),/tmp)/mailroom-bench
BENCHSTAT ?= $(GO) run golang.org/x/perf/cmd/benchstat@latest

.PHONY: bench bench-core

bench:
	@mkdir -p $(BENCH_OUT)
	$(GO) test -run '^$$' -bench . -benchmem -count $(BENCHCOUNT) -benchtime $(BENCHTIME) ./hosts/bench > $(BENCH_OUT)/compare.txt
	@echo; $(GO) run ./hosts/bench/benchtable < $(BENCH_OUT)/compare.txt
	@echo; $(BENCHSTAT) -col /impl $(BENCH_OUT)/compare.txt 2>/dev/null || echo "(benchstat unavailable; the table above is the summary)"
	@$(MAKE) --no-print-directory bench-core

bench-core:
	@mkdir -p $(BENCH_OUT)
	$(GO) test -run '^$$' -bench . -benchmem -count $(BENCHCOUNT) -benchtime $(BENCHTIME) ./core/... > $(BENCH_OUT)/core.txt
	@echo; grep -E '^(pkg|Benchmark)' $(BENCH_OUT)/core.txt | $(GO) run ./hosts/bench/benchtable 2>/dev/null || grep '^Benchmark' $(BENCH_OUT)/core.txt
