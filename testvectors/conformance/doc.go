// Package conformance runs a directory of EIP-712 conformance cases (the
// format of README.md in this directory) against any api.Runtime.
//
// # Cases
//
// Every *.json file directly inside the directory is one case; other files
// and subdirectories are ignored. A positive case
// {typedData, digest, signature, signer} passes when the runtime's digest of
// typedData equals digest and recovering signature over it gives signer. A
// negative case {typedData, invalid} passes when the runtime refuses the
// typed data with an error (any kind).
//
// # Strictness
//
// A file that cannot be read, is not a JSON object, has an unknown or
// missing key, mixes the positive and negative shapes, or whose digest,
// signature or signer is malformed counts as a failed case with the reason,
// never as a crash or a skip: a set the project has never seen is run, not
// trusted. A runtime panic on a case is caught and counted as a failure.
// Run returns an error only when the directory cannot be listed or holds no
// case at all.
//
// typedData is handed to the runtime as the exact bytes of the file (no
// re-encoding), so large integers written as JSON numbers reach the
// runtime's parser unchanged.
package conformance
