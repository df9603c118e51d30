# The CLI's own tests that no other target runs: every test of cmd/mailroom
# except those the targets below already run (so each runs once in
# `make test`, and a new test file is picked up without editing this):
#   test-tour (TestReadmeTour*), test-anvil (TestAnvilEndToEnd, TestConfigOrder,
#   TestFundDevChainsOnly, TestVersion), test-contracts (ChainCLI),
#   test-keys (TestKeys*, TestUsage*, TestKeystoreCast).
# Among them: TestCmd (the crypto commands as subprocesses), the
# money-safety end-to-end run, the revocation lag and settler reaction
# measurements, and `mailroom agents` on the dev chain and on anvil.
#   make test-cli

CLI_ELSEWHERE := ^(TestReadmeTour.*|TestAnvilEndToEnd|TestConfigOrder|TestFundDevChainsOnly|TestVersion|TestChainCLI.*|TestKeys.*|TestUsage.*|TestKeystoreCast)$$

.PHONY: test-cli
test-cli: anvil
	MAILROOM_ANVIL=$(ANVIL) $(GO) test -count=1 ./cmd/mailroom/ -skip '$(CLI_ELSEWHERE)'

TEST_TARGETS += test-cli
