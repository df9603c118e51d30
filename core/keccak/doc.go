// Package keccak is Ethereum's legacy Keccak-256 (the pre-standard padding,
// not SHA3-256), as used for addresses, EIP-712 and contract IDs.
//
// # Speed
//
// Sum256 and Hasher run the sponge on the standard library's SHA3-256
// state, which shares Keccak-256's rate and permutation (in assembly on
// amd64, arm64 and s390x), and apply Keccak's padding themselves; neither
// allocates. A self-check at init compares that path with
// golang.org/x/crypto/sha3 and falls back to it if they ever disagree.
// New returns x/crypto's hash.Hash for callers that need the interface.
package keccak
