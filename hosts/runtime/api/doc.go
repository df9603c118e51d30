// Package api is the Go interface every AgentMailroom runtime implements:
// hosts/runtime/native (direct calls into core, libsecp256k1 with cgo) and
// hosts/runtime/wazero (the same core compiled to mailroom.wasm). Services code
// against Runtime and choose the implementation; the vectors and the
// cross-runtime matrix run through this interface so that every runtime
// gives byte-identical answers.
//
// Every error carries a core/errs kind (errs.KindOf).
package api
