package strictjson

import (
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/num"
)

func TestDecode(t *testing.T) {
	type obj struct {
		A *num.Uint64 `json:"a"`
	}
	var o obj
	if err := Decode([]byte(`{"a":"5"}`), &o); err != nil || o.A == nil || *o.A != 5 {
		t.Fatalf("valid: %v", err)
	}
	for in, kind := range map[string]errs.Kind{
		`{"a":1,"b":2}`:               errs.InvalidJSON,    // unknown field
		`{"a":1} {}`:                  errs.InvalidJSON,    // trailing data
		`{"a":1`:                      errs.InvalidJSON,    // truncated
		`[]`:                          errs.InvalidJSON,    // wrong shape
		`{"a":"x"}`:                   errs.InvalidInteger, // a field decoder's kind is kept
		`{"a":"0x1ffffffffffffffff"}`: errs.IntegerOutOfRange,
	} {
		if err := Decode([]byte(in), &o); errs.KindOf(err) != kind {
			t.Errorf("%s: %v, want %s", in, err, kind)
		}
	}
}
