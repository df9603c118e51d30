//go:build cgo

package main

// gethLibsecp256k1 is true when go-ethereum's crypto uses libsecp256k1 (cgo).
const gethLibsecp256k1 = true
