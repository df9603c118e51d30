package abi

import (
	"strings"
	"testing"
)

const testDoc = "# mailroom.wasm ABI (version 1)\n\nbefore\n" + BeginMarker + "\nold\n" + EndMarker + "\nafter\n"

func testTable() Table {
	return Table{
		Version: 1,
		Groups:  []Group{{Key: "g", Title: "Things", Notes: "Some notes."}},
		Shapes:  []Type{Verified},
		Ops: []Op{
			{Name: "mr_thing_new", Handler: "opThingNew", Group: "g", Doc: "makes a thing",
				Req: Obj(F("size", Uint), Opt("label", String)), Ok: Verified, Stateful: true,
				Example: Example{`{"size":1}`, `{"digest":"0x00"}`},
				Go:      "Runtime.NewThing", JS: "newThing", Py: "Core.new_thing"},
			{Name: "mr_thing_secret", Handler: "opThingSecret", Group: "g", Doc: "reads a secret",
				Req: Obj(), Ok: Bool, Example: Example{`{}`, ``},
				Hidden: Hidden{JS: "browsers must not see it", Py: "no use in Python"}},
		},
	}
}

func files(t *testing.T, tb Table) map[string]string {
	t.Helper()
	fs, err := Generate(tb, []byte(testDoc))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range fs {
		out[f.Path] = string(f.Data)
	}
	return out
}

func TestDefaultTableIsValid(t *testing.T) {
	if err := Default().Validate(); err != nil {
		t.Fatal(err)
	}
}

// A hidden op is still exported by the guest and known to the host, but a
// binding that hides it has no stub for it and says why.
func TestHiddenOpHasNoStub(t *testing.T) {
	f := files(t, testTable())
	for path, want := range map[string][]string{
		PathGuestOps:     {`"mr_thing_secret": opThingSecret`},
		PathGuestExports: {"//go:wasmexport mr_thing_secret", "func exportThingSecret("},
		PathWazero:       {`opThingSecret:`, `func (o Ops) ThingSecret(`, `func (o Ops) ThingNew(`, "opThingNew: true"},
		PathJS:           {`thingNew: 'mr_thing_new'`, `mr_thing_secret: "browsers must not see it"`},
		PathDTS:          {"thingNew(req: ThingNewRequest | RawRequest): Verified;", "label?: string | null;", "size: UintLike;"},
		PathPython:       {`"mr_thing_secret": "no use in Python"`, "class ThingNewRequest(_ThingNewRequestRequired, total=False):", "def thing_new(self, req: Union[ThingNewRequest, RawRequest]) -> Verified:"},
		PathABIDoc: {"before\n" + BeginMarker + "\n", EndMarker + "\nafter\n", "### Things", "Some notes.",
			"| `mr_thing_new` | makes a thing | `{\"size\"[,\"label\"]}` | `{\"digest\":\"0x<32>\"}` |",
			"| `mr_thing_secret` | raw only: `Ops.ThingSecret` | hidden: browsers must not see it | hidden: no use in Python |"},
	} {
		for _, w := range want {
			if !strings.Contains(f[path], w) {
				t.Errorf("%s lacks %q:\n%s", path, w, f[path])
			}
		}
	}
	for path, absent := range map[string][]string{
		PathJS:     {"thingSecret"},
		PathDTS:    {"thingSecret("},
		PathPython: {"def thing_secret"},
		PathABIDoc: {"old"},
	} {
		for _, a := range absent {
			if strings.Contains(f[path], a) {
				t.Errorf("%s has %q", path, a)
			}
		}
	}
	if !strings.Contains(f[PathJSON], `"hidden": "browsers must not see it"`) {
		t.Errorf("ops.json:\n%s", f[PathJSON])
	}
}

func TestValidateRefuses(t *testing.T) {
	for name, change := range map[string]func(*Table){
		"hidden with wrappers": func(tb *Table) { tb.Ops[1].JS = "secret" },
		"duplicate export":     func(tb *Table) { tb.Ops[1].Name = tb.Ops[0].Name },
		"duplicate handler":    func(tb *Table) { tb.Ops[1].Handler = tb.Ops[0].Handler },
		"bad export":           func(tb *Table) { tb.Ops[0].Name = "thing" },
		"bad handler":          func(tb *Table) { tb.Ops[0].Handler = "thing" },
		"unknown group":        func(tb *Table) { tb.Ops[0].Group = "nope" },
		"no doc":               func(tb *Table) { tb.Ops[0].Doc = "" },
		"doc with period":      func(tb *Table) { tb.Ops[0].Doc = "makes a thing." },
		"bad example":          func(tb *Table) { tb.Ops[0].Example.Req = "{" },
		"bad example ok":       func(tb *Table) { tb.Ops[0].Example.Ok = "{" },
		"unknown shape":        func(tb *Table) { tb.Ops[0].Ok = Shape("Nope", "", F("x", Int)) },
		"changed shape":        func(tb *Table) { tb.Ops[0].Ok = Shape("Verified", "", F("x", Int)) },
		"nested anonymous":     func(tb *Table) { tb.Ops[0].Req = Obj(F("inner", Obj(F("x", Int)))) },
		"scalar request":       func(tb *Table) { tb.Ops[0].Req = Int },
		"duplicate field":      func(tb *Table) { tb.Ops[0].Req = Obj(F("x", Int), F("x", Int)) },
		"bad wrapper":          func(tb *Table) { tb.Ops[0].Go = "a.b.c" },
		"type collides":        func(tb *Table) { tb.Shapes = append(tb.Shapes, Shape("ThingNewRequest", "", F("x", Int))) },
	} {
		tb := testTable()
		tb.Ops = append([]Op(nil), tb.Ops...)
		change(&tb)
		if err := tb.Validate(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestDocMarkersAndVersion(t *testing.T) {
	for _, doc := range []string{
		"# ABI (version 1)\nno markers\n",
		"# ABI (version 1)\n" + EndMarker + "\n" + BeginMarker + "\n",
		"# ABI (version 1)\n" + BeginMarker + BeginMarker + EndMarker,
		"# ABI (version 2)\n" + BeginMarker + "\n" + EndMarker + "\n",
	} {
		if _, err := Generate(testTable(), []byte(doc)); err == nil {
			t.Errorf("accepted doc %q", doc)
		}
	}
}

func TestNames(t *testing.T) {
	for _, c := range []struct{ handler, goName, js string }{
		{"opKeccak256", "Keccak256", "keccak256"},
		{"opFormatDID", "FormatDID", "formatDID"},
		{"opDIDResolve", "DIDResolve", "didResolve"},
		{"opTypedDataHash", "TypedDataHash", "typedDataHash"},
	} {
		o := Op{Handler: c.handler}
		if o.GoName() != c.goName || o.JSName() != c.js {
			t.Errorf("%s: %s %s", c.handler, o.GoName(), o.JSName())
		}
	}
}
