# AgentMailroom. `make test` runs every test; `make demo` runs the demo.
# Each concept adds its targets in mk/<concept>.mk and appends its test
# target to TEST_TARGETS, so `make test` grows without editing this file.

SHELL := /bin/bash
GO ?= go
export GOFLAGS ?= -buildvcs=false
CASES ?= testvectors/conformance/cases

TEST_TARGETS :=

.PHONY: all build test demo
all: build

build:
	$(GO) build ./...

include $(sort $(wildcard mk/*.mk))

test: $(TEST_TARGETS)
	@echo "make test: all suites passed"
