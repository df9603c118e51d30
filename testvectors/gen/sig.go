package main

import (
	"fmt"
	"math/big"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/keccak"
	"github.com/agentmailroom/mailroom/testvectors/internal/schema"
)

var (
	curveN, _ = new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)
	halfN     = new(big.Int).Rsh(curveN, 1)
	fieldP, _ = new(big.Int).SetString("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f", 16)
)

func word(x *big.Int) []byte { return x.FillBytes(make([]byte, 32)) }

func kc(s string) []byte { h := keccak.Sum256([]byte(s)); return h[:] }

// namedKeys are the fixed private keys the vectors use.
func namedKeys() [][2]string {
	return [][2]string{
		{"cow", hexutil.Encode(kc("cow"))},
		{"one", hexutil.Encode(word(big.NewInt(1)))},
		{"n-minus-1", hexutil.Encode(word(new(big.Int).Sub(curveN, big.NewInt(1))))},
		{"alice", hexutil.Encode(kc("mailroom-vectors/alice"))},
		{"bob", hexutil.Encode(kc("mailroom-vectors/bob"))},
	}
}

func mustKey(s string) *ethsig.PrivateKey {
	k, err := ethsig.ParsePrivateKey(s)
	if err != nil {
		panic(err) // fixed generator constants
	}
	return k
}

// expectKind checks that err has kind want and returns it as a string.
func expectKind(id string, err error, want errs.Kind) (string, error) {
	if got := errs.KindOf(err); got != want {
		return "", fmt.Errorf("%s: want %s, core %v", id, want, err)
	}
	return string(want), nil
}

func (g *gen) keccakFamily() (*family, error) {
	f := &family{file: "keccak.json", name: "keccak256", desc: "Legacy Keccak-256 (not SHA3-256), including inputs at and around the 136-byte rate.", sources: []string{"hand"}}
	known := map[string]string{ // published values
		"empty": "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
		"abc":   "0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
	}
	inputs := []struct{ name, data string }{{"empty", ""}, {"abc", "abc"}, {"cow", "cow"}}
	for _, n := range []int{1, 55, 56, 135, 136, 137, 271, 272, 273, 1000} {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i)
		}
		inputs = append(inputs, struct{ name, data string }{fmt.Sprintf("len-%d", n), string(b)})
	}
	for _, in := range inputs {
		h := keccak.Sum256([]byte(in.data))
		got := hexutil.Encode(h[:])
		if want, ok := known[in.name]; ok && got != want {
			return nil, fmt.Errorf("keccak %s: %s, want %s", in.name, got, want)
		}
		f.add("hand/keccak/"+in.name, schema.TKeccak, "hand", nil, "", schema.KeccakIn{Data: hexutil.Encode([]byte(in.data))}, schema.KeccakOut{Hash: got})
	}
	return f, nil
}

func (g *gen) keysFamily() (*family, error) {
	f := &family{file: "keys.json", name: "keys", desc: "Address derivation from private keys (address_of) and invalid private keys.", sources: []string{"hand"}}
	for _, k := range namedKeys() {
		key := mustKey(k[1])
		if k[0] == "cow" && key.Address().String() != "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826" {
			return nil, fmt.Errorf("cow key address %s", key.Address())
		}
		f.add("hand/keys/"+k[0], schema.TAddressOf, "hand", nil, "", schema.KeyIn{PrivateKey: k[1]}, schema.AddressOut{Address: key.Address().String()})
	}
	for _, bad := range []struct {
		name string
		b    []byte
	}{
		{"zero", make([]byte, 32)}, {"n", word(curveN)}, {"n-plus-1", word(new(big.Int).Add(curveN, big.NewInt(1)))},
		{"all-ff", word(new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)))},
		{"31-bytes", make([]byte, 31)}, {"33-bytes", append([]byte{0}, word(big.NewInt(1))...)}, {"empty", nil},
	} {
		_, err := ethsig.PrivateKeyFromBytes(bad.b)
		kind, err := expectKind("keys/"+bad.name, err, errs.InvalidPrivateKey)
		if err != nil {
			return nil, err
		}
		f.add("hand/keys/invalid-"+bad.name, schema.TAddressOf, "hand", nil, "", schema.KeyIn{PrivateKey: hexutil.Encode(bad.b)}, schema.AddressOut{Error: kind})
	}
	return f, nil
}

func (g *gen) addressFamily() (*family, error) {
	f := &family{file: "address.json", name: "address", desc: "EIP-55 address parsing: all-lower and all-upper accepted, mixed case must pass the checksum.", sources: []string{"hand"}}
	cases := []struct {
		name, in string
		want     errs.Kind
	}{
		// The EIP-55 specification's examples.
		{"eip55-1", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", ""},
		{"eip55-2", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", ""},
		{"eip55-3", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", ""},
		{"eip55-4", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb", ""},
		{"all-caps-1", "0x52908400098527886E0F7030069857D2E4169EE7", ""},
		{"all-caps-2", "0x8617E340B3D01FA5F11F306F4090FD50E238070D", ""},
		{"all-lower-1", "0xde709f2102306220921060314715629080e2fb77", ""},
		{"all-lower-2", "0x27b1fdb04752bbc536007a920d24acb045561c26", ""},
		{"zero", "0x0000000000000000000000000000000000000000", ""},
		{"bad-checksum", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", errs.BadChecksum},
		{"bad-checksum-2", "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", errs.BadChecksum},
		{"no-0x", "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", errs.InvalidAddress},
		{"upper-0X", "0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", errs.InvalidAddress},
		{"short", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA", errs.InvalidAddress},
		{"long", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed00", errs.InvalidAddress},
		{"non-hex", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg", errs.InvalidAddress},
		{"empty", "", errs.InvalidAddress},
		{"space", " 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", errs.InvalidAddress},
	}
	for _, c := range cases {
		a, err := ethsig.ParseAddress(c.in)
		out := schema.AddressOut{}
		if c.want == "" {
			if err != nil {
				return nil, fmt.Errorf("address %s: %v", c.name, err)
			}
			out.Address = a.String()
		} else {
			k, e := expectKind("address/"+c.name, err, c.want)
			if e != nil {
				return nil, e
			}
			out.Error = k
		}
		f.add("hand/address/"+c.name, schema.TParseAddress, "hand", nil, "", schema.AddressIn{Address: c.in}, out)
	}
	return f, nil
}

func (g *gen) didFamily() (*family, error) {
	f := &family{file: "did.json", name: "did", desc: "did:agent:eth:<EIP-55 address>: formatting always checksums; parsing accepts what address parsing accepts.", sources: []string{"hand"}}
	for _, a := range []string{"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xde709f2102306220921060314715629080e2fb77", "0x0000000000000000000000000000000000000000"} {
		addr, _ := ethsig.ParseAddress(a)
		f.add("hand/did/format-"+a, schema.TFormatDID, "hand", nil, "", schema.AddressIn{Address: a}, schema.DIDOut{DID: did.Format(addr)})
	}
	cases := []struct {
		name, in string
		want     errs.Kind
	}{
		{"checksummed", "did:agent:eth:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", ""},
		{"lower", "did:agent:eth:0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", ""},
		{"upper", "did:agent:eth:0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED", ""},
		{"bad-checksum", "did:agent:eth:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", errs.BadChecksum},
		{"wrong-method", "did:agent:btc:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", errs.InvalidDID},
		{"upper-prefix", "DID:agent:eth:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", errs.InvalidDID},
		{"no-address", "did:agent:eth:", errs.InvalidDID},
		{"bare-address", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", errs.InvalidDID},
		{"short-address", "did:agent:eth:0x1234", errs.InvalidDID},
		{"trailing", "did:agent:eth:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed#key-1", errs.InvalidDID},
		{"empty", "", errs.InvalidDID},
	}
	for _, c := range cases {
		a, err := did.Parse(c.in)
		out := schema.AddressOut{}
		if c.want == "" {
			if err != nil {
				return nil, fmt.Errorf("did %s: %v", c.name, err)
			}
			out.Address = a.String()
		} else {
			k, e := expectKind("did/"+c.name, err, c.want)
			if e != nil {
				return nil, e
			}
			out.Error = k
		}
		f.add("hand/did/parse-"+c.name, schema.TParseDID, "hand", nil, "", schema.DIDIn{DID: c.in}, out)
	}
	return f, nil
}

func (g *gen) signFamily() (*family, error) {
	f := &family{file: "sign.json", name: "sign", desc: "Deterministic (RFC 6979) signatures pinned for fixed keys and digests, including digests >= n; v is 27/28 and s is low.", sources: []string{"hand"}}
	digests := [][2]string{
		{"zero", hexutil.Encode(make([]byte, 32))},
		{"keccak-hello", hexutil.Encode(kc("hello"))},
		{"n-minus-1", hexutil.Encode(word(new(big.Int).Sub(curveN, big.NewInt(1))))},
		{"n", hexutil.Encode(word(curveN))},
		{"n-plus-1", hexutil.Encode(word(new(big.Int).Add(curveN, big.NewInt(1))))},
		{"all-ff", "0x" + fmt.Sprintf("%064x", new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)))},
	}
	for _, k := range namedKeys() {
		key := mustKey(k[1])
		for _, d := range digests {
			db, _ := hexutil.Decode(d[1])
			sig, err := key.SignBytes(db)
			if err != nil {
				return nil, err
			}
			a, err := ethsig.RecoverBytes(db, sig.Bytes())
			if err != nil || a != key.Address() {
				return nil, fmt.Errorf("sign %s/%s does not recover", k[0], d[0])
			}
			var flags []string
			if new(big.Int).SetBytes(db).Cmp(curveN) >= 0 {
				flags = []string{"digest-ge-n"}
			}
			id := "hand/sign/" + k[0] + "/" + d[0]
			f.add(id, schema.TSign, "hand", flags, "", schema.SignIn{PrivateKey: k[1], Digest: d[1]}, schema.SignOut{Signature: sig.Hex(), Address: a.String()})
			g.out.Sigs = append(g.out.Sigs, SigVec{ID: id, Type: schema.TSign, Flags: flags, PrivateKey: k[1], Digest: d[1], Signature: sig.Hex(), Address: a.String()})
		}
	}
	cow := namedKeys()[0][1]
	for _, bad := range []struct {
		name, key, digest string
		want              errs.Kind
	}{
		{"digest-31-bytes", cow, hexutil.Encode(make([]byte, 31)), errs.InvalidDigest},
		{"digest-33-bytes", cow, hexutil.Encode(make([]byte, 33)), errs.InvalidDigest},
		{"digest-empty", cow, "0x", errs.InvalidDigest},
		{"key-zero", hexutil.Encode(make([]byte, 32)), hexutil.Encode(kc("hello")), errs.InvalidPrivateKey},
		{"key-n", hexutil.Encode(word(curveN)), hexutil.Encode(kc("hello")), errs.InvalidPrivateKey},
	} {
		var err error
		kb, _ := hexutil.Decode(bad.key)
		db, _ := hexutil.Decode(bad.digest)
		key, err := ethsig.PrivateKeyFromBytes(kb)
		if err == nil {
			_, err = key.SignBytes(db)
		}
		kind, err := expectKind("sign/"+bad.name, err, bad.want)
		if err != nil {
			return nil, err
		}
		f.add("hand/sign/invalid-"+bad.name, schema.TSign, "hand", nil, "", schema.SignIn{PrivateKey: bad.key, Digest: bad.digest}, schema.SignOut{Error: kind})
	}
	return f, nil
}

func (g *gen) recoverFamily() (*family, error) {
	f := &family{file: "recover.json", name: "recover", desc: "Recovery and the signature rules: v in {0,1,27,28} accepted, 2..26, 29..34 and 35+ refused; exactly 65 bytes; low s; r and s in [1, n-1].", sources: []string{"hand"}}
	key := mustKey(namedKeys()[0][1])
	digest := kc("hello")
	sig, _ := key.SignBytes(digest)
	base := sig.Bytes()
	v := base[64]
	add := func(name string, sb []byte, want errs.Kind, flags []string, comment string) error {
		id := "hand/recover/" + name
		a, err := ethsig.RecoverBytes(digest, sb)
		out := schema.AddressOut{}
		if want == "" {
			if err != nil {
				return fmt.Errorf("%s: %v", id, err)
			}
			out.Address = a.String()
		} else {
			k, e := expectKind(id, err, want)
			if e != nil {
				return e
			}
			out.Error = k
		}
		f.add(id, schema.TRecover, "hand", flags, comment, schema.RecoverIn{Digest: hexutil.Encode(digest), Signature: hexutil.Encode(sb)}, out)
		g.out.Sigs = append(g.out.Sigs, SigVec{ID: id, Type: schema.TRecover, Flags: flags, Digest: hexutil.Encode(digest), Signature: hexutil.Encode(sb), Address: out.Address, Error: out.Error})
		return nil
	}
	with := func(vv byte) []byte { b := append([]byte{}, base...); b[64] = vv; return b }
	if err := add("v-27-28", base, "", nil, "as signed"); err != nil {
		return nil, err
	}
	if err := add("v-0-1", with(v-27), "", nil, "v given as 0/1"); err != nil {
		return nil, err
	}
	if err := add("v-flipped", with(55-v), "", nil, "the other recovery id: a different, valid address"); err != nil {
		return nil, err
	}
	for _, bad := range []byte{2, 3, 4, 5, 6, 7, 26, 29, 30, 31, 34, 35, 36, 37, 38, 255} {
		if err := add(fmt.Sprintf("v-%d", bad), with(bad), errs.InvalidRecoveryID, nil, ""); err != nil {
			return nil, err
		}
	}
	if err := add("len-64", base[:64], errs.InvalidSignature, nil, "64-byte r‖s without v"); err != nil {
		return nil, err
	}
	if err := add("len-66", append(append([]byte{}, base...), 0), errs.InvalidSignature, nil, ""); err != nil {
		return nil, err
	}
	if err := add("len-0", []byte{}, errs.InvalidSignature, nil, ""); err != nil {
		return nil, err
	}
	s := new(big.Int).SetBytes(base[32:64])
	high := append(append(append([]byte{}, base[:32]...), word(new(big.Int).Sub(curveN, s))...), 55-v)
	if err := add("high-s", high, errs.SignatureHighS, []string{"geth-ecrecover-accepts"}, "s' = n - s with v flipped: the malleable twin (EIP-2)"); err != nil {
		return nil, err
	}
	half := append(append(append([]byte{}, base[:32]...), word(halfN)...), v)
	if err := add("s-half-n", half, "", nil, "s = n/2 (floor) is the largest low s; recovers some address"); err != nil {
		return nil, err
	}
	halfPlus := append(append(append([]byte{}, base[:32]...), word(new(big.Int).Add(halfN, big.NewInt(1)))...), v)
	if err := add("s-half-n-plus-1", halfPlus, errs.SignatureHighS, []string{"geth-ecrecover-accepts"}, "s = n/2 + 1 is high"); err != nil {
		return nil, err
	}
	for _, c := range []struct {
		name string
		r, s *big.Int
	}{
		{"r-zero", big.NewInt(0), s}, {"s-zero", new(big.Int).SetBytes(base[:32]), big.NewInt(0)},
		{"r-n", curveN, s}, {"s-n", new(big.Int).SetBytes(base[:32]), curveN},
		{"r-max", new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)), s},
	} {
		b := append(append(append([]byte{}, word(c.r)...), word(c.s)...), v)
		if err := add(c.name, b, errs.SignatureOutOfRange, nil, ""); err != nil {
			return nil, err
		}
	}
	// An r that is not the x-coordinate of a curve point: recovery fails.
	for x := int64(1); ; x++ {
		b := append(append(append([]byte{}, word(big.NewInt(x))...), base[32:64]...), 27)
		if _, err := ethsig.RecoverBytes(digest, b); errs.KindOf(err) == errs.RecoveryFailed {
			if err := add(fmt.Sprintf("r-not-on-curve-%d", x), b, errs.RecoveryFailed, nil, "r is not the x-coordinate of a point"); err != nil {
				return nil, err
			}
			break
		}
		if x > 100 {
			return nil, fmt.Errorf("no off-curve r found")
		}
	}
	// Short digest.
	id := "hand/recover/digest-31-bytes"
	_, err := ethsig.RecoverBytes(digest[:31], base)
	k, err := expectKind(id, err, errs.InvalidDigest)
	if err != nil {
		return nil, err
	}
	f.add(id, schema.TRecover, "hand", nil, "", schema.RecoverIn{Digest: hexutil.Encode(digest[:31]), Signature: hexutil.Encode(base)}, schema.AddressOut{Error: k})
	return f, nil
}
