package eip712

import (
	"strings"
	"sync"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// encoder walks values against the compiled schema. Every nesting level of
// the walk streams its encoding into a keccak state of its own (hs[level]),
// so no encodeData buffer is built on the hashing path.
type encoder struct {
	s  *schema
	hs *hasherStack
}

// hasherStack holds one keccak state per nesting level and the path of the
// value being encoded ("message", "from", "name"); stacks are pooled.
type hasherStack struct {
	hs   []*keccak.Hasher
	path []string
}

var hasherStacks = sync.Pool{New: func() any { return new(hasherStack) }}

func newEncoder(s *schema) encoder {
	return encoder{s: s, hs: hasherStacks.Get().(*hasherStack)}
}

// release returns the encoder's keccak states to the pool.
func (e *encoder) release() {
	if e.hs != nil {
		clear(e.hs.path)
		e.hs.path = e.hs.path[:0]
		hasherStacks.Put(e.hs)
		e.hs = nil
	}
}

// hasher returns the reset keccak state of a level.
func (e *encoder) hasher(level int) *keccak.Hasher {
	for len(e.hs.hs) <= level {
		e.hs.hs = append(e.hs.hs, keccak.NewHasher())
	}
	h := e.hs.hs[level]
	h.Reset()
	return h
}

// push and pop maintain the path of the value being encoded, which error
// messages render as "message.from.name". Array elements share their
// array's path.
func (e *encoder) push(name string) { e.hs.path = append(e.hs.path, name) }
func (e *encoder) pop()             { e.hs.path = e.hs.path[:len(e.hs.path)-1] }

// pathString renders the current path; it runs only on error paths.
func (e *encoder) pathString() string { return strings.Join(e.hs.path, ".") }

// hashStruct returns keccak256(encodeData(st, v)).
func (e *encoder) hashStruct(st *structType, v *jvalue, level int) ([32]byte, error) {
	var out [32]byte
	h := e.hasher(level)
	if err := e.structData(st, v, level, h, nil); err != nil {
		return out, err
	}
	h.SumInto(&out)
	return out, nil
}

// encodeData returns typeHash ‖ enc(field₁) ‖ … for a struct value.
func (e *encoder) encodeData(st *structType, v *jvalue) ([]byte, error) {
	var buf []byte
	if err := e.structData(st, v, 0, nil, &buf); err != nil {
		return nil, err
	}
	return buf, nil
}

// structData checks v against st and emits typeHash then one word per
// field, into h or, when h is nil, onto *buf.
func (e *encoder) structData(st *structType, v *jvalue, level int, h *keccak.Hasher, buf *[]byte) error {
	if v.kind != jObject {
		return errs.New(errs.InvalidValue, "%s: %s must be an object, got %s", e.pathString(), st.name, v.kind)
	}
	if err := e.s.prepare(st); err != nil {
		return err
	}
	if h != nil {
		h.Write(st.typeHash[:])
	} else {
		*buf = append(make([]byte, 0, 32*(1+len(st.fields))), st.typeHash[:]...)
	}
	var word [32]byte
	for i := range st.fields {
		f := &st.fields[i]
		fv, ok := v.get(f.name)
		if !ok {
			return errs.New(errs.MissingField, "%s: missing field %s", e.pathString(), f.name)
		}
		e.push(f.name)
		if err := e.encodeField(&f.typ, len(f.typ.dims), fv, &word, level+1); err != nil {
			return err
		}
		e.pop()
		if h != nil {
			h.Write(word[:])
		} else {
			*buf = append(*buf, word[:]...)
		}
	}
	if len(v.keys) != len(st.fields) {
		for _, k := range v.keys {
			if !st.has(k) {
				return errs.New(errs.ExtraField, "%s: field %q is not declared by %s", e.pathString(), truncate(k), st.name)
			}
		}
	}
	return nil
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
// level is the nesting level whose keccak state the field may use.
func (e *encoder) encodeField(t *fieldType, ndims int, v *jvalue, out *[32]byte, level int) error {
	if ndims > 0 {
		want := t.dims[ndims-1]
		if v.kind != jArray {
			return errs.New(errs.InvalidValue, "%s: array expected, got %s", e.pathString(), v.kind)
		}
		if want >= 0 && len(v.elems) != want {
			return errs.New(errs.ArrayLength, "%s: fixed array needs %d elements, got %d", e.pathString(), want, len(v.elems))
		}
		h := e.hasher(level)
		var word [32]byte
		for i := range v.elems {
			if err := e.encodeField(t, ndims-1, &v.elems[i], &word, level+1); err != nil {
				return err
			}
			h.Write(word[:])
		}
		h.SumInto(out)
		return nil
	}
	switch t.base {
	case kUint, kInt:
		return encodeInteger(v, t.size, t.base == kInt, out[:])
	case kBool:
		if v.kind != jBool {
			return errs.New(errs.InvalidValue, "%s: bool must be true or false, got %s", e.pathString(), v.kind)
		}
		clear(out[:])
		if v.b {
			out[31] = 1
		}
		return nil
	case kAddress:
		if v.kind != jString {
			return errs.New(errs.InvalidValue, "%s: address must be a string, got %s", e.pathString(), v.kind)
		}
		a, err := ethsig.ParseAddress(v.s)
		if err != nil {
			return errs.Wrap(errs.KindOf(err), e.pathString(), err)
		}
		clear(out[:12])
		copy(out[12:], a[:])
		return nil
	case kBytesN:
		digits, err := e.hexDigits(v)
		if err != nil {
			return err
		}
		if n := len(digits) / 2; n != t.size {
			return errs.New(errs.BytesLength, "%s: bytes%d needs %d bytes, got %d", e.pathString(), t.size, t.size, n)
		}
		clear(out[:])
		decodeHexInto(out[:], digits)
		return nil
	case kBytes:
		digits, err := e.hexDigits(v)
		if err != nil {
			return err
		}
		h := e.hasher(level)
		var chunk [128]byte
		for len(digits) > 0 {
			n := min(len(digits), 2*len(chunk))
			decodeHexInto(chunk[:], digits[:n])
			h.Write(chunk[:n/2])
			digits = digits[n:]
		}
		h.SumInto(out)
		return nil
	case kString:
		if v.kind != jString {
			return errs.New(errs.InvalidValue, "%s: string expected, got %s", e.pathString(), v.kind)
		}
		h := e.hasher(level)
		h.WriteString(v.s)
		h.SumInto(out)
		return nil
	case kStruct:
		if v.kind == jNull {
			return errs.New(errs.InvalidValue, "%s: null is not a %s (null structs are refused)", e.pathString(), t.ref.name)
		}
		hs, err := e.hashStruct(t.ref, v, level)
		if err != nil {
			return err
		}
		*out = hs
		return nil
	}
	return errs.New(errs.Internal, "%s: unhandled type", e.pathString())
}

// hexDigits returns the digits of a 0x-prefixed, even-length hex string
// value. Anything else gets exactly hexutil.Decode's error.
func (e *encoder) hexDigits(v *jvalue) (string, error) {
	if v.kind != jString {
		return "", errs.New(errs.InvalidValue, "%s: hex string expected, got %s", e.pathString(), v.kind)
	}
	s := v.s
	ok := hexutil.Has0x(s) && len(s)%2 == 0
	for i := 2; ok && i < len(s); i++ {
		_, ok = hexDigit(s[i])
	}
	if !ok {
		_, err := hexutil.Decode(s)
		if err == nil { // unreachable: the checks above mirror hexutil.Decode
			err = errs.New(errs.InvalidHex, "invalid hex")
		}
		return "", errs.Wrap(errs.InvalidHex, e.pathString(), err)
	}
	return s[2:], nil
}

// decodeHexInto decodes validated hex digits into dst.
func decodeHexInto(dst []byte, digits string) {
	for i := 0; i+1 < len(digits); i += 2 {
		hi, _ := hexDigit(digits[i])
		lo, _ := hexDigit(digits[i+1])
		dst[i/2] = hi<<4 | lo
	}
}
