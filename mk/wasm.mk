# WebAssembly module and its Go host (issue 3). `make wasm` rebuilds
# hosts/runtime/wazero/mailroom.wasm (checked in: go:embed needs it in the package)
# and its sha256; the build is reproducible, and `make test-wasm` fails when
# the checked-in module differs from a fresh build.
#
# `make abi` regenerates everything derived from the operation table
# wasm/abi/ops.go: the guest's export stubs, hosts/runtime/wazero's op list and raw
# Ops, the JS and Python stubs and types, wasm/abi/ops.json and the tables
# of wasm/ABI.md (see its §8). After adding an op: `make abi wasm`.
# `make abi-check` only reports stale generated files (exit 1).

WASM_OUT := hosts/runtime/wazero/mailroom.wasm
WASM_GOFLAGS := -buildmode=c-shared -trimpath -buildvcs=false -ldflags='-s -w -buildid='

.PHONY: abi abi-check wasm wasm-size test-wasm bench-runtimes-go

abi:
	$(GO) run ./wasm/abi/abigen

abi-check:
	$(GO) run ./wasm/abi/abigen -check

wasm:
	GOOS=wasip1 GOARCH=wasm $(GO) build $(WASM_GOFLAGS) -o $(WASM_OUT) ./wasm
	cd $(dir $(WASM_OUT)) && sha256sum $(notdir $(WASM_OUT)) > $(notdir $(WASM_OUT)).sha256
	@echo "wasm: $(WASM_OUT) $$(wc -c < $(WASM_OUT)) bytes, $$(gzip -9c $(WASM_OUT) | wc -c) gzipped"

wasm-size:
	@echo "mailroom.wasm: $$(wc -c < $(WASM_OUT)) bytes raw, $$(gzip -9c $(WASM_OUT) | wc -c) bytes gzip -9"

# The op layer on the host, the table and its generator, the drift tests
# (module and generated files), the wazero host (and its concurrency test
# again under the race detector).
test-wasm:
	$(GO) test -count=1 ./wasm/... ./hosts/runtime/wazero/
	$(GO) test -race -count=1 -run 'Concurrent' ./hosts/runtime/wazero/

# Go rows of `make bench-runtimes`: native (pure Go, -tags purego) vs
# wazero, one row per operation: "| op | native ns/op | wazero ns/op | ratio |".
# BENCH_GO_FLAGS adds go test flags (e.g. -benchtime=2s).
BENCH_GO_FLAGS ?= -benchtime=1s
bench-runtimes-go:
	@$(GO) test -tags purego -run '^$$' -bench 'Runtimes/op=(typed-data-hash|sign|recover|envelope-verify|voucher-verify)/' \
	  -benchmem -count=1 $(BENCH_GO_FLAGS) ./hosts/runtime/wazero/ | awk ' \
	  /^BenchmarkRuntimes\// { split($$1, p, "/"); op = substr(p[2], 4); rt = substr(p[3], 4); sub(/-[0-9]+$$/, "", rt); \
	    ns[op, rt] = $$3; if (!(op in seen)) { seen[op] = 1; order[++n] = op } } \
	  /^(FAIL|panic)/ { print; bad = 1 } \
	  END { print "| op | go native (purego) ns/op | go wazero ns/op | wazero/native |"; print "| --- | ---: | ---: | ---: |"; \
	    for (i = 1; i <= n; i++) { o = order[i]; printf "| %s | %d | %d | %.2fx |\n", o, ns[o, "native"], ns[o, "wazero"], ns[o, "wazero"] / ns[o, "native"] } \
	    exit bad }'

TEST_TARGETS += test-wasm

# `make conformance` line for this runtime (mk/conformance.mk).
CONFORMANCE_RUNTIMES += wazero
CONFORMANCE_CMD_wazero = $(CONFORMANCE_CLI) conformance --runtime wasm "$(CASES)"
