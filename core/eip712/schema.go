package eip712

import (
	"sort"
	"strings"

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
	for _, name := range types.keys {
		if !isIdentifier(name) {
			return nil, errs.New(errs.InvalidTypeName, "type name %q is not an identifier", truncate(name))
		}
		if looksAtomic(name) {
			return nil, errs.New(errs.InvalidTypeName, "type name %q shadows an atomic type", name)
		}
		s.structs[name] = &structType{name: name}
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
		st.fields = make([]field, 0, len(def.elems))
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
	deps := map[string]*structType{}
	var walk func(t *structType)
	walk = func(t *structType) {
		for _, f := range t.fields {
			if r := f.typ.ref; r != nil && r != st {
				if _, seen := deps[r.name]; !seen {
					deps[r.name] = r
					walk(r)
				}
			}
		}
	}
	walk(st)
	names := make([]string, 0, len(deps))
	for n := range deps {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	encodeOne(&b, st)
	for _, n := range names {
		encodeOne(&b, deps[n])
		if b.Len()+s.encBytes > s.lim.MaxEncodeTypeBytes {
			return errs.New(errs.LimitExceeded, "encodeType strings exceed %d bytes", s.lim.MaxEncodeTypeBytes)
		}
	}
	s.encBytes += b.Len()
	if s.encBytes > s.lim.MaxEncodeTypeBytes {
		return errs.New(errs.LimitExceeded, "encodeType strings exceed %d bytes", s.lim.MaxEncodeTypeBytes)
	}
	st.enc = b.String()
	st.typeHash = keccak.Sum256([]byte(st.enc))
	st.done = true
	return nil
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
