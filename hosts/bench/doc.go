// Package bench holds no code of its own: its test files benchmark the
// core beside go-ethereum on the same inputs in the same run, so that
// benchstat can print ratios.
//
// # Naming
//
// Every benchmark is named Benchmark<Op>/[doc=<input>/]impl=<geth|core>, so
//
//	go test -run '^$' -bench . -benchmem -count 5 ./hosts/bench > new.txt
//	benchstat -col /impl new.txt
//
// prints go-ethereum in the first column and the core beside it with the
// relative difference. `make bench` does this and adds the core's own
// package benchmarks.
//
// # What is compared
//
//   - TypedDataHash: eth_signTypedData_v4 JSON bytes in, digest out. For
//     go-ethereum that is json.Unmarshal into apitypes.TypedData followed by
//     apitypes.TypedDataAndHash; for the core, eip712.Parse.
//   - EnvelopeDigest, VoucherDigest: a Go value in, digest out. go-ethereum
//     builds the apitypes.TypedData a Go user would write and hashes it; the
//     core uses its specialised digest.
//   - Keccak256, Sign, Recover (crypto.Ecrecover and crypto.SigToPub),
//     EnvelopeVerify, VoucherVerify.
//
// go-ethereum is a test-only dependency: nothing outside _test.go files
// imports it.
package bench
