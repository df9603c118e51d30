package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/agentmailroom/mailroom/core/errs"
)

// Decode unmarshals b into v strictly. b must be one JSON value, with
// nothing but whitespace around it; no object in it may repeat a key (after
// unescaping: "a" and "\u0061" are the same key); and every key of an object
// decoded into a struct must be exactly the name of one of its fields
// (encoding/json would also take a key that differs in case). Each is
// errs.InvalidJSON naming the key. Values that decode themselves (an
// UnmarshalJSON or UnmarshalText method, json.RawMessage) are left to that
// method. Error kinds raised by field decoders are kept; any other failure is
// errs.InvalidJSON.
func Decode(b []byte, v any) error {
	serr := check(b, reflect.TypeOf(v))
	if serr != nil && serr != errSyntax {
		return serr
	}
	// On errSyntax, encoding/json meets the same error and words it.
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if k := errs.KindOf(err); k != errs.Internal {
			return err
		}
		return errs.New(errs.InvalidJSON, "%v", err)
	}
	if serr != nil {
		return errs.New(errs.InvalidJSON, "malformed JSON")
	}
	return nil
}

// errSyntax reports malformed JSON, which encoding/json then words.
var errSyntax = errors.New("strictjson: syntax error")

// maxDepth is encoding/json's nesting limit.
const maxDepth = 10000

// check scans b once: the grammar of RFC 8259 (as encoding/json reads it),
// one value, and, following the shape of t, no repeated key and no key that
// names no field of a struct.
func check(b []byte, t reflect.Type) error {
	s := scanner{b: b}
	s.space()
	if s.i == len(b) {
		return errSyntax
	}
	if err := s.value(infoOf(t)); err != nil {
		return err
	}
	s.space()
	if s.i != len(b) {
		return errs.New(errs.InvalidJSON, "trailing data after the JSON value")
	}
	return nil
}

// What check does with the members of an object or array.
const (
	kAny    = iota // any JSON: keys must be unique at every depth
	kOpaque        // decoded by its own method: grammar only
	kStruct        // keys unique and each the exact name of a field
	kMap           // keys unique; values of elem
	kList          // elements of elem
)

type typeInfo struct {
	kind   int
	fields map[string]reflect.Type // kStruct: exact JSON names
	names  []string                // kStruct: the names, sorted
	elem   reflect.Type            // kMap, kList
}

var (
	anyInfo    = &typeInfo{kind: kAny}
	opaqueInfo = &typeInfo{kind: kOpaque}
	infos      sync.Map // reflect.Type → *typeInfo

	unmarshaler     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

func infoOf(t reflect.Type) *typeInfo {
	if t == nil {
		return anyInfo
	}
	if ti, ok := infos.Load(t); ok {
		return ti.(*typeInfo)
	}
	ti := newInfo(t)
	infos.Store(t, ti)
	return ti
}

func newInfo(t reflect.Type) *typeInfo {
	for {
		if t.Implements(unmarshaler) || t.Implements(textUnmarshaler) ||
			(t.Kind() != reflect.Pointer && (reflect.PointerTo(t).Implements(unmarshaler) || reflect.PointerTo(t).Implements(textUnmarshaler))) {
			return opaqueInfo
		}
		if t.Kind() != reflect.Pointer {
			break
		}
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct:
		ti := &typeInfo{kind: kStruct, fields: map[string]reflect.Type{}}
		addFields(ti.fields, t, 0)
		for name := range ti.fields {
			ti.names = append(ti.names, name)
		}
		slices.Sort(ti.names)
		return ti
	case reflect.Map:
		return &typeInfo{kind: kMap, elem: t.Elem()}
	case reflect.Slice, reflect.Array:
		return &typeInfo{kind: kList, elem: t.Elem()}
	}
	return anyInfo // interfaces; scalars (encoding/json refuses a container there)
}

// addFields collects the JSON names of t's fields as encoding/json does,
// promoting the fields of untagged embedded structs (a shallower name wins).
func addFields(m map[string]reflect.Type, t reflect.Type, depth int) {
	if depth > 16 {
		return
	}
	var embedded []reflect.Type
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		ft := f.Type
		if f.Anonymous {
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if !f.IsExported() && ft.Kind() != reflect.Struct {
				continue
			}
		} else if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if name == "" && f.Anonymous && ft.Kind() == reflect.Struct {
			embedded = append(embedded, ft)
			continue
		}
		if name == "" {
			name = f.Name
		}
		if _, ok := m[name]; !ok {
			m[name] = f.Type
		}
	}
	for _, et := range embedded {
		inner := map[string]reflect.Type{}
		addFields(inner, et, depth+1)
		for k, v := range inner {
			if _, ok := m[k]; !ok {
				m[k] = v
			}
		}
	}
}

type scanner struct {
	b     []byte
	i     int
	depth int
}

func (s *scanner) space() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

func (s *scanner) value(ti *typeInfo) error {
	if s.i >= len(s.b) {
		return errSyntax
	}
	switch c := s.b[s.i]; {
	case c == '{':
		return s.object(ti)
	case c == '[':
		return s.array(ti)
	case c == '"':
		_, _, err := s.str()
		return err
	case c == 't':
		return s.lit("true")
	case c == 'f':
		return s.lit("false")
	case c == 'n':
		return s.lit("null")
	case c == '-' || (c >= '0' && c <= '9'):
		return s.number()
	}
	return errSyntax
}

func (s *scanner) lit(w string) error {
	if len(s.b)-s.i < len(w) || string(s.b[s.i:s.i+len(w)]) != w {
		return errSyntax
	}
	s.i += len(w)
	return nil
}

func (s *scanner) digits() bool {
	j := s.i
	for s.i < len(s.b) && s.b[s.i] >= '0' && s.b[s.i] <= '9' {
		s.i++
	}
	return s.i > j
}

// number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (s *scanner) number() error {
	if s.b[s.i] == '-' {
		s.i++
	}
	if s.i < len(s.b) && s.b[s.i] == '0' {
		s.i++
	} else if !s.digits() {
		return errSyntax
	}
	if s.i < len(s.b) && s.b[s.i] == '.' {
		s.i++
		if !s.digits() {
			return errSyntax
		}
	}
	if s.i < len(s.b) && (s.b[s.i] == 'e' || s.b[s.i] == 'E') {
		s.i++
		if s.i < len(s.b) && (s.b[s.i] == '+' || s.b[s.i] == '-') {
			s.i++
		}
		if !s.digits() {
			return errSyntax
		}
	}
	return nil
}

// str consumes a string and returns it with its quotes, and whether it
// holds an escape or a byte outside ASCII (then only encoding/json knows
// what it decodes to).
func (s *scanner) str() ([]byte, bool, error) {
	start := s.i
	special := false
	for s.i++; s.i < len(s.b); s.i++ {
		switch c := s.b[s.i]; {
		case c == '"':
			s.i++
			return s.b[start:s.i], special, nil
		case c == '\\':
			special = true
			s.i++
			if s.i >= len(s.b) {
				return nil, false, errSyntax
			}
			switch s.b[s.i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if len(s.b)-s.i < 5 {
					return nil, false, errSyntax
				}
				for _, h := range s.b[s.i+1 : s.i+5] {
					if !('0' <= h && h <= '9' || 'a' <= h && h <= 'f' || 'A' <= h && h <= 'F') {
						return nil, false, errSyntax
					}
				}
				s.i += 4
			default:
				return nil, false, errSyntax
			}
		case c < 0x20:
			return nil, false, errSyntax
		case c >= 0x80:
			special = true
		}
	}
	return nil, false, errSyntax
}

// key consumes an object key and returns it decoded.
func (s *scanner) key() ([]byte, error) {
	if s.i >= len(s.b) || s.b[s.i] != '"' {
		return nil, errSyntax
	}
	q, special, err := s.str()
	if err != nil {
		return nil, err
	}
	if !special {
		return q[1 : len(q)-1], nil
	}
	var k string
	if err := json.Unmarshal(q, &k); err != nil {
		return nil, errSyntax
	}
	return []byte(k), nil
}

func (s *scanner) enter() error {
	s.i++
	if s.depth++; s.depth > maxDepth {
		return errSyntax
	}
	s.space()
	return nil
}

func (s *scanner) object(ti *typeInfo) error {
	if err := s.enter(); err != nil {
		return err
	}
	if s.i < len(s.b) && s.b[s.i] == '}' {
		s.i++
		s.depth--
		return nil
	}
	var seen keySet
	for {
		k, err := s.key()
		if err != nil {
			return err
		}
		s.space()
		if s.i >= len(s.b) || s.b[s.i] != ':' {
			return errSyntax
		}
		s.i++
		s.space()
		member := opaqueInfo
		if ti.kind != kOpaque {
			if seen.add(k) {
				return errs.New(errs.InvalidJSON, "duplicate key %q", clip(k))
			}
			switch ti.kind {
			case kStruct:
				ft, ok := ti.fields[string(k)]
				if !ok {
					return unknownField(ti, k)
				}
				member = infoOf(ft)
			case kMap:
				member = infoOf(ti.elem)
			default:
				member = anyInfo
			}
		}
		if err := s.value(member); err != nil {
			return err
		}
		s.space()
		if s.i < len(s.b) && s.b[s.i] == ',' {
			s.i++
			s.space()
			continue
		}
		if s.i < len(s.b) && s.b[s.i] == '}' {
			s.i++
			s.depth--
			return nil
		}
		return errSyntax
	}
}

func (s *scanner) array(ti *typeInfo) error {
	if err := s.enter(); err != nil {
		return err
	}
	if s.i < len(s.b) && s.b[s.i] == ']' {
		s.i++
		s.depth--
		return nil
	}
	elem := ti
	switch ti.kind {
	case kList:
		elem = infoOf(ti.elem)
	case kStruct, kMap:
		elem = anyInfo // encoding/json refuses the array itself
	}
	for {
		if err := s.value(elem); err != nil {
			return err
		}
		s.space()
		if s.i < len(s.b) && s.b[s.i] == ',' {
			s.i++
			s.space()
			continue
		}
		if s.i < len(s.b) && s.b[s.i] == ']' {
			s.i++
			s.depth--
			return nil
		}
		return errSyntax
	}
}

// keySet holds the keys of one object.
type keySet struct {
	few  [8][]byte
	n    int
	many map[string]struct{}
}

// add records k and reports whether it was there already.
func (ks *keySet) add(k []byte) bool {
	if ks.many != nil {
		if _, ok := ks.many[string(k)]; ok {
			return true
		}
		ks.many[string(k)] = struct{}{}
		return false
	}
	for _, o := range ks.few[:ks.n] {
		if string(o) == string(k) {
			return true
		}
	}
	if ks.n < len(ks.few) {
		ks.few[ks.n] = k
		ks.n++
		return false
	}
	ks.many = make(map[string]struct{}, 2*len(ks.few))
	for _, o := range ks.few {
		ks.many[string(o)] = struct{}{}
	}
	ks.many[string(k)] = struct{}{}
	return false
}

func unknownField(ti *typeInfo, k []byte) error {
	for _, name := range ti.names {
		if strings.EqualFold(name, string(k)) {
			return errs.New(errs.InvalidJSON, "unknown field %q (did you mean %q? keys are case-sensitive)", clip(k), name)
		}
	}
	return errs.New(errs.InvalidJSON, "unknown field %q", clip(k))
}

// clip bounds a key quoted in an error message.
func clip(k []byte) string {
	if len(k) > 64 {
		return string(k[:64]) + "…"
	}
	return string(k)
}
