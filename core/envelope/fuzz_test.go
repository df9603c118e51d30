package envelope

import (
	"encoding/json"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
)

// FuzzDecode: Decode never panics, fails with a kind, and a decoded
// envelope re-encodes and decodes to the same value.
func FuzzDecode(f *testing.F) {
	s := sampleSigned(f)
	good, _ := json.Marshal(s)
	f.Add(good)
	for _, b := range negativeWire(good) {
		f.Add(b)
	}
	for _, b := range vectorObjects() {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Decode(data)
		if err != nil {
			if k := errs.KindOf(err); k == errs.Internal || k == "" {
				t.Fatalf("error without a kind: %v", err)
			}
			return
		}
		again, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		s2, err := Decode(again)
		if err != nil {
			t.Fatalf("re-encoded envelope refused: %v\n%s", err, again)
		}
		if *s2 != *s {
			t.Fatalf("round trip changed the envelope:\n%s\n%s", data, again)
		}
	})
}
