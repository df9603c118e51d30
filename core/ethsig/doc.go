// Package ethsig is Ethereum's secp256k1 signature scheme: keys, EIP-55
// addresses, deterministic signing, recovery and verification.
//
// # Rules (identical in every runtime)
//
// A signature is 65 bytes r‖s‖v. Output v is 27 or 28. Input v may be 0, 1,
// 27 or 28; anything else (including 2..7 and EIP-155 style 35+) is refused
// with errs.InvalidRecoveryID. r and s must lie in [1, n-1]
// (errs.SignatureOutOfRange) and s must be at most n/2 (EIP-2 low-s,
// errs.SignatureHighS). Signing is deterministic (RFC 6979), so a key and a
// digest give the same signature everywhere.
//
// # Addresses
//
// An address is the last 20 bytes of keccak256 of the uncompressed public key
// without its 0x04 prefix. Address.String is EIP-55 checksummed.
// ParseAddress accepts all-lower or all-upper hex after "0x"; mixed case must
// pass the checksum (errs.BadChecksum).
//
// # Security
//
// Signing uses decred's constant-time scalar code. Recovery and verification
// handle only public data and may be variable time.
package ethsig
