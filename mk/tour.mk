# The README tour (a newcomer's first hour, item 1): TestReadmeTour reads the
# ```sh blocks of README.md's "## A tour" section and runs them line by line,
# as written, in one empty directory with the freshly built mailroom first on
# PATH (a line ending in & runs in the background until the text its comment
# says it prints; 8545 and 8402 become free ports). The convention is in the
# test's doc comment (cmd/mailroom/tour_test.go).
#   make test-tour

.PHONY: test-tour

test-tour:
	$(GO) test -count=1 -run '^TestReadmeTour' ./cmd/mailroom/

TEST_TARGETS += test-tour
