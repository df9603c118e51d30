package main

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/agentmailroom/mailroom/core/errs"
)

const (
	stdDomainType = `[{"name":"name","type":"string"},{"name":"version","type":"string"},{"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}]`
	stdDomain     = `{"name":"Mailroom Vectors","version":"1","chainId":1,"verifyingContract":"0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"}`
)

// std builds a document under the standard four-field domain; types is the
// inside of the types object without EIP712Domain.
func std(types, primary, message string) []byte {
	return typedDoc([]byte(`{"EIP712Domain":`+stdDomainType+`,`+types+`}`), primary, []byte(stdDomain), []byte(message))
}

// one builds Message(<typ> v) with v = value.
func one(typ, value string) []byte {
	return std(fmt.Sprintf(`"Message":[{"name":"v","type":%q}]`, typ), "Message", `{"v":`+value+`}`)
}

// hand is a hand-written typed-data case: want "" = success.
type hand struct {
	name    string
	doc     []byte
	want    errs.Kind
	comment string
}

func (g *gen) eip712Family() (*family, error) {
	f := &family{file: "eip712.json", name: "eip712",
		desc:    "The EIP-712 spec Mail example end to end, the SOURCES.md checklist (arrays, domains, integers, bytes, bool/address, type graph) as hand-written cases, and the strict decisions of testvectors/README.md.",
		sources: []string{"third_party/ethereum-eips", "hand"}}
	if err := g.specMail(f); err != nil {
		return nil, err
	}
	if err := g.addProtocolTyped(f); err != nil {
		return nil, err
	}
	var cases []hand
	cases = append(cases, arrayCases()...)
	cases = append(cases, domainCases()...)
	cases = append(cases, intCases()...)
	cases = append(cases, bytesCases()...)
	cases = append(cases, graphCases()...)
	var bad []error
	for _, c := range cases {
		tc := typedCase{id: "hand/eip712/" + c.name, source: "hand", doc: c.doc, want: c.want, comment: c.comment}
		if err := g.addTyped(f, tc); err != nil {
			bad = append(bad, err)
		}
	}
	return f, errors.Join(bad...)
}

const person = `"Person":[{"name":"name","type":"string"},{"name":"wallet","type":"address"}]`

func arrayCases() []hand {
	words := make([]string, 17)
	for i := range words {
		words[i] = fmt.Sprint(i + 1)
	}
	rate := "0x" + strings.Repeat("ab", 136)
	return []hand{
		{"array/person-array", std(person+`,"Group":[{"name":"members","type":"Person[]"}]`, "Group",
			`{"members":[{"name":"Alice","wallet":"0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},{"name":"Bob","wallet":"0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"}]}`), "", "array of structs: keccak of the concatenated hashStructs"},
		{"array/person-array-empty", std(person+`,"Group":[{"name":"members","type":"Person[]"}]`, "Group", `{"members":[]}`), "", "empty array of structs = keccak256(\"\")"},
		{"array/string-2d-empty-inner", one("string[][]", `[["a"],[],["b","c"]]`), "", "string[][] with an empty inner array"},
		{"array/fixed-2x2", one("uint256[2][2]", `[[1,2],[3,4]]`), "", "T[2][2]"},
		{"array/dynamic-of-fixed", one("uint8[2][]", `[[1,2],[3,4],[5,6]]`), "", "T[2][]"},
		{"array/fixed-of-dynamic", one("uint8[][2]", `[[1],[2,3]]`), "", "T[][2]"},
		{"array/bytes-2d", one("bytes[][]", `[["0x01","0x"],["0xdeadbeef"]]`), "", "bytes[][]"},
		{"array/empty-before-struct", std(person+`,"Msg":[{"name":"ids","type":"uint256[]"},{"name":"who","type":"Person"}]`, "Msg",
			`{"ids":[],"who":{"name":"Cow","wallet":"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"}}`), "", "an empty array right before a struct field"},
		{"array/keccak-rate-17-words", one("uint256[]", "["+strings.Join(words, ",")+"]"), "", "17 words = 544 bytes = 4 × 136 (keccak rate)"},
		{"array/keccak-rate-bytes-136", one("bytes", `"`+rate+`"`), "", "bytes value of exactly 136 bytes (one keccak block)"},
		{"array/keccak-rate-string-272", one("string", `"`+strings.Repeat("x", 272)+`"`), "", "string of exactly 272 bytes (two keccak blocks)"},
		{"array/fixed-too-short", one("uint256[2]", `[1]`), errs.ArrayLength, "fixed-size array given fewer elements (go-ethereum accepts)"},
		{"array/fixed-too-long", one("uint256[2]", `[1,2,3]`), errs.ArrayLength, "fixed-size array given more elements"},
		{"array/fixed-inner-short", one("uint256[2][2]", `[[1,2],[3]]`), errs.ArrayLength, "inner fixed-size array too short"},
		{"array/fixed-zero-length-type", one("uint256[0]", `[]`), errs.InvalidTypeName, "a zero-length fixed array type is refused"},
		{"array/not-an-array", one("uint256[]", `1`), errs.InvalidValue, "array type given a scalar"},
		{"array/scalar-given-array", one("uint256", `[1]`), errs.InvalidValue, "scalar type given an array"},
	}
}

func domainCases() []hand {
	vals := map[string]string{"name": `"Mailroom"`, "version": `"1"`, "chainId": `1`,
		"verifyingContract": `"0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"`,
		"salt":              `"0xf2d857f4a3edcb9b78b4d503bfe733db1e3f6cdc2b7971ee739626c97e86a558"`}
	var out []hand
	for mask := 0; mask < 32; mask++ {
		var ts, vs, names []string
		for i, ft := range domainFieldTypes {
			if mask&(1<<i) == 0 {
				continue
			}
			ts = append(ts, fmt.Sprintf(`{"name":%q,"type":%q}`, ft[0], ft[1]))
			vs = append(vs, fmt.Sprintf(`%q:%s`, ft[0], vals[ft[0]]))
			names = append(names, ft[0])
		}
		label := strings.Join(names, "+")
		if label == "" {
			label = "empty"
		}
		doc := typedDoc([]byte(`{"EIP712Domain":[`+strings.Join(ts, ",")+`],"Message":[{"name":"v","type":"string"}]}`),
			"Message", []byte("{"+strings.Join(vs, ",")+"}"), []byte(`{"v":"hi"}`))
		out = append(out, hand{"domain/subset/" + label, doc, "", "domain with the fields " + label})
	}
	dom := func(types, value string) []byte {
		return typedDoc([]byte(`{"EIP712Domain":`+types+`,"Message":[{"name":"v","type":"string"}]}`), "Message", []byte(value), []byte(`{"v":"hi"}`))
	}
	nameVer := `[{"name":"name","type":"string"},{"name":"chainId","type":"uint256"}]`
	out = append(out,
		hand{"domain/non-canonical-order", dom(`[{"name":"chainId","type":"uint256"},{"name":"name","type":"string"}]`, `{"name":"X","chainId":5}`), "", "EIP712Domain fields in non-canonical order: encoded as given"},
		hand{"domain/name-empty-string", dom(`[{"name":"name","type":"string"}]`, `{"name":""}`), "", "name: \"\" is a present, empty string"},
		hand{"domain/chainid-number", dom(nameVer, `{"name":"X","chainId":137}`), "", "chainId as a JSON number"},
		hand{"domain/chainid-decimal-string", dom(nameVer, `{"name":"X","chainId":"137"}`), "", "chainId as a decimal string"},
		hand{"domain/chainid-hex-string", dom(nameVer, `{"name":"X","chainId":"0x89"}`), "", "chainId as a hex string"},
		hand{"domain/missing-value", dom(nameVer, `{"name":"X"}`), errs.MissingField, "a field declared in EIP712Domain but absent from domain"},
		hand{"domain/extra-value", dom(`[{"name":"name","type":"string"}]`, `{"name":"X","chainId":1}`), errs.ExtraField, "a domain key not declared in EIP712Domain"},
		hand{"domain/missing-type", typedDoc([]byte(`{"Message":[{"name":"v","type":"string"}]}`), "Message", []byte(`{}`), []byte(`{"v":"hi"}`)), errs.InvalidTypedData, "types.EIP712Domain is required"},
		hand{"domain/salt-short", dom(`[{"name":"salt","type":"bytes32"}]`, `{"salt":"0x01"}`), errs.BytesLength, "salt must be 32 bytes"},
		hand{"domain/chainid-negative", dom(nameVer, `{"name":"X","chainId":-1}`), errs.IntegerOutOfRange, "uint256 chainId cannot be negative"},
	)
	return out
}

func intCases() []hand {
	var out []hand
	for bits := 8; bits <= 256; bits += 8 {
		one256 := big.NewInt(1)
		umax := new(big.Int).Sub(new(big.Int).Lsh(one256, uint(bits)), one256)
		imax := new(big.Int).Sub(new(big.Int).Lsh(one256, uint(bits-1)), one256)
		imin := new(big.Int).Neg(new(big.Int).Lsh(one256, uint(bits-1)))
		u, i := fmt.Sprintf("uint%d", bits), fmt.Sprintf("int%d", bits)
		types := fmt.Sprintf(`"Message":[{"name":"umax","type":%q},{"name":"uzero","type":%q},{"name":"imin","type":%q},{"name":"imax","type":%q},{"name":"ineg1","type":%q}]`, u, u, i, i, i)
		out = append(out, hand{fmt.Sprintf("int/%d/bounds", bits), std(types, "Message",
			fmt.Sprintf(`{"umax":%s,"uzero":0,"imin":%s,"imax":%s,"ineg1":-1}`, umax, imin, imax)), "",
			fmt.Sprintf("uint%d max and 0, int%d min, max and -1 (two's complement) as exact JSON numbers", bits, bits)})
		out = append(out,
			hand{fmt.Sprintf("int/%d/uint-max-plus-1", bits), one(u, new(big.Int).Add(umax, one256).String()), errs.IntegerOutOfRange, u + " max + 1"},
			hand{fmt.Sprintf("int/%d/uint-minus-1", bits), one(u, "-1"), errs.IntegerOutOfRange, u + " = -1"},
			hand{fmt.Sprintf("int/%d/int-max-plus-1", bits), one(i, new(big.Int).Add(imax, one256).String()), errs.IntegerOutOfRange, i + " max + 1"},
			hand{fmt.Sprintf("int/%d/int-min-minus-1", bits), one(i, new(big.Int).Sub(imin, one256).String()), errs.IntegerOutOfRange, i + " min - 1"},
		)
	}
	out = append(out,
		hand{"int/int8-200", one("int8", "200"), errs.IntegerOutOfRange, "int8 = 200 (go-ethereum accepts and encodes it)"},
		hand{"int/uint8-256-string", one("uint8", `"256"`), errs.IntegerOutOfRange, "decimal string out of range"},
		hand{"int/decimal-string", one("uint256", `"115792089237316195423570985008687907853269984665640564039457584007913129639935"`), "", "uint256 max as a decimal string"},
		hand{"int/hex-string", one("uint256", `"0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"`), "", "uint256 max as a hex string"},
		hand{"int/negative-decimal-string", one("int256", `"-57896044618658097711785492504343953926634992332820282019728792003956564819968"`), "", "int256 min as a negative decimal string"},
		hand{"int/json-number-2^53+1", one("uint64", "9007199254740993"), "", "JSON number above 2^53 parsed exactly (float64 would round it to 2^53)"},
		hand{"int/json-number-2^64+1", one("uint256", "18446744073709551617"), "", "JSON number above 2^64, exact"},
		hand{"int/fraction", one("uint256", "1.5"), errs.InvalidInteger, "fractional number"},
		hand{"int/integral-float", one("uint256", "1.0"), errs.InvalidInteger, "1.0 is written as a float: refused"},
		hand{"int/exponent", one("uint256", "1e3"), errs.InvalidInteger, "exponent notation refused"},
		hand{"int/empty-string", one("uint256", `""`), errs.InvalidInteger, "empty string"},
		hand{"int/hex-no-digits", one("uint256", `"0x"`), errs.InvalidInteger, "0x with no digits"},
		hand{"int/negative-hex", one("int256", `"-0x1"`), errs.InvalidInteger, "negative hex strings are refused (hex is non-negative)"},
		hand{"int/bool-for-int", one("uint256", `true`), errs.InvalidValue, "bool given for an integer"},
		hand{"int/uint-alias", one("uint", "1"), errs.UnknownType, "the uint alias is refused (EIP-712 has no aliases)"},
		hand{"int/int-alias", one("int", "1"), errs.UnknownType, "the int alias is refused"},
		hand{"int/uint7", one("uint7", "1"), errs.UnknownType, "width not a multiple of 8"},
		hand{"int/uint264", one("uint264", "1"), errs.UnknownType, "width above 256"},
	)
	return out
}

func bytesCases() []hand {
	return []hand{
		{"bytes/empty", one("bytes", `"0x"`), "", "empty bytes"},
		{"bytes/exact-bytes32", one("bytes32", `"0x`+strings.Repeat("11", 32)+`"`), "", "bytes32 of exactly 32 bytes"},
		{"bytes/exact-bytes1", one("bytes1", `"0x7f"`), "", "bytes1 of exactly 1 byte"},
		{"bytes/odd-hex", one("bytes", `"0x123"`), errs.InvalidHex, "odd-length hex"},
		{"bytes/bad-digit", one("bytes", `"0xzz"`), errs.InvalidHex, "non-hex digit"},
		{"bytes/no-0x", one("bytes", `"1234"`), errs.InvalidHex, "hex without 0x"},
		{"bytes/bytes32-short", one("bytes32", `"0x01"`), errs.BytesLength, "bytes32 given 1 byte (go-ethereum pads)"},
		{"bytes/bytes1-long", one("bytes1", `"0x0102"`), errs.BytesLength, "bytes1 given 2 bytes"},
		{"bytes/bytes32-empty", one("bytes32", `"0x"`), errs.BytesLength, "bytes32 given 0x"},
		{"bytes/number-for-bytes", one("bytes", `10`), errs.InvalidValue, "JSON number given for bytes"},
		{"bytes/bytes33", one("bytes33", `"0x00"`), errs.UnknownType, "bytes33 does not exist"},
		{"bytes/bytes0", one("bytes0", `"0x"`), errs.UnknownType, "bytes0 does not exist"},
		{"bool/true", one("bool", `true`), "", "bool true"},
		{"bool/false", one("bool", `false`), "", "bool false"},
		{"bool/string-false", one("bool", `"false"`), errs.InvalidValue, "bool as a string (ethers treats \"false\" as true)"},
		{"bool/number-1", one("bool", `1`), errs.InvalidValue, "bool as a number"},
		{"address/lower", one("address", `"0xcd2a3d9f938e13cd947ec05abc7fe734df8dd826"`), "", "all-lower address accepted"},
		{"address/upper", one("address", `"0xCD2A3D9F938E13CD947EC05ABC7FE734DF8DD826"`), "", "all-upper address accepted"},
		{"address/checksummed", one("address", `"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"`), "", "EIP-55 address"},
		{"address/bad-checksum", one("address", `"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD827"`), errs.BadChecksum, "mixed case failing EIP-55"},
		{"address/bad-checksum-case", one("address", `"0xcD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"`), errs.BadChecksum, "one letter's case flipped"},
		{"address/no-0x", one("address", `"cd2a3d9f938e13cd947ec05abc7fe734df8dd826"`), errs.InvalidAddress, "address without 0x"},
		{"address/short", one("address", `"0x10"`), errs.InvalidAddress, "short address (eth-sig-util pads)"},
		{"address/number", one("address", `10`), errs.InvalidValue, "address as a number"},
		{"string/utf8", one("string", `"h\u00e9llo \ud83d\ude80"`), "", "string with escaped non-ASCII (é, surrogate pair)"},
		{"string/number", one("string", `10`), errs.InvalidValue, "number given for a string"},
	}
}

func graphCases() []hand {
	tree := `"Tree":[{"name":"label","type":"string"},{"name":"children","type":"Tree[]"}]`
	node := `"Node":[{"name":"v","type":"uint8"},{"name":"next","type":"Node"}]`
	mail := person + `,"Mail":[{"name":"from","type":"Person"},{"name":"to","type":"Person"},{"name":"contents","type":"string"}]`
	mailMsg := `{"from":{"name":"Cow","wallet":"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"},"to":{"name":"Bob","wallet":"0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"},"contents":"Hello, Bob!"}`
	raw := func(s string) []byte { return []byte(s) }
	return []hand{
		{"graph/unused-type", std(mail+`,"Unused":[{"name":"x","type":"uint256"}]`, "Mail", mailMsg), "", "an unused type in types is accepted and ignored"},
		{"graph/undefined-type", std(`"Mail":[{"name":"from","type":"Person"}]`, "Mail", `{"from":{}}`), errs.UnknownType, "field of an undefined type"},
		{"graph/recursion-through-array", std(tree, "Tree", `{"label":"root","children":[{"label":"a","children":[]},{"label":"b","children":[{"label":"c","children":[]}]}]}`), "", "Tree.children: Tree[] with a finite value"},
		{"graph/recursion-direct-null", std(node, "Node", `{"v":1,"next":null}`), errs.InvalidValue, "Node.next: Node ends in null: null structs are refused, not zero-hashed"},
		{"graph/recursion-direct-nested", std(node, "Node", `{"v":1,"next":{"v":2}}`), errs.MissingField, "a direct self-reference can never end without null"},
		{"graph/mutual-recursion-array", std(`"A":[{"name":"bs","type":"B[]"}],"B":[{"name":"as","type":"A[]"}]`, "A", `{"bs":[{"as":[]}]}`), "", "A -> B[] -> A[]: encodeType lists each type once"},
		{"graph/empty-struct", std(`"Empty":[]`, "Empty", `{}`), "", "Empty(): a struct with no fields"},
		{"graph/empty-struct-field", std(`"Empty":[],"Box":[{"name":"e","type":"Empty"},{"name":"n","type":"uint8"}]`, "Box", `{"e":{},"n":1}`), "", "a field of type Empty()"},
		{"graph/odd-type-names", std(`"My_Type$1":[{"name":"x","type":"uint8"}],"Wrapper":[{"name":"inner","type":"My_Type$1"}]`, "Wrapper", `{"inner":{"x":1}}`), "", "type names with _ and $ (identifier characters)"},
		{"graph/dependency-order", std(`"Z":[{"name":"a","type":"A"},{"name":"m","type":"M"}],"M":[{"name":"x","type":"uint8"}],"A":[{"name":"x","type":"uint8"}]`, "Z", `{"a":{"x":1},"m":{"x":2}}`), "", "encodeType: primary first, then dependencies sorted by name"},
		{"graph/shadow-atomic-uint256", std(`"uint256":[{"name":"x","type":"uint8"}],"M":[{"name":"v","type":"uint256"}]`, "M", `{"v":{"x":1}}`), errs.InvalidTypeName, "a struct named like an atomic type is refused"},
		{"graph/shadow-atomic-address", std(`"address":[{"name":"x","type":"uint8"}],"M":[{"name":"v","type":"uint8"}]`, "M", `{"v":1}`), errs.InvalidTypeName, "a struct named address is refused"},
		{"graph/shadow-atomic-string", std(`"string":[],"M":[{"name":"v","type":"uint8"}]`, "M", `{"v":1}`), errs.InvalidTypeName, "a struct named string is refused"},
		{"graph/type-name-with-space", std(`"My Type":[{"name":"x","type":"uint8"}]`, "My Type", `{"x":1}`), errs.InvalidTypeName, "a type name with a space is refused"},
		{"graph/type-name-with-bracket", std(`"T[]":[{"name":"x","type":"uint8"}]`, "T[]", `{"x":1}`), errs.InvalidTypeName, "a type name with brackets is refused"},
		{"graph/primary-eip712domain", typedDoc(raw(`{"EIP712Domain":`+stdDomainType+`}`), "EIP712Domain", raw(stdDomain), raw(stdDomain)), "", "primaryType = EIP712Domain is accepted: the message is hashed with the EIP712Domain type (go-ethereum does the same; ethers refuses, it strips EIP712Domain from types)"},
		{"graph/primary-missing", raw(`{"types":{"EIP712Domain":` + stdDomainType + `},"domain":` + stdDomain + `,"message":{}}`), errs.MissingPrimary, "primaryType absent"},
		{"graph/primary-undefined", std(mail, "Letter", mailMsg), errs.MissingPrimary, "primaryType not in types"},
		{"graph/primary-empty", std(mail, "", mailMsg), errs.MissingPrimary, "primaryType = \"\""},
		{"graph/duplicate-field", std(`"M":[{"name":"a","type":"uint8"},{"name":"a","type":"uint8"}]`, "M", `{"a":1}`), errs.DuplicateField, "a struct declares a field twice"},
		{"graph/field-name-empty", std(`"M":[{"name":"","type":"uint8"}]`, "M", `{"":1}`), errs.InvalidTypeName, "an empty field name"},
		{"graph/field-extra-key", std(`"M":[{"name":"a","type":"uint8","extra":1}]`, "M", `{"a":1}`), errs.InvalidTypedData, "a field definition with an extra key"},
		{"message/missing-field", std(mail, "Mail", `{"from":{"name":"Cow","wallet":"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"},"contents":"x"}`), errs.MissingField, "message lacks a declared field"},
		{"message/extra-field", std(mail, "Mail", strings.TrimSuffix(mailMsg, "}")+`,"cc":"x"}`), errs.ExtraField, "message has an undeclared field (ethers, eth-account ignore it; go-ethereum refuses)"},
		{"message/null-value", one("string", `null`), errs.InvalidValue, "null values are refused"},
		{"message/null-message", typedDoc(raw(`{"EIP712Domain":`+stdDomainType+`,"M":[]}`), "M", raw(stdDomain), raw(`null`)), errs.InvalidValue, "message = null"},
		{"json/unknown-top-level-key", raw(`{"types":{"EIP712Domain":` + stdDomainType + `,"M":[]},"primaryType":"M","domain":` + stdDomain + `,"message":{},"extra":1}`), errs.InvalidTypedData, "an unknown top-level key is refused"},
		{"json/duplicate-key", raw(`{"types":{"EIP712Domain":` + stdDomainType + `,"M":[{"name":"a","type":"uint8"}]},"primaryType":"M","domain":` + stdDomain + `,"message":{"a":1,"a":2}}`), errs.InvalidJSON, "duplicate JSON keys are refused (encoding/json keeps the last, others the first)"},
		{"json/invalid-utf8", append(append(raw(`{"types":{"EIP712Domain":[],"M":[{"name":"s","type":"string"}]},"primaryType":"M","domain":{},"message":{"s":"`), 0xff, 0xfe), raw(`"}}`)...), errs.InvalidJSON, "invalid UTF-8 in a string is refused (given as typedDataHex)"},
		{"json/trailing-data", append(std(`"M":[]`, "M", `{}`), raw(` {}`)...), errs.InvalidJSON, "data after the document"},
		{"json/not-an-object", raw(`[]`), errs.InvalidTypedData, "the document is not an object"},
		{"json/empty", raw(``), errs.InvalidJSON, "empty input"},
	}
}
