//go:build cgo && !purego

package native

import (
	"github.com/ethereum/go-ethereum/crypto/secp256k1"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
)

const backendName = "libsecp256k1"

// recoverAddress recovers through libsecp256k1. sig has passed
// ethsig.SignatureFromBytes, so v is 27 or 28 and r, s are in range.
func recoverAddress(digest *[32]byte, sig *ethsig.Signature) (ethsig.Address, error) {
	sc := scratches.Get().(*scratch)
	defer scratches.Put(sc)
	sc.digest = *digest
	copy(sc.rsv[:64], sig[:64])
	sc.rsv[64] = sig[64] - 27
	pub, err := secp256k1.RecoverPubkey(sc.digest[:], sc.rsv[:])
	if err != nil {
		return ethsig.Address{}, errs.New(errs.RecoveryFailed, "no public key recovers from this signature: %v", err)
	}
	if len(pub) != 65 {
		return ethsig.Address{}, errs.New(errs.Internal, "libsecp256k1 returned a %d-byte public key", len(pub))
	}
	return sc.address(pub[1:]), nil
}

// signDigest signs through libsecp256k1 (RFC 6979, low s), which gives the
// same bytes as core/ethsig (a test pins it) at a quarter of the cost.
func signDigest(k *ethsig.PrivateKey, digest *[32]byte) ethsig.Signature {
	sig, err := secp256k1.Sign(digest[:], k.Bytes())
	if err != nil || len(sig) != ethsig.SignatureLength { // unreachable for a parsed key
		return k.Sign(*digest)
	}
	var out ethsig.Signature
	copy(out[:], sig)
	out[64] += 27
	return out
}
