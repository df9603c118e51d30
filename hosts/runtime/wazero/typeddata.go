package wazero

import (
	"context"
	"encoding/json"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
)

type typedDataHashReply struct {
	Digest          string `json:"digest"`
	DomainSeparator string `json:"domainSeparator"`
	MessageHash     string `json:"messageHash"`
}

func (h *typedDataHashReply) hash() (api.TypedDataHash, error) {
	var out api.TypedDataHash
	var err error
	if out.Digest, err = parse32(h.Digest); err != nil {
		return out, err
	}
	if out.DomainSeparator, err = parse32(h.DomainSeparator); err != nil {
		return out, err
	}
	out.MessageHash, err = parse32(h.MessageHash)
	return out, err
}

// HashTypedData hashes eth_signTypedData_v4 JSON; the bytes go to the
// guest unchanged.
func (r *Runtime) HashTypedData(ctx context.Context, typedDataJSON []byte) (api.TypedDataHash, error) {
	v, err := r.call(ctx, opTypedDataHash, typedDataJSON)
	if err != nil {
		return api.TypedDataHash{}, err
	}
	var h typedDataHashReply
	if err := decodeReply(v, &h); err != nil {
		return api.TypedDataHash{}, err
	}
	return h.hash()
}

// SignTypedData signs the digest of eth_signTypedData_v4 JSON. The JSON is
// spliced into the request verbatim (wasm/ABI.md, mr_typed_data_sign), so
// it must be exactly one JSON value; when it is not, the guest's typed-data
// parser reports why, as the core would.
func (r *Runtime) SignTypedData(ctx context.Context, priv []byte, typedDataJSON []byte) (ethsig.Signature, api.TypedDataHash, error) {
	if !json.Valid(typedDataJSON) {
		if _, err := r.HashTypedData(ctx, typedDataJSON); err != nil {
			return ethsig.Signature{}, api.TypedDataHash{}, err
		}
		return ethsig.Signature{}, api.TypedDataHash{}, errs.New(errs.InvalidJSON, "typed data is not one JSON value")
	}
	req := newObject(len(typedDataJSON)+100).hex("privateKey", priv).raw("typedData", typedDataJSON).bytes()
	v, err := r.call(ctx, opTypedDataSign, req)
	if err != nil {
		return ethsig.Signature{}, api.TypedDataHash{}, err
	}
	var out struct {
		Signature ethsig.Signature `json:"signature"`
		typedDataHashReply
	}
	if err := decodeReply(v, &out); err != nil {
		return ethsig.Signature{}, api.TypedDataHash{}, err
	}
	h, err := out.hash()
	return out.Signature, h, err
}

// RecoverTypedData returns the address that signed eth_signTypedData_v4 JSON
// and the hashes it signed. Like SignTypedData, the JSON is spliced into the
// request verbatim, so it must be exactly one JSON value.
func (r *Runtime) RecoverTypedData(ctx context.Context, typedDataJSON []byte, sig []byte) (ethsig.Address, api.TypedDataHash, error) {
	if !json.Valid(typedDataJSON) {
		if _, err := r.HashTypedData(ctx, typedDataJSON); err != nil {
			return ethsig.Address{}, api.TypedDataHash{}, err
		}
		return ethsig.Address{}, api.TypedDataHash{}, errs.New(errs.InvalidJSON, "typed data is not one JSON value")
	}
	req := newObject(len(typedDataJSON)+180).raw("typedData", typedDataJSON).hex("signature", sig).bytes()
	v, err := r.call(ctx, opTypedDataRecover, req)
	if err != nil {
		return ethsig.Address{}, api.TypedDataHash{}, err
	}
	var out struct {
		Address ethsig.Address `json:"address"`
		typedDataHashReply
	}
	if err := decodeReply(v, &out); err != nil {
		return ethsig.Address{}, api.TypedDataHash{}, err
	}
	h, err := out.hash()
	return out.Address, h, err
}
