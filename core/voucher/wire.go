package voucher

import (
	"encoding/json"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/num"
	"github.com/agentmailroom/mailroom/core/strictjson"
)

// Signed is a voucher with its signature, as carried in the payload of the
// PAYMENT-SIGNATURE header: {channelId, cumulativeAmount, signature}.
type Signed struct {
	Voucher
	Signature ethsig.Signature
}

type wire struct {
	ChannelID        *string           `json:"channelId"`
	CumulativeAmount *num.Uint256      `json:"cumulativeAmount"`
	Signature        *ethsig.Signature `json:"signature"`
}

// MarshalJSON encodes the wire form.
func (s Signed) MarshalJSON() ([]byte, error) {
	id := hexutil.Encode(s.ChannelID[:])
	if s.CumulativeAmount == nil {
		return nil, errs.New(errs.InvalidInput, "voucher has no cumulativeAmount")
	}
	return json.Marshal(wire{&id, num.NewUint256(s.CumulativeAmount), &s.Signature})
}

// UnmarshalJSON decodes the wire form strictly.
func (s *Signed) UnmarshalJSON(b []byte) error {
	var w wire
	if err := strictjson.Decode(b, &w); err != nil {
		return err
	}
	if w.ChannelID == nil || w.CumulativeAmount == nil || w.Signature == nil {
		return errs.New(errs.InvalidInput, "voucher needs channelId, cumulativeAmount and signature")
	}
	id, err := hexutil.DecodeFixed(*w.ChannelID, 32)
	if err != nil {
		return errs.Wrap(errs.InvalidHex, "channelId", err)
	}
	*s = Signed{Voucher: Voucher{ChannelID: [32]byte(id), CumulativeAmount: &w.CumulativeAmount.Int}, Signature: *w.Signature}
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
