package main

// The operation table is wasm/abi/ops.go: ops_gen.go (ABIVersion and the
// ops map, export name → handler) and exports_gen_wasip1.go (one
// //go:wasmexport per op) are generated from it by `make abi`. A handler
// is an op (reply.go): func(req []byte) (ok []byte, err error).
