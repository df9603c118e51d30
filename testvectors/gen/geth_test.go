package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// gethTyped hashes doc with go-ethereum's apitypes. JSON numbers are given
// to geth exactly (as *big.Int), so the comparison tests encoding rules,
// not float64 rounding.
func gethTyped(doc []byte) (td apitypes.TypedData, digest []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	if err = dec.Decode(&td); err != nil {
		return td, nil, err
	}
	td.Message = exact(map[string]any(td.Message)).(map[string]any)
	digest, _, err = apitypes.TypedDataAndHash(td)
	return td, digest, err
}

func exact(v any) any {
	switch x := v.(type) {
	case json.Number:
		if n, ok := new(big.Int).SetString(string(x), 10); ok {
			return n
		}
		f, _ := x.Float64()
		return f
	case map[string]any:
		for k, e := range x {
			x[k] = exact(e)
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = exact(e)
		}
		return x
	}
	return v
}

// gethDiffers lists every typed-data vector on which go-ethereum and the
// core disagree, with what go-ethereum does. The test fails if the list is
// incomplete or stale; testvectors/README.md explains each class.
var gethDiffers = gethDiffersList

func TestGethCrossCheckTypedData(t *testing.T) {
	o, err := Build("../third_party")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	agree := 0
	for _, v := range o.Typed {
		td, digest, gerr := gethTyped(v.Doc)
		var class string
		switch {
		case v.Out.Error == "" && gerr != nil:
			class = "geth refuses"
		case v.Out.Error == "" && hexutil.Encode(digest) != v.Out.Digest:
			class = "geth digest differs"
		case v.Out.Error != "" && gerr == nil:
			class = "geth accepts"
		}
		if v.Out.Error == "" && gerr == nil && class == "" {
			// Also the parts: encodeType/typeHash and encodeData.
			for name, et := range v.Out.EncodeType {
				if string(td.EncodeType(name)) != et || hexutil.Encode(td.TypeHash(name)) != v.Out.TypeHash[name] {
					class = "geth encodeType differs"
				}
			}
			if enc, err := td.EncodeData(td.PrimaryType, td.Message, 1); err != nil || hexutil.Encode(enc) != v.Out.EncodedData {
				class = "geth encodeData differs"
			}
		}
		if class == "" {
			agree++
			if _, listed := gethDiffers[v.ID]; listed {
				t.Errorf("%s: listed as a difference but geth agrees", v.ID)
			}
			continue
		}
		got = append(got, fmt.Sprintf("%q: %q,", v.ID, class))
		if want, ok := gethDiffers[v.ID]; !ok || want != class {
			t.Errorf("%s: %s (core: %s; geth err: %v), listed as %q", v.ID, class, coreSays(v.Out.Error), gerr, want)
		}
	}
	sort.Strings(got)
	t.Logf("typed data: %d agree with go-ethereum, %d differ:\n%s", agree, len(got), strings.Join(got, "\n"))
	if agree < 400 {
		t.Errorf("only %d vectors agree with go-ethereum", agree)
	}
}

func coreSays(kind string) string {
	if kind == "" {
		return "ok"
	}
	return kind
}

// TestGethCrossCheckSignatures checks every sign and recover vector against
// crypto.Sign, crypto.Ecrecover and crypto.SigToPub.
func TestGethCrossCheckSignatures(t *testing.T) {
	o, err := Build("../third_party")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range o.Sigs {
		digest := hexutil.MustDecode(v.Digest)
		switch v.Type {
		case "sign":
			key, err := crypto.ToECDSA(hexutil.MustDecode(v.PrivateKey))
			if err != nil {
				t.Fatalf("%s: %v", v.ID, err)
			}
			sig, err := crypto.Sign(digest, key)
			if err != nil {
				t.Fatalf("%s: %v", v.ID, err)
			}
			sig[64] += 27
			if !gethLibsecp256k1 && hasFlag(v.Flags, "digest-ge-n") {
				// go-ethereum's pure-Go fallback feeds the unreduced digest to
				// decred's RFC 6979 nonce, so its signature differs from its own
				// cgo build (and from RFC 6979 §2.3.4 bits2octets); the vector
				// follows libsecp256k1. Both are valid: check recovery only.
				if ok, a := gethRecover(digest, hexutil.MustDecode(v.Signature)); !ok || a != v.Address {
					t.Errorf("%s: vector signature does not recover in geth", v.ID)
				}
				continue
			}
			if hexutil.Encode(sig) != v.Signature {
				t.Errorf("%s: geth %x, vector %s", v.ID, sig, v.Signature)
			}
			if crypto.PubkeyToAddress(key.PublicKey).Hex() != v.Address {
				t.Errorf("%s: address differs", v.ID)
			}
		case "recover":
			sig := hexutil.MustDecode(v.Signature)
			gethOK, addr := gethRecover(digest, sig)
			switch {
			case v.Error == "" && (!gethOK || addr != v.Address):
				t.Errorf("%s: geth %v %s, vector %s", v.ID, gethOK, addr, v.Address)
			case v.Error != "" && gethOK && !hasFlag(v.Flags, "geth-ecrecover-accepts"):
				t.Errorf("%s: geth recovers %s, the core refuses (%s): flag it", v.ID, addr, v.Error)
			case v.Error != "" && !gethOK && hasFlag(v.Flags, "geth-ecrecover-accepts"):
				t.Errorf("%s: flagged geth-ecrecover-accepts but geth refuses", v.ID)
			}
		}
	}
}

// gethRecover applies go-ethereum's own rules: v in {27,28} or {0,1}
// (normalised to 0/1 as wallets do), then Ecrecover and SigToPub, which
// must agree.
func gethRecover(digest, sig []byte) (bool, string) {
	if len(sig) != 65 || len(digest) != 32 {
		return false, ""
	}
	s := append([]byte{}, sig...)
	switch s[64] {
	case 27, 28:
		s[64] -= 27
	case 0, 1:
	default:
		return false, ""
	}
	pub, err := crypto.Ecrecover(digest, s)
	if err != nil {
		return false, ""
	}
	pk, err := crypto.SigToPub(digest, s)
	if err != nil || !bytes.Equal(crypto.FromECDSAPub(pk), pub) {
		return false, ""
	}
	return true, crypto.PubkeyToAddress(*pk).Hex()
}

func hasFlag(flags []string, f string) bool {
	for _, x := range flags {
		if x == f {
			return true
		}
	}
	return false
}

// TestGethWronglyAccepts names the documented cases where go-ethereum
// accepts typed data the spec's types forbid and the core refuses.
func TestGethWronglyAccepts(t *testing.T) {
	o, err := Build("../third_party")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"hand/eip712/int/int8-200":               "integer_out_of_range",
		"hand/eip712/array/fixed-too-short":      "array_length",
		"hand/eip712/array/fixed-too-long":       "array_length",
		"hand/eip712/int/uint-alias":             "unknown_type",
		"hand/eip712/address/bad-checksum":       "bad_checksum",
		"hand/eip712/json/duplicate-key":         "invalid_json",
		"hand/eip712/json/unknown-top-level-key": "invalid_typed_data",
	}
	for _, v := range o.Typed {
		kind, ok := want[v.ID]
		if !ok {
			continue
		}
		delete(want, v.ID)
		if v.Out.Error != kind {
			t.Errorf("%s: core %q, want %s", v.ID, v.Out.Error, kind)
		}
		if _, _, err := gethTyped(v.Doc); err != nil {
			t.Errorf("%s: go-ethereum now refuses it (%v): update README and gethDiffers", v.ID, err)
		}
	}
	for id := range want {
		t.Errorf("%s: vector missing", id)
	}
}
