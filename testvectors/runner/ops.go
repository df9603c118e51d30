package runner

import (
	"context"
	"fmt"
	"math/big"
	"strconv"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
	"github.com/agentmailroom/mailroom/testvectors/internal/schema"
)

func kindOf(err error) string { return string(errs.KindOf(err)) }

func hexOf(b []byte) string { return hexutil.Encode(b) }

// mustHex decodes a hex field of the vector itself (a malformed vector file
// is an error, not a failure).
func mustHex(field, s string) ([]byte, error) {
	b, err := hexutil.Decode(s)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", field, err)
	}
	return b, nil
}

func mustAddr(field, s string) (ethsig.Address, error) {
	a, err := ethsig.ParseAddress(s)
	if err != nil {
		return a, fmt.Errorf("%s: %w", field, err)
	}
	return a, nil
}

func mustU64(field, s string) (uint64, error) {
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", field, err)
	}
	return n, nil
}

func mustBig(field, s string) (*big.Int, error) {
	n, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return nil, fmt.Errorf("%s: not a decimal integer: %q", field, s)
	}
	return n, nil
}

func need(pos bool, errKind string, fields ...string) error {
	if errKind != "" {
		for _, f := range fields {
			if f != "" {
				return fmt.Errorf("expect: a negative vector carries only error")
			}
		}
		return nil
	}
	for _, f := range fields {
		if f == "" && pos {
			return fmt.Errorf("expect: a positive vector needs every expected field")
		}
	}
	return nil
}

func runKeccak(rt api.Runtime, v *schema.Vector) (string, error) {
	var in schema.KeccakIn
	var out schema.KeccakOut
	if err := decode(v, &in, &out); err != nil {
		return "", err
	}
	data, err := mustHex("data", in.Data)
	if err != nil {
		return "", err
	}
	h, err := rt.Keccak256(context.Background(), data)
	if f, done := outcome(err, ""); done {
		return f, nil
	}
	return diff("hash", hexOf(h[:]), out.Hash), nil
}

func runAddressOf(rt api.Runtime, v *schema.Vector) (string, error) {
	var in schema.KeyIn
	var out schema.AddressOut
	if err := decode(v, &in, &out); err != nil {
		return "", err
	}
	if err := need(true, out.Error, out.Address); err != nil {
		return "", err
	}
	priv, err := mustHex("privateKey", in.PrivateKey)
	if err != nil {
		return "", err
	}
	a, err := rt.AddressOf(context.Background(), priv)
	if f, done := outcome(err, out.Error); done {
		return f, nil
	}
	return diff("address", a.String(), out.Address), nil
}

func runParseAddress(rt api.Runtime, v *schema.Vector) (string, error) {
	var in schema.AddressIn
	var out schema.AddressOut
	if err := decode(v, &in, &out); err != nil {
		return "", err
	}
	if err := need(true, out.Error, out.Address); err != nil {
		return "", err
	}
	a, err := rt.ParseAddress(context.Background(), in.Address)
	if f, done := outcome(err, out.Error); done {
		return f, nil
	}
	return diff("address", a.String(), out.Address), nil
}

func runFormatDID(rt api.Runtime, v *schema.Vector) (string, error) {
	var in schema.AddressIn
	var out schema.DIDOut
	if err := decode(v, &in, &out); err != nil {
		return "", err
	}
	a, err := mustAddr("address", in.Address)
	if err != nil {
		return "", err
	}
	d, err := rt.FormatDID(context.Background(), a)
	if f, done := outcome(err, ""); done {
		return f, nil
	}
	return diff("did", d, out.DID), nil
}

func runParseDID(rt api.Runtime, v *schema.Vector) (string, error) {
	var in schema.DIDIn
	var out schema.AddressOut
	if err := decode(v, &in, &out); err != nil {
		return "", err
	}
	if err := need(true, out.Error, out.Address); err != nil {
		return "", err
	}
	a, err := rt.ParseDID(context.Background(), in.DID)
	if f, done := outcome(err, out.Error); done {
		return f, nil
	}
	return diff("address", a.String(), out.Address), nil
}

func runSign(rt api.Runtime, v *schema.Vector) (string, error) {
	var in schema.SignIn
	var out schema.SignOut
	if err := decode(v, &in, &out); err != nil {
		return "", err
	}
	if err := need(true, out.Error, out.Signature, out.Address); err != nil {
		return "", err
	}
	priv, err := mustHex("privateKey", in.PrivateKey)
	if err != nil {
		return "", err
	}
	digest, err := mustHex("digest", in.Digest)
	if err != nil {
		return "", err
	}
	sig, err := rt.Sign(context.Background(), priv, digest)
	if f, done := outcome(err, out.Error); done {
		return f, nil
	}
	if f := diff("signature", sig.Hex(), out.Signature); f != "" {
		return f, nil
	}
	a, err := rt.Recover(context.Background(), digest, sig.Bytes())
	if f, done := outcome(err, ""); done {
		return "recover after sign: " + f, nil
	}
	return diff("recovered address", a.String(), out.Address), nil
}

func runRecover(rt api.Runtime, v *schema.Vector) (string, error) {
	var in schema.RecoverIn
	var out schema.AddressOut
	if err := decode(v, &in, &out); err != nil {
		return "", err
	}
	if err := need(true, out.Error, out.Address); err != nil {
		return "", err
	}
	digest, err := mustHex("digest", in.Digest)
	if err != nil {
		return "", err
	}
	sig, err := mustHex("signature", in.Signature)
	if err != nil {
		return "", err
	}
	a, err := rt.Recover(context.Background(), digest, sig)
	if f, done := outcome(err, out.Error); done {
		return f, nil
	}
	return diff("address", a.String(), out.Address), nil
}
