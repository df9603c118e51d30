package server

import (
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/native"
)

// Recoverer returns the address that signed a digest.
type Recoverer func(digest [32]byte, sig ethsig.Signature) (ethsig.Address, error)

// NativeRecover recovers through hosts/native (libsecp256k1 under cgo,
// core/ethsig otherwise). The core signature policy runs first.
func NativeRecover() Recoverer {
	rt := native.New()
	return func(digest [32]byte, sig ethsig.Signature) (ethsig.Address, error) {
		return rt.Recover(digest[:], sig[:])
	}
}

// DigestSigner signs a 32-byte digest.
type DigestSigner func(digest [32]byte) (ethsig.Signature, error)

// FastSigner signs through hosts/native (libsecp256k1 under cgo):
// deterministic RFC 6979 and low-s, so the signature equals core/ethsig's.
func FastSigner(k *ethsig.PrivateKey) (DigestSigner, error) {
	if k == nil {
		return nil, errs.New(errs.InvalidPrivateKey, "no signing key")
	}
	return func(d [32]byte) (ethsig.Signature, error) { return native.SignDigest(k, d), nil }, nil
}
