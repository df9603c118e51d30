package main

import (
	"crypto/rand"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// mr_keccak256 {"data":"0x…"} → "0x<32 bytes>"
func opKeccak256(req []byte) ([]byte, error) {
	var r struct {
		Data *string `json:"data"`
	}
	if err := decode(req, &r); err != nil {
		return nil, err
	}
	data, err := hexBytes("data", r.Data)
	if err != nil {
		return nil, err
	}
	h := keccak.Sum256(data)
	return str(hexutil.Encode(h[:])), nil
}

// mr_generate_key {} → {"privateKey":"0x…","address":"0x…"}. The randomness
// is crypto/rand, which on wasip1 is the host's random_get.
func opGenerateKey(req []byte) ([]byte, error) {
	var r struct{}
	if err := decode(req, &r); err != nil {
		return nil, err
	}
	k, err := ethsig.GenerateKey(rand.Reader)
	if err != nil {
		return nil, errs.Wrap(errs.Internal, "random_get", err)
	}
	return object(struct {
		PrivateKey string         `json:"privateKey"`
		Address    ethsig.Address `json:"address"`
	}{k.Hex(), k.Address()})
}

// mr_address_of {"privateKey":"0x…"} → "0x<EIP-55>"
func opAddressOf(req []byte) ([]byte, error) {
	var r struct {
		PrivateKey *string `json:"privateKey"`
	}
	if err := decode(req, &r); err != nil {
		return nil, err
	}
	k, err := privateKey(r.PrivateKey)
	if err != nil {
		return nil, err
	}
	return str(k.Address().Hex()), nil
}

// mr_parse_address {"address":"0x…"} → "0x<EIP-55>"
func opParseAddress(req []byte) ([]byte, error) {
	var r struct {
		Address *string `json:"address"`
	}
	if err := decode(req, &r); err != nil {
		return nil, err
	}
	if r.Address == nil {
		return nil, errs.New(errs.InvalidInput, "address is missing")
	}
	a, err := ethsig.ParseAddress(*r.Address)
	if err != nil {
		return nil, err
	}
	return str(a.Hex()), nil
}

// mr_format_did {"address":"0x…"} → "did:agent:eth:0x<EIP-55>"
func opFormatDID(req []byte) ([]byte, error) {
	var r struct {
		Address *ethsig.Address `json:"address"`
	}
	if err := decode(req, &r); err != nil {
		return nil, err
	}
	if r.Address == nil {
		return nil, errs.New(errs.InvalidInput, "address is missing")
	}
	return str(did.Format(*r.Address)), nil
}

// mr_parse_did {"did":"did:agent:eth:0x…"} → "0x<EIP-55>"
func opParseDID(req []byte) ([]byte, error) {
	var r struct {
		DID *string `json:"did"`
	}
	if err := decode(req, &r); err != nil {
		return nil, err
	}
	if r.DID == nil {
		return nil, errs.New(errs.InvalidInput, "did is missing")
	}
	a, err := did.Parse(*r.DID)
	if err != nil {
		return nil, err
	}
	return str(a.Hex()), nil
}

// mr_sign {"privateKey":"0x…","digest":"0x<32>"} → "0x<65-byte r‖s‖v>"
func opSign(req []byte) ([]byte, error) {
	var r struct {
		PrivateKey *string `json:"privateKey"`
		Digest     *string `json:"digest"`
	}
	if err := decode(req, &r); err != nil {
		return nil, err
	}
	k, err := privateKey(r.PrivateKey)
	if err != nil {
		return nil, err
	}
	d, err := hexBytes("digest", r.Digest)
	if err != nil {
		return nil, err
	}
	sig, err := k.SignBytes(d)
	if err != nil {
		return nil, err
	}
	return str(sig.Hex()), nil
}

// mr_recover {"digest":"0x<32>","signature":"0x<65>"} → "0x<EIP-55>"
func opRecover(req []byte) ([]byte, error) {
	var r struct {
		Digest    *string `json:"digest"`
		Signature *string `json:"signature"`
	}
	if err := decode(req, &r); err != nil {
		return nil, err
	}
	d, err := hexBytes("digest", r.Digest)
	if err != nil {
		return nil, err
	}
	s, err := hexBytes("signature", r.Signature)
	if err != nil {
		return nil, err
	}
	a, err := recoverBytes(d, s)
	if err != nil {
		return nil, err
	}
	return str(a.Hex()), nil
}

// recoverBytes applies the same checks, in the same order, as hosts/runtime/native:
// digest length, then the signature policy, then recovery.
func recoverBytes(digest, sig []byte) (ethsig.Address, error) {
	if len(digest) != 32 {
		return ethsig.Address{}, errs.New(errs.InvalidDigest, "digest must be 32 bytes, got %d", len(digest))
	}
	s, err := ethsig.SignatureFromBytes(sig)
	if err != nil {
		return ethsig.Address{}, err
	}
	return ethsig.Recover([32]byte(digest), s)
}
