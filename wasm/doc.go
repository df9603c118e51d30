// Command wasm is mailroom.wasm: the AgentMailroom core compiled for
// GOOS=wasip1 GOARCH=wasm as a reactor module (-buildmode=c-shared) whose
// //go:wasmexport functions are the ABI of wasm/ABI.md. It is the one module
// that hosts/runtime/wazero (Go), bindings/js and bindings/python all load.
//
// # Build
//
//	make wasm   # writes hosts/runtime/wazero/mailroom.wasm and mailroom.wasm.sha256
//
// The build is reproducible (-trimpath -buildvcs=false -ldflags='-s -w
// -buildid='); TestModuleNotDrifted rebuilds it and fails when the
// checked-in module differs.
//
// # Layout
//
// The operations (one file per concept: keys, typeddata, envelope,
// voucher, receipt, registration, replay) are plain Go functions from a
// JSON request to a JSON value; reply.go wraps them as {"ok":…} or
// {"err":{"code","message"}} and turns a panic into code "internal". They
// are declared once, in the table of package wasm/abi (wasm/abi/ops.go):
// `make abi` generates ops_gen.go (ABIVersion and the ops map) and
// exports_gen_wasip1.go (one //go:wasmexport per op) from it, with the
// hosts' and bindings' stubs and the tables of wasm/ABI.md (see its §8 to
// add an op). Only the exports_*wasip1.go files are wasm-specific
// (go:wasmexport and guest memory), so the operations are tested on the
// host with `go test ./wasm/...`, which also fails when a generated file
// is stale (TestGeneratedFilesCurrent).
//
// # State
//
// Everything lives in the guest: the allocator's live buffers, the domain
// separator cache and the replay guards. The host only copies bytes in and
// out (see wasm/ABI.md §4).
package main
