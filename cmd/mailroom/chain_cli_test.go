package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
)

// runCLI runs the root command in process.
func runCLI(t *testing.T, args ...string) (string, error) {
	t.Helper()
	root := newRootCmd()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(args)
	err := root.ExecuteContext(context.Background())
	return out.String(), err
}

// TestChainCLIInProcess drives every chain command against an in-process dev chain.
func TestChainCLIInProcess(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := devchain.Start(ctx, devchain.Config{Accounts: 5})
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
	fail := func(kind errs.Kind, contains string, args ...string) {
		t.Helper()
		_, err := runCLI(t, append(args, fl...)...)
		if errs.KindOf(err) != kind || !strings.Contains(errs.Message(err), contains) {
			t.Fatalf("%v: got %v, want %s containing %q", args, err, kind, contains)
		}
	}
	a1, a2 := c.Keys[1].Address().Hex(), c.Keys[2].Address().Hex()

	// deploy (a second set of contracts) writes its own file, with the
	// mainnet-like minimum withdraw delay by default.
	dep2 := filepath.Join(t.TempDir(), "d2.json")
	if out, err := runCLI(t, "deploy", "--rpc", c.RPC, "--deployments", dep2, "--dev-account", "4"); err != nil || !strings.Contains(out, "AgentRegistry:") || !strings.Contains(out, "min withdraw delay:  3600s") {
		t.Fatalf("deploy: %v %s", err, out)
	}
	if d2, err := chain.LoadDeployment(dep2); err != nil || d2.MinWithdrawDelay != 3600 {
		t.Fatalf("deployments file %+v %v", d2, err)
	}
	fl2 := []string{"--rpc", c.RPC, "--deployments", dep2}
	if _, err := runCLI(t, append([]string{"channel", "open", "--dev-account", "1", "--to", c.Keys[2].Address().Hex(), "--deposit", "1000", "--delay", "0"}, fl2...)...); errs.KindOf(err) != errs.Reverted || !strings.Contains(errs.Message(err), "WithdrawDelayTooShort(withdrawDelay=0, minimum=3600)") {
		t.Fatalf("delay 0 under the default minimum: %v", err)
	}
	if _, err := runCLI(t, append([]string{"channel", "open", "--dev-account", "1", "--to", c.Keys[2].Address().Hex(), "--deposit", "1000", "--delay", "1h"}, fl2...)...); err != nil {
		t.Fatalf("delay 1h under the default minimum: %v", err)
	}
	dep3 := filepath.Join(t.TempDir(), "d3.json")
	if out, err := runCLI(t, "deploy", "--rpc", c.RPC, "--deployments", dep3, "--dev-account", "4", "--min-withdraw-delay", "10m", "--json"); err != nil || !strings.Contains(out, `"minWithdrawDelay": 600`) {
		t.Fatalf("deploy --min-withdraw-delay 10m: %v %s", err, out)
	}
	if _, err := runCLI(t, "deploy", "--rpc", c.RPC, "--deployments", dep3, "--dev-account", "4", "--min-withdraw-delay", "9000h"); errs.KindOf(err) != errs.InvalidInput {
		t.Fatalf("deploy with a minimum above 365 days: %v", err)
	}

	ok("register", "--dev-account", "1", "--endpoint", "http://127.0.0.1:1", "--capability", "a,b")
	fail(errs.Reverted, "AgentAlreadyRegistered", "register", "--dev-account", "1")
	fail(errs.InvalidInput, "--consent-sig", "register", "--dev-account", "0", "--agent", a2)
	ok("register", "--dev-account", "0", "--agent-dev-account", "2", "--rate", "0.5gwei")
	if out := ok("profile", a2); !strings.Contains(out, "500000000 wei") {
		t.Fatalf("profile:\n%s", out)
	}
	fail(errs.AgentNotFound, "not registered", "profile", c.Keys[3].Address().Hex())
	fail(errs.InvalidDID, "", "profile", "did:agent:btc:0x00")

	if out := ok("agent", "update", a2, "--dev-account", "0", "--endpoint", "http://127.0.0.1:2"); !strings.Contains(out, "http://127.0.0.1:2") || !strings.Contains(out, "0.0000000005 ether") {
		t.Fatalf("update kept the rate?\n%s", out)
	}
	fail(errs.Reverted, "NotAgentOwner", "agent", "update", a2, "--dev-account", "3", "--endpoint", "x")
	// The agent key deactivates itself: the owner alone cannot revive it.
	if out := ok("agent", "deactivate", a2, "--dev-account", "2"); !strings.Contains(out, "active:       false") {
		t.Fatal(out)
	}
	fail(errs.Reverted, "AgentConsentRequired", "agent", "activate", a2, "--dev-account", "0")
	fail(errs.InvalidInput, "not the agent", "agent", "activate", a2, "--dev-account", "0", "--agent-dev-account", "3")
	fail(errs.InvalidInput, "--deadline", "agent", "activate", a2, "--dev-account", "0", "--consent-sig", "0x00")
	if out := ok("agent", "activate", a2, "--dev-account", "0", "--agent-dev-account", "2"); !strings.Contains(out, "active:       true") {
		t.Fatal(out)
	}
	// A consent signed elsewhere (agent consent) works once.
	ok("agent", "deactivate", a2, "--dev-account", "2")
	out := ok("agent", "consent", "activate", a2, "--dev-account", "2")
	sigLine := strings.Fields(strings.SplitN(out, "signature:", 2)[1])[0]
	dlLine := strings.Fields(strings.SplitN(out, "deadline:", 2)[1])[0]
	if out := ok("agent", "activate", a2, "--dev-account", "0", "--consent-sig", sigLine, "--deadline", dlLine); !strings.Contains(out, "active:       true") {
		t.Fatal(out)
	}
	ok("agent", "deactivate", a2, "--dev-account", "2")
	fail(errs.Reverted, "ConsentSignerMismatch", "agent", "activate", a2, "--dev-account", "0", "--consent-sig", sigLine, "--deadline", dlLine)
	fail(errs.InvalidInput, "not the agent", "agent", "consent", "activate", a2, "--dev-account", "3")
	// The agent key lifts its own deactivation by itself.
	if out := ok("agent", "activate", a2, "--dev-account", "2"); !strings.Contains(out, "active:       true") {
		t.Fatal(out)
	}
	// Transfers need the agent key's consent to the new owner.
	fail(errs.Reverted, "AgentConsentRequired", "agent", "transfer", a2, a1, "--dev-account", "0")
	if out := ok("agent", "transfer", a2, a1, "--dev-account", "0", "--agent-dev-account", "2"); !strings.Contains(out, "owner:        "+a1) {
		t.Fatal(out)
	}
	a3 := c.Keys[3].Address().Hex()
	out = ok("agent", "consent", "transfer", a2, a3, "--dev-account", "2", "--json")
	var consent struct {
		Type, Signature string
		Nonce, Deadline uint64
	}
	if err := json.Unmarshal([]byte(out), &consent); err != nil || consent.Type != "TransferAgent" || consent.Nonce == 0 {
		t.Fatalf("consent %s: %+v %v", out, consent, err)
	}
	fail(errs.Reverted, "ConsentSignerMismatch", "agent", "transfer", a2, a1, "--dev-account", "1", "--consent-sig", consent.Signature, "--deadline", strconv.FormatUint(consent.Deadline, 10))
	if out := ok("agent", "transfer", a2, a3, "--dev-account", "1", "--consent-sig", consent.Signature, "--deadline", strconv.FormatUint(consent.Deadline, 10)); !strings.Contains(out, "owner:        "+a3) {
		t.Fatal(out)
	}
	ok("agent", "transfer", a2, a1, "--dev-account", "3", "--agent-dev-account", "2")

	// The dev chain has no on-chain minimum withdraw delay: delay 0 mines.
	out = ok("channel", "open", "--dev-account", "1", "--to", "did:agent:eth:"+a2, "--deposit", "1000000", "--delay", "0")
	id := strings.Fields(strings.SplitN(out, "channel:", 2)[1])[0]
	ok("channel", "topup", id, "--dev-account", "1", "--amount", "500000wei")
	fail(errs.Reverted, "NotSender", "channel", "topup", id, "--dev-account", "2", "--amount", "1")
	sig, err := runCLI(t, "channel", "voucher", id, "--dev-account", "1", "--amount", "1200000", "--deployments", dep)
	if err != nil {
		t.Fatal(err)
	}
	sig = strings.TrimSpace(sig)
	fail(errs.Reverted, "NotRecipient", "channel", "claim", id, "--dev-account", "3", "--amount", "1200000", "--sig", sig)
	ok("channel", "claim", id, "--dev-account", "2", "--amount", "1200000", "--sig", sig)
	ok("channel", "request-close", id, "--dev-account", "1")
	if out := ok("channel", "withdraw", id, "--dev-account", "1"); !strings.Contains(out, "state:          closed") {
		t.Fatal(out)
	}
	fail(errs.Reverted, "ChannelNotOpen", "channel", "redeem", id, "--dev-account", "2", "--amount", "1300000", "--sig", sig)
	fail(errs.ChannelNotFound, "", "channel", "status", "0x"+strings.Repeat("00", 32))
	fail(errs.InvalidInput, "channel id", "channel", "status", "0x12")
	fail(errs.InvalidInput, "amount", "channel", "open", "--dev-account", "1", "--to", a2, "--deposit", "1.5wei")
	fail(errs.InvalidInput, "--key FILE or --dev-account", "channel", "open", "--to", a2, "--deposit", "1")
	// Wrong RPC: a chain error, not a crash.
	if _, err := runCLI(t, "profile", a2, "--rpc", "http://127.0.0.1:1", "--deployments", dep, "--timeout", "2s"); errs.KindOf(err) != errs.ChainError {
		t.Fatalf("dead RPC: %v", err)
	}
}
