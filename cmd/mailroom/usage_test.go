package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// usageCases are usage errors: each must be invalid_input.
var usageCases = [][]string{
	{"nosuch"},
	{"nosuch", "--json"},
	{"--nosuch"},
	{"eip712", "nosuch"},
	{"agent", "nosuch"},
	{"channel", "nosuch", "x"},
	{"completion", "nosuch"},
	{"eip712", "hash"},
	{"eip712", "hash", "a", "b"},
	{"keygen", "extra"},
	{"settle", "extra"},
	{"send", "only-one"},
	{"send", "a", "b", "c"},
	{"did", "--bogus"},
	{"did", "--json", "--bogus"},
	{"voucher", "sign", "--chain-id", "not-a-number"},
	{"keygen", "--light-kdf=maybe"},
	{"help", "nosuch"},
	{"help", "eip712", "nosuch"},
}

// TestUsageErrors: unknown commands, subcommands and flags and wrong
// argument counts are invalid_input (not internal), on one stderr line;
// with --json that line is {"code":"…","message":"…"}; exit 1, no stdout.
func TestUsageErrors(t *testing.T) {
	for _, args := range usageCases {
		if !strings.Contains(strings.Join(args, " "), "--json") {
			inFails(t, "invalid_input", args...)
		}
		jargs := append(append([]string{}, args...), "--json")
		r := runIn(t, nil, jargs...)
		var e map[string]string
		if r.code != 1 || r.stdout != "" || !strings.HasSuffix(r.stderr, "}\n") || strings.Count(r.stderr, "\n") != 1 {
			t.Fatalf("mailroom %s: exit %d, stdout %q, stderr %q", strings.Join(jargs, " "), r.code, r.stdout, r.stderr)
		}
		if err := json.Unmarshal([]byte(r.stderr), &e); err != nil || len(e) != 2 || e["code"] != "invalid_input" || e["message"] == "" {
			t.Fatalf("mailroom %s: stderr %q is not {\"code\":\"invalid_input\",\"message\":…}: %v", strings.Join(jargs, " "), r.stderr, err)
		}
	}
	// --json before the failing flag, or --json=true, counts; --json=false
	// and a --json after -- do not.
	for args, asJSON := range map[string]bool{
		"did --json --bogus": true, "did --bogus --json": true, "did --json=true --bogus": true,
		"did --json=false --bogus": false, "eip712 hash -- --json": false,
	} {
		r := runIn(t, nil, strings.Fields(args)...)
		if got := strings.HasPrefix(r.stderr, "{"); got != asJSON || r.code != 1 {
			t.Errorf("mailroom %s: stderr %q (JSON %v, want %v)", args, r.stderr, got, asJSON)
		}
	}
	// A failure that is not a usage error keeps its kind in JSON too.
	r := runIn(t, strings.NewReader("{"), "eip712", "hash", "-", "--json")
	if r.stderr != "{\"code\":\"invalid_json\",\"message\":"+r.stderr[len("{\"code\":\"invalid_json\",\"message\":"):] || r.code != 1 {
		t.Fatalf("invalid JSON input: %q", r.stderr)
	}
	// Suggestions stay on the one line.
	if msg := inFails(t, "invalid_input", "sned"); !strings.Contains(msg, `unknown command "sned" for "mailroom"`) || !strings.Contains(msg, "send") {
		t.Fatal(msg)
	}
	// A group command alone still prints its help and succeeds.
	if out := inOK(t, "eip712"); !strings.Contains(out, "Available Commands") {
		t.Fatal(out)
	}
	if out := inOK(t); !strings.Contains(out, "Available Commands") {
		t.Fatal(out)
	}
	for _, topic := range [][]string{{"help"}, {"help", "keys"}, {"help", "eip712"}, {"help", "eip712", "sign"}} {
		if out := inOK(t, topic...); out == "" {
			t.Fatalf("mailroom %v printed nothing", topic)
		}
	}
}

// testCmdUsage: the built binary prints usage errors as invalid_input, in
// plain and JSON form, and exits 1.
func testCmdUsage(t *testing.T, mr *mrCLI) {
	for _, args := range [][]string{{"nosuch"}, {"eip712", "nosuch"}, {"send", "x"}, {"settle", "extra"}, {"keygen", "--bogus"}} {
		if out := mr.fails(t, "invalid_input", "", args...); out != "" {
			t.Fatalf("stdout on a usage error: %q", out)
		}
		r := mr.run(t, "", append(args, "--json")...)
		var e struct{ Code, Message string }
		if r.code != 1 || r.stdout != "" || json.Unmarshal([]byte(r.stderr), &e) != nil || e.Code != "invalid_input" || e.Message == "" ||
			strings.Count(r.stderr, "\n") != 1 {
			t.Fatalf("mailroom %v --json: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
}
