# Examples (a newcomer's first hour, item 8): bindings/examples/{go,js,python},
# one program each, run as a test so that none can rot.
#   make test-examples   the Go one through go test (TestExample calls its run),
#                        the JS one with node after `npm install` of the package
#                        from bindings/js (a file: dependency, no registry), the
#                        Python one with the bindings' venv; each fails the target
#                        when it exits non-zero.

EXAMPLES_DIR := bindings/examples

.PHONY: test-examples test-examples-go test-examples-js test-examples-python

test-examples: test-examples-go test-examples-js test-examples-python

test-examples-go:
	$(GO) test -count=1 ./$(EXAMPLES_DIR)/go/

test-examples-js: js-build
	cd $(EXAMPLES_DIR)/js && npm install --no-audit --no-fund --no-package-lock --loglevel=error
	cd $(EXAMPLES_DIR)/js && $(NODE) $(NODE_FLAGS) paid_request.mjs

test-examples-python: py-venv py-build
	PYTHONPATH=$(CURDIR)/$(PY_DIR)/src $(PY) $(EXAMPLES_DIR)/python/paid_request.py

TEST_TARGETS += test-examples
