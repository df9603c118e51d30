package chain

import (
	"crypto/ecdsa"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
)

// Signer is a key that signs transactions (and vouchers and consents).
type Signer struct {
	key  *ecdsa.PrivateKey
	core *ethsig.PrivateKey
}

// NewSigner wraps a core key.
func NewSigner(k *ethsig.PrivateKey) (*Signer, error) {
	if k == nil {
		return nil, errs.New(errs.InvalidPrivateKey, "nil key")
	}
	ek, err := crypto.ToECDSA(k.Bytes())
	if err != nil {
		return nil, errs.New(errs.InvalidPrivateKey, "%v", err)
	}
	return &Signer{key: ek, core: k}, nil
}

// SignerFromECDSA wraps a go-ethereum key.
func SignerFromECDSA(k *ecdsa.PrivateKey) (*Signer, error) {
	if k == nil {
		return nil, errs.New(errs.InvalidPrivateKey, "nil key")
	}
	ck, err := ethsig.PrivateKeyFromBytes(crypto.FromECDSA(k))
	if err != nil {
		return nil, err
	}
	return &Signer{key: k, core: ck}, nil
}

// ParseKey parses a hex private key (with or without 0x).
func ParseKey(s string) (*Signer, error) {
	k, err := ethsig.ParsePrivateKey(strings.TrimSpace(s))
	if err != nil {
		return nil, err
	}
	return NewSigner(k)
}

// LoadKeyFile reads a key file: a 0x-hex private key on the first line
// (the format `mailroom keygen` writes); anything after the first line is ignored.
func LoadKeyFile(path string) (*Signer, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, errs.New(errs.InvalidInput, "read key file: %v", err)
	}
	first, _, _ := strings.Cut(string(data), "\n")
	first = strings.TrimSpace(first)
	if first == "" {
		return nil, errs.New(errs.InvalidPrivateKey, "key file %s: first line is empty", path)
	}
	return ParseKey(first)
}

// Address is the signer's address.
func (s *Signer) Address() common.Address { return crypto.PubkeyToAddress(s.key.PublicKey) }

// ECDSA returns the go-ethereum form of the key.
func (s *Signer) ECDSA() *ecdsa.PrivateKey { return s.key }

// Core returns the core/ethsig form of the key.
func (s *Signer) Core() *ethsig.PrivateKey { return s.core }

// Hex returns the 0x-hex private key. Handle with care.
func (s *Signer) Hex() string { return s.core.Hex() }

func toCore(a common.Address) ethsig.Address { return ethsig.Address(a) }

func fromCore(a ethsig.Address) common.Address { return common.Address(a) }
