package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/agentmailroom/mailroom/testvectors/internal/schema"
)

// vec is one vector before encoding.
type vec struct {
	id, typ, source, comment string
	flags                    []string
	in, out                  any
}

// family is one output file.
type family struct {
	file, name, desc, license string
	sources                   []string
	vecs                      []vec
}

func (f *family) add(id, typ, source string, flags []string, comment string, in, out any) {
	if flags == nil {
		flags = []string{}
	}
	f.vecs = append(f.vecs, vec{id: id, typ: typ, source: source, flags: flags, comment: comment, in: in, out: out})
}

// Output is the generator's result: file name -> bytes, plus the typed-data
// and signature vectors in structured form for the go-ethereum cross-check.
type Output struct {
	Files map[string][]byte
	// Count is the number of vectors.
	Count int
	// Typed lists every eip712 vector with its exact document bytes.
	Typed []TypedVec
	// Sigs lists every sign/recover vector.
	Sigs []SigVec
}

// TypedVec is an eip712 vector as the cross-check sees it.
type TypedVec struct {
	ID    string
	Flags []string
	Doc   []byte
	Out   schema.TypedDataOut
}

// SigVec is a sign or recover vector as the cross-check sees it.
type SigVec struct {
	ID, Type           string
	Flags              []string
	PrivateKey, Digest string
	Signature, Address string
	Error              string
}

func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// encode writes a family as an indented, deterministic JSON file.
func (f *family) encode() ([]byte, error) {
	seen := map[string]bool{}
	file := schema.File{Format: schema.Format, Family: f.name, Description: f.desc, License: f.license,
		Sources: f.sources, Vectors: []schema.Vector{}}
	for _, v := range f.vecs {
		if seen[v.id] {
			return nil, fmt.Errorf("%s: duplicate id %s", f.file, v.id)
		}
		seen[v.id] = true
		in, err := marshal(v.in)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", v.id, err)
		}
		out, err := marshal(v.out)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", v.id, err)
		}
		flags := append([]string{}, v.flags...)
		sort.Strings(flags)
		file.Vectors = append(file.Vectors, schema.Vector{ID: v.id, Type: v.typ, Source: v.source, Flags: flags,
			Comment: v.comment, Input: in, Expect: out})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(file); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// slug turns a free-form name into an id segment: lower-case letters,
// digits, '-', '_' and '.', everything else as '-'.
func slug(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		default:
			b.WriteByte('-')
		}
	}
	return b.String()
}
