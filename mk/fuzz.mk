# Fuzzing (issue 2). `make fuzz` runs every target for FUZZTIME (default
# 10s each); `make test` runs each for 3s through test-fuzz. `go test -fuzz`
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
	./core/receipt:FuzzDecode

.PHONY: fuzz test-fuzz

fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
	  pkg=$${t%%:*}; fn=$${t##*:}; \
	  echo "fuzz: $$pkg $$fn for $(FUZZTIME)"; \
	  $(GO) test -run '^$$' -fuzz "^$$fn\$$" -fuzztime $(FUZZTIME) -parallel $(FUZZPARALLEL) $$pkg 2>&1 | tail -n 3; \
	  test $${PIPESTATUS[0]} -eq 0; \
	done

test-fuzz:
	@$(MAKE) --no-print-directory fuzz FUZZTIME=3s

TEST_TARGETS += test-fuzz
