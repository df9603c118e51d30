//go:build !cgo || purego

package native

import (
	"github.com/agentmailroom/mailroom/core/ethsig"
)

const backendName = "purego"

// recoverAddress recovers through core/ethsig. sig has passed
// ethsig.SignatureFromBytes.
func recoverAddress(digest *[32]byte, sig *ethsig.Signature) (ethsig.Address, error) {
	pub, err := ethsig.RecoverPubkeyNonConst(*digest, *sig)
	if err != nil {
		return ethsig.Address{}, err
	}
	u := pub.SerializeUncompressed()
	sc := scratches.Get().(*scratch)
	defer scratches.Put(sc)
	return sc.address(u[1:]), nil
}

// signDigest signs through core/ethsig.
func signDigest(k *ethsig.PrivateKey, digest *[32]byte) ethsig.Signature { return k.Sign(*digest) }
