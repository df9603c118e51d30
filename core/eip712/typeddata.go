package eip712

import (
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// TypedData is a parsed, validated and hashed typed-data document.
type TypedData struct {
	PrimaryType string

	schema          *schema
	domain, message jvalue
	domainSep       [32]byte
	messageHash     [32]byte
	digest          [32]byte
}

// Parse parses, validates and hashes eth_signTypedData_v4 JSON under
// DefaultLimits.
func Parse(data []byte) (*TypedData, error) { return ParseWithLimits(data, DefaultLimits) }

// ParseWithLimits is Parse with caller-chosen limits.
func ParseWithLimits(data []byte, lim Limits) (*TypedData, error) {
	root, err := parseJSON(data, &lim)
	if err != nil {
		return nil, err
	}
	if root.kind != jObject {
		return nil, errs.New(errs.InvalidTypedData, "typed data must be a JSON object, got %s", root.kind)
	}
	var types, primary, domain, message *jvalue
	for i, k := range root.keys {
		v := &root.elems[i]
		switch k {
		case "types":
			types = v
		case "primaryType":
			primary = v
		case "domain":
			domain = v
		case "message":
			message = v
		default:
			return nil, errs.New(errs.InvalidTypedData, "unknown top-level key %q (expected types, primaryType, domain, message)", truncate(k))
		}
	}
	switch {
	case types == nil:
		return nil, errs.New(errs.InvalidTypedData, "types is missing")
	case primary == nil:
		return nil, errs.New(errs.MissingPrimary, "primaryType is missing")
	case domain == nil:
		return nil, errs.New(errs.InvalidTypedData, "domain is missing")
	case message == nil:
		return nil, errs.New(errs.InvalidTypedData, "message is missing")
	case primary.kind != jString:
		return nil, errs.New(errs.MissingPrimary, "primaryType must be a string")
	}
	s, err := compileSchema(types, &lim)
	if err != nil {
		return nil, err
	}
	domType, ok := s.structs[DomainType]
	if !ok {
		return nil, errs.New(errs.InvalidTypedData, "types.EIP712Domain is missing")
	}
	primType, ok := s.structs[primary.s]
	if !ok {
		return nil, errs.New(errs.MissingPrimary, "primaryType %q is not in types", truncate(primary.s))
	}
	td := &TypedData{PrimaryType: primary.s, schema: s, domain: *domain, message: *message}
	e := newEncoder(s)
	defer e.release()
	e.push("domain")
	if td.domainSep, err = e.hashStruct(domType, domain, 0); err != nil {
		return nil, err
	}
	e.pop()
	e.push("message")
	if td.messageHash, err = e.hashStruct(primType, message, 0); err != nil {
		return nil, err
	}
	td.digest = Digest(td.domainSep, td.messageHash)
	return td, nil
}

// HashJSON parses typed data and returns its signing digest.
func HashJSON(data []byte) ([32]byte, error) {
	td, err := Parse(data)
	if err != nil {
		return [32]byte{}, err
	}
	return td.digest, nil
}

// Digest returns keccak256(0x19 ‖ 0x01 ‖ domainSeparator ‖ messageHash).
func Digest(domainSeparator, messageHash [32]byte) [32]byte {
	var buf [66]byte
	buf[0], buf[1] = 0x19, 0x01
	copy(buf[2:34], domainSeparator[:])
	copy(buf[34:], messageHash[:])
	return keccak.Sum256(buf[:])
}

// Digest returns the signing digest.
func (td *TypedData) Digest() [32]byte { return td.digest }

// DomainSeparator returns hashStruct(EIP712Domain, domain).
func (td *TypedData) DomainSeparator() [32]byte { return td.domainSep }

// MessageHash returns hashStruct(primaryType, message).
func (td *TypedData) MessageHash() [32]byte { return td.messageHash }

// EncodeType returns the encodeType string of a defined type.
func (td *TypedData) EncodeType(name string) (string, error) {
	st, err := td.schema.lookup(name)
	if err != nil {
		return "", err
	}
	if err := td.schema.prepare(st); err != nil {
		return "", err
	}
	return st.enc, nil
}

// TypeHash returns keccak256(encodeType(name)).
func (td *TypedData) TypeHash(name string) ([32]byte, error) {
	st, err := td.schema.lookup(name)
	if err != nil {
		return [32]byte{}, err
	}
	if err := td.schema.prepare(st); err != nil {
		return [32]byte{}, err
	}
	return st.typeHash, nil
}

// EncodeData returns encodeData(primaryType, message): the type hash
// followed by one 32-byte word per field.
func (td *TypedData) EncodeData() ([]byte, error) {
	e := newEncoder(td.schema)
	defer e.release()
	e.push("message")
	return e.encodeData(td.schema.structs[td.PrimaryType], &td.message)
}

// EncodeDomainData returns encodeData(EIP712Domain, domain).
func (td *TypedData) EncodeDomainData() ([]byte, error) {
	e := newEncoder(td.schema)
	defer e.release()
	e.push("domain")
	return e.encodeData(td.schema.structs[DomainType], &td.domain)
}
