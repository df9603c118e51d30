package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func testCmdDID(t *testing.T, mr *mrCLI) {
	const addr = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
	const did = "did:agent:eth:" + addr
	for _, in := range []string{addr, strings.ToLower(addr), "0x" + strings.ToUpper(addr[2:]), did} {
		if got := mr.ok(t, "", "did", in); got != did {
			t.Fatalf("did %s = %q, want %q", in, got, did)
		}
	}
	if got := mr.ok(t, "", "did", "parse", did); got != addr {
		t.Fatalf("did parse = %q", got)
	}
	var j struct{ Address, DID string }
	if err := json.Unmarshal([]byte(mr.ok(t, "", "did", "parse", "--json", did)), &j); err != nil || j.Address != addr || j.DID != did {
		t.Fatalf("did parse --json: %+v, %v", j, err)
	}
	mr.ok(t, "", "keygen", "--out", "did.key")
	fromKey := mr.ok(t, "", "did", "--key", "did.key")
	if !strings.HasPrefix(fromKey, "did:agent:eth:0x") {
		t.Fatalf("did --key = %q", fromKey)
	}
	if got := mr.ok(t, "", "did", "parse", fromKey); "did:agent:eth:"+got != fromKey {
		t.Fatalf("did parse of %s = %s", fromKey, got)
	}
	mr.fails(t, "bad_checksum", "", "did", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")
	mr.fails(t, "invalid_address", "", "did", "0x1234")
	mr.fails(t, "invalid_did", "", "did", "parse", "did:web:example.com")
	mr.fails(t, "invalid_did", "", "did", "parse", "did:agent:eth:0x12")
	mr.fails(t, "invalid_input", "", "did")
	mr.fails(t, "invalid_input", "", "did", "--key", "did.key", addr)
	mr.fails(t, "invalid_input", "", "did", "--key", "missing.key")
	mr.write(t, "bad.key", "not a key\n")
	mr.fails(t, "invalid_private_key", "", "did", "--key", "bad.key")
	mr.write(t, "zero.key", "0x"+strings.Repeat("0", 64)+"\n")
	mr.fails(t, "invalid_private_key", "", "did", "--key", "zero.key")
}
