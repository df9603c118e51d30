package native

import (
	"context"
	"sync"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// Recover returns the address that signed a 32-byte digest. The signature
// policy of core/ethsig runs first; then the compiled-in backend recovers.
func (*Runtime) Recover(ctx context.Context, digest []byte, sig []byte) (ethsig.Address, error) {
	if len(digest) != 32 {
		return ethsig.Address{}, errs.New(errs.InvalidDigest, "digest must be 32 bytes, got %d", len(digest))
	}
	s, err := ethsig.SignatureFromBytes(sig)
	if err != nil {
		return ethsig.Address{}, err
	}
	return recoverAddress((*[32]byte)(digest), &s)
}

// RecoverDigest is an ethsig.Recoverer over this runtime's backend
// (libsecp256k1 under cgo): the policy is checked, then the signer recovered.
func RecoverDigest(digest [32]byte, sig ethsig.Signature) (ethsig.Address, error) {
	s, err := ethsig.SignatureFromBytes(sig[:])
	if err != nil {
		return ethsig.Address{}, err
	}
	return recoverAddress(&digest, &s)
}

// verify is ethsig.VerifyWith over the backend: the core decides
// "signed by signer", this runtime only recovers.
func verify(signer ethsig.Address, digest *[32]byte, sig *ethsig.Signature) error {
	return ethsig.VerifyWith(backendRecover, signer, *digest, *sig)
}

// backendRecover recovers a signature VerifyWith has already checked.
func backendRecover(digest [32]byte, sig ethsig.Signature) (ethsig.Address, error) {
	return recoverAddress(&digest, &sig)
}

// scratch is per-call working memory for the recovery hot path, pooled so
// that recovery allocates only what the backend itself allocates. The
// buffers live on the heap with the scratch, so passing them to cgo or
// through the hash.Hash interface costs no allocation.
type scratch struct {
	h      *keccak.Hasher
	digest [32]byte
	rsv    [65]byte
	sum    [32]byte
}

var scratches = sync.Pool{New: func() any { return &scratch{h: keccak.NewHasher()} }}

// address derives the address of a 64-byte X‖Y public key.
func (sc *scratch) address(xy []byte) ethsig.Address {
	sc.h.Reset()
	sc.h.Write(xy)
	sc.h.SumInto(&sc.sum)
	return ethsig.Address(sc.sum[12:])
}
