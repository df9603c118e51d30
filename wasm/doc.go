// Command wasm is mailroom.wasm: the AgentMailroom core compiled for
// GOOS=wasip1 GOARCH=wasm as a reactor module (-buildmode=c-shared) whose
// //go:wasmexport functions are the ABI of wasm/ABI.md. It is the one module
// that hosts/wazero (Go), bindings/js and bindings/python all load.
//
// # Build
//
//	make wasm   # writes hosts/wazero/mailroom.wasm and mailroom.wasm.sha256
//
// The build is reproducible (-trimpath -buildvcs=false -ldflags='-s -w
// -buildid='); TestModuleNotDrifted rebuilds it and fails when the
// checked-in module differs.
//
// # Layout
//
// The operations (ops.go and one file per concept: keys, typeddata,
// envelope, voucher, receipt, registration, replay) are plain Go functions
// from a JSON request to a JSON value; reply.go wraps them as {"ok":…} or
// {"err":{"code","message"}} and turns a panic into code "internal". Only
// exports_wasip1.go is wasm-specific (go:wasmexport and guest memory), so
// the operations are tested on the host with `go test ./wasm/`.
//
// # State
//
// Everything lives in the guest: the allocator's live buffers, the domain
// separator cache and the replay guards. The host only copies bytes in and
// out (see wasm/ABI.md §4).
package main
