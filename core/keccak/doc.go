// Package keccak is Ethereum's legacy Keccak-256 (the pre-standard padding,
// not SHA3-256), as used for addresses, EIP-712 and contract IDs.
package keccak
