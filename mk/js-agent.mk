# JS agents (issue 12): @agentmailroom/core/agent (createAgent: pays
# mailrooms with fetch, viem for the chain), /server (Express and Hono
# gates), /x402 (the mailroom-channel scheme for @x402/fetch), /store,
# tested against real parts: `mailroom node` on a free loopback port and Go
# mailrooms run by the CLI built here.
#
#   make js-abi            regenerate bindings/js/src/abi.gen.js from contracts/artifacts
#   make test-js-agent     node --test bindings/js/test-agent: a Node agent paying Go
#                          mailrooms, mailroom send and the JS agent paying Express and
#                          Hono apps, the x402 client, money-safety, stores, types, ABI drift
#   make test-js-pack      a fresh clone, npm pack, the tarball in an empty npm project
#                          pays a Go mailroom three times; Bob claims exactly 3 x price
#   make bench-js-agent    paid req/s of a Node agent against a Go mailroom, an Express
#                          app with and without the gate (with the machine's load)
# make test-browser also runs the browser example (test-browser/agent.test.js),
# which needs the CLI: it is a prerequisite here.

JS_AGENT_CLI := $(CURDIR)/build/js-agent/mailroom

.PHONY: js-abi js-agent-cli test-js-agent test-js-pack bench-js-agent

js-abi:
	cd $(JS_DIR) && $(NODE) scripts/gen-abi.mjs

js-agent-cli:
	@mkdir -p $(dir $(JS_AGENT_CLI))
	$(GO) build -o $(JS_AGENT_CLI) ./cmd/mailroom

test-js-agent: js-deps js-build js-agent-cli
	cd $(JS_DIR) && MAILROOM_CLI=$(JS_AGENT_CLI) $(NODE) $(NODE_FLAGS) --test test-agent/*.test.js

test-js-pack: js-deps js-build js-agent-cli
	cd $(JS_DIR) && MAILROOM_CLI=$(JS_AGENT_CLI) $(NODE) $(NODE_FLAGS) --test test-pack/*.test.js

test-browser: js-agent-cli
test-browser: export MAILROOM_CLI := $(JS_AGENT_CLI)

bench-js-agent: js-deps js-build js-agent-cli
	cd $(JS_DIR) && MAILROOM_CLI=$(JS_AGENT_CLI) $(NODE) $(NODE_FLAGS) bench/agent-bench.mjs

TEST_TARGETS += test-js-agent test-js-pack
