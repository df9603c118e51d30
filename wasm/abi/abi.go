// Package abi is the one source of the mailroom.wasm operation table
// (wasm/ABI.md §5). ops.go declares every JSON operation once; `make abi`
// (go run ./wasm/abi/abigen) generates from it:
//
//   - wasm/ops_gen.go and wasm/exports_gen_wasip1.go: the guest's op map and
//     its //go:wasmexport stubs;
//   - hosts/runtime/wazero/ops_gen.go: the host's op ids and names, and Runtime.Ops,
//     one raw method per operation;
//   - bindings/js/src/ops.gen.js and ops.gen.d.ts: the JS raw stubs
//     (`ops.keccak256(req)`) and the request and reply types;
//   - bindings/python/src/agent_mailroom/_ops.py: the Python TypedDicts and
//     raw stubs (`Core().ops.keccak256(req)`);
//   - wasm/abi/ops.json: the table as data, for the bindings' tests;
//   - the operation tables of wasm/ABI.md, between its marker comments.
//
// Every op is therefore callable from every binding as soon as its row
// exists (a raw stub), unless the row hides it from a binding with a
// reason. A row also names the hand-written, idiomatic wrappers of each
// binding (Runtime.Keccak256, keccak256, Core.keccak256); the coverage
// tests check those exist and reach the op.
//
// Tests: the drift test (wasm, TestGeneratedFilesCurrent) fails when a
// generated file differs from what this table produces; the coverage tests
// (wasm TestTable*, hosts/runtime/wazero TestOpsCoverage, bindings/js
// test/abi.test.js, bindings/python tests/test_abi.py) check every op is
// exposed or hidden with a reason, that listed wrappers call their op, and
// that every example answers as the table says in every binding.
package abi

import (
	"strings"
	"unicode"
)

// Version is the ABI version (mr_abi_version); bump it on any incompatible
// change to wasm/ABI.md.
const Version = 1

// Op is one JSON operation export: (ptr, len) -> ptr<<32|len over a JSON
// request and a {"ok"}/{"err"} reply (wasm/ABI.md §4).
type Op struct {
	// Name is the export, "mr_<snake_case>". The bindings' raw stub names
	// derive from Handler: Go Ops.<Handler without "op">, JS
	// ops.<lowerCamel>, Python ops.<Name without "mr_">.
	Name string
	// Handler is the guest function in package wasm: func(req []byte) (ok []byte, err error).
	Handler string
	// Group is the key of the ABI.md section (Groups) the op is listed in.
	Group string
	// Doc is one line saying what the op does (no trailing period).
	Doc string
	// Req is the request, usually an object (Obj); Ok is the value under "ok".
	Req, Ok Type
	// Note is markdown appended to the ok column (error kinds, rules).
	Note string
	// Stateful: the op reads or writes state the guest keeps across calls
	// (replay guards). A host with several instances must send every
	// stateful call to one instance (hosts/runtime/wazero: its guard instance).
	Stateful bool
	// Example is a request and its expected ok value, run by every binding's
	// tests in table order on a fresh instance.
	Example Example
	// Go, JS and Py name the hand-written public wrappers that call the op,
	// space-separated: Go "Type.Method" of hosts/runtime/wazero, JS export names or
	// "Class.member" of bindings/js/src/index.js, Python "Class.member" of
	// agent_mailroom/core.py ("Class" alone is its constructor). Empty: the
	// op is exposed through its raw stub only.
	Go, JS, Py string
	// Hidden gives, per binding, why the op has no stub there at all.
	Hidden Hidden
}

// Hidden holds the reasons an op is deliberately not exposed by a binding
// (empty: exposed). A hidden binding lists no wrappers.
type Hidden struct{ Go, JS, Py string }

// Example is one request and the ok value it answers (JSON text); an empty
// Ok only requires success (e.g. random keys).
type Example struct{ Req, Ok string }

// Group is one subsection of ABI.md §5.
type Group struct {
	Key, Title string
	Intro      string // markdown before the table
	Notes      string // markdown after the table
}

// Kind is the wire form of a value (wasm/ABI.md §4, encoding conventions).
type Kind int

const (
	KHex       Kind = iota // 0x-hex bytes of any length
	KBytes32               // 0x-hex, 32 bytes
	KKey                   // private key: 32 bytes hex (0x optional)
	KAddress               // input any valid form, output EIP-55
	KSignature             // 65 bytes r‖s‖v
	KUint                  // input JSON integer, decimal or 0x string; output decimal string
	KInt                   // JSON number
	KString                // JSON string
	KBool                  // JSON boolean
	KJSON                  // any JSON value, passed to the core byte for byte
	KObject                // object with Fields
)

// Type is the shape of a request, reply or field.
type Type struct {
	Kind Kind
	// Name names an object shape shared by several ops (a TS interface and
	// Python TypedDict of that name); "" for an op's own request object
	// (named <Op>Request in the bindings).
	Name string
	// Doc is the doc comment of a named shape.
	Doc string
	// Hint, when set, is the code the ABI table shows for the value (as a
	// field, or in backticks as a whole request or reply) instead of the
	// default for its kind ("0x<32>", <uint>, …).
	Hint string
	// Show, when set, is the markdown of a whole request or reply cell.
	Show   string
	Fields []Field
}

// Field is one member of an object.
type Field struct {
	Name     string
	Type     Type
	Optional bool // may be absent (or null)
}

// Scalars.
var (
	Hex       = Type{Kind: KHex}
	Bytes32   = Type{Kind: KBytes32}
	Digest    = Type{Kind: KBytes32, Hint: `"0x<digest>"`}
	Key       = Type{Kind: KKey}
	Address   = Type{Kind: KAddress}
	Signature = Type{Kind: KSignature}
	Uint      = Type{Kind: KUint}
	Int       = Type{Kind: KInt}
	String    = Type{Kind: KString}
	Bool      = Type{Kind: KBool}
	JSON      = Type{Kind: KJSON}
)

// F is a required field, Opt an optional one.
func F(name string, t Type) Field   { return Field{Name: name, Type: t} }
func Opt(name string, t Type) Field { return Field{Name: name, Type: t, Optional: true} }

// Obj is an anonymous object (an op's request).
func Obj(fields ...Field) Type { return Type{Kind: KObject, Fields: fields} }

// Shape is a named object.
func Shape(name, doc string, fields ...Field) Type {
	return Type{Kind: KObject, Name: name, Doc: doc, Fields: fields}
}

// Verbatim is a request that is a JSON value itself (no wrapper object),
// shown in the ABI table as show.
func Verbatim(show string) Type { return Type{Kind: KJSON, Show: show} }

// As is t shown in the ABI table as show.
func As(t Type, show string) Type {
	t.Show = show
	return t
}

// Fields concatenates field lists (e.g. a key and the digest fields).
func Fields(lists ...[]Field) []Field {
	var out []Field
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// GoName is the op's Go stub name: Handler without "op" (FormatDID).
func (o *Op) GoName() string { return strings.TrimPrefix(o.Handler, "op") }

// JSName is the JS stub name: GoName in lowerCamelCase (formatDID).
func (o *Op) JSName() string {
	g := o.GoName()
	r := []rune(g)
	// Lower a leading initialism as a whole ("DIDFoo" -> "didFoo").
	i := 0
	for i < len(r) && unicode.IsUpper(r[i]) && (i+1 == len(r) || unicode.IsUpper(r[i+1]) || i == 0) {
		r[i] = unicode.ToLower(r[i])
		i++
	}
	return string(r)
}

// PyName is the Python stub name: Name without "mr_" (format_did).
func (o *Op) PyName() string { return strings.TrimPrefix(o.Name, "mr_") }

// RequestTypeName is the bindings' type for the request: the shape's name,
// or <GoName>Request for an op's own object; "" for a verbatim request.
func (o *Op) RequestTypeName() string {
	if o.Req.Kind != KObject {
		return ""
	}
	if o.Req.Name != "" {
		return o.Req.Name
	}
	return o.GoName() + "Request"
}

// Wrappers returns the hand-written wrappers listed for binding b ("go",
// "js" or "py").
func (o *Op) Wrappers(b string) []string {
	switch b {
	case "go":
		return strings.Fields(o.Go)
	case "js":
		return strings.Fields(o.JS)
	case "py":
		return strings.Fields(o.Py)
	}
	return nil
}

// HiddenIn returns why the op is hidden from binding b, or "".
func (o *Op) HiddenIn(b string) string {
	switch b {
	case "go":
		return o.Hidden.Go
	case "js":
		return o.Hidden.JS
	case "py":
		return o.Hidden.Py
	}
	return ""
}

// Bindings are the keys of the bindings, in the order of the ABI table.
var Bindings = []string{"go", "js", "py"}

// Exposed returns the ops binding b exposes (not hidden), in table order.
func Exposed(ops []Op, b string) []Op {
	var out []Op
	for _, o := range ops {
		if o.HiddenIn(b) == "" {
			out = append(out, o)
		}
	}
	return out
}
