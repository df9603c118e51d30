package wazero

import (
	"context"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
)

// Keccak256 returns keccak256(data), computed in the guest.
func (r *Runtime) Keccak256(ctx context.Context, data []byte) ([32]byte, error) {
	return replyBytes32(r.call(ctx, opKeccak256, newObject(2*len(data)+16).hex("data", data).bytes()))
}

// GenerateKey draws a key in the guest from WASI random_get, which this
// host backs with crypto/rand.
func (r *Runtime) GenerateKey(ctx context.Context) ([]byte, ethsig.Address, error) {
	v, err := r.call(ctx, opGenerateKey, []byte("{}"))
	if err != nil {
		return nil, ethsig.Address{}, err
	}
	var out struct {
		PrivateKey string         `json:"privateKey"`
		Address    ethsig.Address `json:"address"`
	}
	if err := decodeReply(v, &out); err != nil {
		return nil, ethsig.Address{}, err
	}
	priv, err := hexutil.DecodeFixed(out.PrivateKey, 32)
	if err != nil {
		return nil, ethsig.Address{}, errs.New(errs.Internal, "mailroom.wasm returned a bad private key")
	}
	return priv, out.Address, nil
}

// AddressOf returns the address of a 32-byte private key.
func (r *Runtime) AddressOf(ctx context.Context, priv []byte) (ethsig.Address, error) {
	return replyAddress(r.call(ctx, opAddressOf, newObject(80).hex("privateKey", priv).bytes()))
}

// ParseAddress parses a 0x address (EIP-55 checked when mixed case).
func (r *Runtime) ParseAddress(ctx context.Context, s string) (ethsig.Address, error) {
	req, err := stringRequest("address", s)
	if err != nil {
		return ethsig.Address{}, err
	}
	return replyAddress(r.call(ctx, opParseAddress, req))
}

// FormatDID returns did:agent:eth:<EIP-55 address>.
func (r *Runtime) FormatDID(ctx context.Context, addr ethsig.Address) (string, error) {
	v, err := r.call(ctx, opFormatDID, newObject(60).address("address", addr).bytes())
	if err != nil {
		return "", err
	}
	return unquote(v)
}

// ParseDID returns the address inside an agent DID.
func (r *Runtime) ParseDID(ctx context.Context, s string) (ethsig.Address, error) {
	req, err := stringRequest("did", s)
	if err != nil {
		return ethsig.Address{}, err
	}
	return replyAddress(r.call(ctx, opParseDID, req))
}

// Sign signs a 32-byte digest (RFC 6979, low s, v in {27,28}).
func (r *Runtime) Sign(ctx context.Context, priv []byte, digest []byte) (ethsig.Signature, error) {
	return replySignature(r.call(ctx, opSign, newObject(160).hex("privateKey", priv).hex("digest", digest).bytes()))
}

// Recover returns the address that signed digest.
func (r *Runtime) Recover(ctx context.Context, digest []byte, sig []byte) (ethsig.Address, error) {
	return replyAddress(r.call(ctx, opRecover, newObject(240).hex("digest", digest).hex("signature", sig).bytes()))
}
