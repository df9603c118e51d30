package main

import (
	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/num"
)

// envelopeFields is the envelope wire form (envelope.Signed JSON) without
// the signature.
type envelopeFields struct {
	Sender            *ethsig.Address `json:"sender"`
	Recipient         *ethsig.Address `json:"recipient"`
	PayloadHash       *string         `json:"payloadHash"`
	Timestamp         *num.Uint64     `json:"timestamp"`
	Nonce             *num.Uint64     `json:"nonce"`
	ChainID           *num.Uint64     `json:"chainId"`
	VerifyingContract *ethsig.Address `json:"verifyingContract"`
}

func (f *envelopeFields) request() (*envelope.Domain, *envelope.Request, error) {
	if f.Sender == nil || f.Recipient == nil || f.PayloadHash == nil || f.Timestamp == nil ||
		f.Nonce == nil || f.ChainID == nil || f.VerifyingContract == nil {
		return nil, nil, errs.New(errs.InvalidInput, "envelope needs sender, recipient, payloadHash, timestamp, nonce, chainId and verifyingContract")
	}
	ph, err := bytes32("payloadHash", f.PayloadHash)
	if err != nil {
		return nil, nil, err
	}
	r := &envelope.Request{Sender: *f.Sender, Recipient: *f.Recipient, PayloadHash: ph,
		Timestamp: uint64(*f.Timestamp), Nonce: uint64(*f.Nonce)}
	return domains.request(uint64(*f.ChainID), *f.VerifyingContract), r, nil
}

// mr_envelope_digest {sender,recipient,payloadHash,timestamp,nonce,chainId,verifyingContract} → "0x<digest>"
func opEnvelopeDigest(req []byte) ([]byte, error) {
	var f envelopeFields
	if err := decode(req, &f); err != nil {
		return nil, err
	}
	d, r, err := f.request()
	if err != nil {
		return nil, err
	}
	h := d.Digest(r)
	return str(hexutil.Encode(h[:])), nil
}

// mr_envelope_sign {privateKey, …the digest fields} → envelope.Signed JSON
func opEnvelopeSign(req []byte) ([]byte, error) {
	var f struct {
		PrivateKey *string `json:"privateKey"`
		envelopeFields
	}
	if err := decode(req, &f); err != nil {
		return nil, err
	}
	k, err := privateKey(f.PrivateKey)
	if err != nil {
		return nil, err
	}
	d, r, err := f.request()
	if err != nil {
		return nil, err
	}
	if k.Address() != r.Sender {
		return nil, errs.New(errs.SignerMismatch, "the key is %s but the envelope sender is %s", k.Address(), r.Sender)
	}
	return object(envelope.Signed{Request: *r, ChainID: d.ChainID, Registry: d.Registry, Signature: k.Sign(d.Digest(r))})
}

// mr_envelope_verify <envelope.Signed JSON> → {"digest":"0x…"} when the
// signature recovers to sender.
func opEnvelopeVerify(req []byte) ([]byte, error) {
	s, err := envelope.Decode(req)
	if err != nil {
		return nil, err
	}
	d := domains.request(s.ChainID, s.Registry).Digest(&s.Request)
	if err := ethsig.Verify(s.Sender, d, s.Signature); err != nil {
		return nil, err
	}
	return digestReply(d), nil
}

func digestReply(d [32]byte) []byte {
	return []byte(`{"digest":"` + hexutil.Encode(d[:]) + `"}`)
}
