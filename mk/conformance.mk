# Conformance (issue 2, item 6): run every available runtime over a directory
# of EIP-712 cases (format: testvectors/conformance/README.md) and print one
# line per runtime, exactly "<runtime>: N passed, M failed".
#
#   make conformance                 # the sample set, CASES ?= testvectors/conformance/cases
#   make conformance CASES=DIR       # any directory in that format
#
# Adding a runtime: name it in CONFORMANCE_RUNTIMES and give the command that
# prints its line and exits non-zero on any failure, e.g.
#
#   CONFORMANCE_RUNTIMES += wazero
#   CONFORMANCE_CMD_wazero = $(CONFORMANCE_CLI) conformance --runtime wasm "$(CASES)"
#
# and, if it needs a build step first, append that target to
# CONFORMANCE_DEPS (above the rule). Every runtime runs even when an earlier
# one fails; the target fails if any did.

CONFORMANCE_CLI := $(CURDIR)/build/conformance/mailroom
CONFORMANCE_DEFAULT_CASES := testvectors/conformance/cases
CONFORMANCE_DEPS := conformance-cli

CONFORMANCE_RUNTIMES := native
CONFORMANCE_CMD_native = $(CONFORMANCE_CLI) conformance --runtime native "$(CASES)"

.PHONY: conformance conformance-cli test-conformance

conformance-cli:
	@$(GO) build -o $(CONFORMANCE_CLI) ./cmd/mailroom

# Recipes expand when they run, so runtimes added in files included after
# this one count too.
conformance: $(CONFORMANCE_DEPS)
	@fail=0; $(foreach r,$(CONFORMANCE_RUNTIMES),$(CONFORMANCE_CMD_$(r)) || fail=1;) exit $$fail

# The sample must pass on every runtime; the runner's own tests check that
# broken and wrong cases fail.
test-conformance:
	@$(MAKE) --no-print-directory conformance CASES=$(CONFORMANCE_DEFAULT_CASES)
	$(GO) test -count=1 ./testvectors/conformance/

TEST_TARGETS += test-conformance

# JS and Python bindings (mk/bindings.mk). A target-specific append, so their
# lines come after every Go runtime's whatever the include order.
conformance: CONFORMANCE_RUNTIMES += node python
