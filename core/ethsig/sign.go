package ethsig

import (
	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/decred/dcrd/dcrec/secp256k1/v4/ecdsa"

	"github.com/agentmailroom/mailroom/core/errs"
)

// Sign signs a 32-byte digest deterministically (RFC 6979) and returns a
// low-s signature with v in {27, 28}.
//
// A digest >= n is reduced mod n first, as RFC 6979 §3.2 step a specifies
// (bits2octets) and libsecp256k1 does; decred's nonce function would
// otherwise take the unreduced bytes and give a different (still valid)
// signature than go-ethereum's cgo build.
func (k *PrivateKey) Sign(digest [32]byte) Signature {
	var e secp256k1.ModNScalar
	e.SetBytes(&digest)
	digest = e.Bytes()
	compact := ecdsa.SignCompact(k.k, digest[:], false) // v‖r‖s, v = 27 + recid
	var sig Signature
	copy(sig[:64], compact[1:])
	sig[64] = compact[0]
	return sig
}

// SignBytes signs a digest given as a slice, which must be 32 bytes.
func (k *PrivateKey) SignBytes(digest []byte) (Signature, error) {
	if len(digest) != 32 {
		return Signature{}, errs.New(errs.InvalidDigest, "digest must be 32 bytes, got %d", len(digest))
	}
	return k.Sign([32]byte(digest)), nil
}
