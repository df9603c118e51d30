package main

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"testing"
)

// appendEcho must write what json.Encoder writes for the echo map, for any
// body: JSON or not, compact or not, with characters encoding/json escapes.
func TestAppendEchoIsJSONEncoder(t *testing.T) {
	agent := "did:mailroom:0xAbC"
	q, _ := json.Marshal(agent)
	prefix := `{"agent":` + string(q) + `,"echo":`
	want := func(b []byte) []byte {
		out := map[string]any{"agent": agent, "echo": string(b)}
		if json.Valid(b) {
			out["echo"] = json.RawMessage(b)
		}
		var buf bytes.Buffer
		json.NewEncoder(&buf).Encode(out)
		return buf.Bytes()
	}
	bodies := []string{`{"task":"bench","sender":1,"n":2}`, `{"a": 1}`, "[1,\n2]", `"<b>&"`, "\"\u2028\"", `not json`, ``, `{"x":"é"}`, "\xff", `{"a":1}}`, `12`, `null`}
	r := rand.New(rand.NewSource(9))
	alphabet := []byte("{}[]\":,0123456789abc \n\t<>&\\\xe2\x80\xa8\xff")
	for i := 0; i < 3000; i++ {
		b := make([]byte, r.Intn(24))
		for j := range b {
			b[j] = alphabet[r.Intn(len(alphabet))]
		}
		bodies = append(bodies, string(b))
	}
	fast := 0
	for _, s := range bodies {
		b := []byte(s)
		got := appendEcho(nil, prefix, agent, b)
		if w := want(b); !bytes.Equal(got, w) {
			t.Fatalf("body %q: appendEcho %q, json.Encoder %q", s, got, w)
		}
		if json.Valid(b) && !bytes.ContainsAny(b, " \t\r\n<>&\u2028\u2029") {
			fast++
		}
	}
	if fast < 3 {
		t.Fatalf("only %d bodies took the fast path", fast)
	}
}
