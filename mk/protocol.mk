# Protocol vectors (issue 9, item 4): the protocol machines' sequences
# (testvectors/protocol_*.json: the recipient's and the client's decisions,
# the money-safety attacks included) through every runtime, one line each,
# "<runtime>: N passed, M failed", like `make conformance`.
#
#   make protocol-vectors

PROTOCOL_VECTORS := $(CURDIR)/build/protocol-vectors

.PHONY: protocol-vectors test-protocol

protocol-vectors: conformance-cli js-deps js-build py-venv py-build
	@rm -rf $(PROTOCOL_VECTORS) && mkdir -p $(PROTOCOL_VECTORS) && cp testvectors/protocol_*.json $(PROTOCOL_VECTORS)/
	@set -o pipefail; fail=0; \
	$(CONFORMANCE_CLI) vectors check --runtime native $(PROTOCOL_VECTORS) | sed 's/^/native: /; s/^native: native: /native: /' || fail=1; \
	$(CONFORMANCE_CLI) vectors check --runtime wasm $(PROTOCOL_VECTORS) | sed 's/^wasm: /wazero: /; s/^wazero: wazero: /wazero: /' || fail=1; \
	$(NODE) $(NODE_FLAGS) $(JS_DIR)/tools/run-vectors.mjs $(PROTOCOL_VECTORS) | sed 's/^node vectors: /node: /' || fail=1; \
	PYTHONPATH=$(PY_DIR)/src $(PY) $(PY_DIR)/tools/mailroom_vectors.py $(PROTOCOL_VECTORS) | sed 's/^python vectors: /python: /' || fail=1; \
	exit $$fail

test-protocol: protocol-vectors

TEST_TARGETS += test-protocol
