package ethsig

import (
	"io"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// PrivateKeyLength is the size of a serialized private key.
const PrivateKeyLength = 32

// PrivateKey is a secp256k1 signing key together with its address.
type PrivateKey struct {
	k    *secp256k1.PrivateKey
	addr Address
}

// GenerateKey draws a key from rand (which must be a cryptographically
// secure source, e.g. crypto/rand.Reader), retrying the negligible cases of
// zero or a value >= n.
func GenerateKey(rand io.Reader) (*PrivateKey, error) {
	var b [PrivateKeyLength]byte
	for i := 0; i < 128; i++ {
		if _, err := io.ReadFull(rand, b[:]); err != nil {
			return nil, errs.New(errs.Internal, "reading entropy: %v", err)
		}
		if k, err := PrivateKeyFromBytes(b[:]); err == nil {
			return k, nil
		}
	}
	return nil, errs.New(errs.Internal, "entropy source produced no valid key in 128 draws")
}

// PrivateKeyFromBytes parses a 32-byte big-endian scalar in [1, n-1].
func PrivateKeyFromBytes(b []byte) (*PrivateKey, error) {
	if len(b) != PrivateKeyLength {
		return nil, errs.New(errs.InvalidPrivateKey, "private key must be 32 bytes, got %d", len(b))
	}
	var s secp256k1.ModNScalar
	if overflow := s.SetByteSlice(b); overflow {
		return nil, errs.New(errs.InvalidPrivateKey, "private key is not below the curve order")
	}
	if s.IsZero() {
		return nil, errs.New(errs.InvalidPrivateKey, "private key is zero")
	}
	k := secp256k1.NewPrivateKey(&s)
	return &PrivateKey{k: k, addr: PubkeyToAddress(k.PubKey())}, nil
}

// ParsePrivateKey parses a hex private key, with or without 0x.
func ParsePrivateKey(s string) (*PrivateKey, error) {
	b, err := hexutil.DecodeOptional0x(s)
	if err != nil {
		return nil, errs.New(errs.InvalidPrivateKey, "private key is not hex: %s", errs.Message(err))
	}
	return PrivateKeyFromBytes(b)
}

// Bytes returns the 32-byte big-endian scalar. Handle with care.
func (k *PrivateKey) Bytes() []byte {
	b := k.k.Key.Bytes()
	return b[:]
}

// Hex returns the 0x-prefixed hex of the scalar. Handle with care.
func (k *PrivateKey) Hex() string { return hexutil.Encode(k.Bytes()) }

// Address returns the key's Ethereum address.
func (k *PrivateKey) Address() Address { return k.addr }

// PublicKey returns the 65-byte uncompressed public key (0x04‖X‖Y).
func (k *PrivateKey) PublicKey() []byte { return k.k.PubKey().SerializeUncompressed() }

// PubkeyToAddress derives the address of a public key.
func PubkeyToAddress(p *secp256k1.PublicKey) Address {
	u := p.SerializeUncompressed()
	h := keccak.Sum256(u[1:])
	var a Address
	copy(a[:], h[12:])
	return a
}

// PublicKeyToAddress derives the address of a serialized public key
// (33-byte compressed or 65-byte uncompressed).
func PublicKeyToAddress(pub []byte) (Address, error) {
	p, err := secp256k1.ParsePubKey(pub)
	if err != nil {
		return Address{}, errs.New(errs.InvalidInput, "invalid public key: %v", err)
	}
	return PubkeyToAddress(p), nil
}
