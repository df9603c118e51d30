package eip712

import (
	"encoding/hex"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
)

func TestCompileRefuses(t *testing.T) {
	f := func(fs ...string) []Field {
		var out []Field
		for i := 0; i+1 < len(fs); i += 2 {
			out = append(out, Field{Name: fs[i], Type: fs[i+1]})
		}
		return out
	}
	for _, c := range []struct {
		m    Message
		want errs.Kind
	}{
		{Message{Name: "", Fields: f("a", "uint256")}, errs.InvalidTypeName},
		{Message{Name: "1x", Fields: f("a", "uint256")}, errs.InvalidTypeName},
		{Message{Name: "uint7", Fields: f("a", "uint256")}, errs.InvalidTypeName},
		{Message{Name: "bytes", Fields: f("a", "uint256")}, errs.InvalidTypeName},
		{Message{Name: DomainType, Fields: f("name", "string")}, errs.InvalidTypeName},
		{Message{Name: "M", Fields: f("a b", "uint256")}, errs.InvalidTypeName},
		{Message{Name: "M", Fields: f("a", "uint256", "a", "address")}, errs.DuplicateField},
		{Message{Name: "M", Fields: f("a", "uint")}, errs.UnknownType},
		{Message{Name: "M", Fields: f("a", "uint257")}, errs.UnknownType},
		{Message{Name: "M", Fields: f("a", "bytes33")}, errs.UnknownType},
		{Message{Name: "M", Fields: f("a", "uint256[]")}, errs.UnknownType},
		{Message{Name: "M", Fields: f("a", "Person")}, errs.UnknownType},
		{Message{Name: "M", Fields: make([]Field, DefaultLimits.MaxFields+1)}, errs.LimitExceeded},
	} {
		if _, err := Compile(c.m); errs.KindOf(err) != c.want {
			t.Errorf("%+v: %v, want %s", c.m, err, c.want)
		}
	}
	m, err := Compile(Message{Name: "Empty"})
	if err != nil || m.EncodeType() != "Empty()" || m.TypesJSON() != "[]" {
		t.Fatalf("empty message: %v %q %q", err, m.EncodeType(), m.TypesJSON())
	}
}

func TestDeclare(t *testing.T) {
	spec := DomainSpec{Name: "Test", Version: "1"}
	m := Message{Domain: spec, Name: "DeclareTestOnly", Fields: []Field{{Name: "a", Type: "uint256"}}}
	typ := Declare(m)
	if got, ok := Lookup("DeclareTestOnly"); !ok || got != typ {
		t.Fatal("Lookup does not find the declaration")
	}
	found := false
	for _, d := range Declared() {
		found = found || d == typ
	}
	if !found {
		t.Fatal("Declared does not list the declaration")
	}
	if _, ok := Lookup("NotDeclared"); ok {
		t.Fatal("Lookup finds an undeclared name")
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("a second declaration of the same name does not panic")
			}
		}()
		Declare(m)
	}()
	func() {
		defer func() {
			if recover() == nil {
				t.Error("an invalid declaration does not panic")
			}
		}()
		Declare(Message{Name: "Bad", Fields: []Field{{Name: "a", Type: "uint"}}})
	}()
	// The declaration is copied: changing the caller's slice changes nothing.
	fs := []Field{{Name: "x", Type: "bool"}}
	c, _ := Compile(Message{Name: "Copy", Fields: fs})
	fs[0].Type = "address"
	if c.EncodeType() != "Copy(bool x)" || c.Fields()[0].Type != "bool" {
		t.Fatal("the compiled message aliases the declaration")
	}
}

// randType returns a random atomic EIP-712 type.
func randType(rng *rand.Rand) string {
	switch rng.IntN(7) {
	case 0:
		return "address"
	case 1:
		return "bool"
	case 2:
		return "bytes"
	case 3:
		return "string"
	case 4:
		return "bytes" + strconv.Itoa(1+rng.IntN(32))
	case 5:
		return "uint" + strconv.Itoa(8*(1+rng.IntN(32)))
	}
	return "int" + strconv.Itoa(8*(1+rng.IntN(32)))
}

func randBytes(rng *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}

// randInt returns a random integer inside [lo, hi], often an edge.
func randInt(rng *rand.Rand, lo, hi *big.Int) *big.Int {
	switch rng.IntN(6) {
	case 0:
		return new(big.Int).Set(lo)
	case 1:
		return new(big.Int).Set(hi)
	case 2:
		if lo.Sign() <= 0 && hi.Sign() >= 0 {
			return new(big.Int)
		}
	}
	span := new(big.Int).Sub(hi, lo)
	x := new(big.Int).SetBytes(randBytes(rng, 1+rng.IntN(33)))
	x.Mod(x, new(big.Int).Add(span, big.NewInt(1)))
	return x.Add(x, lo)
}

// randValue returns a random valid Go value for typ, sometimes in another
// accepted Go type.
func randValue(rng *rand.Rand, typ string) any {
	kind, size, _ := parseAtomic(typ)
	switch kind {
	case kAddress:
		var a ethsig.Address
		copy(a[:], randBytes(rng, 20))
		return a
	case kBool:
		return rng.IntN(2) == 0
	case kBytes:
		return randBytes(rng, rng.IntN(100))
	case kString:
		parts := []string{"a", "Z", " ", `"`, `\`, "\n", "\x00", "\x1f", "é", "€", "😀", "/", "<", "0x"}
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		return b.String()
	case kBytesN:
		if size == 32 && rng.IntN(2) == 0 {
			return [32]byte(randBytes(rng, 32))
		}
		return randBytes(rng, size)
	case kUint:
		hi := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(size)), big.NewInt(1))
		x := randInt(rng, new(big.Int), hi)
		if x.IsUint64() && rng.IntN(2) == 0 {
			if x.Uint64() <= 255 && rng.IntN(2) == 0 {
				return uint8(x.Uint64())
			}
			return x.Uint64()
		}
		return x
	}
	hi := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(size-1)), big.NewInt(1))
	lo := new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), uint(size-1)))
	x := randInt(rng, lo, hi)
	if x.IsInt64() && rng.IntN(2) == 0 {
		if x.Int64() >= -128 && x.Int64() <= 127 && rng.IntN(2) == 0 {
			return int8(x.Int64())
		}
		return x.Int64()
	}
	return x
}

// independentJSON renders a value for the JSON path by other means than
// MessageJSON: encoding/json, addresses in lower case or EIP-55, integers
// as JSON numbers, decimal strings or (non-negative) 0x-hex.
func independentJSON(rng *rand.Rand, v any) json.RawMessage {
	var out any
	switch x := v.(type) {
	case ethsig.Address:
		out = "0x" + hex.EncodeToString(x[:])
		if rng.IntN(2) == 0 {
			out = x.String()
		}
	case bool, string:
		out = x
	case []byte:
		out = "0x" + hex.EncodeToString(x)
	case [32]byte:
		out = "0x" + hex.EncodeToString(x[:])
	default:
		n, err := integerValue(v, "")
		if errs.KindOf(err) == errs.InvalidInput { // a nil *big.Int
			return json.RawMessage("null")
		}
		if err != nil {
			panic(err)
		}
		switch rng.IntN(3) {
		case 0:
			return json.RawMessage(n.String())
		case 1:
			if n.Sign() >= 0 {
				out = "0x" + n.Text(16)
				break
			}
			fallthrough
		default:
			out = n.String()
		}
	}
	b, err := json.Marshal(out)
	if err != nil {
		panic(err)
	}
	return b
}

// IndependentMessageJSON renders a message object like
// IndependentTypedData.
func IndependentMessageJSON(rng *rand.Rand, typ *MessageType, values []any) []byte {
	msg := map[string]json.RawMessage{}
	for i, f := range typ.Fields() {
		msg[f.Name] = independentJSON(rng, values[i])
	}
	b, err := json.Marshal(msg)
	if err != nil {
		panic(err)
	}
	return b
}

// IndependentTypedData renders a message as eth_signTypedData_v4 JSON by
// other means than TypedDataJSON (encoding/json, independentJSON's value
// forms, the chain id as a JSON number). declared_test.go uses it too.
func IndependentTypedData(rng *rand.Rand, d *Domain, typ *MessageType, values []any) []byte {
	type field struct {
		Name string `json:"name"`
		Type string `json:"type"`
	}
	fields := []field{}
	for _, f := range typ.Fields() {
		fields = append(fields, field{f.Name, f.Type})
	}
	msg := json.RawMessage(IndependentMessageJSON(rng, typ, values))
	std := d.Standard()
	doc := map[string]any{
		"types": map[string]any{
			"EIP712Domain": []field{{"name", "string"}, {"version", "string"}, {"chainId", "uint256"}, {"verifyingContract", "address"}},
			typ.Name():     fields,
		},
		"primaryType": typ.Name(),
		"domain":      map[string]any{"name": std.Name, "version": std.Version, "chainId": std.ChainID, "verifyingContract": strings.ToLower(std.VerifyingContract.String())},
		"message":     msg,
	}
	b, err := json.Marshal(doc)
	if err != nil {
		panic(err)
	}
	return b
}

// TestGenericEqualsJSONPath: for random declared messages over every
// atomic type, the generic hashStruct and digest equal the typed-data JSON
// path, both on independently rendered JSON and on TypedDataJSON.
func TestGenericEqualsJSONPath(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for i := range 400 {
		var fields []Field
		for j := range rng.IntN(9) {
			fields = append(fields, Field{Name: "f" + strconv.Itoa(j), Type: randType(rng)})
		}
		name := "Msg" + strconv.Itoa(i)
		spec := DomainSpec{Name: "Domain " + strconv.Itoa(rng.IntN(100)), Version: strconv.Itoa(rng.IntN(3))}
		typ, err := Compile(Message{Domain: spec, Name: name, Fields: fields})
		if err != nil {
			t.Fatal(err)
		}
		var contract ethsig.Address
		copy(contract[:], randBytes(rng, 20))
		d := typ.Bind(rng.Uint64()>>rng.IntN(64), contract)
		if d.Separator() != d.Standard().Separator() || d.Spec() != spec {
			t.Fatal("bound domain differs from its StandardDomain")
		}
		values := make([]any, len(fields))
		for j, f := range fields {
			values[j] = randValue(rng, f.Type)
		}
		hs, err := typ.HashStruct(values...)
		if err != nil {
			t.Fatalf("%s %v: %v", typ.EncodeType(), values, err)
		}
		dg, err := typ.Digest(&d, values...)
		if err != nil || dg != Digest(d.Separator(), hs) || dg != d.StructDigest(hs) {
			t.Fatalf("digest %x, %v", dg, err)
		}
		data, _ := typ.EncodeData(values...)
		for _, msg := range [][]byte{IndependentMessageJSON(rng, typ, values), []byte(typ.MessageJSON(values...))} {
			if h, err := typ.HashStructJSON(msg); err != nil || h != hs {
				t.Fatalf("HashStructJSON(%s) = %x, %v; want %x", msg, h, err, hs)
			}
			if g, err := typ.DigestJSON(&d, msg); err != nil || g != dg {
				t.Fatalf("DigestJSON(%s) = %x, %v; want %x", msg, g, err, dg)
			}
		}
		for k, doc := range [][]byte{IndependentTypedData(rng, &d, typ, values), typ.TypedDataJSON(&d, values...)} {
			td, err := Parse(doc)
			if err != nil {
				t.Fatalf("JSON path %d refuses %s: %v", k, doc, err)
			}
			if td.MessageHash() != hs || td.Digest() != dg || td.DomainSeparator() != d.Separator() {
				t.Fatalf("JSON path %d differs for %s", k, doc)
			}
			enc, _ := td.EncodeType(name)
			th, _ := td.TypeHash(name)
			ed, _ := td.EncodeData()
			if enc != typ.EncodeType() || th != typ.TypeHash() || th != keccak.Sum256([]byte(enc)) || string(ed) != string(data) {
				t.Fatalf("JSON path %d: encodeType %q, typeHash %x, encodeData differ from %q", k, enc, th, typ.EncodeType())
			}
		}
	}
}

func TestGenericRefuses(t *testing.T) {
	typ, err := Compile(Message{Domain: DomainSpec{Name: "T", Version: "1"}, Name: "M", Fields: []Field{
		{Name: "u8", Type: "uint8"}, {Name: "i8", Type: "int8"}, {Name: "b4", Type: "bytes4"}, {Name: "a", Type: "address"},
		{Name: "u", Type: "uint256"}, {Name: "i", Type: "int256"}, {Name: "s", Type: "string"}, {Name: "ok", Type: "bool"}, {Name: "raw", Type: "bytes"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	good := []any{uint8(255), int8(-128), []byte{1, 2, 3, 4}, ethsig.Address{1}, big.NewInt(1), big.NewInt(-1), "s", true, []byte{}}
	if _, err := typ.HashStruct(good...); err != nil {
		t.Fatal(err)
	}
	two256 := new(big.Int).Lsh(big.NewInt(1), 256)
	two255 := new(big.Int).Lsh(big.NewInt(1), 255)
	for _, c := range []struct {
		i    int
		v    any
		want errs.Kind
	}{
		{0, 256, errs.IntegerOutOfRange},
		{0, -1, errs.IntegerOutOfRange},
		{1, 128, errs.IntegerOutOfRange},
		{1, -129, errs.IntegerOutOfRange},
		{2, []byte{1, 2, 3}, errs.BytesLength},
		{2, [32]byte{}, errs.BytesLength},
		{2, "0x01020304", errs.InvalidValue},
		{3, [20]byte{}, errs.InvalidValue},
		{4, two256, errs.IntegerOutOfRange},
		{4, big.NewInt(-1), errs.IntegerOutOfRange},
		{4, (*big.Int)(nil), errs.InvalidInput},
		{4, "1", errs.InvalidValue},
		{5, two255, errs.IntegerOutOfRange},
		{5, new(big.Int).Neg(new(big.Int).Add(two255, big.NewInt(1))), errs.IntegerOutOfRange},
		{6, []byte("s"), errs.InvalidValue},
		{7, 1, errs.InvalidValue},
		{8, [32]byte{}, errs.InvalidValue},
	} {
		vs := append([]any(nil), good...)
		vs[c.i] = c.v
		_, err := typ.HashStruct(vs...)
		if errs.KindOf(err) != c.want || !strings.Contains(err.Error(), "M."+typ.Fields()[c.i].Name) {
			t.Errorf("field %d = %#v: %v, want %s naming the field", c.i, c.v, err, c.want)
		}
		// The JSON path refuses what the generic path refuses.
		d := typ.Bind(1, ethsig.Address{})
		if _, err := Parse(typ.TypedDataJSON(&d, vs...)); err == nil {
			t.Errorf("field %d = %#v: the JSON path accepts %s", c.i, c.v, typ.TypedDataJSON(&d, vs...))
		}
	}
	// The edges are accepted.
	vs := append([]any(nil), good...)
	vs[4], vs[5] = new(big.Int).Sub(two256, big.NewInt(1)), new(big.Int).Neg(two255)
	if _, err := typ.HashStruct(vs...); err != nil {
		t.Error(err)
	}
	if _, err := typ.HashStruct(good[:3]...); errs.KindOf(err) != errs.InvalidInput {
		t.Errorf("too few values: %v", err)
	}
	other := DomainSpec{Name: "Other", Version: "1"}.Bind(1, ethsig.Address{})
	if _, err := typ.Digest(&other, good...); errs.KindOf(err) != errs.InvalidInput {
		t.Errorf("another domain: %v", err)
	}
}

func TestGenericSignVerify(t *testing.T) {
	typ, _ := Compile(Message{Domain: DomainSpec{Name: "T", Version: "1"}, Name: "M", Fields: []Field{{Name: "a", Type: "uint256"}}})
	k, err := ethsig.PrivateKeyFromBytes(append(make([]byte, 31), 7))
	if err != nil {
		t.Fatal(err)
	}
	d := typ.Bind(31337, ethsig.Address{9})
	sig, err := typ.Sign(&d, k, uint64(5))
	if err != nil {
		t.Fatal(err)
	}
	hs, _ := typ.HashStruct(uint64(5))
	if sig != d.SignStruct(k, hs) {
		t.Fatal("generic Sign differs from SignStruct")
	}
	if a, err := typ.Recover(&d, sig, uint64(5)); err != nil || a != k.Address() {
		t.Fatalf("Recover = %s, %v", a, err)
	}
	if a, err := d.RecoverStruct(hs, sig); err != nil || a != k.Address() {
		t.Fatalf("RecoverStruct = %s, %v", a, err)
	}
	if err := typ.Verify(&d, k.Address(), sig, uint64(5)); err != nil {
		t.Fatal(err)
	}
	if err := d.VerifyStruct(k.Address(), hs, sig); err != nil {
		t.Fatal(err)
	}
	if err := typ.Verify(&d, k.Address(), sig, uint64(6)); errs.KindOf(err) != errs.SignerMismatch {
		t.Errorf("other value: %v", err)
	}
	if err := typ.Verify(&d, ethsig.Address{1}, sig, uint64(5)); errs.KindOf(err) != errs.SignerMismatch {
		t.Errorf("other signer: %v", err)
	}
	d2 := typ.Bind(1, ethsig.Address{9})
	if err := d2.VerifyStruct(k.Address(), hs, sig); errs.KindOf(err) != errs.SignerMismatch {
		t.Errorf("other chain: %v", err)
	}
	// The policy is checked whatever the recoverer does.
	called := false
	rec := func([32]byte, ethsig.Signature) (ethsig.Address, error) { called = true; return k.Address(), nil }
	var bad ethsig.Signature
	if err := typ.VerifyWith(&d, rec, k.Address(), bad, uint64(5)); err == nil || called {
		t.Errorf("zero signature: %v (recoverer called %v)", err, called)
	}
	if err := d.VerifyStructWith(rec, k.Address(), hs, sig); err != nil || !called {
		t.Errorf("VerifyStructWith does not use the recoverer: %v", err)
	}
}

func TestHashStructJSONRefuses(t *testing.T) {
	typ, _ := Compile(Message{Domain: DomainSpec{Name: "T", Version: "1"}, Name: "M", Fields: []Field{
		{Name: "a", Type: "uint8"}, {Name: "b", Type: "address"}}})
	good := `{"a":1,"b":"0x0000000000000000000000000000000000000001"}`
	if _, err := typ.HashStructJSON([]byte(good)); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		in   string
		want errs.Kind
	}{
		{`{"a":1}`, errs.MissingField},
		{`{"a":1,"b":"0x0000000000000000000000000000000000000001","c":2}`, errs.ExtraField},
		{`{"a":256,"b":"0x0000000000000000000000000000000000000001"}`, errs.IntegerOutOfRange},
		{`{"a":1,"a":1,"b":"0x0000000000000000000000000000000000000001"}`, errs.InvalidJSON},
		{`{"a":1,"b":"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD827"}`, errs.BadChecksum},
		{good + `}`, errs.InvalidJSON},
		{`[]`, errs.InvalidValue},
		{`null`, errs.InvalidValue},
	} {
		if _, err := typ.HashStructJSON([]byte(c.in)); errs.KindOf(err) != c.want {
			t.Errorf("%s: %v, want %s", c.in, err, c.want)
		}
	}
	other := DomainSpec{Name: "U", Version: "1"}.Bind(1, ethsig.Address{})
	if _, err := typ.DigestJSON(&other, []byte(good)); errs.KindOf(err) != errs.InvalidInput {
		t.Errorf("another domain: %v", err)
	}
}
