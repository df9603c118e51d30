//go:build !cgo

package main

// gethLibsecp256k1 is false: go-ethereum's crypto falls back to decred.
const gethLibsecp256k1 = false
