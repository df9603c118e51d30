package eip712

import (
	"slices"
	"strings"
	"sync"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// DomainType is the name of the domain struct.
const DomainType = "EIP712Domain"

// structType is one compiled entry of types.
type structType struct {
	name   string
	fields []field
	// encodeType string and typeHash, computed on first use.
	enc      string
	typeHash [32]byte
	done     bool
	mark     int // last schema.gen that visited this type in prepare
}

type field struct {
	name string
	raw  string // type as written, for encodeType
	typ  fieldType
}

// schema is the compiled types object.
type schema struct {
	structs  map[string]*structType
	order    []string // type names as given
	lim      *Limits
	encBytes int // encodeType bytes computed so far (bounded by the limits)
	gen      int // visit generation for prepare
}

// standard domain fields and their required types.
var domainFieldTypes = map[string]string{
	"name":              "string",
	"version":           "string",
	"chainId":           "uint256",
	"verifyingContract": "address",
	"salt":              "bytes32",
}

// compileSchema validates the types object and resolves references.
func compileSchema(types *jvalue, lim *Limits) (*schema, error) {
	if types.kind != jObject {
		return nil, errs.New(errs.InvalidTypedData, "types must be an object, got %s", types.kind)
	}
	if len(types.keys) > lim.MaxTypes {
		return nil, errs.New(errs.LimitExceeded, "%d types, limit %d", len(types.keys), lim.MaxTypes)
	}
	s := &schema{structs: make(map[string]*structType, len(types.keys)), lim: lim, order: types.keys}
	sts := make([]structType, len(types.keys))
	nfields := 0
	for i := range types.elems {
		nfields += min(len(types.elems[i].elems), lim.MaxFields)
	}
	fieldSlab := make([]field, 0, nfields)
	for i, name := range types.keys {
		if !isIdentifier(name) {
			return nil, errs.New(errs.InvalidTypeName, "type name %q is not an identifier", truncate(name))
		}
		if looksAtomic(name) {
			return nil, errs.New(errs.InvalidTypeName, "type name %q shadows an atomic type", name)
		}
		sts[i].name = name
		s.structs[name] = &sts[i]
	}
	for i, name := range types.keys {
		st := s.structs[name]
		def := &types.elems[i]
		if def.kind != jArray {
			return nil, errs.New(errs.InvalidTypedData, "types.%s must be an array of {name, type}", name)
		}
		if len(def.elems) > lim.MaxFields {
			return nil, errs.New(errs.LimitExceeded, "type %s has %d fields, limit %d", name, len(def.elems), lim.MaxFields)
		}
		st.fields = fieldSlab[len(fieldSlab) : len(fieldSlab) : len(fieldSlab)+len(def.elems)]
		fieldSlab = fieldSlab[:len(fieldSlab)+len(def.elems)]
		for j := range def.elems {
			f, err := s.compileField(name, &def.elems[j])
			if err != nil {
				return nil, err
			}
			for _, prev := range st.fields {
				if prev.name == f.name {
					return nil, errs.New(errs.DuplicateField, "type %s declares field %q twice", name, f.name)
				}
			}
			st.fields = append(st.fields, f)
		}
	}
	if dom, ok := s.structs[DomainType]; ok {
		for _, f := range dom.fields {
			want, known := domainFieldTypes[f.name]
			if !known {
				return nil, errs.New(errs.InvalidTypedData, "EIP712Domain field %q is not one of name, version, chainId, verifyingContract, salt", f.name)
			}
			if f.raw != want {
				return nil, errs.New(errs.InvalidTypedData, "EIP712Domain field %s must have type %s, not %s", f.name, want, f.raw)
			}
		}
	}
	return s, nil
}

func (s *schema) compileField(owner string, v *jvalue) (field, error) {
	if v.kind != jObject {
		return field{}, errs.New(errs.InvalidTypedData, "a field of %s is not an object", owner)
	}
	var f field
	var haveName, haveType bool
	for i, k := range v.keys {
		e := &v.elems[i]
		switch k {
		case "name":
			if e.kind != jString {
				return field{}, errs.New(errs.InvalidTypedData, "a field name of %s is not a string", owner)
			}
			f.name, haveName = e.s, true
		case "type":
			if e.kind != jString {
				return field{}, errs.New(errs.InvalidTypedData, "a field type of %s is not a string", owner)
			}
			f.raw, haveType = e.s, true
		default:
			return field{}, errs.New(errs.InvalidTypedData, "a field of %s has the unknown key %q", owner, truncate(k))
		}
	}
	if !haveName || !haveType {
		return field{}, errs.New(errs.InvalidTypedData, "a field of %s lacks its name or type", owner)
	}
	if !isIdentifier(f.name) {
		return field{}, errs.New(errs.InvalidTypeName, "field name %q of %s is not an identifier", truncate(f.name), owner)
	}
	base, dims, err := splitArray(f.raw, s.lim.MaxArrayLen)
	if err != nil {
		return field{}, err
	}
	f.typ.dims = dims
	if kind, size, ok := parseAtomic(base); ok {
		f.typ.base, f.typ.size = kind, size
		return f, nil
	}
	ref, ok := s.structs[base]
	if !ok {
		return field{}, errs.New(errs.UnknownType, "type %q of %s.%s is neither atomic nor defined", truncate(base), owner, f.name)
	}
	f.typ.base, f.typ.ref = kStruct, ref
	return f, nil
}

// lookup returns the struct called name.
func (s *schema) lookup(name string) (*structType, error) {
	st, ok := s.structs[name]
	if !ok {
		return nil, errs.New(errs.UnknownType, "type %q is not defined", truncate(name))
	}
	return st, nil
}

// prepare computes st's encodeType string and type hash once.
func (s *schema) prepare(st *structType) error {
	if st.done {
		return nil
	}
	// Collect the referenced types (excluding st) depth first; mark
	// records the visit so that each type is collected once.
	s.gen++
	st.mark = s.gen
	var deps []*structType
	var walk func(t *structType)
	walk = func(t *structType) {
		for i := range t.fields {
			if r := t.fields[i].typ.ref; r != nil && r.mark != s.gen {
				r.mark = s.gen
				deps = append(deps, r)
				walk(r)
			}
		}
	}
	walk(st)
	slices.SortFunc(deps, func(a, b *structType) int { return strings.Compare(a.name, b.name) })
	n := encodedLen(st)
	for _, d := range deps {
		n += encodedLen(d)
	}
	if n+s.encBytes > s.lim.MaxEncodeTypeBytes {
		return errs.New(errs.LimitExceeded, "encodeType strings exceed %d bytes", s.lim.MaxEncodeTypeBytes)
	}
	s.encBytes += n
	var b strings.Builder
	b.Grow(n)
	encodeOne(&b, st)
	for _, d := range deps {
		encodeOne(&b, d)
	}
	st.enc = b.String()
	st.typeHash = typeHash(st.enc)
	st.done = true
	return nil
}

// Type hashes are memoized across documents, since services hash the same
// few types over and over. The memo is bounded against hostile input: at
// most typeHashMemoEntries strings of at most typeHashMemoKeyLen bytes;
// once it is full, new types are hashed but not remembered.
const (
	typeHashMemoEntries = 1024
	typeHashMemoKeyLen  = 1024
)

var typeHashMemo struct {
	sync.RWMutex
	m map[string][32]byte
}

// typeHash returns keccak256(enc), memoized.
func typeHash(enc string) [32]byte {
	typeHashMemo.RLock()
	h, ok := typeHashMemo.m[enc]
	typeHashMemo.RUnlock()
	if ok {
		return h
	}
	var k keccak.Hasher
	k.WriteString(enc)
	k.SumInto(&h)
	if len(enc) <= typeHashMemoKeyLen {
		typeHashMemo.Lock()
		if typeHashMemo.m == nil {
			typeHashMemo.m = make(map[string][32]byte)
		}
		if len(typeHashMemo.m) < typeHashMemoEntries {
			typeHashMemo.m[strings.Clone(enc)] = h
		}
		typeHashMemo.Unlock()
	}
	return h
}

// encodedLen is the length of encodeOne's output for st.
func encodedLen(st *structType) int {
	n := len(st.name) + 2
	for i, f := range st.fields {
		if i > 0 {
			n++
		}
		n += len(f.raw) + 1 + len(f.name)
	}
	return n
}

func encodeOne(b *strings.Builder, st *structType) {
	b.WriteString(st.name)
	b.WriteByte('(')
	for i, f := range st.fields {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(f.raw)
		b.WriteByte(' ')
		b.WriteString(f.name)
	}
	b.WriteByte(')')
}
