# Foundry's anvil (a newcomer's first hour, item 9): the CLI against a real
# anvil, not only the embedded dev chain.
#   make anvil        install anvil from npm under .tools/anvil/ (gitignored)
#   make test-anvil   installs anvil and cast (make foundry-cast, mk/keys.mk);
#                     mailroom deploy --dev-account 0 on anvil gives mailroom
#                     node's addresses; the sender is a keystore made by
#                     `cast wallet new`, funded by mailroom fund; register ->
#                     serve -> send x2 -> settle pays exactly 2 x price; plus
#                     the config/fund/--version tests
# TestAnvilEndToEnd finds anvil through MAILROOM_ANVIL (set here), then
# .tools/anvil, then PATH, and cast through MAILROOM_CAST (set here), then
# build/tools/foundry, then PATH; without either it skips, except with
# CI=true, where it fails.

ANVIL_VERSION := 1.7.1
ANVIL_DIR := .tools/anvil
# npm ships anvil per platform; CI (linux x86-64) is the one this pins.
ANVIL_OS := $(subst Linux,linux,$(subst Darwin,darwin,$(shell uname -s)))
ANVIL_ARCH := $(subst x86_64,amd64,$(subst aarch64,arm64,$(shell uname -m)))
ANVIL_PLATFORM := $(ANVIL_OS)-$(ANVIL_ARCH)
ANVIL_PKG := @foundry-rs/anvil-$(ANVIL_PLATFORM)
ANVIL := $(abspath $(ANVIL_DIR)/node_modules/$(ANVIL_PKG)/bin/anvil)

ANVIL_STAMP := $(ANVIL_DIR)/.installed-$(ANVIL_PLATFORM)-$(ANVIL_VERSION)

.PHONY: anvil test-anvil

anvil: $(ANVIL_STAMP)

# The .gitignore written into .tools/ ignores the folder, itself included.
# The stamp names the version, so a new ANVIL_VERSION reinstalls.
$(ANVIL_STAMP):
	@mkdir -p $(ANVIL_DIR) && printf '*\n' > .tools/.gitignore
	npm install --prefix $(ANVIL_DIR) --no-save --no-package-lock --no-audit --no-fund --loglevel=error $(ANVIL_PKG)@$(ANVIL_VERSION)
	$(ANVIL) --version | head -1
	@touch $@

test-anvil: anvil foundry-cast
	MAILROOM_ANVIL=$(ANVIL) MAILROOM_CAST="$(FOUNDRY_CAST)" $(GO) test -count=1 -v ./cmd/mailroom/ \
	  -run '^(TestAnvilEndToEnd|TestConfigOrder|TestFundDevChainsOnly|TestVersion)$$'

TEST_TARGETS += test-anvil
