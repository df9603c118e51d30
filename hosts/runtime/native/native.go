package native

import (
	"context"
	"crypto/rand"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
)

// Name is the runtime name reported by Runtime.Name.
const Name = "native"

// Runtime implements api.Runtime in process. The zero value is not usable;
// call New.
type Runtime struct {
	domains domainCache
}

var _ api.Runtime = (*Runtime)(nil)

// New returns a native runtime. It holds no resources that need Close, but
// callers coding against api.Runtime should still call it.
func New() *Runtime { return &Runtime{} }

// Backend names the recovery backend compiled in: "libsecp256k1" (cgo) or
// "purego" (core/ethsig).
func Backend() string { return backendName }

// Name returns "native".
func (*Runtime) Name() string { return Name }

// Close is a no-op for the native runtime.
func (*Runtime) Close() error { return nil }

// Keccak256 returns keccak256(data).
func (*Runtime) Keccak256(ctx context.Context, data []byte) ([32]byte, error) {
	return keccak.Sum256(data), nil
}

// GenerateKey draws a key from crypto/rand.
func (*Runtime) GenerateKey(ctx context.Context) ([]byte, ethsig.Address, error) {
	k, err := ethsig.GenerateKey(rand.Reader)
	if err != nil {
		return nil, ethsig.Address{}, err
	}
	return k.Bytes(), k.Address(), nil
}

// AddressOf returns the address of a 32-byte private key.
func (*Runtime) AddressOf(ctx context.Context, priv []byte) (ethsig.Address, error) {
	k, err := ethsig.PrivateKeyFromBytes(priv)
	if err != nil {
		return ethsig.Address{}, err
	}
	return k.Address(), nil
}

// ParseAddress parses a 0x address (EIP-55 checked when mixed case).
func (*Runtime) ParseAddress(ctx context.Context, s string) (ethsig.Address, error) {
	return ethsig.ParseAddress(s)
}

// FormatDID returns did:agent:eth:<EIP-55 address>.
func (*Runtime) FormatDID(ctx context.Context, addr ethsig.Address) (string, error) {
	return did.Format(addr), nil
}

// ParseDID returns the address inside an agent DID.
func (*Runtime) ParseDID(ctx context.Context, s string) (ethsig.Address, error) { return did.Parse(s) }

// Sign signs a 32-byte digest (RFC 6979, low s, v in {27,28}).
func (*Runtime) Sign(ctx context.Context, priv []byte, digest []byte) (ethsig.Signature, error) {
	k, err := ethsig.PrivateKeyFromBytes(priv)
	if err != nil {
		return ethsig.Signature{}, err
	}
	if len(digest) != 32 {
		return ethsig.Signature{}, errs.New(errs.InvalidDigest, "digest must be 32 bytes, got %d", len(digest))
	}
	return SignDigest(k, [32]byte(digest)), nil
}

// SignDigest signs a digest with k through this build's backend
// (libsecp256k1 under cgo, core/ethsig otherwise); both give the same bytes.
func SignDigest(k *ethsig.PrivateKey, digest [32]byte) ethsig.Signature {
	return signDigest(k, &digest)
}
