package eip712

import (
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// encoder walks values against the compiled schema. It owns one keccak
// state, reused for every hash, and a path for error messages.
type encoder struct {
	s *schema
	k *keccak.Hasher
}

// hashStruct returns keccak256(encodeData(st, v)).
func (e *encoder) hashStruct(st *structType, v *jvalue, path string) ([32]byte, error) {
	enc, err := e.encodeData(st, v, path)
	if err != nil {
		return [32]byte{}, err
	}
	return e.sum(enc), nil
}

func (e *encoder) sum(b []byte) [32]byte {
	var out [32]byte
	e.k.Reset()
	e.k.Write(b)
	e.k.SumInto(&out)
	return out
}

// encodeData returns typeHash ‖ enc(field₁) ‖ … for a struct value.
func (e *encoder) encodeData(st *structType, v *jvalue, path string) ([]byte, error) {
	if v.kind != jObject {
		return nil, errs.New(errs.InvalidValue, "%s: %s must be an object, got %s", path, st.name, v.kind)
	}
	if err := e.s.prepare(st); err != nil {
		return nil, err
	}
	buf := make([]byte, 32*(1+len(st.fields)))
	copy(buf, st.typeHash[:])
	for i := range st.fields {
		f := &st.fields[i]
		fv, ok := v.get(f.name)
		if !ok {
			return nil, errs.New(errs.MissingField, "%s: missing field %s", path, f.name)
		}
		if err := e.encodeField(&f.typ, len(f.typ.dims), fv, buf[32*(i+1):32*(i+2)], path+"."+f.name); err != nil {
			return nil, err
		}
	}
	if len(v.keys) != len(st.fields) {
		for _, k := range v.keys {
			if !st.has(k) {
				return nil, errs.New(errs.ExtraField, "%s: field %q is not declared by %s", path, truncate(k), st.name)
			}
		}
	}
	return buf, nil
}

func (st *structType) has(name string) bool {
	for i := range st.fields {
		if st.fields[i].name == name {
			return true
		}
	}
	return false
}

// encodeField writes the 32-byte encoding of v as type t with its first
// ndims array dimensions applied (ndims = len(t.dims) for the whole type).
func (e *encoder) encodeField(t *fieldType, ndims int, v *jvalue, out []byte, path string) error {
	if ndims > 0 {
		want := t.dims[ndims-1]
		if v.kind != jArray {
			return errs.New(errs.InvalidValue, "%s: array expected, got %s", path, v.kind)
		}
		if want >= 0 && len(v.elems) != want {
			return errs.New(errs.ArrayLength, "%s: fixed array needs %d elements, got %d", path, want, len(v.elems))
		}
		buf := make([]byte, 32*len(v.elems))
		for i := range v.elems {
			if err := e.encodeField(t, ndims-1, &v.elems[i], buf[32*i:32*(i+1)], path); err != nil {
				return err
			}
		}
		h := e.sum(buf)
		copy(out, h[:])
		return nil
	}
	switch t.base {
	case kUint, kInt:
		return encodeInteger(v, t.size, t.base == kInt, out)
	case kBool:
		if v.kind != jBool {
			return errs.New(errs.InvalidValue, "%s: bool must be true or false, got %s", path, v.kind)
		}
		clear(out)
		if v.b {
			out[31] = 1
		}
		return nil
	case kAddress:
		if v.kind != jString {
			return errs.New(errs.InvalidValue, "%s: address must be a string, got %s", path, v.kind)
		}
		a, err := ethsig.ParseAddress(v.s)
		if err != nil {
			return errs.Wrap(errs.KindOf(err), path, err)
		}
		clear(out[:12])
		copy(out[12:], a[:])
		return nil
	case kBytesN:
		b, err := e.hexValue(v, path)
		if err != nil {
			return err
		}
		if len(b) != t.size {
			return errs.New(errs.BytesLength, "%s: bytes%d needs %d bytes, got %d", path, t.size, t.size, len(b))
		}
		clear(out)
		copy(out, b)
		return nil
	case kBytes:
		b, err := e.hexValue(v, path)
		if err != nil {
			return err
		}
		h := e.sum(b)
		copy(out, h[:])
		return nil
	case kString:
		if v.kind != jString {
			return errs.New(errs.InvalidValue, "%s: string expected, got %s", path, v.kind)
		}
		h := e.sum([]byte(v.s))
		copy(out, h[:])
		return nil
	case kStruct:
		if v.kind == jNull {
			return errs.New(errs.InvalidValue, "%s: null is not a %s (null structs are refused)", path, t.ref.name)
		}
		h, err := e.hashStruct(t.ref, v, path)
		if err != nil {
			return err
		}
		copy(out, h[:])
		return nil
	}
	return errs.New(errs.Internal, "%s: unhandled type", path)
}

func (e *encoder) hexValue(v *jvalue, path string) ([]byte, error) {
	if v.kind != jString {
		return nil, errs.New(errs.InvalidValue, "%s: hex string expected, got %s", path, v.kind)
	}
	b, err := hexutil.Decode(v.s)
	if err != nil {
		return nil, errs.Wrap(errs.InvalidHex, path, err)
	}
	return b, nil
}
