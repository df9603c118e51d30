package runner

import (
	"context"
	"fmt"
	"sort"

	"github.com/agentmailroom/mailroom/hosts/runtime/api"
	"github.com/agentmailroom/mailroom/testvectors/internal/schema"
)

// runTypedData hashes the typed data and checks the digest, the domain
// separator and the message hash; encodeType strings against their type
// hashes and the encoded data against the message hash (through the
// runtime's keccak); and, with a private key, the pinned signature.
func runTypedData(rt api.Runtime, v *schema.Vector) (string, error) {
	var in schema.TypedDataIn
	var out schema.TypedDataOut
	if err := decode(v, &in, &out); err != nil {
		return "", err
	}
	var doc []byte
	switch {
	case in.TypedData != nil && in.TypedDataHex == "":
		doc = []byte(*in.TypedData)
	case in.TypedData == nil && in.TypedDataHex != "":
		b, err := mustHex("typedDataHex", in.TypedDataHex)
		if err != nil {
			return "", err
		}
		doc = b
	default:
		return "", fmt.Errorf("input: exactly one of typedData and typedDataHex")
	}
	if out.Error != "" {
		if out.Digest != "" || out.DomainSeparator != "" || out.MessageHash != "" || out.EncodeType != nil ||
			out.TypeHash != nil || out.EncodedData != "" || out.Signature != "" || out.Address != "" || in.PrivateKey != "" {
			return "", fmt.Errorf("expect: a negative vector carries only error")
		}
		_, err := rt.HashTypedData(context.Background(), doc)
		f, _ := outcome(err, out.Error)
		return f, nil
	}
	if out.Digest == "" || out.DomainSeparator == "" || out.MessageHash == "" {
		return "", fmt.Errorf("expect: digest, domainSeparator and messageHash are required")
	}
	if (in.PrivateKey == "") != (out.Signature == "") || (out.Signature == "") != (out.Address == "") {
		return "", fmt.Errorf("privateKey, signature and address go together")
	}
	h, err := rt.HashTypedData(context.Background(), doc)
	if f, done := outcome(err, ""); done {
		return f, nil
	}
	if f := first(diff("digest", hexOf(h.Digest[:]), out.Digest),
		diff("domainSeparator", hexOf(h.DomainSeparator[:]), out.DomainSeparator),
		diff("messageHash", hexOf(h.MessageHash[:]), out.MessageHash)); f != "" {
		return f, nil
	}
	names := make([]string, 0, len(out.EncodeType))
	for name := range out.EncodeType {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		want, ok := out.TypeHash[name]
		if !ok {
			return "", fmt.Errorf("expect: encodeType %q without typeHash", name)
		}
		th, err := rt.Keccak256(context.Background(), []byte(out.EncodeType[name]))
		if f, done := outcome(err, ""); done {
			return f, nil
		}
		if f := diff("typeHash("+name+")", hexOf(th[:]), want); f != "" {
			return f, nil
		}
	}
	if out.EncodedData != "" {
		enc, err := mustHex("encodedData", out.EncodedData)
		if err != nil {
			return "", err
		}
		mh, err := rt.Keccak256(context.Background(), enc)
		if f, done := outcome(err, ""); done {
			return f, nil
		}
		if f := diff("keccak256(encodedData)", hexOf(mh[:]), out.MessageHash); f != "" {
			return f, nil
		}
	}
	if in.PrivateKey == "" {
		return "", nil
	}
	priv, err := mustHex("privateKey", in.PrivateKey)
	if err != nil {
		return "", err
	}
	sig, h2, err := rt.SignTypedData(context.Background(), priv, doc)
	if f, done := outcome(err, ""); done {
		return "sign: " + f, nil
	}
	if f := first(diff("sign digest", hexOf(h2.Digest[:]), out.Digest), diff("signature", sig.Hex(), out.Signature)); f != "" {
		return f, nil
	}
	a, err := rt.Recover(context.Background(), h.Digest[:], sig.Bytes())
	if f, done := outcome(err, ""); done {
		return "recover: " + f, nil
	}
	return diff("signer", a.String(), out.Address), nil
}
