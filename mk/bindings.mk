# JS and Python bindings (issue 3): @agentmailroom/core (bindings/js) and
# agent_mailroom (bindings/python) load hosts/runtime/wazero/mailroom.wasm, the very
# module the wazero host embeds. Everything installs itself: npm ci from the
# committed lockfile, a venv at bindings/python/.venv from pinned
# requirements.
#
#   make test-js        node --test: ethers cross-checks, all vectors, conformance
#   make test-browser   headless Chromium runs the vectors with the browser WASI shim
#   make test-python    pytest: eth-account cross-checks, all vectors, conformance
#   make test-matrix    sign in X / verify in Y over native, wazero, node, python
#   make bench-runtimes one table: Go native, wazero, Node (+ethers), Python (+eth-account)
#   make test-install   installs from a clean copy of the clone, as a user would:
#                       pip install ./bindings/python into a throwaway venv,
#                       npm pack + npm install of the tarball, npm run conformance
#
# The packages copy the module in themselves: bindings/python/setup.py (a
# build_py/sdist hook) on any pip install or build, bindings/js's prepack on
# npm pack/publish; py-build and js-build do it for the in-tree tests.

BINDINGS_WASM := $(CURDIR)/hosts/runtime/wazero/mailroom.wasm
JS_DIR := bindings/js
PY_DIR := bindings/python
PY_VENV := $(PY_DIR)/.venv
PY := $(CURDIR)/$(PY_VENV)/bin/python
PYTHON ?= python3
NODE ?= node
NODE_FLAGS := --disable-warning=ExperimentalWarning
BINDINGS_BUILD := $(CURDIR)/build/bindings
export MAILROOM_WASM := $(BINDINGS_WASM)
export AGENT_MAILROOM_WASM := $(BINDINGS_WASM)

.PHONY: js-deps js-build py-venv py-build test-js test-browser test-python test-matrix bench-runtimes test-install

$(JS_DIR)/node_modules/.package-lock.json: $(JS_DIR)/package-lock.json
	cd $(JS_DIR) && npm ci --no-audit --no-fund --loglevel=error

js-deps: $(JS_DIR)/node_modules/.package-lock.json

# Copies the module into the package (bindings/js/mailroom.wasm, gitignored).
js-build:
	@cd $(JS_DIR) && $(NODE) scripts/copy-wasm.mjs

$(PY_VENV)/.installed: $(PY_DIR)/requirements-dev.txt
	$(PYTHON) -m venv $(PY_VENV)
	$(PY_VENV)/bin/pip install -q --disable-pip-version-check -r $(PY_DIR)/requirements-dev.txt
	touch $@

py-venv: $(PY_VENV)/.installed

# Copies the module into the package (src/agent_mailroom/mailroom.wasm, gitignored).
py-build:
	@cp $(BINDINGS_WASM) $(PY_DIR)/src/agent_mailroom/mailroom.wasm

test-js: js-deps js-build
	cd $(JS_DIR) && $(NODE) $(NODE_FLAGS) --test test/*.test.js

test-browser: js-deps js-build
	cd $(JS_DIR) && $(NODE) --test test-browser/*.test.js

test-python: py-venv py-build
	cd $(PY_DIR) && $(PY) -m pytest -q -p no:cacheprovider

$(BINDINGS_BUILD)/matrix: $(shell find bindings/matrix -name '*.go') $(BINDINGS_WASM)
	@mkdir -p $(BINDINGS_BUILD)
	$(GO) build -o $@ ./bindings/matrix

$(BINDINGS_BUILD)/mailroom: FORCE_BINDINGS_CLI
	@mkdir -p $(BINDINGS_BUILD)
	$(GO) build -o $@ ./cmd/mailroom

.PHONY: FORCE_BINDINGS_CLI
FORCE_BINDINGS_CLI:

test-matrix: js-build py-venv $(BINDINGS_BUILD)/matrix $(BINDINGS_BUILD)/mailroom
	cd $(JS_DIR) && MAILROOM_WAZERO_CACHE=$(BINDINGS_BUILD)/wazero-cache $(NODE) $(NODE_FLAGS) tools/matrix.mjs \
	  --go $(BINDINGS_BUILD)/matrix --python $(PY) --cli $(BINDINGS_BUILD)/mailroom

bench-runtimes: js-deps js-build py-venv py-build
	@mkdir -p $(BINDINGS_BUILD)
	@$(MAKE) --no-print-directory -s bench-runtimes-go > $(BINDINGS_BUILD)/bench-go.txt 2>&1 || { cat $(BINDINGS_BUILD)/bench-go.txt; exit 1; }
	@cd $(JS_DIR) && $(NODE) $(NODE_FLAGS) bench/bench.mjs --json > $(BINDINGS_BUILD)/bench-node.json
	@cd $(PY_DIR) && PYTHONPATH=src $(PY) tools/mailroom_bench.py --json > $(BINDINGS_BUILD)/bench-python.json
	@$(NODE) $(JS_DIR)/bench/table.mjs $(BINDINGS_BUILD)/bench-go.txt $(BINDINGS_BUILD)/bench-node.json $(BINDINGS_BUILD)/bench-python.json

test-install:
	PYTHON=$(PYTHON) NODE=$(NODE) bash bindings/test-install.sh

TEST_TARGETS += test-js test-browser test-python test-matrix test-install

# `make conformance` lines for the bindings (printed after the Go runtimes':
# see the target-specific append at the end of mk/conformance.mk).
CONFORMANCE_CMD_node = $(NODE) $(NODE_FLAGS) $(JS_DIR)/tools/run-conformance.mjs "$(CASES)"
CONFORMANCE_CMD_python = { $(MAKE) --no-print-directory -s py-venv >&2 && PYTHONPATH=$(PY_DIR)/src $(PY) $(PY_DIR)/tools/mailroom_conformance.py "$(CASES)"; }
