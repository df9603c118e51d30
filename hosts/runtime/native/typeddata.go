package native

import (
	"context"
	"github.com/agentmailroom/mailroom/core/eip712"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
)

// HashTypedData parses and hashes eth_signTypedData_v4 JSON under
// eip712.DefaultLimits.
func (*Runtime) HashTypedData(ctx context.Context, typedDataJSON []byte) (api.TypedDataHash, error) {
	td, err := eip712.Parse(typedDataJSON)
	if err != nil {
		return api.TypedDataHash{}, err
	}
	return api.TypedDataHash{Digest: td.Digest(), DomainSeparator: td.DomainSeparator(), MessageHash: td.MessageHash()}, nil
}

// SignTypedData hashes typed data and signs its digest.
func (rt *Runtime) SignTypedData(ctx context.Context, priv []byte, typedDataJSON []byte) (ethsig.Signature, api.TypedDataHash, error) {
	k, err := ethsig.PrivateKeyFromBytes(priv)
	if err != nil {
		return ethsig.Signature{}, api.TypedDataHash{}, err
	}
	h, err := rt.HashTypedData(ctx, typedDataJSON)
	if err != nil {
		return ethsig.Signature{}, api.TypedDataHash{}, err
	}
	return SignDigest(k, h.Digest), h, nil
}
