package main

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"
)

// testCmdDemo runs `mailroom demo --json` as a user would and checks the
// story's arithmetic from its last line: every request either paid or was
// refused with its code, Bob claimed exactly rate × accepted, Alice got the
// rest of her deposit back, and Bob's balance moved by the claim minus gas.
func testCmdDemo(t *testing.T, mr *mrCLI) {
	start := time.Now()
	out := mr.ok(t, "", "demo", "--json")
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("demo took %v, want under 30 s", d)
	}
	lines := strings.Split(out, "\n")
	var s struct {
		Requests           int      `json:"requests"`
		Accepted           int      `json:"accepted"`
		Rejected           int      `json:"rejected"`
		RejectedCodes      []string `json:"rejectedCodes"`
		SettledWei         string   `json:"settledWei"`
		RatePerTaskWei     string   `json:"ratePerTaskWei"`
		DepositWei         string   `json:"depositWei"`
		AliceRefundWei     string   `json:"aliceRefundWei"`
		BobBalanceDeltaWei string   `json:"bobBalanceDeltaWei"`
		BobGasWei          string   `json:"bobGasWei"`
	}
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &s); err != nil {
		t.Fatalf("last line of demo --json is not the summary object: %v\n%s", err, lines[len(lines)-1])
	}
	wei := func(name, v string) *big.Int {
		x, ok := new(big.Int).SetString(v, 10)
		if !ok {
			t.Fatalf("%s = %q is not a decimal string", name, v)
		}
		return x
	}
	settled, rate, deposit := wei("settledWei", s.SettledWei), wei("ratePerTaskWei", s.RatePerTaskWei), wei("depositWei", s.DepositWei)
	refund, delta, gas := wei("aliceRefundWei", s.AliceRefundWei), wei("bobBalanceDeltaWei", s.BobBalanceDeltaWei), wei("bobGasWei", s.BobGasWei)
	if s.Requests != s.Accepted+s.Rejected || s.Accepted == 0 {
		t.Errorf("requests %d != accepted %d + rejected %d", s.Requests, s.Accepted, s.Rejected)
	}
	want := []string{"nonce_replayed", "signer_mismatch", "voucher_exceeds_deposit"}
	if strings.Join(s.RejectedCodes, ",") != strings.Join(want, ",") {
		t.Errorf("refusal codes %v, want %v", s.RejectedCodes, want)
	}
	if exp := new(big.Int).Mul(rate, big.NewInt(int64(s.Accepted))); settled.Cmp(exp) != 0 {
		t.Errorf("settled %s wei, want rate × accepted = %s", settled, exp)
	}
	if exp := new(big.Int).Sub(deposit, settled); refund.Cmp(exp) != 0 {
		t.Errorf("Alice's refund %s wei, want deposit − settled = %s", refund, exp)
	}
	if sum := new(big.Int).Add(delta, gas); sum.Cmp(settled) != 0 {
		t.Errorf("Bob's delta %s + gas %s = %s, want the settled %s", delta, gas, sum, settled)
	}
}
