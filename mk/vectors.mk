# Test vectors (issue 2, item 3): testvectors/*.json are generated from
# testvectors/third_party and the generator's own case lists, and checked in.
# `make vectors` cross-checks the generator's output against go-ethereum
# first, then writes the files. `make test-vectors` needs only Go.

.PHONY: vectors test-vectors

vectors:
	$(GO) test -count=1 ./testvectors/gen -run 'TestGeth'
	$(GO) run ./testvectors/gen -src testvectors/third_party -out testvectors

# Drift test + go-ethereum cross-check + strict DER parser + the runner over
# every vector through hosts/runtime/native.
test-vectors:
	$(GO) test -count=1 ./testvectors/gen ./testvectors/internal/... ./testvectors/runner

TEST_TARGETS += test-vectors
