package main

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"sort"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
)

type reply struct {
	Ok  json.RawMessage `json:"ok"`
	Err *struct {
		Code    errs.Kind `json:"code"`
		Message string    `json:"message"`
	} `json:"err"`
}

func call(t *testing.T, name string, req string) reply {
	t.Helper()
	f, ok := ops[name]
	if !ok {
		t.Fatalf("no op %s", name)
	}
	out := run(f, []byte(req))
	var r reply
	dec := json.NewDecoder(bytes.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil || (r.Ok == nil) == (r.Err == nil) {
		t.Fatalf("%s(%s): malformed reply %s (%v)", name, req, out, err)
	}
	return r
}

func TestPanicBecomesInternal(t *testing.T) {
	out := run(func([]byte) ([]byte, error) { panic("boom") }, nil)
	var r reply
	if err := json.Unmarshal(out, &r); err != nil || r.Err == nil || r.Err.Code != errs.Internal {
		t.Fatalf("reply %s", out)
	}
}

func TestOpsListedAsExports(t *testing.T) {
	src, err := os.ReadFile("exports_gen_wasip1.go")
	if err != nil {
		t.Fatal(err)
	}
	var exported []string
	for _, m := range regexp.MustCompile(`//go:wasmexport (mr_\w+)\nfunc \w+\(ptr, n uint32\) uint64 \{ return call\((op\w+), ptr, n\) \}`).FindAllSubmatch(src, -1) {
		if ops[string(m[1])] == nil {
			t.Errorf("%s is exported but not in ops", m[1])
		}
		exported = append(exported, string(m[1]))
	}
	var names []string
	for n := range ops {
		names = append(names, n)
	}
	sort.Strings(names)
	sort.Strings(exported)
	if !slices.Equal(names, exported) {
		t.Fatalf("ops %v\nexports %v", names, exported)
	}
}

// TestBadInputNeverInternal sends every op malformed requests: each must
// answer with a specific error kind, never a panic or "internal".
func TestBadInputNeverInternal(t *testing.T) {
	known := map[errs.Kind]bool{}
	for _, k := range errs.All {
		known[k] = true
	}
	bad := []string{"", "{", "[]", "null", `{"x":1}`, `{"privateKey":1}`, `"str"`, "{} {}", "\xff",
		`{"data":"0x1"}`, `{"address":"0xzz"}`, `{"guard":99}`, `{"digest":"0x00","signature":"0x00"}`}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 50; i++ {
		b := make([]byte, rng.IntN(64))
		for j := range b {
			b[j] = byte(rng.IntN(256))
		}
		bad = append(bad, string(b))
	}
	for name := range ops {
		if name == "mr_generate_key" {
			continue
		}
		for _, req := range bad {
			if name == "mr_replay_close" && req == `{"guard":99}` {
				continue // closing an unknown guard is fine
			}
			r := call(t, name, req)
			if r.Err == nil {
				t.Errorf("%s(%q) = ok %s", name, req, r.Ok)
			} else if r.Err.Code == errs.Internal || !known[r.Err.Code] {
				t.Errorf("%s(%q): code %q: %s", name, req, r.Err.Code, r.Err.Message)
			}
		}
	}
}

func TestOpsOnHost(t *testing.T) {
	k1, k2 := call(t, "mr_generate_key", ""), call(t, "mr_generate_key", "{}")
	if bytes.Equal(k1.Ok, k2.Ok) {
		t.Fatal("two generated keys are equal")
	}
	const key = `"0xc85ef7d79691fe79573b1a7064c19c1a9819ebdbd1faaab1a8ec92344438aaf4"`
	const addr = `"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"`
	for _, c := range []struct{ op, req, want string }{
		{"mr_keccak256", `{"data":"0x"}`, `"0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"`},
		{"mr_address_of", `{"privateKey":` + key + `}`, addr},
		{"mr_parse_address", `{"address":"0xcd2a3d9f938e13cd947ec05abc7fe734df8dd826"}`, addr},
		{"mr_format_did", `{"address":` + addr + `}`, `"did:agent:eth:0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"`},
		{"mr_parse_did", `{"did":"did:agent:eth:0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"}`, addr},
		{"mr_voucher_accept", `{"lastAccepted":"10","price":5,"deposit":"0x64","cumulative":"15"}`, `"15"`},
		{"mr_replay_new", `{"pastSeconds":300,"futureSeconds":30,"capacity":4}`, `1`},
		{"mr_replay_use", `{"guard":1,"sender":` + addr + `,"nonce":"1","timestamp":"100","now":"100"}`, `true`},
		{"mr_replay_len", `{"guard":1}`, `1`},
		{"mr_replay_close", `{"guard":1}`, `true`},
	} {
		r := call(t, c.op, c.req)
		if r.Err != nil || string(r.Ok) != c.want {
			t.Errorf("%s(%s) = %s %+v, want %s", c.op, c.req, r.Ok, r.Err, c.want)
		}
	}
	sig := call(t, "mr_sign", `{"privateKey":`+key+`,"digest":"0x0000000000000000000000000000000000000000000000000000000000000001"}`)
	rec := call(t, "mr_recover", `{"digest":"0x0000000000000000000000000000000000000000000000000000000000000001","signature":`+string(sig.Ok)+`}`)
	if string(rec.Ok) != addr {
		t.Fatalf("recover = %s %+v", rec.Ok, rec.Err)
	}
	env := call(t, "mr_envelope_sign", `{"privateKey":`+key+`,"sender":`+addr+`,"recipient":"0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB","payloadHash":"0x0000000000000000000000000000000000000000000000000000000000000002","timestamp":1700000000,"nonce":"0","chainId":31337,"verifyingContract":"0x5FbDB2315678afecb367f032d93F642f64180aa3"}`)
	if env.Err != nil {
		t.Fatal(env.Err)
	}
	if v := call(t, "mr_envelope_verify", string(env.Ok)); v.Err != nil {
		t.Fatalf("verify of %s: %+v", env.Ok, v.Err)
	}
	tampered := bytes.Replace(env.Ok, []byte(`"nonce":"0"`), []byte(`"nonce":"1"`), 1)
	if v := call(t, "mr_envelope_verify", string(tampered)); v.Err == nil || v.Err.Code != errs.SignerMismatch {
		t.Fatalf("tampered envelope: %s %+v", v.Ok, v.Err)
	}
}
