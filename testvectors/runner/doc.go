// Package runner runs the project's test vectors (testvectors/*.json) against
// any api.Runtime, so the same files prove the native host, the wazero host
// and, through runners written to testvectors/README.md, the JS and Python
// bindings.
//
// # Use
//
//	rep, err := runner.Run(rt, "testvectors")
//	// err: the files are unreadable or malformed (unknown key, unknown type)
//	// rep.Failed > 0: a vector disagreed; rep.Failures says which and why
//
// # Strictness
//
// Like age's vector runner, Run refuses files it does not fully understand:
// an unknown key anywhere, an unknown vector type, a duplicate id, a missing
// expected field or a negative vector without an error kind is an error, not
// a skipped vector. Every operation goes through the Runtime; only the wire
// JSON of envelopes, vouchers and receipts and the DER encoding of the
// Wycheproof bitcoin file are decoded on the host side, as a host would.
package runner
