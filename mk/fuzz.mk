# Fuzzing (issue 2). `make fuzz` runs every target for FUZZTIME (default
# 10s each); `make test` runs each for 30,000 executions (2-6 s) through
# test-fuzz: a count, not a duration, because a duration's deadline can end
# a healthy run with "context deadline exceeded". `go test -fuzz`
# takes one target per invocation, so the targets run one after another.
# Crashers land in <pkg>/testdata/fuzz/<Target>/ and then replay in every
# plain `go test` run.

FUZZTIME ?= 10s
FUZZPARALLEL ?= 1
FUZZ_TARGETS := \
	./core/eip712:FuzzParse \
	./core/ethsig:FuzzSignature \
	./core/ethsig:FuzzParseAddress \
	./core/did:FuzzParse \
	./core/envelope:FuzzDecode \
	./core/voucher:FuzzDecode \
	./core/receipt:FuzzDecode \
	./core/strictjson:FuzzDecode \
	./core/x402:FuzzDecodeHeaders

.PHONY: fuzz test-fuzz

# A failing target prints its whole output. A failure that saved no
# crasher under testdata/fuzz is the fuzzing engine's own (e.g. a worker
# that timed out while the 2-core machine was busy): that target is run
# once more and must pass then; a saved crasher fails at once.
fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
	  pkg=$${t%%:*}; fn=$${t##*:}; corpus=$$pkg/testdata/fuzz/$$fn; \
	  for try in 1 2; do \
	    echo "fuzz: $$pkg $$fn for $(FUZZTIME)"; \
	    before=$$(ls $$corpus 2>/dev/null | wc -l); \
	    if $(GO) test -run '^$$' -fuzz "^$$fn\$$" -fuzztime $(FUZZTIME) -parallel $(FUZZPARALLEL) $$pkg > .fuzz.log 2>&1; then \
	      tail -n 2 .fuzz.log; rm -f .fuzz.log; break; fi; \
	    cat .fuzz.log; rm -f .fuzz.log; \
	    after=$$(ls $$corpus 2>/dev/null | wc -l); \
	    if [ "$$after" != "$$before" ] || [ $$try = 2 ]; then echo "fuzz: $$fn FAILED"; exit 1; fi; \
	    echo "fuzz: $$fn: the engine failed without a crasher; running it once more"; \
	  done; \
	done

test-fuzz:
	@$(MAKE) --no-print-directory fuzz FUZZTIME=30000x

TEST_TARGETS += test-fuzz
