package hexutil

import (
	"encoding/json"

	"github.com/agentmailroom/mailroom/core/errs"
)

// Bytes is a byte string that is 0x hex in JSON (the wire convention of the
// protocol machines' operations).
type Bytes []byte

// MarshalJSON implements json.Marshaler.
func (h Bytes) MarshalJSON() ([]byte, error) { return json.Marshal(Encode(h)) }

// UnmarshalJSON implements json.Unmarshaler.
func (h *Bytes) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return errs.New(errs.InvalidHex, "want a 0x hex string")
	}
	d, err := Decode(s)
	if err != nil {
		return err
	}
	*h = d
	return nil
}

// Bytes32 is a 32-byte value that is 0x hex in JSON.
type Bytes32 [32]byte

// MarshalJSON implements json.Marshaler.
func (h Bytes32) MarshalJSON() ([]byte, error) { return json.Marshal(Encode(h[:])) }

// UnmarshalJSON implements json.Unmarshaler.
func (h *Bytes32) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return errs.New(errs.InvalidHex, "want 32 bytes of 0x hex")
	}
	d, err := DecodeFixed(s, 32)
	if err != nil {
		return err
	}
	*h = Bytes32(d)
	return nil
}
