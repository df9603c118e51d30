// Command matrix is the Go side of the cross-runtime sign/verify matrix
// (bindings/js/tools/matrix.mjs drives it): it runs one JSON job on stdin
// through hosts/runtime/native or hosts/runtime/wazero in process, so a job costs one
// module compilation instead of one per call.
//
// # Job
//
//	{"runtime":"native|wazero","op":"sign","specs":[…]}    → [wire object, …]
//	{"runtime":"native|wazero","op":"verify","items":[…]}  → [{"ok":true} | {"code":"<kind>"}, …]
//
// $MAILROOM_WAZERO_CACHE, when set, is the wazero compilation cache.
//
// Specs and items have the shapes matrix.mjs documents. The envelope and
// voucher wire JSON is decoded with core/envelope and core/voucher, as a Go
// service receiving the headers would.
package main
