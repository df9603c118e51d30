# Contracts (issue 4): Solidity sources -> pinned-solc artifacts -> abigen Go
# bindings, all checked in. `make contracts` regenerates them (needs npm);
# `make test-contracts` needs only Go (the drift test recomputes the source
# hash and regenerates the bindings in memory).

CONTRACTS_DIR := contracts
CONTRACT_NAMES := AgentRegistry AgentPaymentChannel MailroomTestUSD ReentrantRecipient NoReturnToken FalseReturnToken FeeOnTransferToken ReentrantToken BlocklistToken
ABIGEN := $(GO) run github.com/ethereum/go-ethereum/cmd/abigen

.PHONY: contracts contracts-npm contracts-check gas node test-contracts

contracts-npm:
	npm ci --prefix $(CONTRACTS_DIR) --no-audit --no-fund --loglevel=error

# Compile with solc (standard JSON, settings in contracts/solc.json), then
# generate one v1 binding package per contract under contracts/gen/<lower>/.
contracts: contracts-npm
	cd $(CONTRACTS_DIR) && node compile.js
	@set -e; for n in $(CONTRACT_NAMES); do \
	  pkg=$$(echo $$n | tr A-Z a-z); mkdir -p $(CONTRACTS_DIR)/gen/$$pkg; \
	  $(ABIGEN) --abi $(CONTRACTS_DIR)/artifacts/$$n.abi --bin $(CONTRACTS_DIR)/artifacts/$$n.bin \
	    --pkg $$pkg --type $$n --out $(CONTRACTS_DIR)/gen/$$pkg/$$pkg.go; \
	  chmod 644 $(CONTRACTS_DIR)/gen/$$pkg/$$pkg.go; \
	  echo "abigen: $(CONTRACTS_DIR)/gen/$$pkg/$$pkg.go"; \
	done

# Full drift check with the real compiler: recompiles and compares artifacts.
contracts-check: contracts-npm
	cd $(CONTRACTS_DIR) && node compile.js --check

gas:
	$(GO) test ./contracts/ -run 'TestGasReport$$' -count=1 -v | sed -n '/^| /p'
	$(GO) test ./contracts/ -run 'TestGasPerPaidRequest$$' -count=1 -v | sed -n '/^| /p'

node:
	$(GO) run ./cmd/mailroom node

# Contract suite (functions, attacks, property, digests, drift, gas ceilings),
# the typed client, the dev chain and the chain CLI (in process and e2e).
test-contracts:
	$(GO) test -count=1 ./contracts/... ./hosts/chain/...
	$(GO) test -count=1 ./cmd/mailroom/ -run 'ChainCLI'

TEST_TARGETS += test-contracts
