package receipt

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
)

// The wire form is read strictly: a repeated key (the last would win in
// encoding/json), a key in other case (encoding/json would match it) and
// any data after the object are errs.InvalidJSON.
func TestWireStrict(t *testing.T) {
	good, _ := json.Marshal(sampleSigned(t))
	g := string(good)
	for _, c := range []struct{ in, names string }{
		{g[:len(g)-1] + `,"cumulativeAmount":"1"}`, `"cumulativeAmount"`},
		{strings.Replace(g, `"signature"`, `"Signature"`, 1), `"Signature"`},
		{g + `}`, "trailing"},
		{g + `]`, "trailing"},
	} {
		_, err := Decode([]byte(c.in))
		if errs.KindOf(err) != errs.InvalidJSON || !strings.Contains(err.Error(), c.names) {
			t.Errorf("%s: %v, want invalid_json naming %s", c.in, err, c.names)
		}
	}
	if _, err := Decode([]byte(" " + g + "\n")); err != nil {
		t.Errorf("surrounding whitespace: %v", err)
	}
}
