package strictjson

import (
	"bytes"
	"encoding/json"

	"github.com/agentmailroom/mailroom/core/errs"
)

// Decode unmarshals b into v strictly.
func Decode(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if k := errs.KindOf(err); k != errs.Internal {
			return err
		}
		return errs.New(errs.InvalidJSON, "%v", err)
	}
	if dec.More() {
		return errs.New(errs.InvalidJSON, "trailing data after the JSON object")
	}
	return nil
}
