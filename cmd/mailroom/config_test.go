package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
)

// TestConfigOrder: the RPC URL is --rpc > $MAILROOM_RPC > the deployments
// file's rpc > the default; the deployments file is --deployments >
// $MAILROOM_DEPLOYMENTS > ./deployments.json; a file for another chain is
// refused with invalid_input.
func TestConfigOrder(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := devchain.Start(ctx, devchain.Config{Accounts: 3})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv(envRPC, "")
	t.Setenv(envDeployments, "")
	dep := filepath.Join(dir, "dev.json")
	if c.Deployment.RPC != c.RPC {
		t.Fatalf("the dev chain's deployment records rpc %q, want %q", c.Deployment.RPC, c.RPC)
	}
	if err := c.Deployment.Save(dep); err != nil {
		t.Fatal(err)
	}
	a1 := c.Keys[1].Address().Hex()
	dead := "http://127.0.0.1:1"

	// No --rpc: the deployments file's rpc.
	if out, err := runCLI(t, "register", "--dev-account", "1", "--endpoint", "http://127.0.0.1:9/x", "--deployments", dep); err != nil {
		t.Fatalf("register with the file's rpc: %v\n%s", err, out)
	}
	// $MAILROOM_DEPLOYMENTS instead of --deployments.
	t.Setenv(envDeployments, dep)
	if out, err := runCLI(t, "profile", a1); err != nil || !strings.Contains(out, "http://127.0.0.1:9/x") {
		t.Fatalf("profile via $%s: %v\n%s", envDeployments, err, out)
	}
	// ... and the offline commands read it too.
	if _, err := runCLI(t, "channel", "voucher", "0x"+strings.Repeat("11", 32), "--dev-account", "1", "--amount", "1"); err != nil {
		t.Fatalf("voucher via $%s: %v", envDeployments, err)
	}
	// $MAILROOM_RPC beats the file; --rpc beats $MAILROOM_RPC.
	t.Setenv(envRPC, dead)
	if _, err := runCLI(t, "profile", a1, "--timeout", "3s"); errs.KindOf(err) != errs.ChainError || !strings.Contains(errs.Message(err), "127.0.0.1:1") {
		t.Fatalf("$%s did not override the file: %v", envRPC, err)
	}
	if _, err := runCLI(t, "profile", a1, "--rpc", c.RPC); err != nil {
		t.Fatalf("--rpc did not override $%s: %v", envRPC, err)
	}
	// --deployments beats $MAILROOM_DEPLOYMENTS.
	t.Setenv(envRPC, "")
	if _, err := runCLI(t, "profile", a1, "--deployments", filepath.Join(dir, "none.json")); errs.KindOf(err) != errs.InvalidInput ||
		!strings.Contains(errs.Message(err), "none.json (--deployments") {
		t.Fatalf("--deployments did not override $%s: %v", envDeployments, err)
	}
	// Nothing set and no ./deployments.json: a hint, not a raw open error.
	t.Setenv(envDeployments, "")
	if _, err := runCLI(t, "profile", a1); errs.KindOf(err) != errs.InvalidInput || !strings.Contains(errs.Message(err), "mailroom node") {
		t.Fatalf("no deployments file: %v", err)
	}
	// ./deployments.json is the default file.
	if err := c.Deployment.Save("deployments.json"); err != nil {
		t.Fatal(err)
	}
	if _, err := runCLI(t, "profile", a1); err != nil {
		t.Fatalf("./deployments.json: %v", err)
	}

	// A deployments file for another chain is invalid input, whatever the RPC's source.
	other := c.Deployment
	other.ChainID = 1
	wrong := filepath.Join(dir, "mainnet.json")
	if err := other.Save(wrong); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"profile", a1, "--deployments", wrong},
		{"profile", a1, "--deployments", wrong, "--rpc", c.RPC},
		{"fund", a1, "1", "--deployments", wrong},
	} {
		_, err := runCLI(t, args...)
		if errs.KindOf(err) != errs.InvalidInput || !strings.Contains(errs.Message(err), "is for chain 1, but the RPC "+c.RPC) {
			t.Fatalf("%v: %v, want invalid_input for the chain id mismatch", args, err)
		}
	}
	// So is it for the typed client itself.
	be, err := chain.Dial(ctx, c.RPC)
	if err != nil {
		t.Fatal(err)
	}
	defer be.Close()
	if _, err := chain.New(ctx, be, other); errs.KindOf(err) != errs.InvalidInput {
		t.Fatalf("chain.New with another chain's deployments: %v", err)
	}

	// deploy never reads an RPC from the file it writes; it records the one it used.
	t.Setenv(envRPC, c.RPC)
	stale := filepath.Join(dir, "stale.json")
	staleDep := c.Deployment
	staleDep.RPC = dead
	if err := staleDep.Save(stale); err != nil {
		t.Fatal(err)
	}
	if out, err := runCLI(t, "deploy", "--dev-account", "2", "--deployments", stale); err != nil {
		t.Fatalf("deploy with $%s: %v\n%s", envRPC, err, out)
	}
	if d, err := chain.LoadDeployment(stale); err != nil || d.RPC != c.RPC || d.Registry == c.Deployment.Registry {
		t.Fatalf("deploy wrote %+v %v", d, err)
	}
	// node's --deployments default follows $MAILROOM_DEPLOYMENTS too.
	t.Setenv(envDeployments, "elsewhere.json")
	if def := newNodeCmd().Flags().Lookup("deployments").DefValue; def != "elsewhere.json" {
		t.Fatalf("node --deployments default %q", def)
	}
	if got := dialableRPC("http://0.0.0.0:8545"); got != "http://127.0.0.1:8545" {
		t.Fatalf("dialableRPC = %s", got)
	}
	// The order is in the help.
	if out, err := runCLI(t, "help", "config"); err != nil || !strings.Contains(out, "$MAILROOM_RPC") || !strings.Contains(out, "$MAILROOM_DEPLOYMENTS") {
		t.Fatalf("help config: %v\n%s", err, out)
	}
	if out, _ := runCLI(t, "send", "--help"); !strings.Contains(out, "else $MAILROOM_RPC, else the deployments file's rpc") {
		t.Fatalf("send --help lacks the order:\n%s", out)
	}
}

// TestFundDevChainsOnly: mailroom fund pays from a dev account on a dev
// chain and refuses anything that is not one.
func TestFundDevChainsOnly(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := devchain.Start(ctx, devchain.Config{Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	dir := t.TempDir()
	t.Chdir(dir) // no ./deployments.json: fund needs none
	t.Setenv(envRPC, "")
	t.Setenv(envDeployments, "")
	fresh := "0x000000000000000000000000000000000000bEEF"

	out, err := runCLI(t, "fund", "did:agent:eth:"+fresh, "1.5ether", "--rpc", c.RPC, "--json")
	if err != nil {
		t.Fatalf("fund: %v\n%s", err, out)
	}
	var got fundOut
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.To != fresh || got.From != c.Keys[0].Address().Hex() || got.DevAccount != 0 ||
		got.AmountWei != "1500000000000000000" || got.BalanceWei != "1500000000000000000" || got.Tx.GasUsed == 0 {
		t.Fatalf("fund output %+v", got)
	}
	if out, err := runCLI(t, "fund", fresh, "1ether", "--rpc", c.RPC, "--dev-account", "1"); err != nil ||
		!strings.Contains(out, "from dev account 1 ("+c.Keys[1].Address().Hex()+")") || !strings.Contains(out, "balance: ") || !strings.Contains(out, "2.5 ether") {
		t.Fatalf("fund --dev-account 1: %v\n%s", err, out)
	}
	// The RPC comes from $MAILROOM_RPC as for every chain command.
	t.Setenv(envRPC, c.RPC)
	if _, err := runCLI(t, "fund", fresh, "1wei"); err != nil {
		t.Fatalf("fund via $%s: %v", envRPC, err)
	}
	t.Setenv(envRPC, "")
	for _, tc := range []struct {
		args []string
		kind errs.Kind
		msg  string
	}{
		{[]string{"fund", fresh, "0"}, errs.InvalidInput, "positive"},
		{[]string{"fund", "0x" + strings.Repeat("00", 20), "1"}, errs.InvalidAddress, "zero address"},
		{[]string{"fund", "bob", "1"}, errs.InvalidAddress, ""},
		{[]string{"fund", "did:agent:btc:0x00", "1"}, errs.InvalidDID, ""},
		{[]string{"fund", fresh, "1", "--dev-account", "1000"}, errs.InvalidInput, "out of range"},
		{[]string{"fund", fresh}, errs.InvalidInput, ""},
		{[]string{"fund", fresh, "1", "--deployments", filepath.Join(dir, "missing.json")}, errs.InvalidInput, "missing.json"},
	} {
		_, err := runCLI(t, append(tc.args, "--rpc", c.RPC)...)
		if errs.KindOf(err) != tc.kind || !strings.Contains(errs.Message(err), tc.msg) {
			t.Fatalf("%v: %v, want %s containing %q", tc.args, err, tc.kind, tc.msg)
		}
	}

	// Chains that are not dev chains: a chain id of a public network, or a
	// dev chain id served by a node that does not say it is a dev node.
	for _, tc := range []struct{ chainID, client string }{
		{"0x1", "Geth/v1.17.0-stable/linux-amd64/go1.26"},
		{"0x7a69", "erigon/3.0.0/linux-amd64/go1.26"},
		{"0xaa36a7", "anvil/v1.7.1"}, // anvil forking Sepolia keeps its chain id
	} {
		srv := fakeRPC(t, map[string]any{"eth_chainId": tc.chainID, "web3_clientVersion": tc.client})
		_, err := runCLI(t, "fund", fresh, "1ether", "--rpc", srv.URL, "--timeout", "5s")
		if errs.KindOf(err) != errs.InvalidInput || !strings.Contains(errs.Message(err), "is not a dev chain") {
			t.Fatalf("fund on chain %s (%s): %v, want invalid_input", tc.chainID, tc.client, err)
		}
	}
	// ... and the dev nodes that are.
	for _, client := range []string{"anvil/v1.7.1", "HardhatNetwork/2.22.0/@ethereumjs/vm/7.0.0", "Ganache/v7.9.2/EthereumJS TestRPC/v7.9.2/ethereum-js"} {
		srv := fakeRPC(t, map[string]any{"eth_chainId": "0x7a69", "web3_clientVersion": client})
		be, err := chain.Dial(ctx, srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := requireDevChain(ctx, be, srv.URL); err != nil {
			t.Fatalf("%s refused: %v", client, err)
		}
		be.Close()
	}
}

// fakeRPC answers JSON-RPC calls from a method → result table.
func fakeRPC(t *testing.T, results map[string]any) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		resp := map[string]any{"jsonrpc": "2.0", "id": req.ID}
		if res, ok := results[req.Method]; ok {
			resp["result"] = res
		} else {
			resp["error"] = map[string]any{"code": -32601, "message": "method not found"}
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(resp)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestVersion: mailroom --version, and where the version comes from.
func TestVersion(t *testing.T) {
	out, err := runCLI(t, "--version")
	if err != nil || !strings.HasPrefix(out, "mailroom version ") || !strings.Contains(out, "go1.") {
		t.Fatalf("--version: %v %q", err, out)
	}
	vcs := func(rev, modified string) []debug.BuildSetting {
		return []debug.BuildSetting{{Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: modified}}
	}
	for _, tc := range []struct {
		ldflags string
		bi      *debug.BuildInfo
		want    string
	}{
		{"v1.2.3", &debug.BuildInfo{Main: debug.Module{Version: "v0.9.0"}}, "v1.2.3"},
		{"", &debug.BuildInfo{Main: debug.Module{Version: "v0.9.0"}}, "v0.9.0"},
		{"", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs("0123456789abcdef0123", "false")}, "dev-0123456789ab"},
		{"", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs("0123456789abcdef0123", "true")}, "dev-0123456789ab-dirty"},
		{"", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "dev"},
		{"", nil, "dev"},
	} {
		if got := resolveVersion(tc.ldflags, tc.bi); got != tc.want {
			t.Errorf("resolveVersion(%q, %+v) = %q, want %q", tc.ldflags, tc.bi, got, tc.want)
		}
	}
}
