// Package eip712 hashes EIP-712 typed data given as eth_signTypedData_v4
// JSON ({types, primaryType, domain, message}).
//
// # Coverage
//
// All atomic types (address, bool, bytes1..32, uint8..256, int8..256), bytes,
// string, structs (also recursive), dynamic and fixed-size arrays, nested
// arrays. The domain is encoded with types.EIP712Domain exactly as given (any
// subset and order of fields); EIP712Domain must be present in types.
//
// # Strictness
//
// Where implementations disagree this package takes the strict reading (see
// testvectors/README.md for every decision). It refuses, each with its own
// errs kind: out-of-range integers (int8 = 200), fractional or exponent
// numbers, bytesN of the wrong length, odd or invalid hex, unknown or
// undefined types (incl. the uint/int aliases), struct names that shadow
// atomic types, duplicate field names, missing or extra fields in the message
// or domain, fixed-array length mismatches, bools given as strings,
// mixed-case addresses with a bad checksum, null values, duplicate JSON keys,
// invalid UTF-8, and a primaryType not in types.
//
// Integers may be JSON integers (parsed exactly, never through float64),
// decimal strings (negative for intN) or 0x-hex strings (non-negative).
//
// # Hostile input
//
// Limits bounds input size, nesting depth, array length, the number of types
// and fields, and the total length of encodeType strings; exceeding one is
// errs.LimitExceeded. Every value is hashed once, so work is linear in the
// input.
//
// # Declared messages
//
// The protocol's signed messages are declared once, as Go values: a
// Message (its DomainSpec, struct name and atomic fields) compiled by
// Declare into a *MessageType, which gives the encodeType string, the type
// hash, a generic hashStruct over field values, the digest, Sign, Recover,
// Verify (through ethsig.VerifyWith) and the eth_signTypedData_v4 JSON. A
// DomainSpec (name, version) bound to a chain and a verifying contract is a
// Domain with its separator precomputed; the protocol packages embed it in
// their Domain types and hand it the struct hash of their fast path
// (words written into a fixed buffer, no allocation). Declared lists every
// declaration; a test proves, for each, fast path == generic path == the
// typed-data JSON path (Parse) on random inputs. HashStructJSON and
// DigestJSON read a declared message given as JSON with Parse's strictness.
//
// # Speed
//
// The JSON is parsed by a small purpose-built parser (no reflection):
// strings and number literals are substrings of one copy of the input, and
// the members of arrays and objects are gathered on pooled stacks and
// copied into slabs. Type strings are compiled once per struct, and type
// hashes are memoized across documents (bounded: 1024 encodeType strings of
// at most 1 KiB). Encoding streams each struct's and array's words into a
// pooled keccak state per nesting level instead of building encodeData
// buffers; atomic values are encoded straight into 32-byte words. Error
// paths are rendered only when an error occurs.
package eip712
