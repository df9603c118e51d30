# Python agents (issue 11): AgentMailroom / AsyncAgentMailroom (bindings/python/src/agent_mailroom/agent.py),
# the ASGI gate (asgi.py) and the httpx auth, hosts of the core's machines, tested
# against real parts: mailroom node, Go mailrooms (mailroom serve) and FastAPI apps
# under uvicorn, all on 127.0.0.1. Reuses py-venv and py-build of mk/bindings.mk.
#
#   make py-contracts           regenerate agent_mailroom/_contracts.py from contracts/artifacts
#   make test-python-agent      mypy --strict of the package, then pytest tests_agent/ (quickstart verbatim,
#                               Go <-> Python both ways, money safety)
#   make test-python-install    pip install a fresh clone of bindings/python into a throwaway venv; run the quickstart
#   make bench-python-agent     paid req/s: Python agent -> Go mailroom; FastAPI behind the gate vs ungated (uvicorn)

PY_AGENT_BUILD := $(CURDIR)/build/python-agent
PY_AGENT_CLI := $(PY_AGENT_BUILD)/mailroom

.PHONY: py-contracts test-python-agent test-python-install bench-python-agent $(PY_AGENT_CLI)

py-contracts:
	$(PYTHON) $(PY_DIR)/tools/gen_contracts.py

$(PY_AGENT_CLI):
	@mkdir -p $(PY_AGENT_BUILD)
	$(GO) build -o $@ ./cmd/mailroom

test-python-agent: py-venv py-build $(PY_AGENT_CLI)
	cd $(PY_DIR) && $(PY) -m mypy --strict --cache-dir $(PY_AGENT_BUILD)/mypy-cache src/agent_mailroom
	cd $(PY_DIR) && MAILROOM_CLI=$(PY_AGENT_CLI) $(PY) -m pytest -q -p no:cacheprovider tests_agent

test-python-install: $(PY_AGENT_CLI)
	MAILROOM_CLI=$(PY_AGENT_CLI) PYTHON=$(PYTHON) bash $(PY_DIR)/tools/test_install.sh

bench-python-agent: py-venv py-build $(PY_AGENT_CLI)
	cd $(PY_DIR) && MAILROOM_CLI=$(PY_AGENT_CLI) $(PY) tools/bench_agent.py

TEST_TARGETS += test-python-agent test-python-install
