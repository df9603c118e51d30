package eip712

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// fuzzSeeds are representative documents: the benchmark inputs, the unit
// tests' documents and, when the project's vectors exist, every typed-data
// object in testvectors/*.json.
func fuzzSeeds(f *testing.F) {
	for _, p := range []string{"testdata/bench-mail.json", "testdata/bench-seaport.json"} {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, d := range seedDocs {
		f.Add([]byte(d))
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "testvectors", "*.json"))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		var v any
		if json.Unmarshal(b, &v) != nil {
			continue
		}
		collectTypedData(v, func(doc []byte) { f.Add(doc) })
	}
}

// collectTypedData calls add with the JSON of every object holding "types".
func collectTypedData(v any, add func([]byte)) {
	switch x := v.(type) {
	case map[string]any:
		if _, ok := x["types"]; ok {
			if b, err := json.Marshal(x); err == nil {
				add(b)
			}
		}
		for _, e := range x {
			collectTypedData(e, add)
		}
	case []any:
		for _, e := range x {
			collectTypedData(e, add)
		}
	}
}

// FuzzParse: Parse never panics, is deterministic, every failure carries a
// known kind, and an accepted document re-marshalled by encoding/json
// hashes the same; the message hash is keccak256 of EncodeData.
func FuzzParse(f *testing.F) {
	fuzzSeeds(f)
	known := map[errs.Kind]bool{}
	for _, k := range errs.All {
		known[k] = true
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		td, err := Parse(data)
		td2, err2 := Parse(data)
		if err != nil {
			if err2 == nil || err.Error() != err2.Error() {
				t.Fatalf("not deterministic: %v then %v", err, err2)
			}
			if k := errs.KindOf(err); !known[k] || k == errs.Internal {
				t.Fatalf("error without a proper kind: %v", err)
			}
			return
		}
		if err2 != nil || td.Digest() != td2.Digest() {
			t.Fatalf("not deterministic: %x then %v", td.Digest(), err2)
		}
		enc, err := td.EncodeData()
		if err != nil {
			t.Fatalf("EncodeData after a successful Parse: %v", err)
		}
		if keccak.Sum256(enc) != td.MessageHash() {
			t.Fatal("keccak256(EncodeData) != MessageHash")
		}
		dom, err := td.EncodeDomainData()
		if err != nil || keccak.Sum256(dom) != td.DomainSeparator() {
			t.Fatalf("keccak256(EncodeDomainData) != DomainSeparator (%v)", err)
		}
		if Digest(td.DomainSeparator(), td.MessageHash()) != td.Digest() {
			t.Fatal("Digest(domainSeparator, messageHash) != Digest()")
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("encoding/json refuses a document Parse accepted: %v", err)
		}
		again, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		td3, err := Parse(again)
		if err != nil {
			t.Fatalf("re-marshalled document refused: %v\n%s", err, again)
		}
		if td3.Digest() != td.Digest() {
			t.Fatalf("re-marshalled document hashes differently:\n%s\n%s", data, again)
		}
	})
}
