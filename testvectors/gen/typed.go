package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"unicode/utf8"

	"github.com/agentmailroom/mailroom/core/eip712"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/testvectors/internal/schema"
)

// typedCase is one typed-data document to turn into a vector.
type typedCase struct {
	id, source, comment string
	flags               []string
	doc                 []byte
	// want is the expected error kind, "" for success. For third-party
	// cases whose source expects success, decision must explain a refusal.
	want     errs.Kind
	decision string
	// thirdPartyOK marks a case its source says must succeed: the core may
	// refuse it only with a recorded decision (it then becomes a negative
	// vector carrying that decision).
	thirdPartyOK bool
	// anyError accepts whichever kind the core reports (sources that only
	// say "must fail" or "must not panic").
	anyError bool
	// Expected values from the source, checked before writing.
	digest, domainSep, messageHash, encoded string
	encodeTypes                             map[string]string // name -> expected encodeType ("" = take the core's)
	key                                     *ethsig.PrivateKey
	signature                               string // expected from the source, optional
}

// addTyped checks c against the core and the source's expectations and adds
// the vector to f.
func (g *gen) addTyped(f *family, c typedCase) error {
	td, err := eip712.Parse(c.doc)
	in := schema.TypedDataIn{}
	if utf8.Valid(c.doc) {
		s := string(c.doc)
		in.TypedData = &s
	} else {
		in.TypedDataHex = hexutil.Encode(c.doc)
	}
	flags := append([]string{}, c.flags...)
	comment := c.comment
	if err != nil {
		kind := errs.KindOf(err)
		switch {
		case c.thirdPartyOK:
			if c.decision == "" {
				g.pending = append(g.pending, fmt.Errorf("%s: the source expects success, the core refuses (%v), and no decision is recorded", c.id, err))
				return nil
			}
			flags = append(flags, "strict-decision")
			comment = joinComment(comment, "decision: "+c.decision)
		case c.anyError:
		case c.want == "":
			return fmt.Errorf("%s: want success, core: %v", c.id, err)
		case kind != c.want:
			return fmt.Errorf("%s: want %s, core: %v", c.id, c.want, err)
		}
		out := schema.TypedDataOut{Error: string(kind)}
		f.add(c.id, schema.TTypedData, c.source, flags, comment, in, out)
		g.out.Typed = append(g.out.Typed, TypedVec{ID: c.id, Flags: flags, Doc: c.doc, Out: out})
		return nil
	}
	if c.want != "" || c.anyError {
		return fmt.Errorf("%s: want error %s, core accepted it", c.id, c.want)
	}
	dg, ds, mh := td.Digest(), td.DomainSeparator(), td.MessageHash()
	enc, err := td.EncodeData()
	if err != nil {
		return fmt.Errorf("%s: EncodeData: %v", c.id, err)
	}
	out := schema.TypedDataOut{
		Digest: hexutil.Encode(dg[:]), DomainSeparator: hexutil.Encode(ds[:]), MessageHash: hexutil.Encode(mh[:]),
		EncodedData: hexutil.Encode(enc),
	}
	for what, pair := range map[string][2]string{
		"digest": {out.Digest, c.digest}, "domainSeparator": {out.DomainSeparator, c.domainSep},
		"messageHash": {out.MessageHash, c.messageHash}, "encodedData": {out.EncodedData, c.encoded},
	} {
		if pair[1] != "" && pair[0] != pair[1] {
			return fmt.Errorf("%s: %s: core %s, source %s", c.id, what, pair[0], pair[1])
		}
	}
	names := c.encodeTypes
	if names == nil {
		names = map[string]string{td.PrimaryType: ""}
	}
	for name, want := range names {
		et, err := td.EncodeType(name)
		if err != nil {
			return fmt.Errorf("%s: EncodeType(%s): %v", c.id, name, err)
		}
		th, err := td.TypeHash(name)
		if err != nil {
			return fmt.Errorf("%s: TypeHash(%s): %v", c.id, name, err)
		}
		if want != "" && et != want {
			return fmt.Errorf("%s: encodeType(%s): core %q, source %q", c.id, name, et, want)
		}
		if out.EncodeType == nil {
			out.EncodeType, out.TypeHash = map[string]string{}, map[string]string{}
		}
		out.EncodeType[name], out.TypeHash[name] = et, hexutil.Encode(th[:])
	}
	if c.key != nil {
		sig := c.key.Sign(dg)
		if c.signature != "" && sig.Hex() != c.signature {
			return fmt.Errorf("%s: signature: core %s, source %s", c.id, sig.Hex(), c.signature)
		}
		a, err := ethsig.Recover(dg, sig)
		if err != nil || a != c.key.Address() {
			return fmt.Errorf("%s: signature does not recover: %v", c.id, err)
		}
		in.PrivateKey = c.key.Hex()
		out.Signature, out.Address = sig.Hex(), a.String()
	}
	f.add(c.id, schema.TTypedData, c.source, flags, comment, in, out)
	g.out.Typed = append(g.out.Typed, TypedVec{ID: c.id, Flags: flags, Doc: c.doc, Out: out})
	return nil
}

func joinComment(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

// compact removes insignificant whitespace, keeping every token's text
// (numbers, string escapes and duplicate keys stay as written).
func compact(raw []byte) ([]byte, error) {
	var buf bytes.Buffer
	if err := json.Compact(&buf, raw); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// domainFieldTypes are the five standard EIP712Domain fields in canonical order.
var domainFieldTypes = [][2]string{
	{"name", "string"}, {"version", "string"}, {"chainId", "uint256"},
	{"verifyingContract", "address"}, {"salt", "bytes32"},
}

// canonicalDomainType returns the EIP712Domain type JSON for the keys of a
// domain object, in canonical order; unknown keys are an error.
func canonicalDomainType(domain json.RawMessage) (string, error) {
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(domain, &keys); err != nil {
		return "", err
	}
	var b bytes.Buffer
	b.WriteByte('[')
	n := 0
	for _, ft := range domainFieldTypes {
		if _, ok := keys[ft[0]]; !ok {
			continue
		}
		if n > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"name":%q,"type":%q}`, ft[0], ft[1])
		n++
	}
	if n != len(keys) {
		return "", fmt.Errorf("domain has a non-standard key")
	}
	b.WriteByte(']')
	return b.String(), nil
}

// withDomainType inserts "EIP712Domain": dt as the first key of a types object.
func withDomainType(types json.RawMessage, dt string) ([]byte, error) {
	t, err := compact(types)
	if err != nil {
		return nil, err
	}
	if len(t) < 2 || t[0] != '{' {
		return nil, fmt.Errorf("types is not an object")
	}
	sep := ","
	if string(t) == "{}" {
		sep = ""
	}
	return []byte(`{"EIP712Domain":` + dt + sep + string(t[1:])), nil
}

// typedDoc assembles eth_signTypedData_v4 JSON from raw parts.
func typedDoc(types []byte, primary string, domain, message []byte) []byte {
	p, _ := json.Marshal(primary)
	return []byte(`{"types":` + string(types) + `,"primaryType":` + string(p) + `,"domain":` + string(domain) + `,"message":` + string(message) + `}`)
}

// parseKind returns the core's error kind for doc, if any.
func parseKind(doc []byte) (errs.Kind, error) {
	_, err := eip712.Parse(doc)
	return errs.KindOf(err), err
}
