package strictjson

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/num"
)

type inner struct {
	B *num.Uint64 `json:"b"`
}

type outer struct {
	A  *num.Uint64      `json:"a"`
	In *inner           `json:"in"`
	L  []inner          `json:"l"`
	M  map[string]inner `json:"m"`
	X  any              `json:"x"`
}

// Duplicate keys at any depth, keys that name no field exactly (encoding/json
// would match them case-insensitively) and anything after the value but
// whitespace are refused, as errs.InvalidJSON naming the key.
func TestDecodeRefusesDuplicatesCaseAndTrailers(t *testing.T) {
	for in, want := range map[string]string{
		`{"a":1,"a":2}`:                 `duplicate key "a"`,
		`{"a":1,"\u0061":2}`:            `duplicate key "a"`,
		`{"in":{"b":1,"b":2}}`:          `duplicate key "b"`,
		`{"l":[{"b":1},{"b":1,"b":2}]}`: `duplicate key "b"`,
		`{"m":{"k":{},"k":{}}}`:         `duplicate key "k"`,
		`{"x":{"y":[{"z":1,"z":1}]}}`:   `duplicate key "z"`,
		`{"A":1}`:                       `unknown field "A"`,
		`{"in":{"B":1}}`:                `unknown field "B"`,
		`{"l":[{"c":1}]}`:               `unknown field "c"`,
		`{"m":{"k":{"B":1}}}`:           `unknown field "B"`,
		`{"a":1}}`:                      `trailing`,
		`{"a":1}]`:                      `trailing`,
		`{"a":1}x`:                      `trailing`,
		`{"a":1} 1`:                     `trailing`,
		`{"a":1},`:                      `trailing`,
	} {
		var o outer
		err := Decode([]byte(in), &o)
		if errs.KindOf(err) != errs.InvalidJSON || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want invalid_json: …%s…", in, err, want)
		}
	}
	for _, in := range []string{` {"a":1} `, "\n{\"a\":1,\"m\":{\"K\":{},\"k\":{}},\"x\":{\"X\":1,\"x\":1}}\r\n\t"} {
		var o outer
		if err := Decode([]byte(in), &o); err != nil || o.A == nil || *o.A != 1 {
			t.Errorf("%q: %v", in, err)
		}
	}
}

// FuzzDecode: the scanner reads JSON's grammar exactly as encoding/json
// does (json.Valid), and Decode into an interface accepts a subset of what
// json.Unmarshal accepts, with the same value.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		`{"a":1}`, `{"a":1,"a":2}`, `{"a":1}}`, ` [1, -0.5e+3, "x\u00e9\n", true, false, null, {}] `,
		`{"\u0061":1,"a":2}`, `"\ud800"`, "\"\xff\"", `01`, `1.`, `-`, `1e`, `{"a":}`, `[1,]`, `{"a" 1}`,
		`{"x":{"y":[{"z":1,"z":1}]}}`, "\ufeff{}", `{"a":"\x1f"}`, `[[[[[[[[[[]]]]]]]]]]`,
	} {
		f.Add([]byte(s))
	}
	raw := reflect.TypeFor[json.RawMessage]()
	f.Fuzz(func(t *testing.T, b []byte) {
		err := check(b, raw)
		if (err == nil) != json.Valid(b) {
			t.Fatalf("%q: grammar check %v, json.Valid %v", b, err, json.Valid(b))
		}
		if err != nil && err != errSyntax && errs.KindOf(err) != errs.InvalidJSON {
			t.Fatalf("%q: %v", b, err)
		}
		var strict, loose any
		serr := Decode(b, &strict)
		lerr := json.Unmarshal(b, &loose)
		if serr != nil && errs.KindOf(serr) != errs.InvalidJSON {
			t.Fatalf("%q: error of kind %s: %v", b, errs.KindOf(serr), serr)
		}
		if serr == nil && (lerr != nil || !reflect.DeepEqual(strict, loose)) {
			t.Fatalf("%q: Decode %#v, json.Unmarshal %#v, %v", b, strict, loose, lerr)
		}
		if lerr != nil && serr == nil {
			t.Fatalf("%q: json.Unmarshal refused (%v), Decode accepted", b, lerr)
		}
	})
}
