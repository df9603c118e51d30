// Package errs is AgentMailroom's single error vocabulary.
//
// # Kinds
//
// Every failure class has one stable Kind string. The same string is the Go
// error kind, the WASM ABI error code, the expected error in a test vector,
// the JS err.code, the Python exception's .code and the "code" of an HTTP
// error body. Kinds are never renamed: a test pins every string.
//
// # Use
//
//	err := errs.New(errs.InvalidHex, "odd length %d", n)
//	errs.KindOf(err) == errs.InvalidHex  // true, also through fmt.Errorf("%w")
//	errors.Is(err, errs.InvalidHex)      // true: a Kind is itself an error
package errs
