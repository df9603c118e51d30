package main

import "github.com/decred/dcrd/dcrec/secp256k1/v4"

// main is never called in the reactor build (-buildmode=c-shared): the host
// calls _initialize once and then the mr_* exports. A host build of this
// package (go build ./..., go test ./wasm/) has no exports and does nothing.
func main() {}

// init runs in _initialize. It builds secp256k1's precomputed base-point
// tables, which the first signature or recovery would otherwise build lazily
// (tens of milliseconds in wasm): instantiation pays it once, so that no
// request does.
func init() {
	var one secp256k1.ModNScalar
	one.SetInt(1)
	var p secp256k1.JacobianPoint
	secp256k1.ScalarBaseMultNonConst(&one, &p)
}
