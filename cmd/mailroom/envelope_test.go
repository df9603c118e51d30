package main

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/hosts/runtime/native"
)

const testRegistry = "0x5FbDB2315678afecb367f032d93F642f64180aa3"

func testCmdEnvelope(t *testing.T, mr *mrCLI) {
	mr.write(t, "env-cow.key", cowKey+"\n")
	mr.ok(t, "", "keygen", "--out", "env-bob.key")
	bobDID := mr.ok(t, "", "did", "--key", "env-bob.key")
	bob := strings.TrimPrefix(bobDID, "did:agent:eth:")
	body := mr.write(t, "body.json", `{"task":"summarise"}`)

	signArgs := []string{"envelope", "sign", "--key", "env-cow.key", "--to", bobDID, "--body", body,
		"--nonce", "7", "--timestamp", "1700000000", "--chain-id", "31337", "--registry", testRegistry}
	wire := mr.ok(t, "", signArgs...)
	s, err := envelope.Decode([]byte(wire))
	if err != nil {
		t.Fatalf("sign printed %q: %v", wire, err)
	}
	if s.Sender.String() != cowAddr || s.Recipient.String() != bob || s.Nonce != 7 || s.Timestamp != 1700000000 ||
		s.ChainID != 31337 || s.Registry.String() != testRegistry || s.PayloadHash != envelope.RequestPayloadHash("POST", "/", []byte(`{"task":"summarise"}`)) {
		t.Fatalf("signed envelope %+v", s)
	}
	if err := native.New().VerifyEnvelope(context.Background(), s); err != nil {
		t.Fatalf("the printed envelope does not verify: %v", err)
	}
	// Deterministic: same inputs, same bytes; body from stdin and
	// --payload-hash give the same envelope; --to takes a bare address.
	if again := mr.ok(t, "", signArgs...); again != wire {
		t.Fatal("envelope sign is not deterministic")
	}
	stdinArgs := append([]string{}, signArgs...)
	stdinArgs[7] = "-"
	if got := mr.ok(t, `{"task":"summarise"}`, stdinArgs...); got != wire {
		t.Fatal("--body - differs from --body FILE")
	}
	ph := "0x" + strings.TrimPrefix(strings.Split(strings.Split(wire, `"payloadHash":"`)[1], `"`)[0], "0x")
	phArgs := []string{"envelope", "sign", "--key", "env-cow.key", "--to", bob, "--payload-hash", ph,
		"--nonce", "7", "--timestamp", "1700000000", "--chain-id", "31337", "--registry", testRegistry}
	if got := mr.ok(t, "", phArgs...); got != wire {
		t.Fatal("--payload-hash differs from --body")
	}
	// Default timestamp is now.
	nowWire := mr.ok(t, "", "envelope", "sign", "--key", "env-cow.key", "--to", bob, "--body", body, "--nonce", "0", "--chain-id", "1", "--registry", testRegistry)
	ns, _ := envelope.Decode([]byte(nowWire))
	if d := time.Now().Unix() - int64(ns.Timestamp); d < 0 || d > 60 {
		t.Fatalf("default timestamp %d is not now", ns.Timestamp)
	}

	mr.write(t, "env.json", wire)
	if got := mr.ok(t, "", "envelope", "verify", "env.json"); got != cowAddr {
		t.Fatalf("verify = %q", got)
	}
	if got := mr.ok(t, wire, "envelope", "verify", "-"); got != cowAddr {
		t.Fatalf("verify - = %q", got)
	}
	now := strconv.Itoa(1700000000 + 10)
	var j struct {
		Digest string
		Sender struct{ Address, DID string }
	}
	out := mr.ok(t, "", "envelope", "verify", "--json", "--body", body, "--me", bobDID, "--window", "--now", now, "env.json")
	if err := json.Unmarshal([]byte(out), &j); err != nil || j.Sender.Address != cowAddr || len(j.Digest) != 66 {
		t.Fatalf("verify --json = %s (%v)", out, err)
	}
	mr.write(t, "other.json", `{"task":"other"}`)
	mr.fails(t, "payload_mismatch", "", "envelope", "verify", "--body", "other.json", "env.json")
	mr.fails(t, "wrong_recipient", "", "envelope", "verify", "--me", cowAddr, "env.json")
	mr.fails(t, "timestamp_expired", "", "envelope", "verify", "--window", "--now", "1700000301", "env.json")
	mr.fails(t, "timestamp_future", "", "envelope", "verify", "--window", "--now", "1699999969", "env.json")
	mr.ok(t, "", "envelope", "verify", "--window", "--past", "1h", "--now", "1700003000", "env.json")
	mr.ok(t, "", "envelope", "verify", "--window", "--now", "1700000300", "env.json")
	// Checks run in the protocol's order: recipient before payload.
	mr.fails(t, "wrong_recipient", "", "envelope", "verify", "--me", cowAddr, "--body", "other.json", "env.json")
	// Tampering with any signed field breaks the signature.
	mr.fails(t, "signer_mismatch", strings.Replace(wire, `"nonce":"7"`, `"nonce":"8"`, 1), "envelope", "verify", "-")
	mr.fails(t, "signer_mismatch", strings.Replace(wire, `"chainId":"31337"`, `"chainId":"1"`, 1), "envelope", "verify", "-")
	mr.fails(t, "invalid_json", strings.Replace(wire, `"nonce"`, `"extra":1,"nonce"`, 1), "envelope", "verify", "-")
	mr.fails(t, "invalid_input", `{}`, "envelope", "verify", "-")

	// A key that is not the sender cannot sign.
	mr.fails(t, "invalid_input", "", "envelope", "sign", "--key", "env-cow.key", "--to", bob, "--nonce", "1", "--chain-id", "1", "--registry", testRegistry)
	mr.fails(t, "invalid_input", "", "envelope", "sign", "--key", "env-cow.key", "--to", bob, "--body", body, "--payload-hash", ph, "--nonce", "1", "--chain-id", "1", "--registry", testRegistry)
	mr.fails(t, "invalid_input", "", "envelope", "sign", "--key", "env-cow.key", "--to", bob, "--body", body, "--chain-id", "1", "--registry", testRegistry)
	mr.fails(t, "invalid_did", "", "envelope", "sign", "--key", "env-cow.key", "--to", "did:agent:eth:nope", "--body", body, "--nonce", "1", "--chain-id", "1", "--registry", testRegistry)
	mr.fails(t, "invalid_address", "", "envelope", "sign", "--key", "env-cow.key", "--to", bob, "--body", body, "--nonce", "1", "--chain-id", "1", "--registry", "0x12")
	mr.fails(t, "invalid_hex", "", "envelope", "sign", "--key", "env-cow.key", "--to", bob, "--payload-hash", "0x12", "--nonce", "1", "--chain-id", "1", "--registry", testRegistry)
}
