package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/ethsig"
)

func testCmdKeygen(t *testing.T, mr *mrCLI) {
	out := mr.ok(t, "", "keygen", "--out", "k1.key")
	lines := strings.Split(out, "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[1], "did:agent:eth:") || lines[1] != "did:agent:eth:"+lines[0] {
		t.Fatalf("keygen output %q: want the address then the DID", out)
	}
	path := filepath.Join(mr.dir, "k1.key")
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v, want 0600", st.Mode().Perm())
	}
	content, _ := os.ReadFile(path)
	first := strings.SplitN(string(content), "\n", 2)[0]
	k, err := ethsig.ParsePrivateKey(first)
	if err != nil || !strings.HasPrefix(first, "0x") || len(first) != 66 {
		t.Fatalf("key file first line is not a 0x-hex private key: %v", err)
	}
	if k.Address().String() != lines[0] {
		t.Fatalf("printed address %s, key file holds %s", lines[0], k.Address())
	}
	if strings.Contains(out, first[2:]) {
		t.Fatal("keygen printed the private key without --show-private")
	}

	// Refuses to overwrite; the file is untouched.
	mr.fails(t, "invalid_input", "", "keygen", "--out", "k1.key")
	if again, _ := os.ReadFile(path); string(again) != string(content) {
		t.Fatal("a refused keygen changed the key file")
	}
	// --force replaces it, still 0600, and --show-private prints the key.
	os.Chmod(path, 0o644)
	var j struct{ Address, DID, KeyFile, PrivateKey string }
	if err := json.Unmarshal([]byte(mr.ok(t, "", "keygen", "--out", "k1.key", "--force", "--json", "--show-private")), &j); err != nil {
		t.Fatal(err)
	}
	st, _ = os.Stat(path)
	content2, _ := os.ReadFile(path)
	if st.Mode().Perm() != 0o600 || string(content2) == string(content) || strings.TrimSpace(string(content2)) != j.PrivateKey || j.KeyFile != "k1.key" || j.DID != "did:agent:eth:"+j.Address {
		t.Fatalf("forced keygen: mode %v, json %+v", st.Mode().Perm(), j)
	}
	// Plain --show-private puts the key on the third line; --json without it
	// has no privateKey.
	if l := strings.Split(mr.ok(t, "", "keygen", "--out", "k2.key", "--show-private"), "\n"); len(l) != 3 || !strings.HasPrefix(l[2], "0x") {
		t.Fatalf("--show-private output %q", l)
	}
	if s := mr.ok(t, "", "keygen", "--out", "k3.key", "--json"); strings.Contains(s, "privateKey") {
		t.Fatalf("--json without --show-private printed the key: %s", s)
	}
	// Default file name.
	mr.ok(t, "", "keygen")
	if _, err := os.Stat(filepath.Join(mr.dir, "agent.key")); err != nil {
		t.Fatal("keygen without --out did not write ./agent.key")
	}
	mr.fails(t, "invalid_input", "", "keygen", "--out", filepath.Join("no", "such", "dir", "x.key"))
	mr.fails(t, "invalid_input", "", "keygen", "--out", ".", "--force")
	mr.fails(t, "invalid_input", "", "keygen", "extra")
}
