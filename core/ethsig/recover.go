package ethsig

import (
	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/decred/dcrd/dcrec/secp256k1/v4/ecdsa"

	"github.com/agentmailroom/mailroom/core/errs"
)

// RecoverPubkeyNonConst recovers the public key that produced sig over
// digest. It runs in variable time (it handles only public data). sig must
// come from SignatureFromBytes/ParseSignature (already policy-checked).
func RecoverPubkeyNonConst(digest [32]byte, sig Signature) (*secp256k1.PublicKey, error) {
	var compact [65]byte
	compact[0] = sig[64] // 27 or 28
	copy(compact[1:], sig[:64])
	pub, _, err := ecdsa.RecoverCompact(compact[:], digest[:])
	if err != nil {
		return nil, errs.New(errs.RecoveryFailed, "no public key recovers from this signature: %v", err)
	}
	return pub, nil
}

// Recover returns the address that signed digest. The signature policy
// (v, r and s ranges, low s) is checked again here: a Signature is a plain
// array that code can fill without SignatureFromBytes.
func Recover(digest [32]byte, sig Signature) (Address, error) {
	sig, err := SignatureFromBytes(sig[:])
	if err != nil {
		return Address{}, err
	}
	pub, err := RecoverPubkeyNonConst(digest, sig)
	if err != nil {
		return Address{}, err
	}
	return PubkeyToAddress(pub), nil
}

// RecoverBytes validates sig (65 bytes, v in {0,1,27,28}, low s) and
// recovers the signer of a 32-byte digest.
func RecoverBytes(digest, sig []byte) (Address, error) {
	if len(digest) != 32 {
		return Address{}, errs.New(errs.InvalidDigest, "digest must be 32 bytes, got %d", len(digest))
	}
	s, err := SignatureFromBytes(sig)
	if err != nil {
		return Address{}, err
	}
	return Recover([32]byte(digest), s)
}

// Recoverer recovers the signer of a digest: Recover, or a faster backend
// with the same answers (hosts/runtime/native's libsecp256k1).
type Recoverer func(digest [32]byte, sig Signature) (Address, error)

// Verify checks that sig over digest was made by signer, returning
// errs.SignerMismatch when it recovers to another address.
func Verify(signer Address, digest [32]byte, sig Signature) error {
	return VerifyWith(Recover, signer, digest, sig)
}

// VerifyWith is Verify through rec. It is the one place that decides
// "signed by the expected signer": the policy is checked here, whatever rec
// does, then the recovered address must equal signer.
func VerifyWith(rec Recoverer, signer Address, digest [32]byte, sig Signature) error {
	sig, err := SignatureFromBytes(sig[:])
	if err != nil {
		return err
	}
	got, err := rec(digest, sig)
	if err != nil {
		return err
	}
	if got != signer {
		return errs.New(errs.SignerMismatch, "signature is by %s, not %s", got, signer)
	}
	return nil
}
