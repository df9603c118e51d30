package envelope

import (
	"encoding/json"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/num"
	"github.com/agentmailroom/mailroom/core/strictjson"
)

// Signed is an envelope as it travels (the Agent-Envelope header, base64 of
// this JSON): the request, its domain and the sender's signature.
type Signed struct {
	Request
	ChainID   uint64
	Registry  ethsig.Address
	Signature ethsig.Signature
}

type wire struct {
	Sender            *ethsig.Address   `json:"sender"`
	Recipient         *ethsig.Address   `json:"recipient"`
	PayloadHash       *string           `json:"payloadHash"`
	Timestamp         *num.Uint64       `json:"timestamp"`
	Nonce             *num.Uint64       `json:"nonce"`
	ChainID           *num.Uint64       `json:"chainId"`
	VerifyingContract *ethsig.Address   `json:"verifyingContract"`
	Signature         *ethsig.Signature `json:"signature"`
}

// MarshalJSON encodes the wire form.
func (s Signed) MarshalJSON() ([]byte, error) {
	ph := hexutil.Encode(s.PayloadHash[:])
	ts, n, c := num.Uint64(s.Timestamp), num.Uint64(s.Nonce), num.Uint64(s.ChainID)
	return json.Marshal(wire{&s.Sender, &s.Recipient, &ph, &ts, &n, &c, &s.Registry, &s.Signature})
}

// UnmarshalJSON decodes the wire form; every field is required and unknown
// fields are refused.
func (s *Signed) UnmarshalJSON(b []byte) error {
	var w wire
	if err := strictjson.Decode(b, &w); err != nil {
		return err
	}
	switch {
	case w.Sender == nil, w.Recipient == nil, w.PayloadHash == nil, w.Timestamp == nil,
		w.Nonce == nil, w.ChainID == nil, w.VerifyingContract == nil, w.Signature == nil:
		return errs.New(errs.InvalidInput, "envelope needs sender, recipient, payloadHash, timestamp, nonce, chainId, verifyingContract and signature")
	}
	ph, err := hexutil.DecodeFixed(*w.PayloadHash, 32)
	if err != nil {
		return errs.Wrap(errs.InvalidHex, "payloadHash", err)
	}
	*s = Signed{
		Request: Request{Sender: *w.Sender, Recipient: *w.Recipient, PayloadHash: [32]byte(ph),
			Timestamp: uint64(*w.Timestamp), Nonce: uint64(*w.Nonce)},
		ChainID: uint64(*w.ChainID), Registry: *w.VerifyingContract, Signature: *w.Signature,
	}
	return nil
}

// Decode parses the JSON wire form.
func Decode(b []byte) (*Signed, error) {
	var s Signed
	if err := s.UnmarshalJSON(b); err != nil {
		return nil, err
	}
	return &s, nil
}

// Domain returns the domain the envelope claims.
func (s *Signed) Domain() *Domain { return NewDomain(s.ChainID, s.Registry) }
