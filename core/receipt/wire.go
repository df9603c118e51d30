package receipt

import (
	"encoding/json"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/num"
	"github.com/agentmailroom/mailroom/core/strictjson"
)

// Signed is a receipt with the recipient's signature, as carried in
// PAYMENT-RESPONSE.receipt.
type Signed struct {
	Receipt
	Signature ethsig.Signature
}

type wire struct {
	RequestDigest    *string           `json:"requestDigest"`
	ChannelID        *string           `json:"channelId"`
	CumulativeAmount *num.Uint256      `json:"cumulativeAmount"`
	ResultHash       *string           `json:"resultHash"`
	Signature        *ethsig.Signature `json:"signature"`
}

// MarshalJSON encodes the wire form.
func (s Signed) MarshalJSON() ([]byte, error) {
	if s.CumulativeAmount == nil {
		return nil, errs.New(errs.InvalidInput, "receipt has no cumulativeAmount")
	}
	rd, id, rh := hexutil.Encode(s.RequestDigest[:]), hexutil.Encode(s.ChannelID[:]), hexutil.Encode(s.ResultHash[:])
	return json.Marshal(wire{&rd, &id, num.NewUint256(s.CumulativeAmount), &rh, &s.Signature})
}

// UnmarshalJSON decodes the wire form strictly.
func (s *Signed) UnmarshalJSON(b []byte) error {
	var w wire
	if err := strictjson.Decode(b, &w); err != nil {
		return err
	}
	if w.RequestDigest == nil || w.ChannelID == nil || w.CumulativeAmount == nil || w.ResultHash == nil || w.Signature == nil {
		return errs.New(errs.InvalidInput, "receipt needs requestDigest, channelId, cumulativeAmount, resultHash and signature")
	}
	var out Signed
	for _, f := range []struct {
		name string
		src  string
		dst  *[32]byte
	}{{"requestDigest", *w.RequestDigest, &out.RequestDigest}, {"channelId", *w.ChannelID, &out.ChannelID}, {"resultHash", *w.ResultHash, &out.ResultHash}} {
		b, err := hexutil.DecodeFixed(f.src, 32)
		if err != nil {
			return errs.Wrap(errs.InvalidHex, f.name, err)
		}
		copy(f.dst[:], b)
	}
	out.CumulativeAmount = &w.CumulativeAmount.Int
	out.Signature = *w.Signature
	*s = out
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
