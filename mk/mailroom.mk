# The mailroom (issue 5): recipient middleware, sender SDK, durable store,
# settlement, and the serve/send/settle/demo/bench commands.
#   make demo            the whole story on an embedded chain (no set-up)
#   make test-mailroom   unit tests with fakes + the SIGKILL crash test
#   make bench-mailroom  paid requests/s against a durable mailroom on loopback

MAILROOM_PKGS := ./hosts/mailroom/...

.PHONY: demo test-mailroom bench-mailroom

demo:
	$(GO) build -o $${TMPDIR:-/tmp}/mailroom-demo ./cmd/mailroom
	$${TMPDIR:-/tmp}/mailroom-demo demo

test-mailroom:
	$(GO) test -count=1 $(MAILROOM_PKGS)

bench-mailroom:
	$(GO) run ./cmd/mailroom bench

TEST_TARGETS += test-mailroom
