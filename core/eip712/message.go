package eip712

import (
	"math/big"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// Field is one member of a declared message: its name and EIP-712 type.
type Field struct {
	Name string
	Type string
}

// Message declares a signed message type once: the domain it is signed
// under, its struct name and its fields in order. Field types are atomic:
// address, bool, bytes1..bytes32, uint8..uint256, int8..int256, bytes and
// string (no structs or arrays).
//
//	var Type = eip712.Declare(eip712.Message{Domain: DomainSpec, Name: "Voucher", Fields: []eip712.Field{
//		{Name: "channelId", Type: "bytes32"},
//		{Name: "cumulativeAmount", Type: "uint256"},
//	}})
type Message struct {
	Domain DomainSpec
	Name   string
	Fields []Field
}

// MessageType is a compiled Message: its encodeType string and type hash,
// and the generic hashStruct, digest, sign, recover, verify and
// eth_signTypedData_v4 JSON over field values given in declaration order.
// The protocol packages hash their messages by a fast path of their own;
// a test proves it equal to this generic path and to the typed-data JSON
// path for every declared message.
//
// Values take these Go types: address: ethsig.Address; bool: bool;
// bytesN: []byte of length N, or [32]byte for bytes32; uintN and intN: any
// Go integer type or a non-nil *big.Int, inside the type's range; bytes:
// []byte; string: string (valid UTF-8 for the JSON path).
type MessageType struct {
	domain    DomainSpec
	name      string
	fields    []Field
	types     []fieldType
	enc       string
	typeHash  [32]byte
	typesJSON string
}

// Compile validates m and computes its encodeType and type hash. It does
// not register m (see Declare).
func Compile(m Message) (*MessageType, error) {
	if !isIdentifier(m.Name) {
		return nil, errs.New(errs.InvalidTypeName, "message name %q is not an identifier", truncate(m.Name))
	}
	if looksAtomic(m.Name) || m.Name == DomainType {
		return nil, errs.New(errs.InvalidTypeName, "message name %q shadows an atomic type or EIP712Domain", m.Name)
	}
	if len(m.Fields) > DefaultLimits.MaxFields {
		return nil, errs.New(errs.LimitExceeded, "message %s has %d fields, limit %d", m.Name, len(m.Fields), DefaultLimits.MaxFields)
	}
	t := &MessageType{domain: m.Domain, name: m.Name, fields: slices.Clone(m.Fields), types: make([]fieldType, len(m.Fields))}
	var enc, js strings.Builder
	enc.WriteString(m.Name)
	enc.WriteByte('(')
	js.WriteByte('[')
	for i, f := range m.Fields {
		if !isIdentifier(f.Name) {
			return nil, errs.New(errs.InvalidTypeName, "field name %q of %s is not an identifier", truncate(f.Name), m.Name)
		}
		for _, prev := range m.Fields[:i] {
			if prev.Name == f.Name {
				return nil, errs.New(errs.DuplicateField, "message %s declares field %q twice", m.Name, f.Name)
			}
		}
		kind, size, ok := parseAtomic(f.Type)
		if !ok {
			return nil, errs.New(errs.UnknownType, "type %q of %s.%s is not atomic (declared messages have atomic fields only)", truncate(f.Type), m.Name, f.Name)
		}
		t.types[i] = fieldType{base: kind, size: size}
		if i > 0 {
			enc.WriteByte(',')
			js.WriteByte(',')
		}
		enc.WriteString(f.Type)
		enc.WriteByte(' ')
		enc.WriteString(f.Name)
		js.WriteString(`{"name":"` + f.Name + `","type":"` + f.Type + `"}`)
	}
	enc.WriteByte(')')
	js.WriteByte(']')
	t.enc, t.typesJSON = enc.String(), js.String()
	t.typeHash = keccak.Sum256([]byte(t.enc))
	return t, nil
}

// declared lists the messages registered by Declare, in order.
var declared struct {
	sync.RWMutex
	list []*MessageType
}

// Declare compiles m and registers it under its name; it is meant for
// package-level declarations and panics when m is invalid or its name is
// taken.
func Declare(m Message) *MessageType {
	t, err := Compile(m)
	if err != nil {
		panic("eip712.Declare: " + err.Error())
	}
	declared.Lock()
	defer declared.Unlock()
	for _, d := range declared.list {
		if d.name == t.name {
			panic("eip712.Declare: message " + t.name + " is declared twice")
		}
	}
	declared.list = append(declared.list, t)
	return t
}

// Declared returns every message registered by Declare, in declaration
// order (the linked packages' init order).
func Declared() []*MessageType {
	declared.RLock()
	defer declared.RUnlock()
	return slices.Clone(declared.list)
}

// Lookup returns the declared message called name.
func Lookup(name string) (*MessageType, bool) {
	declared.RLock()
	defer declared.RUnlock()
	for _, t := range declared.list {
		if t.name == name {
			return t, true
		}
	}
	return nil, false
}

// Name returns the message's struct name.
func (t *MessageType) Name() string { return t.name }

// Domain returns the domain the message is signed under.
func (t *MessageType) Domain() DomainSpec { return t.domain }

// Fields returns a copy of the declared fields.
func (t *MessageType) Fields() []Field { return slices.Clone(t.fields) }

// EncodeType returns the encodeType string, e.g.
// "Voucher(bytes32 channelId,uint256 cumulativeAmount)".
func (t *MessageType) EncodeType() string { return t.enc }

// TypeHash returns keccak256(EncodeType()).
func (t *MessageType) TypeHash() [32]byte { return t.typeHash }

// TypesJSON returns the JSON of the message's entry in types:
// [{"name":"channelId","type":"bytes32"},…].
func (t *MessageType) TypesJSON() string { return t.typesJSON }

// EncodeData returns typeHash ‖ enc(value₁) ‖ … for values in declaration
// order.
func (t *MessageType) EncodeData(values ...any) ([]byte, error) {
	if len(values) != len(t.fields) {
		return nil, errs.New(errs.InvalidInput, "%s has %d fields, got %d values", t.name, len(t.fields), len(values))
	}
	buf := make([]byte, 32*(1+len(t.fields)))
	copy(buf, t.typeHash[:])
	for i := range t.fields {
		if err := encodeValue(&t.types[i], t.fields[i].Type, values[i], buf[32*(i+1):32*(i+2)]); err != nil {
			return nil, errs.Wrap(errs.KindOf(err), t.name+"."+t.fields[i].Name, err)
		}
	}
	return buf, nil
}

// HashStruct returns hashStruct(message) = keccak256(EncodeData(values)).
func (t *MessageType) HashStruct(values ...any) ([32]byte, error) {
	data, err := t.EncodeData(values...)
	if err != nil {
		return [32]byte{}, err
	}
	return keccak.Sum256(data), nil
}

// HashStructJSON returns hashStruct(message) for the message given as the
// JSON object of eth_signTypedData_v4's "message", read with all the
// strictness of Parse (every field present, no extra field, integer
// ranges and forms, hex, checksums, limits). It is the generic path for a
// host that holds a declared message as JSON (see Lookup).
func (t *MessageType) HashStructJSON(message []byte) ([32]byte, error) {
	lim := DefaultLimits
	v, err := parseJSON(message, &lim)
	if err != nil {
		return [32]byte{}, err
	}
	types, err := parseJSON([]byte(`{"`+t.name+`":`+t.typesJSON+`}`), &lim)
	if err != nil {
		return [32]byte{}, errs.Wrap(errs.Internal, t.name, err)
	}
	s, err := compileSchema(&types, &lim)
	if err != nil {
		return [32]byte{}, errs.Wrap(errs.Internal, t.name, err)
	}
	e := newEncoder(s)
	defer e.release()
	e.push("message")
	return e.hashStruct(s.structs[t.name], &v, 0)
}

// DigestJSON returns the signing digest under d of the message given as
// JSON (HashStructJSON).
func (t *MessageType) DigestJSON(d *Domain, message []byte) ([32]byte, error) {
	if err := t.check(d); err != nil {
		return [32]byte{}, err
	}
	h, err := t.HashStructJSON(message)
	if err != nil {
		return [32]byte{}, err
	}
	return d.StructDigest(h), nil
}

// Bind returns the message's domain bound to a chain and a verifying
// contract.
func (t *MessageType) Bind(chainID uint64, verifyingContract ethsig.Address) Domain {
	return t.domain.Bind(chainID, verifyingContract)
}

// check refuses a domain the message is not signed under.
func (t *MessageType) check(d *Domain) error {
	if d.Spec() != t.domain {
		return errs.New(errs.InvalidInput, "%s is signed under the %q version %q domain, not %q version %q",
			t.name, t.domain.Name, t.domain.Version, d.std.Name, d.std.Version)
	}
	return nil
}

// Digest returns the signing digest of the message under d.
func (t *MessageType) Digest(d *Domain, values ...any) ([32]byte, error) {
	if err := t.check(d); err != nil {
		return [32]byte{}, err
	}
	h, err := t.HashStruct(values...)
	if err != nil {
		return [32]byte{}, err
	}
	return d.StructDigest(h), nil
}

// Sign signs the message under d.
func (t *MessageType) Sign(d *Domain, key *ethsig.PrivateKey, values ...any) (ethsig.Signature, error) {
	h, err := t.Digest(d, values...)
	if err != nil {
		return ethsig.Signature{}, err
	}
	return key.Sign(h), nil
}

// Recover returns the address that signed the message under d.
func (t *MessageType) Recover(d *Domain, sig ethsig.Signature, values ...any) (ethsig.Address, error) {
	h, err := t.Digest(d, values...)
	if err != nil {
		return ethsig.Address{}, err
	}
	return ethsig.Recover(h, sig)
}

// Verify checks that sig over the message under d was made by signer.
func (t *MessageType) Verify(d *Domain, signer ethsig.Address, sig ethsig.Signature, values ...any) error {
	return t.VerifyWith(d, ethsig.Recover, signer, sig, values...)
}

// VerifyWith is Verify through rec; ethsig.VerifyWith makes the decision.
func (t *MessageType) VerifyWith(d *Domain, rec ethsig.Recoverer, signer ethsig.Address, sig ethsig.Signature, values ...any) error {
	h, err := t.Digest(d, values...)
	if err != nil {
		return err
	}
	return ethsig.VerifyWith(rec, signer, h, sig)
}

// MessageJSON returns the message object of eth_signTypedData_v4 JSON:
// addresses EIP-55, bytes 0x-hex, integers decimal strings. A value the
// field cannot take is rendered null (which the JSON path refuses).
func (t *MessageType) MessageJSON(values ...any) string {
	var b strings.Builder
	b.WriteByte('{')
	for i, f := range t.fields {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"` + f.Name + `":`)
		var v any
		if i < len(values) {
			v = values[i]
		}
		b.WriteString(valueJSON(&t.types[i], v))
	}
	b.WriteByte('}')
	return b.String()
}

// TypedDataJSON returns the message under d as eth_signTypedData_v4 JSON,
// for wallets and for the generic path (Parse).
func (t *MessageType) TypedDataJSON(d *Domain, values ...any) []byte {
	return []byte(`{"types":{"EIP712Domain":` + d.std.TypesJSON() + `,"` + t.name + `":` + t.typesJSON +
		`},"primaryType":"` + t.name + `","domain":` + d.std.ValueJSON() + `,"message":` + t.MessageJSON(values...) + `}`)
}

// encodeValue writes the 32-byte encoding of v as type ft (written typ).
func encodeValue(ft *fieldType, typ string, v any, out []byte) error {
	switch ft.base {
	case kAddress:
		a, ok := v.(ethsig.Address)
		if !ok {
			return errs.New(errs.InvalidValue, "%T is not an address value (ethsig.Address)", v)
		}
		clear(out[:12])
		copy(out[12:32], a[:])
	case kBool:
		b, ok := v.(bool)
		if !ok {
			return errs.New(errs.InvalidValue, "%T is not a bool value", v)
		}
		clear(out[:32])
		if b {
			out[31] = 1
		}
	case kBytesN:
		var b []byte
		switch x := v.(type) {
		case []byte:
			b = x
		case [32]byte:
			b = x[:]
		default:
			return errs.New(errs.InvalidValue, "%T is not a %s value ([]byte or [32]byte)", v, typ)
		}
		if len(b) != ft.size {
			return errs.New(errs.BytesLength, "%s needs %d bytes, got %d", typ, ft.size, len(b))
		}
		clear(out[:32])
		copy(out, b)
	case kBytes:
		b, ok := v.([]byte)
		if !ok {
			return errs.New(errs.InvalidValue, "%T is not a bytes value ([]byte)", v)
		}
		h := keccak.Sum256(b)
		copy(out, h[:])
	case kString:
		s, ok := v.(string)
		if !ok {
			return errs.New(errs.InvalidValue, "%T is not a string value", v)
		}
		h := keccak.Sum256([]byte(s))
		copy(out, h[:])
	case kUint, kInt:
		x, err := integerValue(v, typ)
		if err != nil {
			return err
		}
		signed := ft.base == kInt
		switch {
		case !signed && x.Sign() < 0:
			return errs.New(errs.IntegerOutOfRange, "%s cannot be negative: %s", typ, x)
		case !signed && x.BitLen() > ft.size:
			return errs.New(errs.IntegerOutOfRange, "%s overflows %s", x, typ)
		case signed && x.Sign() >= 0 && x.BitLen() > ft.size-1:
			return errs.New(errs.IntegerOutOfRange, "%s overflows %s", x, typ)
		case signed && x.Sign() < 0 && new(big.Int).Not(x).BitLen() > ft.size-1: // |x|-1 = ^x
			return errs.New(errs.IntegerOutOfRange, "%s underflows %s", x, typ)
		}
		if x.Sign() < 0 {
			x = new(big.Int).Add(x, two256) // two's complement in 256 bits
		}
		x.FillBytes(out[:32])
	default:
		return errs.New(errs.Internal, "unhandled type %s", typ)
	}
	return nil
}

// integerValue converts a Go integer or *big.Int to a *big.Int.
func integerValue(v any, typ string) (*big.Int, error) {
	switch x := v.(type) {
	case *big.Int:
		if x == nil {
			return nil, errs.New(errs.InvalidInput, "%s value is missing", typ)
		}
		return x, nil
	case uint64:
		return new(big.Int).SetUint64(x), nil
	case uint:
		return new(big.Int).SetUint64(uint64(x)), nil
	case uint32:
		return new(big.Int).SetUint64(uint64(x)), nil
	case uint16:
		return new(big.Int).SetUint64(uint64(x)), nil
	case uint8:
		return new(big.Int).SetUint64(uint64(x)), nil
	case int64:
		return big.NewInt(x), nil
	case int:
		return big.NewInt(int64(x)), nil
	case int32:
		return big.NewInt(int64(x)), nil
	case int16:
		return big.NewInt(int64(x)), nil
	case int8:
		return big.NewInt(int64(x)), nil
	}
	return nil, errs.New(errs.InvalidValue, "%T is not a %s value (a Go integer or *big.Int)", v, typ)
}

// valueJSON renders v as the JSON of a value of type ft, or null.
func valueJSON(ft *fieldType, v any) string {
	switch ft.base {
	case kAddress:
		if a, ok := v.(ethsig.Address); ok {
			return `"` + a.String() + `"`
		}
	case kBool:
		if b, ok := v.(bool); ok {
			return strconv.FormatBool(b)
		}
	case kBytesN, kBytes:
		switch x := v.(type) {
		case []byte:
			return `"` + hexutil.Encode(x) + `"`
		case [32]byte:
			if ft.base == kBytesN {
				return `"` + hexutil.Encode(x[:]) + `"`
			}
		}
	case kString:
		if s, ok := v.(string); ok {
			return quoteJSON(s)
		}
	case kUint, kInt:
		if x, err := integerValue(v, ""); err == nil {
			return `"` + x.String() + `"`
		}
	}
	return "null"
}

// quoteJSON quotes s as a JSON string, escaping '"', '\\' and control
// characters; other bytes are copied as they are.
func quoteJSON(s string) string {
	const hex = "0123456789abcdef"
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20:
			b.WriteString(`\u00`)
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0xf])
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}
