package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/hosts/runtime/native"
)

const (
	testChannelContract = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"
	testChannelID       = "0x5b38da6a701c568545dcfcb03fcb875f56beddc4000000000000000000000001"
)

func testCmdVoucher(t *testing.T, mr *mrCLI) {
	mr.write(t, "v-cow.key", cowKey+"\n")
	dom := []string{"--chain-id", "31337", "--contract", testChannelContract}
	sign := append([]string{"voucher", "sign", "--key", "v-cow.key", "--channel", testChannelID, "--amount", "1000000000000000000"}, dom...)
	wire := mr.ok(t, "", sign...)
	s, err := voucher.Decode([]byte(wire))
	if err != nil {
		t.Fatalf("sign printed %q: %v", wire, err)
	}
	if s.CumulativeAmount.String() != "1000000000000000000" {
		t.Fatalf("amount %s", s.CumulativeAmount)
	}
	contract, _ := ethsig.ParseAddress(testChannelContract)
	cow, _ := ethsig.ParseAddress(cowAddr)
	if err := native.New().VerifyVoucher(context.Background(), 31337, contract, s, cow); err != nil {
		t.Fatalf("the printed voucher does not verify: %v", err)
	}
	// Hex amounts are the same amount.
	if got := mr.ok(t, "", append([]string{"voucher", "sign", "--key", "v-cow.key", "--channel", testChannelID, "--amount", "0xde0b6b3a7640000"}, dom...)...); got != wire {
		t.Fatal("0x amount differs from the decimal one")
	}

	mr.write(t, "v.json", wire)
	if got := mr.ok(t, "", append([]string{"voucher", "verify", "v.json"}, dom...)...); got != cowAddr {
		t.Fatalf("verify = %q", got)
	}
	if got := mr.ok(t, wire, append([]string{"voucher", "verify", "-", "--sender", "did:agent:eth:" + cowAddr}, dom...)...); got != cowAddr {
		t.Fatalf("verify --sender = %q", got)
	}
	var j struct {
		Digest string
		Signer struct{ Address string }
	}
	if err := json.Unmarshal([]byte(mr.ok(t, "", append([]string{"voucher", "verify", "--json", "v.json"}, dom...)...)), &j); err != nil || j.Signer.Address != cowAddr || len(j.Digest) != 66 {
		t.Fatalf("verify --json: %+v %v", j, err)
	}
	mr.fails(t, "signer_mismatch", "", append([]string{"voucher", "verify", "v.json", "--sender", testChannelContract}, dom...)...)
	// Another amount or another domain: the signature is by someone else.
	mr.fails(t, "signer_mismatch", strings.Replace(wire, `"1000000000000000000"`, `"2000000000000000000"`, 1), append([]string{"voucher", "verify", "-", "--sender", cowAddr}, dom...)...)
	mr.fails(t, "signer_mismatch", "", "voucher", "verify", "v.json", "--sender", cowAddr, "--chain-id", "1", "--contract", testChannelContract)
	mr.fails(t, "invalid_input", "", "voucher", "verify", "v.json", "--contract", testChannelContract)
	mr.fails(t, "invalid_input", "", "voucher", "verify", "v.json", "--chain-id", "1")
	mr.fails(t, "invalid_json", `{"channelId":`, append([]string{"voucher", "verify", "-"}, dom...)...)

	mr.fails(t, "invalid_integer", "", append([]string{"voucher", "sign", "--key", "v-cow.key", "--channel", testChannelID, "--amount", "-1"}, dom...)...)
	mr.fails(t, "integer_out_of_range", "", append([]string{"voucher", "sign", "--key", "v-cow.key", "--channel", testChannelID, "--amount", "0x1" + strings.Repeat("0", 64)}, dom...)...)
	mr.fails(t, "invalid_hex", "", append([]string{"voucher", "sign", "--key", "v-cow.key", "--channel", "0x12", "--amount", "1"}, dom...)...)
	mr.fails(t, "invalid_input", "", append([]string{"voucher", "sign", "--key", "v-cow.key", "--amount", "1"}, dom...)...)
	mr.fails(t, "bad_checksum", "", "voucher", "sign", "--key", "v-cow.key", "--channel", testChannelID, "--amount", "1", "--chain-id", "1", "--contract", strings.Replace(testChannelContract, "E", "e", 1))
}
