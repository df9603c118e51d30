package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
)

// checkAgentsCLI registers four agents through the CLI on the chain at
// rpcURL (contracts in the deployments file dep) and finds them with
// `mailroom agents`: by capability, by rate, with and without the
// deactivated one, as text and JSON.
func checkAgentsCLI(t *testing.T, rpcURL, dep string) {
	t.Helper()
	fl := []string{"--rpc", rpcURL, "--deployments", dep}
	ok := func(args ...string) string {
		t.Helper()
		out, err := runCLI(t, append(args, fl...)...)
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		return out
	}
	for _, r := range []struct {
		dev  int
		rate string
		caps string
	}{{1, "0.003ether", "gpt-4o,audit"}, {2, "1000", "gpt-4o"}, {3, "500", "summarise"}, {4, "200", "gpt-4o"}} {
		ok("register", "--dev-account", strconv.Itoa(r.dev), "--endpoint", "http://127.0.0.1:1/"+strconv.Itoa(r.dev), "--capability", r.caps, "--rate", r.rate)
	}
	keys, err := devchain.DevKeys(5)
	if err != nil {
		t.Fatal(err)
	}
	ok("agent", "deactivate", keys[4].Address().Hex(), "--dev-account", "4")
	did := func(i int) string { return "did:agent:eth:" + keys[i].Address().Hex() }

	lines := func(out string) []string {
		var dids []string
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			if l != "" {
				dids = append(dids, strings.Fields(l)[0])
			}
		}
		return dids
	}
	expect := func(what string, got []string, want ...string) {
		t.Helper()
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Fatalf("%s: got %v, want %v", what, got, want)
		}
	}
	expect("gpt-4o", lines(ok("agents", "--capability", "gpt-4o")), did(2), did(1))
	expect("gpt-4o at most 0.001 ether", lines(ok("agents", "--capability", "gpt-4o", "--max-rate", "0.001ether")), did(2))
	expect("gpt-4o with the deactivated one", lines(ok("agents", "--capability", "gpt-4o", "--all")), did(4), did(2), did(1))
	expect("every active agent", lines(ok("agents")), did(3), did(2), did(1))
	if out := ok("agents", "--capability", "gpt-4o", "--max-rate", "999"); strings.TrimSpace(out) != "no agent matches" {
		t.Fatalf("no match printed %q", out)
	}
	var js []struct {
		DID            string   `json:"did"`
		Capabilities   []string `json:"capabilities"`
		RatePerTaskWei string   `json:"ratePerTaskWei"`
		Active         bool     `json:"active"`
		Endpoint       string   `json:"endpoint"`
	}
	if err := json.Unmarshal([]byte(ok("agents", "--capability", "audit", "--json")), &js); err != nil {
		t.Fatal(err)
	}
	if len(js) != 1 || js[0].DID != did(1) || js[0].RatePerTaskWei != "3000000000000000" || !js[0].Active ||
		js[0].Endpoint != "http://127.0.0.1:1/1" || strings.Join(js[0].Capabilities, ",") != "gpt-4o,audit" {
		t.Fatalf("agents --json: %+v", js)
	}
	if out := ok("agents", "--capability", "nobody-has-this", "--json"); strings.TrimSpace(out) != "[]" {
		t.Fatalf("no match as JSON: %q", out)
	}
	if _, err := runCLI(t, append([]string{"agents", "--max-rate", "-1"}, fl...)...); errs.KindOf(err) != errs.InvalidInput {
		t.Fatalf("negative --max-rate: %v", err)
	}
	if _, err := runCLI(t, append([]string{"agents", "gpt-4o"}, fl...)...); errs.KindOf(err) != errs.InvalidInput {
		t.Fatalf("positional capability: %v", err)
	}
}

// TestAgentsCLI is `mailroom agents` on the embedded dev chain (what
// `mailroom node` runs).
func TestAgentsCLI(t *testing.T) {
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
	checkAgentsCLI(t, c.RPC, dep)
}

// TestAgentsCLIOnAnvil is `mailroom agents` on Foundry's anvil (contracts
// deployed by `mailroom deploy`). Without anvil it skips, except under
// CI=true (make test-anvil installs it).
func TestAgentsCLIOnAnvil(t *testing.T) {
	anvil := findAnvil(t)
	rpcURL, rc := startAnvil(t, anvil)
	rc.Close()
	dep := filepath.Join(t.TempDir(), "anvil.json")
	if out, err := runCLI(t, "deploy", "--dev-account", "0", "--rpc", rpcURL, "--deployments", dep); err != nil {
		t.Fatalf("deploy: %v\n%s", err, out)
	}
	checkAgentsCLI(t, rpcURL, dep)
}
