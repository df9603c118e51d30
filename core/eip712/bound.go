package eip712

import (
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// DomainSpec declares a standard domain by its name and version; Bind
// fixes the chain and the verifying contract. Each AgentMailroom domain is
// one DomainSpec (envelope.DomainSpec, voucher.DomainSpec,
// registration.DomainSpec).
type DomainSpec struct {
	Name    string
	Version string
}

// Bind returns the domain {name, version, chainId, verifyingContract} with
// its separator precomputed.
func (s DomainSpec) Bind(chainID uint64, verifyingContract ethsig.Address) Domain {
	return NewDomain(StandardDomain{Name: s.Name, Version: s.Version, ChainID: chainID, VerifyingContract: verifyingContract})
}

// Domain is a StandardDomain with its separator precomputed, and the one
// implementation of digest, sign, recover and verify over a struct hash.
// The protocol packages embed it in their Domain types, whose Digest, Sign,
// Recover and Verify compute the struct hash by their fast path and hand it
// here. The zero value has a zero separator; use Bind or NewDomain.
type Domain struct {
	std StandardDomain
	sep [32]byte
}

// NewDomain binds std, computing its separator once.
func NewDomain(std StandardDomain) Domain { return Domain{std: std, sep: std.Separator()} }

// Standard returns the domain's fields.
func (d *Domain) Standard() StandardDomain { return d.std }

// Spec returns the domain's name and version.
func (d *Domain) Spec() DomainSpec { return DomainSpec{Name: d.std.Name, Version: d.std.Version} }

// Separator returns the precomputed domain separator.
func (d *Domain) Separator() [32]byte { return d.sep }

// StructDigest returns keccak256(0x19 ‖ 0x01 ‖ separator ‖ hashStruct): the
// signing digest of a message whose hashStruct is given.
func (d *Domain) StructDigest(hashStruct [32]byte) [32]byte {
	var buf [66]byte
	buf[0], buf[1] = 0x19, 0x01
	copy(buf[2:34], d.sep[:])
	copy(buf[34:], hashStruct[:])
	return keccak.Sum256(buf[:])
}

// SignStruct signs the message whose hashStruct is given.
func (d *Domain) SignStruct(key *ethsig.PrivateKey, hashStruct [32]byte) ethsig.Signature {
	return key.Sign(d.StructDigest(hashStruct))
}

// RecoverStruct returns the address that signed the message whose
// hashStruct is given (the signature policy is checked by ethsig.Recover).
func (d *Domain) RecoverStruct(hashStruct [32]byte, sig ethsig.Signature) (ethsig.Address, error) {
	return ethsig.Recover(d.StructDigest(hashStruct), sig)
}

// VerifyStruct checks that sig over the message whose hashStruct is given
// was made by signer (errs.SignerMismatch otherwise).
func (d *Domain) VerifyStruct(signer ethsig.Address, hashStruct [32]byte, sig ethsig.Signature) error {
	return d.VerifyStructWith(ethsig.Recover, signer, hashStruct, sig)
}

// VerifyStructWith is VerifyStruct through rec (such as hosts/runtime/native's
// libsecp256k1 recoverer); ethsig.VerifyWith makes the decision.
func (d *Domain) VerifyStructWith(rec ethsig.Recoverer, signer ethsig.Address, hashStruct [32]byte, sig ethsig.Signature) error {
	return ethsig.VerifyWith(rec, signer, d.StructDigest(hashStruct), sig)
}
