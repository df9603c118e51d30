package server

import (
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/runtime/native"
)

// Recoverer returns the address that signed a digest (ethsig.Recoverer);
// "signed by the expected signer" is decided by ethsig.VerifyWith.
type Recoverer = ethsig.Recoverer

// NativeRecover recovers through hosts/runtime/native (libsecp256k1 under cgo,
// core/ethsig otherwise). The core signature policy runs first.
func NativeRecover() Recoverer { return native.RecoverDigest }

// DigestSigner signs a 32-byte digest.
type DigestSigner func(digest [32]byte) (ethsig.Signature, error)

// FastSigner signs through hosts/runtime/native (libsecp256k1 under cgo):
// deterministic RFC 6979 and low-s, so the signature equals core/ethsig's.
func FastSigner(k *ethsig.PrivateKey) (DigestSigner, error) {
	if k == nil {
		return nil, errs.New(errs.InvalidPrivateKey, "no signing key")
	}
	return func(d [32]byte) (ethsig.Signature, error) { return native.SignDigest(k, d), nil }, nil
}
