package eip712

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// mailJSON is the EIP-712 specification's example (assets/eip-712/Example.js).
const mailJSON = `{"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"version","type":"string"},{"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],
"Person":[{"name":"name","type":"string"},{"name":"wallet","type":"address"}],
"Mail":[{"name":"from","type":"Person"},{"name":"to","type":"Person"},{"name":"contents","type":"string"}]},
"primaryType":"Mail",
"domain":{"name":"Ether Mail","version":"1","chainId":1,"verifyingContract":"0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"},
"message":{"from":{"name":"Cow","wallet":"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"},"to":{"name":"Bob","wallet":"0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"},"contents":"Hello, Bob!"}}`

func hexOf(b []byte) string { return "0x" + hex.EncodeToString(b) }

func TestMailExample(t *testing.T) {
	td, err := Parse([]byte(mailJSON))
	if err != nil {
		t.Fatal(err)
	}
	enc, _ := td.EncodeType("Mail")
	if enc != "Mail(Person from,Person to,string contents)Person(string name,address wallet)" {
		t.Errorf("encodeType = %s", enc)
	}
	th, _ := td.TypeHash("Mail")
	data, err := td.EncodeData()
	if err != nil {
		t.Fatal(err)
	}
	ms, ds, dg := td.MessageHash(), td.DomainSeparator(), td.Digest()
	for _, c := range []struct{ name, got, want string }{
		{"typeHash", hexOf(th[:]), "0xa0cedeb2dc280ba39b857546d74f5549c3a1d7bdc2dd96bf881f76108e23dac2"},
		{"encodeData", hexOf(data), "0xa0cedeb2dc280ba39b857546d74f5549c3a1d7bdc2dd96bf881f76108e23dac2fc71e5fa27ff56c350aa531bc129ebdf613b772b6604664f5d8dbe21b85eb0c8cd54f074a4af31b4411ff6a60c9719dbd559c221c8ac3492d9d872b041d703d1b5aadf3154a261abdd9086fc627b61efca26ae5702701d05cd2305f7c52a2fc8"},
		{"hashStruct", hexOf(ms[:]), "0xc52c0ee5d84264471806290a3f2c4cecfc5490626bf912d01f240d7a274b371e"},
		{"domainSeparator", hexOf(ds[:]), "0xf2cee375fa42b42143804025fc449deafd50cc031ca257e0b194a650a912090f"},
		{"digest", hexOf(dg[:]), "0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2"},
	} {
		if c.got != c.want {
			t.Errorf("%s = %s, want %s", c.name, c.got, c.want)
		}
	}
	if h, err := HashJSON([]byte(mailJSON)); err != nil || h != dg {
		t.Errorf("HashJSON = %x, %v", h, err)
	}
	if _, err := td.EncodeType("Nope"); errs.KindOf(err) != errs.UnknownType {
		t.Errorf("EncodeType(Nope) = %v", err)
	}
}

// doc builds a document with a one-field domain and the given extra types.
func doc(types, primary, message string) string {
	return `{"types":{"EIP712Domain":[{"name":"name","type":"string"}]` + types + `},"primaryType":"` + primary +
		`","domain":{"name":"T"},"message":` + message + `}`
}

// one is a document whose primary type T has the single field a.
func one(typ, val string) string {
	return doc(`,"T":[{"name":"a","type":"`+typ+`"}]`, "T", `{"a":`+val+`}`)
}

// word returns encodeData's word for T.a of one(typ, val).
func word(t *testing.T, typ, val string) string {
	t.Helper()
	td, err := Parse([]byte(one(typ, val)))
	if err != nil {
		t.Fatalf("%s = %s: %v", typ, val, err)
	}
	enc, _ := td.EncodeData()
	return hex.EncodeToString(enc[32:64])
}

func k(s string) string { h := keccak.Sum256([]byte(s)); return hex.EncodeToString(h[:]) }

func TestEdgeCases(t *testing.T) {
	long136 := strings.Repeat("x", 136)
	for _, c := range []struct {
		name, json string
		want       errs.Kind // "" = accepted
	}{
		// Arrays (SOURCES checklist 3).
		{"struct array", doc(`,"P":[{"name":"n","type":"string"}],"T":[{"name":"a","type":"P[]"}]`, "T", `{"a":[{"n":"x"},{"n":"y"}]}`), ""},
		{"string[][] with empty inner", one("string[][]", `[["a"],[],["b","c"]]`), ""},
		{"T[2][2]", one("uint8[2][2]", `[[1,2],[3,4]]`), ""},
		{"bytes[][]", one("bytes[][]", `[["0x01","0x"],[]]`), ""},
		{"empty array before struct", doc(`,"P":[{"name":"n","type":"string"}],"T":[{"name":"a","type":"uint8[]"},{"name":"p","type":"P"}]`, "T", `{"a":[],"p":{"n":"x"}}`), ""},
		{"element of exactly 136 bytes", one("string[]", `["`+long136+`"]`), ""},
		{"fixed array too long", one("uint8[2]", `[1,2,3]`), errs.ArrayLength},
		{"fixed array too short", one("uint8[2]", `[1]`), errs.ArrayLength},
		{"inner fixed array short", one("uint8[2][]", `[[1,2],[1]]`), errs.ArrayLength},
		{"array given a string", one("uint8[]", `"1"`), errs.InvalidValue},
		{"array length zero type", one("uint8[0]", `[]`), errs.InvalidTypeName},
		{"array length leading zero", one("uint8[02]", `[1,2]`), errs.InvalidTypeName},
		{"unclosed array", one("uint8[2", `[1,2]`), errs.InvalidTypeName},
		// Integers (5).
		{"uint8 max", one("uint8", `255`), ""},
		{"uint8 overflow", one("uint8", `256`), errs.IntegerOutOfRange},
		{"int8 = 200", one("int8", `200`), errs.IntegerOutOfRange},
		{"int8 min", one("int8", `"-128"`), ""},
		{"int8 below min", one("int8", `-129`), errs.IntegerOutOfRange},
		{"uint negative", one("uint256", `-1`), errs.IntegerOutOfRange},
		{"uint256 max hex", one("uint256", `"0x`+strings.Repeat("f", 64)+`"`), ""},
		{"uint256 2^256", one("uint256", `"0x1`+strings.Repeat("0", 64)+`"`), errs.IntegerOutOfRange},
		{"fraction", one("uint256", `1.5`), errs.InvalidInteger},
		{"fraction zero", one("uint256", `1.0`), errs.InvalidInteger},
		{"exponent", one("uint256", `1e3`), errs.InvalidInteger},
		{"negative hex", one("int256", `"-0x1"`), errs.InvalidInteger},
		{"hex without digits", one("uint256", `"0x"`), errs.InvalidInteger},
		{"empty string integer", one("uint256", `""`), errs.InvalidInteger},
		{"bool as integer", one("uint256", `true`), errs.InvalidValue},
		{"uint alias", one("uint", `1`), errs.UnknownType},
		{"int alias", one("int", `1`), errs.UnknownType},
		{"uint7", one("uint7", `1`), errs.UnknownType},
		{"uint264", one("uint264", `1`), errs.UnknownType},
		// bytes and bytesN (6).
		{"bytes4 exact", one("bytes4", `"0x01020304"`), ""},
		{"bytes4 short", one("bytes4", `"0x010203"`), errs.BytesLength},
		{"bytes4 empty", one("bytes4", `"0x"`), errs.BytesLength},
		{"bytes32 long", one("bytes32", `"0x`+strings.Repeat("00", 33)+`"`), errs.BytesLength},
		{"bytes odd hex", one("bytes", `"0x123"`), errs.InvalidHex},
		{"bytes empty", one("bytes", `"0x"`), ""},
		{"bytes bad digit", one("bytes", `"0x0g"`), errs.InvalidHex},
		{"bytes missing 0x", one("bytes", `"1234"`), errs.InvalidHex},
		{"bytes upper 0X", one("bytes", `"0X12"`), errs.InvalidHex},
		{"bytes as number", one("bytes", `12`), errs.InvalidValue},
		{"bytes33", one("bytes33", `"0x00"`), errs.UnknownType},
		{"bytes0", one("bytes0", `"0x"`), errs.UnknownType},
		// bool and address (7).
		{"bool true", one("bool", `true`), ""},
		{"bool as string", one("bool", `"false"`), errs.InvalidValue},
		{"bool as number", one("bool", `1`), errs.InvalidValue},
		{"address lower", one("address", `"0xcd2a3d9f938e13cd947ec05abc7fe734df8dd826"`), ""},
		{"address bad checksum", one("address", `"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD827"`), errs.BadChecksum},
		{"address missing 0x", one("address", `"cd2a3d9f938e13cd947ec05abc7fe734df8dd826"`), errs.InvalidAddress},
		{"address short", one("address", `"0xcd2a"`), errs.InvalidAddress},
		{"address as number", one("address", `1`), errs.InvalidValue},
		{"string as number", one("string", `1`), errs.InvalidValue},
		{"null value", one("string", `null`), errs.InvalidValue},
		// Type graph (8).
		{"unused type", doc(`,"Unused":[{"name":"x","type":"bool"}],"T":[{"name":"a","type":"bool"}]`, "T", `{"a":true}`), ""},
		{"undefined type", one("Missing", `{}`), errs.UnknownType},
		{"recursion through array", doc(`,"T":[{"name":"a","type":"T[]"}]`, "T", `{"a":[{"a":[]},{"a":[{"a":[]}]}]}`), ""},
		{"direct recursion with null", doc(`,"T":[{"name":"a","type":"T"}]`, "T", `{"a":null}`), errs.InvalidValue},
		{"primaryType EIP712Domain", doc(``, "EIP712Domain", `{"name":"T"}`), ""},
		{"odd but valid names", doc(`,"$T_1":[{"name":"_a$","type":"bool"}]`, "$T_1", `{"_a$":true}`), ""},
		{"type name with digit first", doc(`,"1T":[{"name":"a","type":"bool"}]`, "1T", `{"a":true}`), errs.InvalidTypeName},
		{"type name with space", doc(`,"T x":[{"name":"a","type":"bool"}]`, "T x", `{"a":true}`), errs.InvalidTypeName},
		{"field name with space", doc(`,"T":[{"name":"a b","type":"bool"}]`, "T", `{"a b":true}`), errs.InvalidTypeName},
		{"struct shadows uint256", doc(`,"uint256":[{"name":"a","type":"bool"}]`, "uint256", `{"a":true}`), errs.InvalidTypeName},
		{"struct named uint", doc(`,"uint":[{"name":"a","type":"bool"}]`, "uint", `{"a":true}`), errs.InvalidTypeName},
		{"empty struct", doc(`,"Empty":[]`, "Empty", `{}`), ""},
		{"duplicate field", doc(`,"T":[{"name":"a","type":"bool"},{"name":"a","type":"bool"}]`, "T", `{"a":true}`), errs.DuplicateField},
		{"missing field", doc(`,"T":[{"name":"a","type":"bool"},{"name":"b","type":"bool"}]`, "T", `{"a":true}`), errs.MissingField},
		{"extra field", one("bool", `true,"b":1`), errs.ExtraField},
		{"field def unknown key", doc(`,"T":[{"name":"a","type":"bool","x":1}]`, "T", `{"a":true}`), errs.InvalidTypedData},
		{"field def without type", doc(`,"T":[{"name":"a"}]`, "T", `{"a":true}`), errs.InvalidTypedData},
		{"primaryType missing", `{"types":{"EIP712Domain":[]},"domain":{},"message":{}}`, errs.MissingPrimary},
		{"primaryType not in types", doc(``, "Nope", `{}`), errs.MissingPrimary},
		{"primaryType not a string", `{"types":{"EIP712Domain":[]},"primaryType":1,"domain":{},"message":{}}`, errs.MissingPrimary},
		{"no EIP712Domain type", `{"types":{"T":[]},"primaryType":"T","domain":{},"message":{}}`, errs.InvalidTypedData},
		{"types missing", `{"primaryType":"T","domain":{},"message":{}}`, errs.InvalidTypedData},
		{"domain missing", `{"types":{"EIP712Domain":[]},"primaryType":"EIP712Domain","message":{}}`, errs.InvalidTypedData},
		{"message missing", `{"types":{"EIP712Domain":[]},"primaryType":"EIP712Domain","domain":{}}`, errs.InvalidTypedData},
		{"unknown top-level key", `{"types":{"EIP712Domain":[]},"primaryType":"EIP712Domain","domain":{},"message":{},"x":1}`, errs.InvalidTypedData},
		{"message not an object", doc(`,"T":[]`, "T", `[]`), errs.InvalidValue},
		{"empty domain", `{"types":{"EIP712Domain":[],"T":[]},"primaryType":"T","domain":{},"message":{}}`, ""},
		{"unknown domain field", `{"types":{"EIP712Domain":[{"name":"foo","type":"string"}]},"primaryType":"EIP712Domain","domain":{"foo":"x"},"message":{"foo":"x"}}`, errs.InvalidTypedData},
		{"domain field wrong type", `{"types":{"EIP712Domain":[{"name":"chainId","type":"uint64"}]},"primaryType":"EIP712Domain","domain":{"chainId":1},"message":{"chainId":1}}`, errs.InvalidTypedData},
		{"domain value missing field", `{"types":{"EIP712Domain":[{"name":"name","type":"string"}]},"primaryType":"EIP712Domain","domain":{},"message":{"name":"x"}}`, errs.MissingField},
		{"domain value extra field", `{"types":{"EIP712Domain":[]},"primaryType":"EIP712Domain","domain":{"name":"x"},"message":{}}`, errs.ExtraField},
		// JSON strictness.
		{"duplicate key", `{"types":{"EIP712Domain":[]},"types":{}}`, errs.InvalidJSON},
		{"invalid UTF-8", one("string", "\"\xff\""), errs.InvalidJSON},
		{"lone surrogate", one("string", `"\ud800"`), errs.InvalidJSON},
		{"trailing data", mailJSON + "x", errs.InvalidJSON},
		{"not an object", `[]`, errs.InvalidTypedData},
		{"truncated", mailJSON[:100], errs.InvalidJSON},
		{"control character", one("string", "\"a\x01\""), errs.InvalidJSON},
		{"escapes decoded", one("string", `"\u00e9\n\"\/"`), ""},
	} {
		_, err := Parse([]byte(c.json))
		if got := errs.KindOf(err); got != c.want {
			t.Errorf("%s: kind %q, want %q (err: %v)", c.name, got, c.want, err)
		}
	}
}

func TestArrayEncoding(t *testing.T) {
	w := func(n int) []byte { var b [32]byte; b[31] = byte(n); return b[:] }
	cat := func(bs ...[]byte) []byte {
		return []byte(strings.Join(func() []string {
			s := []string{}
			for _, b := range bs {
				s = append(s, string(b))
			}
			return s
		}(), ""))
	}
	h := func(b []byte) []byte { s := keccak.Sum256(b); return s[:] }
	want := h(cat(h(cat(w(1), w(2))), h(cat(w(3), w(4)))))
	if got := word(t, "uint8[2][2]", `[[1,2],[3,4]]`); got != hex.EncodeToString(want) {
		t.Errorf("uint8[2][2] = %s, want %x", got, want)
	}
	// An empty dynamic array hashes the empty string.
	if got := word(t, "uint8[]", `[]`); got != k("") {
		t.Errorf("empty array = %s", got)
	}
	// bytes[] hashes each element's keccak.
	if got := word(t, "bytes[]", `["0x61","0x"]`); got != hex.EncodeToString(h(cat(h([]byte("a")), h(nil)))) {
		t.Errorf("bytes[] = %s", got)
	}
	// A 136-byte string: exactly one keccak block of input.
	long := strings.Repeat("y", 136)
	if got := word(t, "string", `"`+long+`"`); got != k(long) {
		t.Errorf("136-byte string = %s", got)
	}
}

func TestIntegerWords(t *testing.T) {
	ones := strings.Repeat("f", 64)
	for bits := 8; bits <= 256; bits += 8 {
		max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(bits)), big.NewInt(1))
		smax := new(big.Int).Rsh(max, 1)
		smin := new(big.Int).Neg(new(big.Int).Add(smax, big.NewInt(1)))
		u, i := fmt.Sprintf("uint%d", bits), fmt.Sprintf("int%d", bits)
		if got := word(t, u, `"`+max.String()+`"`); got != fmt.Sprintf("%064x", max) {
			t.Errorf("%s max = %s", u, got)
		}
		if got := word(t, u, `"0x`+max.Text(16)+`"`); got != fmt.Sprintf("%064x", max) {
			t.Errorf("%s max hex = %s", u, got)
		}
		if got := word(t, i, smax.String()); got != fmt.Sprintf("%064x", smax) {
			t.Errorf("%s max = %s", i, got)
		}
		// Negative values are two's complement over 256 bits.
		wantMin := new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 256), smin)
		if got := word(t, i, smin.String()); got != fmt.Sprintf("%064x", wantMin) {
			t.Errorf("%s min = %s", i, got)
		}
		if got := word(t, i, `"-1"`); got != ones {
			t.Errorf("%s -1 = %s", i, got)
		}
		for _, bad := range []struct{ typ, val string }{
			{u, new(big.Int).Add(max, big.NewInt(1)).String()},
			{i, new(big.Int).Add(smax, big.NewInt(1)).String()},
			{i, new(big.Int).Sub(smin, big.NewInt(1)).String()},
			{u, "-1"},
		} {
			if _, err := Parse([]byte(one(bad.typ, bad.val))); errs.KindOf(err) != errs.IntegerOutOfRange {
				t.Errorf("%s = %s: %v, want integer_out_of_range", bad.typ, bad.val, err)
			}
		}
	}
	// -0 is zero; JSON numbers above 2^53 are exact.
	if got := word(t, "int8", `"-0"`); got != strings.Repeat("0", 64) {
		t.Errorf("-0 = %s", got)
	}
	if a, b := word(t, "uint256", `9007199254740993`), word(t, "uint256", `"9007199254740993"`); a != b || !strings.HasSuffix(a, "20000000000001") {
		t.Errorf("2^53+1 as number %s, as string %s", a, b)
	}
	if a, b := word(t, "uint64", `"0xFF"`), word(t, "uint64", `255`); a != b {
		t.Errorf("hex %s != decimal %s", a, b)
	}
}

// TestDomainSubsets encodes every subset of the five standard fields, in
// canonical and reversed order, and checks the separator by hand.
func TestDomainSubsets(t *testing.T) {
	type fld struct{ name, typ, val, word string }
	addr := "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"
	all := []fld{
		{"name", "string", `""`, k("")},
		{"version", "string", `"1"`, k("1")},
		{"chainId", "uint256", `"0x7a69"`, fmt.Sprintf("%064x", 31337)},
		{"verifyingContract", "address", `"` + addr + `"`, "000000000000000000000000" + strings.ToLower(addr[2:])},
		{"salt", "bytes32", `"0x` + strings.Repeat("ab", 32) + `"`, strings.Repeat("ab", 32)},
	}
	for mask := 0; mask < 32; mask++ {
		for _, reverse := range []bool{false, true} {
			var fs []fld
			for i, f := range all {
				if mask&(1<<i) != 0 {
					fs = append(fs, f)
				}
			}
			if reverse {
				for i, j := 0, len(fs)-1; i < j; i, j = i+1, j-1 {
					fs[i], fs[j] = fs[j], fs[i]
				}
			}
			var types, vals, sig []string
			enc := ""
			for _, f := range fs {
				types = append(types, `{"name":"`+f.name+`","type":"`+f.typ+`"}`)
				vals = append(vals, `"`+f.name+`":`+f.val)
				sig = append(sig, f.typ+" "+f.name)
				enc += f.word
			}
			j := `{"types":{"EIP712Domain":[` + strings.Join(types, ",") + `],"T":[]},"primaryType":"T","domain":{` + strings.Join(vals, ",") + `},"message":{}}`
			td, err := Parse([]byte(j))
			if err != nil {
				t.Fatalf("mask %b: %v", mask, err)
			}
			raw, _ := hex.DecodeString(k("EIP712Domain("+strings.Join(sig, ",")+")") + enc)
			if want := keccak.Sum256(raw); td.DomainSeparator() != want {
				t.Errorf("mask %b reverse %v: separator %x, want %x", mask, reverse, td.DomainSeparator(), want)
			}
		}
	}
	// The empty domain's separator is the one ethers, viem and eth-account use.
	td, err := Parse([]byte(`{"types":{"EIP712Domain":[],"T":[]},"primaryType":"T","domain":{},"message":{}}`))
	if err != nil {
		t.Fatal(err)
	}
	if s := td.DomainSeparator(); !strings.HasPrefix(hexOf(s[:]), "0x6192") || !strings.HasSuffix(hexOf(s[:]), "baa1") {
		t.Errorf("empty domain separator %x", s)
	}
	// chainId as a JSON number, a decimal string and a hex string.
	var seps [][32]byte
	for _, v := range []string{`31337`, `"31337"`, `"0x7a69"`} {
		td, err := Parse([]byte(`{"types":{"EIP712Domain":[{"name":"chainId","type":"uint256"}]},"primaryType":"EIP712Domain","domain":{"chainId":` + v + `},"message":{"chainId":1}}`))
		if err != nil {
			t.Fatal(err)
		}
		seps = append(seps, td.DomainSeparator())
	}
	if seps[0] != seps[1] || seps[1] != seps[2] {
		t.Error("chainId forms give different separators")
	}
}

func TestEncodeTypeOrdering(t *testing.T) {
	j := doc(`,"Z":[{"name":"b","type":"B"},{"name":"a","type":"A[]"}],"B":[{"name":"a","type":"A"}],"A":[{"name":"x","type":"uint8"}]`,
		"Z", `{"b":{"a":{"x":1}},"a":[]}`)
	td, err := Parse([]byte(j))
	if err != nil {
		t.Fatal(err)
	}
	if enc, _ := td.EncodeType("Z"); enc != "Z(B b,A[] a)A(uint8 x)B(A a)" {
		t.Errorf("encodeType(Z) = %s", enc)
	}
	// A type that references itself appears once.
	td, err = Parse([]byte(doc(`,"T":[{"name":"a","type":"T[]"}]`, "T", `{"a":[]}`)))
	if err != nil {
		t.Fatal(err)
	}
	if enc, _ := td.EncodeType("T"); enc != "T(T[] a)" {
		t.Errorf("encodeType(T) = %s", enc)
	}
	// primaryType = EIP712Domain hashes the domain as the message.
	td, err = Parse([]byte(doc(``, "EIP712Domain", `{"name":"T"}`)))
	if err != nil {
		t.Fatal(err)
	}
	if td.MessageHash() != td.DomainSeparator() {
		t.Error("EIP712Domain as primaryType: message hash != domain separator")
	}
}

func TestErrorMessagesNamePath(t *testing.T) {
	j := doc(`,"P":[{"name":"n","type":"uint8"}],"T":[{"name":"ps","type":"P[]"}]`, "T", `{"ps":[{"n":1},{"n":300}]}`)
	_, err := Parse([]byte(j))
	if err == nil || !strings.Contains(err.Error(), "overflows uint8") {
		t.Fatalf("err = %v", err)
	}
	_, err = Parse([]byte(doc(`,"P":[{"name":"n","type":"bool"}],"T":[{"name":"p","type":"P"}]`, "T", `{"p":{"n":"x"}}`)))
	if err == nil || !strings.HasPrefix(errs.Message(err), "message.p.n: ") {
		t.Fatalf("err = %v, want the path message.p.n", err)
	}
	_, err = Parse([]byte(`{"types":{"EIP712Domain":[{"name":"verifyingContract","type":"address"}]},"primaryType":"EIP712Domain","domain":{"verifyingContract":"0x12"},"message":{}}`))
	if err == nil || !strings.HasPrefix(errs.Message(err), "domain.verifyingContract: ") {
		t.Fatalf("err = %v, want the path domain.verifyingContract", err)
	}
}

func TestLimits(t *testing.T) {
	deep := strings.Repeat("[", 65) + strings.Repeat("]", 65)
	manyTypes := `{"types":{"EIP712Domain":[]`
	for i := 0; i < 300; i++ {
		manyTypes += fmt.Sprintf(`,"T%d":[]`, i)
	}
	manyTypes += `},"primaryType":"EIP712Domain","domain":{},"message":{}}`
	manyFields := `[` + strings.Repeat(`{"name":"a","type":"bool"},`, 300)
	manyFields = manyFields[:len(manyFields)-1] + `]`
	for _, c := range []struct {
		name string
		lim  Limits
		json string
	}{
		{"depth", DefaultLimits, one("uint8[]", deep)},
		{"depth under types", DefaultLimits, `{"types":` + deep + `}`},
		{"array length", Limits{MaxBytes: 1 << 20, MaxDepth: 64, MaxArrayLen: 4, MaxTypes: 256, MaxFields: 256, MaxEncodeTypeBytes: 1 << 20}, one("uint8[]", `[1,2,3,4,5]`)},
		{"fixed array type above the limit", DefaultLimits, one("uint8[70000]", `[]`)},
		{"number of types", DefaultLimits, manyTypes},
		{"fields per type", DefaultLimits, doc(`,"T":`+manyFields, "T", `{}`)},
		{"size", Limits{MaxBytes: 100, MaxDepth: 64, MaxArrayLen: 16, MaxTypes: 16, MaxFields: 16, MaxEncodeTypeBytes: 1 << 20}, mailJSON},
		{"encodeType bytes", Limits{MaxBytes: 1 << 20, MaxDepth: 64, MaxArrayLen: 16, MaxTypes: 16, MaxFields: 16, MaxEncodeTypeBytes: 40}, mailJSON},
	} {
		_, err := ParseWithLimits([]byte(c.json), c.lim)
		if errs.KindOf(err) != errs.LimitExceeded {
			t.Errorf("%s: %v, want limit_exceeded", c.name, err)
		}
	}
	// The defaults themselves accept the Mail example and 64 levels.
	if _, err := Parse([]byte(one("uint8[]", strings.Repeat("[", 1)+"1"+strings.Repeat("]", 1)))); err != nil {
		t.Error(err)
	}
	if _, err := ParseWithLimits([]byte(mailJSON), DefaultLimits); err != nil {
		t.Error(err)
	}
}

func TestStandardDomain(t *testing.T) {
	d := StandardDomain{Name: "Ether Mail", Version: "1", ChainID: 1}
	copy(d.VerifyingContract[:], mustHex("cccccccccccccccccccccccccccccccccccccccc"))
	td, err := Parse([]byte(`{"types":{"EIP712Domain":` + d.TypesJSON() + `},"primaryType":"EIP712Domain","domain":` + d.ValueJSON() + `,"message":` + d.ValueJSON() + `}`))
	if err != nil {
		t.Fatal(err)
	}
	if td.DomainSeparator() != d.Separator() || hexOf(func() []byte { s := d.Separator(); return s[:] }()) != "0xf2cee375fa42b42143804025fc449deafd50cc031ca257e0b194a650a912090f" {
		t.Errorf("separator %x", d.Separator())
	}
	var w [32]byte
	if err := PutUint256Word(w[:], new(big.Int).Lsh(big.NewInt(1), 256)); errs.KindOf(err) != errs.IntegerOutOfRange {
		t.Errorf("2^256: %v", err)
	}
	if err := PutUint256Word(w[:], big.NewInt(-1)); errs.KindOf(err) != errs.IntegerOutOfRange {
		t.Errorf("-1: %v", err)
	}
	if err := PutUint256Word(w[:], nil); errs.KindOf(err) != errs.InvalidInput {
		t.Errorf("nil: %v", err)
	}
}

func mustHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

// seedDocs feed FuzzParse.
var seedDocs = []string{
	mailJSON,
	one("uint8[2][2]", `[[1,2],[3,4]]`),
	one("bytes[][]", `[["0x01","0x"],[]]`),
	one("int256", `"-57896044618658097711785492504343953926634992332820282019728792003956564819968"`),
	one("bytes32", `"0x`+strings.Repeat("ab", 32)+`"`),
	one("string", `"\u00e9\n\ud83d\ude00"`),
	doc(`,"T":[{"name":"a","type":"T[]"}]`, "T", `{"a":[{"a":[]}]}`),
	`{"types":{"EIP712Domain":[],"T":[]},"primaryType":"T","domain":{},"message":{}}`,
}

// TestConcurrentParse shares the pooled parser and hasher stacks between
// goroutines (run with -race) and checks every answer.
func TestConcurrentParse(t *testing.T) {
	want, err := HashJSON([]byte(mailJSON))
	if err != nil {
		t.Fatal(err)
	}
	bad := one("uint8", `256`)
	done := make(chan error)
	for g := 0; g < 4; g++ {
		go func() {
			for i := 0; i < 50; i++ {
				if h, err := HashJSON([]byte(mailJSON)); err != nil || h != want {
					done <- fmt.Errorf("digest %x, %v", h, err)
					return
				}
				if _, err := Parse([]byte(bad)); errs.KindOf(err) != errs.IntegerOutOfRange {
					done <- fmt.Errorf("bad doc: %v", err)
					return
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestTypeHashMemoBounded floods the type-hash memo with distinct types:
// it stops growing at its bound and every answer stays right.
func TestTypeHashMemoBounded(t *testing.T) {
	for i := 0; i < typeHashMemoEntries+50; i++ {
		name := fmt.Sprintf("Flood%d", i)
		td, err := Parse([]byte(doc(`,"`+name+`":[{"name":"a","type":"bool"}]`, name, `{"a":true}`)))
		if err != nil {
			t.Fatal(err)
		}
		got, _ := td.TypeHash(name)
		if want := keccak.Sum256([]byte(name + "(bool a)")); got != want {
			t.Fatalf("%s: type hash %x, want %x", name, got, want)
		}
	}
	long := "L" + strings.Repeat("x", typeHashMemoKeyLen)
	td, err := Parse([]byte(doc(`,"`+long+`":[]`, long, `{}`)))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := td.TypeHash(long); got != keccak.Sum256([]byte(long+"()")) {
		t.Error("long type name hashed wrong")
	}
	typeHashMemo.RLock()
	n := len(typeHashMemo.m)
	_, kept := typeHashMemo.m[long+"()"]
	typeHashMemo.RUnlock()
	if n > typeHashMemoEntries || kept {
		t.Errorf("memo holds %d entries (bound %d), long key kept: %v", n, typeHashMemoEntries, kept)
	}
}
