package main

import (
	"encoding/json"

	"github.com/agentmailroom/mailroom/core/eip712"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
)

type typedDataHash struct {
	Digest          string `json:"digest"`
	DomainSeparator string `json:"domainSeparator"`
	MessageHash     string `json:"messageHash"`
}

func hashesOf(td *eip712.TypedData) typedDataHash {
	d, s, m := td.Digest(), td.DomainSeparator(), td.MessageHash()
	return typedDataHash{hexutil.Encode(d[:]), hexutil.Encode(s[:]), hexutil.Encode(m[:])}
}

// mr_typed_data_hash <eth_signTypedData_v4 JSON, byte for byte>
// → {"digest","domainSeparator","messageHash"}
func opTypedDataHash(req []byte) ([]byte, error) {
	td, err := eip712.Parse(req)
	if err != nil {
		return nil, err
	}
	return object(hashesOf(td))
}

// typedDataField is the embedded typed-data document of sign and recover
// requests. json.RawMessage keeps its bytes verbatim, so eip712.Parse sees
// exactly what the host embedded (duplicate keys, integers, UTF-8 checks
// all happen in eip712, as in mr_typed_data_hash).
func parseEmbedded(raw json.RawMessage) (*eip712.TypedData, error) {
	if raw == nil {
		return nil, errs.New(errs.InvalidInput, "typedData is missing")
	}
	return eip712.Parse(raw)
}

// mr_typed_data_sign {"privateKey":"0x…","typedData":{…}}
// → {"signature","digest","domainSeparator","messageHash"}
func opTypedDataSign(req []byte) ([]byte, error) {
	var r struct {
		PrivateKey *string         `json:"privateKey"`
		TypedData  json.RawMessage `json:"typedData"`
	}
	if err := decode(req, &r); err != nil {
		return nil, err
	}
	k, err := privateKey(r.PrivateKey)
	if err != nil {
		return nil, err
	}
	td, err := parseEmbedded(r.TypedData)
	if err != nil {
		return nil, err
	}
	return object(struct {
		Signature ethsig.Signature `json:"signature"`
		typedDataHash
	}{k.Sign(td.Digest()), hashesOf(td)})
}

// mr_typed_data_recover {"typedData":{…},"signature":"0x…"}
// → {"address","digest","domainSeparator","messageHash"}
func opTypedDataRecover(req []byte) ([]byte, error) {
	var r struct {
		TypedData json.RawMessage `json:"typedData"`
		Signature *string         `json:"signature"`
	}
	if err := decode(req, &r); err != nil {
		return nil, err
	}
	td, err := parseEmbedded(r.TypedData)
	if err != nil {
		return nil, err
	}
	s, err := hexBytes("signature", r.Signature)
	if err != nil {
		return nil, err
	}
	d := td.Digest()
	a, err := recoverBytes(d[:], s)
	if err != nil {
		return nil, err
	}
	return object(struct {
		Address ethsig.Address `json:"address"`
		typedDataHash
	}{a, hashesOf(td)})
}
