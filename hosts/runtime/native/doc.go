// Package native is the AgentMailroom runtime that Go services link: the
// hosts/runtime/api.Runtime interface implemented by direct calls into core.
//
// # Use
//
//	rt := native.New()
//	defer rt.Close()
//	signed, err := rt.SignEnvelope(priv, chainID, registry, &req)
//	err = rt.VerifyEnvelope(signed)
//
// Every error carries a core/errs kind (errs.KindOf), the same kind every
// other runtime (hosts/runtime/wazero, the JS and Python bindings) returns for the
// same input.
//
// # Backends
//
// Hashing, EIP-712, signing (RFC 6979) and the replay guard always run in
// core. Public-key recovery, which dominates verification, has two
// backends chosen at build time:
//
//   - "libsecp256k1": built with cgo and without the purego tag, recovery
//     goes through go-ethereum's crypto/secp256k1 (bitcoin-core's
//     libsecp256k1), the same code as go-ethereum's crypto.Ecrecover.
//   - "purego": with CGO_ENABLED=0 or -tags purego, recovery uses
//     core/ethsig (decred secp256k1).
//
// Backend reports which one is compiled in. Both refuse the same inputs with
// the same kinds: the signature policy of core/ethsig (65 bytes, v in
// {0,1,27,28}, r and s in [1, n-1], s <= n/2) always runs first, through
// ethsig.SignatureFromBytes, before either backend sees the signature. The
// test suite runs on both builds (make test-native) and against
// go-ethereum.
//
// # Concurrency
//
// A Runtime is stateless apart from a small bounded cache of domain
// separators and is safe for concurrent use. Replay guards are safe for
// concurrent use and fail closed when full (errs.ReplayCapacity).
package native
