# Keys: key files and Web3 Secret Storage keystores (hosts/keystore and the
# CLI's --key/--keystore/--password-file, keygen --keystore), interoperable
# both ways with Foundry's cast wallet.
#
#   make foundry-cast   installs cast from npm (@foundry-rs/cast-<platform>,
#                       a package that ships the binary) into build/tools/foundry
#   make test-keys      the keystore package, the CLI's key, password-prompt
#                       and usage-error tests, and the cast round trips
#
# Without cast (no package for this platform, no registry) the cast test
# skips with a message on a developer's machine and fails under CI=true.

FOUNDRY_VERSION := 1.7.1
FOUNDRY_DIR := $(CURDIR)/build/tools/foundry
FOUNDRY_CAST := $(FOUNDRY_DIR)/node_modules/.bin/cast
FOUNDRY_UNAME := $(shell uname -s)-$(shell uname -m)
FOUNDRY_PLATFORMS := Linux-x86_64=linux-amd64 Linux-aarch64=linux-arm64 Linux-arm64=linux-arm64 \
  Darwin-x86_64=darwin-amd64 Darwin-arm64=darwin-arm64
FOUNDRY_PLATFORM := $(patsubst $(FOUNDRY_UNAME)=%,%,$(filter $(FOUNDRY_UNAME)=%,$(FOUNDRY_PLATFORMS)))

.PHONY: foundry-cast test-keys

foundry-cast:
	@if [ -x "$(FOUNDRY_CAST)" ] && "$(FOUNDRY_CAST)" --version 2>/dev/null | grep -q '$(FOUNDRY_VERSION)'; then exit 0; fi; \
	if [ -z "$(FOUNDRY_PLATFORM)" ]; then \
	  echo "foundry-cast: no @foundry-rs/cast package for $$(uname -sm); the cast interop test will skip"; exit 0; fi; \
	mkdir -p "$(FOUNDRY_DIR)" && cd "$(FOUNDRY_DIR)" && \
	{ [ -f package.json ] || echo '{"name":"mailroom-foundry-tools","private":true}' > package.json; } && \
	if npm install --no-audit --no-fund --ignore-scripts --loglevel=error \
	     "@foundry-rs/cast-$(FOUNDRY_PLATFORM)@$(FOUNDRY_VERSION)" >/dev/null; then \
	  echo "foundry-cast: $$("$(FOUNDRY_CAST)" --version | head -1) in $(FOUNDRY_DIR)"; \
	else echo "foundry-cast: npm could not install @foundry-rs/cast-$(FOUNDRY_PLATFORM)@$(FOUNDRY_VERSION); the cast interop test will skip (fail under CI)"; fi

test-keys: foundry-cast
	$(GO) test -count=1 ./hosts/keystore/
	MAILROOM_CAST="$(FOUNDRY_CAST)" $(GO) test -count=1 -run 'TestKeys|TestUsage|TestKeystoreCast' ./cmd/mailroom/

TEST_TARGETS += test-keys
