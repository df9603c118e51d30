package conformance_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
	"github.com/agentmailroom/mailroom/hosts/runtime/native"
	"github.com/agentmailroom/mailroom/testvectors/conformance"
)

// TestSample runs the checked-in sample set: every case must pass.
func TestSample(t *testing.T) {
	res, err := conformance.Run(native.New(), "cases")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Failures {
		t.Errorf("%s: %s", f.File, f.Reason)
	}
	if res.Passed != 120 || res.Failed != 0 {
		t.Fatalf("%s", res.Summary())
	}
	if got := res.Summary(); got != "native: 120 passed, 0 failed" {
		t.Fatalf("summary %q", got)
	}
}

const positive = `{"typedData":{"types":{"EIP712Domain":[{"name":"name","type":"string"}],"M":[{"name":"x","type":"uint8"}]},"primaryType":"M","domain":{"name":"t"},"message":{"x":1}},
"digest":"%DIGEST%","signature":"%SIG%","signer":"%SIGNER%"}`

// fixture builds a correct positive case signed with a fixed key.
func fixture(t *testing.T) (string, string, string) {
	rt := native.New()
	priv, _ := hexutil.Decode("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	td := positive[len(`{"typedData":`):strings.Index(positive, ",\n")]
	sig, h, err := rt.SignTypedData(context.Background(), priv, []byte(td))
	if err != nil {
		t.Fatal(err)
	}
	k, _ := ethsig.PrivateKeyFromBytes(priv)
	return hexutil.Encode(h.Digest[:]), sig.Hex(), k.Address().String()
}

// TestMalformedCasesFail checks that broken or wrong cases count as
// failures with a reason and never stop the run.
func TestMalformedCasesFail(t *testing.T) {
	digest, sig, signer := fixture(t)
	pos := func(d, s, a string) string {
		r := strings.NewReplacer("%DIGEST%", d, "%SIG%", s, "%SIGNER%", a)
		return r.Replace(positive)
	}
	other := "0x" + strings.Repeat("11", 32)
	otherSigner := "0x" + strings.Repeat("22", 20)
	highS := sig[:66] + "ff" + sig[68:] // s >= n/2 (or out of range): refused by policy
	cases := map[string]struct {
		body string
		pass bool
	}{
		"ok.json":             {pos(digest, sig, signer), true},
		"ok-lower.json":       {pos(digest, sig, strings.ToLower(signer)), true},
		"negative-ok.json":    {`{"typedData":{"types":{}},"invalid":"no EIP712Domain"}`, true},
		"wrong-digest.json":   {pos(other, sig, signer), false},
		"wrong-signer.json":   {pos(digest, sig, otherSigner), false},
		"high-s.json":         {pos(digest, highS, signer), false},
		"bad-hex.json":        {pos("0xzz", sig, signer), false},
		"short-sig.json":      {pos(digest, sig[:20], signer), false},
		"bad-checksum.json":   {pos(digest, sig, strings.Replace(signer, "E", "e", 1)), false},
		"negative-valid.json": {`{"typedData":` + positive[len(`{"typedData":`):strings.Index(positive, ",\n")] + `,"invalid":"not really"}`, false},
		"not-json.json":       {`{"typedData":`, false},
		"array.json":          {`[1,2]`, false},
		"null.json":           {`null`, false},
		"empty.json":          {``, false},
		"no-typeddata.json":   {`{"invalid":"x"}`, false},
		"unknown-key.json":    {strings.Replace(pos(digest, sig, signer), `"digest"`, `"comment":"x","digest"`, 1), true},
		"mixed.json":          {strings.Replace(pos(digest, sig, signer), `"digest"`, `"invalid":"x","digest"`, 1), false},
		"missing-signer.json": {strings.Replace(pos(digest, sig, signer), `,"signer":"`+signer+`"`, ``, 1), false},
		"invalid-number.json": {`{"typedData":{},"invalid":7}`, false},
		"trailing.json":       {pos(digest, sig, signer) + `{}`, false},
	}
	dir := t.TempDir()
	for name, c := range cases {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(c.body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Not cases: ignored.
	os.WriteFile(filepath.Join(dir, "README.md"), []byte("# notes"), 0o644)
	os.Mkdir(filepath.Join(dir, "sub.json"), 0o755)

	res, err := conformance.Run(native.New(), dir)
	if err != nil {
		t.Fatal(err)
	}
	failed := map[string]string{}
	for _, f := range res.Failures {
		failed[f.File] = f.Reason
	}
	for name, c := range cases {
		reason, didFail := failed[name]
		if didFail == c.pass {
			t.Errorf("%s: pass=%v, want %v (%s)", name, !didFail, c.pass, reason)
		}
	}
	if res.Passed+res.Failed != len(cases) {
		t.Fatalf("ran %d cases, want %d", res.Passed+res.Failed, len(cases))
	}
}

func TestEmptyOrMissingDir(t *testing.T) {
	if _, err := conformance.Run(native.New(), t.TempDir()); err == nil {
		t.Fatal("an empty directory must be an error, not 0 passed")
	}
	if _, err := conformance.Run(native.New(), filepath.Join(t.TempDir(), "nope")); err == nil {
		t.Fatal("a missing directory must be an error")
	}
}

// panicky is a runtime whose HashTypedData panics.
type panicky struct{ api.Runtime }

func (panicky) Name() string { return "panicky" }
func (panicky) HashTypedData(context.Context, []byte) (api.TypedDataHash, error) {
	panic("boom")
}

func TestRuntimePanicIsAFailure(t *testing.T) {
	res, err := conformance.Run(panicky{native.New()}, "cases")
	if err != nil {
		t.Fatal(err)
	}
	if res.Failed != 120 || res.Summary() != "panicky: 0 passed, 120 failed" {
		t.Fatalf("%s", res.Summary())
	}
}
