package server

import (
	"crypto/ecdsa"

	gcrypto "github.com/ethereum/go-ethereum/crypto"

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

// FastSigner signs with go-ethereum's crypto.Sign (libsecp256k1 under cgo):
// deterministic RFC 6979 and low-s, so the signature equals core/ethsig's.
func FastSigner(k *ethsig.PrivateKey) (DigestSigner, error) {
	ek, err := gcrypto.ToECDSA(k.Bytes())
	if err != nil {
		return nil, errs.New(errs.InvalidPrivateKey, "%v", err)
	}
	return func(d [32]byte) (ethsig.Signature, error) { return signECDSA(ek, d) }, nil
}

func signECDSA(ek *ecdsa.PrivateKey, d [32]byte) (ethsig.Signature, error) {
	sig, err := gcrypto.Sign(d[:], ek)
	if err != nil {
		return ethsig.Signature{}, errs.New(errs.Internal, "sign: %v", err)
	}
	sig[64] += 27
	return ethsig.SignatureFromBytes(sig)
}
