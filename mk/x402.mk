# x402 reference validation (issue 9, item 5): a real paid exchange's
# headers (402 terms, vouchers, receipts, a corrective 409), captured by a
# Go test, must pass the x402 reference implementations themselves: npm
# @x402/core's decoders and v2 zod schemas (bindings/x402check, its own
# pinned lockfile) and PyPI x402's decoders and pydantic models (in the
# bindings' venv); the pre-v2 forms the mailroom used to send must fail.

X402CHECK := bindings/x402check
X402_CAPTURE := $(BINDINGS_BUILD)/x402-capture.json

.PHONY: test-x402

$(X402CHECK)/node_modules/.package-lock.json: $(X402CHECK)/package-lock.json
	cd $(X402CHECK) && npm ci --no-audit --no-fund --loglevel=error

test-x402: $(X402CHECK)/node_modules/.package-lock.json py-venv
	@mkdir -p $(BINDINGS_BUILD)
	MAILROOM_X402_CAPTURE=$(X402_CAPTURE) $(GO) test -count=1 -run '^TestX402CapturedExchange$$' ./hosts/mailroom/server/
	$(NODE) $(X402CHECK)/check.mjs $(X402_CAPTURE)
	$(PY) $(X402CHECK)/check.py $(X402_CAPTURE)

TEST_TARGETS += test-x402
