# hosts/runtime/native (issue 2, item 4): the Go runtime services link. Its tests run
# twice, once per recovery backend, so that every vector is proven on both:
# the default cgo build (libsecp256k1 through go-ethereum's
# crypto/secp256k1) and CGO_ENABLED=0 (core/ethsig, pure Go). The purego
# build tag selects the pure-Go backend in a cgo build as well.

.PHONY: test-native bench-native

test-native:
	$(GO) test -count=1 ./hosts/runtime/native/
	CGO_ENABLED=0 $(GO) test -count=1 ./hosts/runtime/native/
	$(GO) test -count=1 -tags purego -run 'Backend|Recover|Vectors' ./hosts/runtime/native/

# Recover (native vs go-ethereum crypto.Ecrecover in the same run), envelope
# and voucher verification. Compare with benchstat.
bench-native:
	$(GO) test -run '^$$' -bench . -benchmem -count=6 ./hosts/runtime/native/

TEST_TARGETS += test-native
