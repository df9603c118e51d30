package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
)

// TestChainCLITokenChannel: `mailroom channel` in the test token: open
// with --asset token and a deposit in the token's units (one transaction,
// a permit), status in tUSDC, a top-up in the token (not in ETH: the
// channel holds the token), a voucher claimed in token units, and request
// close + withdraw give the rest back.
func TestChainCLITokenChannel(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := devchain.Start(ctx, devchain.Config{Accounts: 3})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	dep := filepath.Join(t.TempDir(), "deployments.json")
	if err := c.Deployment.Save(dep); err != nil {
		t.Fatal(err)
	}
	fl := []string{"--rpc", c.RPC, "--deployments", dep}
	ok := func(args ...string) string {
		t.Helper()
		out, err := runCLI(t, append(args, fl...)...)
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		return out
	}
	bob := c.Keys[2].Address().Hex()
	var o channelOut
	if err := json.Unmarshal([]byte(ok("channel", "open", "--dev-account", "1", "--to", bob, "--asset", "token", "--deposit", "5tUSDC", "--delay", "0", "--json")), &o); err != nil {
		t.Fatal(err)
	}
	if !strings.EqualFold(o.Asset, c.Contracts.Token.Address.Hex()) || o.Deposit != "5000000" || o.Tx == nil {
		t.Fatalf("opened %+v", o)
	}
	st := ok("channel", "status", o.ChannelID)
	if !strings.Contains(st, "deposit:        5 tUSDC") || !strings.Contains(st, "asset:          "+c.Contracts.Token.Address.Hex()) {
		t.Fatalf("status:\n%s", st)
	}
	if out := ok("channel", "topup", o.ChannelID, "--dev-account", "1", "--amount", "1.5tUSDC"); !strings.Contains(out, "deposit:        6.5 tUSDC") {
		t.Fatalf("topup 1.5tUSDC:\n%s", out)
	}
	if _, err := runCLI(t, append([]string{"channel", "topup", o.ChannelID, "--dev-account", "1", "--amount", "0.01ether"}, fl...)...); errs.KindOf(err) != errs.InvalidInput {
		t.Fatalf("an ETH amount for a token channel: %v", err)
	}
	sig := strings.TrimSpace(ok("channel", "voucher", o.ChannelID, "--dev-account", "1", "--amount", "750000"))
	if out := ok("channel", "claim", o.ChannelID, "--dev-account", "2", "--amount", "0.75tUSDC", "--sig", sig); !strings.Contains(out, "claimed:        0.75 tUSDC") || !strings.Contains(out, "remaining:      5.75 tUSDC") {
		t.Fatalf("claim:\n%s", out)
	}
	ok("channel", "request-close", o.ChannelID, "--dev-account", "1")
	before, _ := c.Contracts.Token.BalanceOf(ctx, c.Keys[1].Address())
	if out := ok("channel", "withdraw", o.ChannelID, "--dev-account", "1"); !strings.Contains(out, "state:          closed") {
		t.Fatalf("withdraw:\n%s", out)
	}
	after, _ := c.Contracts.Token.BalanceOf(ctx, c.Keys[1].Address())
	if d := after.Int64() - before.Int64(); d != 5_750_000 {
		t.Fatalf("withdraw returned %d base units, want 5750000", d)
	}
}
