# Core unit tests (issue 2): vet, then every core test, with the race
# detector when cgo can build it (the core is small, so -race is cheap),
# then the go-ethereum cross-check that guards the benchmarks.

.PHONY: test-core

test-core:
	$(GO) vet ./core/... ./hosts/bench/...
	@if [ "$$($(GO) env CGO_ENABLED)" = 1 ] && command -v "$$($(GO) env CC)" >/dev/null 2>&1; then \
	  echo "$(GO) test -count=1 -race ./core/..."; $(GO) test -count=1 -race ./core/...; \
	else \
	  echo "test-core: no C compiler for -race; running without it"; $(GO) test -count=1 ./core/...; \
	fi
	$(GO) test -count=1 ./hosts/bench/...

TEST_TARGETS += test-core
