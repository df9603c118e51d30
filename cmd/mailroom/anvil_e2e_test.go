package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
)

// findAnvil returns Foundry's anvil: $MAILROOM_ANVIL, the one `make anvil`
// installs under .tools/anvil, or anvil on PATH. Without one the test is
// skipped on a user's machine and fails in CI (CI=true).
func findAnvil(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("MAILROOM_ANVIL"); p != "" {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("MAILROOM_ANVIL=%s: %v (make anvil installs it)", p, err)
		}
		return p
	}
	if p, err := filepath.Abs("../../.tools/anvil/node_modules/.bin/anvil"); err == nil {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("anvil"); err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("anvil not found and CI=true: run `make anvil` (mk/anvil.mk installs @foundry-rs/anvil-linux-amd64 from npm), or set MAILROOM_ANVIL")
	}
	t.Skip("anvil not found: `make anvil` installs Foundry's anvil from npm under .tools/anvil (or put anvil on PATH, or set MAILROOM_ANVIL); CI=true makes this a failure")
	return ""
}

// TestAnvilEndToEnd runs the CLI binary against a real anvil:
//
//   - anvil's accounts are the dev accounts (--dev-account N is anvil's N);
//   - `mailroom deploy --dev-account 0` gives the contract addresses of
//     `mailroom node` (dev account 0, nonces 0 and 1);
//   - after deploy, the commands find anvil through the deployments file
//     alone ($MAILROOM_DEPLOYMENTS, no --rpc);
//   - the sender, Alice, is a keystore made by Foundry's `cast wallet new`,
//     its address read back by `cast wallet address`; `mailroom fund` pays
//     that fresh address 1 ether from dev account 0;
//   - Bob (--dev-account 2) registers and serves; Alice registers herself
//     and sends twice, both with --keystore/--password-file; Bob settles
//     exactly 2 × price, and the chain's channel (Alice → Bob) says so.
//
// It needs anvil (`make anvil`) and cast (`make foundry-cast`); `make
// test-anvil` installs both. Without either it skips, except under
// CI=true, where it fails.
func TestAnvilEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs anvil")
	}
	anvil := findAnvil(t)
	cast := findCast(t)
	start := time.Now()
	dir := t.TempDir()
	bin := filepath.Join(dir, "mailroom")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	t.Logf("built the binary in %s", time.Since(start).Round(time.Millisecond))

	// anvil on a loopback port, with its defaults: chain id 31337, the test
	// mnemonic, 10 accounts of 10000 ether, a block per transaction.
	rpcURL, rc := startAnvil(t, anvil)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	defer rc.Close()
	var version string
	_ = rc.CallContext(ctx, &version, "web3_clientVersion")
	t.Logf("%s answering on %s", version, rpcURL)

	// anvil's accounts are the dev accounts, in order.
	var accounts []common.Address
	if err := rc.CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) < 3 {
		t.Fatalf("eth_accounts: %v %v", accounts, err)
	}
	keys, err := devchain.DevKeys(len(accounts))
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range accounts {
		if keys[i].Address() != a {
			t.Fatalf("anvil account %d is %s, dev account %d is %s", i, a.Hex(), i, keys[i].Address().Hex())
		}
	}

	// No chain or key settings of the caller: every command names its own.
	// ($MAILROOM_PASSWORD is read even when empty, so it is dropped, not
	// blanked.)
	var env []string
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); k != envKeystore && k != envPasswordFile && k != envPassword {
			env = append(env, kv)
		}
	}
	env = append(env, envRPC+"=", envDeployments+"=")
	run := func(extraEnv []string, args ...string) (string, string, error) {
		cmd := exec.Command(bin, args...)
		cmd.Dir = dir
		cmd.Env = append(append([]string(nil), env...), extraEnv...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		return stdout.String(), stderr.String(), err
	}
	deployments := filepath.Join(dir, "anvil.json")
	// After deploy no command gets --rpc or --deployments: the file named
	// by $MAILROOM_DEPLOYMENTS is enough, its rpc is anvil's.
	useFile := []string{envDeployments + "=" + deployments}
	must := func(args ...string) string {
		t.Helper()
		out, errOut, err := run(useFile, args...)
		if err != nil {
			t.Fatalf("mailroom %s: %v\n%s%s", strings.Join(args, " "), err, out, errOut)
		}
		return out
	}

	// deploy --dev-account 0 on the fresh anvil: mailroom node's addresses.
	out, errOut, err := run(nil, "deploy", "--dev-account", "0", "--rpc", rpcURL, "--deployments", deployments, "--json")
	if err != nil {
		t.Fatalf("deploy: %v\n%s%s", err, out, errOut)
	}
	var dep struct {
		ChainID                  uint64
		Registry, PaymentChannel string
		RPC                      string
		MinWithdrawDelay         uint64
	}
	if err := json.Unmarshal([]byte(out), &dep); err != nil {
		t.Fatalf("deploy --json %q: %v", out, err)
	}
	dc, err := devchain.Start(ctx, devchain.Config{Accounts: 1}) // what mailroom node runs
	if err != nil {
		t.Fatal(err)
	}
	nodeDep := dc.Deployment
	dc.Close()
	if dep.ChainID != 31337 || dep.RPC != rpcURL || dep.MinWithdrawDelay != 3600 ||
		dep.Registry != nodeDep.Registry.Hex() || dep.PaymentChannel != nodeDep.PaymentChannel.Hex() {
		t.Fatalf("anvil deployment %+v; mailroom node deploys registry %s, payment channel %s",
			dep, nodeDep.Registry.Hex(), nodeDep.PaymentChannel.Hex())
	}
	t.Logf("deploy --dev-account 0 on anvil: registry %s, payment channel %s (= mailroom node's)", dep.Registry, dep.PaymentChannel)

	// Alice, the sender, is a keystore made by Foundry's cast wallet, in the
	// test's temp dir. `cast wallet new` takes its password only on the
	// command line (--unsafe-password) or at a prompt; the other commands
	// read it from a private password file.
	t0 := time.Now()
	pw := writePrivate(t, dir, "alice.pw", "alice's anvil password\n")
	castOut := castRun(t, cast, "wallet", "new", dir, "alice.json", "--unsafe-password", "alice's anvil password")
	ks := filepath.Join(dir, "alice.json")
	// cast writes the keystore with the umask's mode (0644 under the usual
	// 022): readable by group and others. mailroom, like ssh with its
	// private keys, refuses a key file that is not private (0600 or
	// tighter), so the keystore is made private before mailroom reads it.
	st, err := os.Stat(ks)
	if err != nil {
		t.Fatalf("cast wallet new printed %q: %v", castOut, err)
	}
	if err := os.Chmod(ks, 0o600); err != nil {
		t.Fatal(err)
	}
	aliceAddr := castRun(t, cast, "wallet", "address", "--keystore", ks, "--password-file", pw)
	if !common.IsHexAddress(aliceAddr) || !strings.Contains(castOut, aliceAddr) {
		t.Fatalf("cast wallet address = %q; cast wallet new printed %q", aliceAddr, castOut)
	}
	alice := []string{"--keystore", ks, "--password-file", pw}
	if got := strings.TrimSpace(must(append([]string{"did"}, alice...)...)); got != "did:agent:eth:"+aliceAddr {
		t.Fatalf("mailroom did reads the cast keystore as %s, cast made %s", got, aliceAddr)
	}
	t.Logf("cast wallet new: Alice is %s (%s), its keystore %04o made 0600", aliceAddr, time.Since(t0).Round(time.Millisecond), st.Mode().Perm())

	// fund pays that fresh address 1 ether from dev account 0 (anvil is a
	// dev chain), and the chain agrees.
	var funded fundOut
	if err := json.Unmarshal([]byte(must("fund", aliceAddr, "1ether", "--json")), &funded); err != nil ||
		funded.BalanceWei != "1000000000000000000" || funded.From != accounts[0].Hex() {
		t.Fatalf("fund on anvil: %+v %v", funded, err)
	}
	var bal hexutil.Big
	if err := rc.CallContext(ctx, &bal, "eth_getBalance", common.HexToAddress(aliceAddr), "latest"); err != nil ||
		bal.ToInt().String() != "1000000000000000000" {
		t.Fatalf("eth_getBalance(%s) = %s %v; want 1 ether", aliceAddr, bal.ToInt(), err)
	}

	// Bob registers and serves with dev account 2.
	listen := "127.0.0.1:" + strconv.Itoa(freePort(t))
	bob := "did:agent:eth:" + accounts[2].Hex()
	const price = 1000
	must("register", "--dev-account", "2", "--endpoint", "http://"+listen+"/task", "--rate", strconv.Itoa(price))
	// Alice registers herself, signing with the cast keystore (and paying
	// the gas from the ether fund gave her).
	must(append([]string{"register", "--endpoint", "http://127.0.0.1:1/none"}, alice...)...)

	bobStore := filepath.Join(dir, "bob")
	serveOut := &syncBuffer{}
	serve := exec.Command(bin, "serve", "--dev-account", "2", "--listen", listen, "--store", bobStore)
	serve.Dir, serve.Env = dir, append(append([]string(nil), env...), useFile...)
	serve.Stdout, serve.Stderr = serveOut, serveOut
	if err := serve.Start(); err != nil {
		t.Fatal(err)
	}
	served := make(chan error, 1)
	go func() { served <- serve.Wait() }()
	t.Cleanup(func() {
		if serve.ProcessState == nil {
			serve.Process.Kill()
			<-served
		}
	})
	for t0 := time.Now(); !strings.Contains(serveOut.String(), "serving on http://"+listen); time.Sleep(20 * time.Millisecond) {
		if time.Since(t0) > 20*time.Second {
			t.Fatalf("serve did not start:\n%s", serveOut.String())
		}
	}

	type sent struct {
		CumulativeWei string `json:"cumulativeWei"`
		ChannelID     string `json:"channelId"`
	}
	var last sent
	for i, want := range []string{"1000", "2000"} {
		out := must(append(append([]string{"send", "--json", "--store", filepath.Join(dir, "alice")}, alice...), bob, `{"task":"hi `+strconv.Itoa(i)+`"}`)...)
		var s sent
		if err := json.Unmarshal([]byte(strings.TrimSpace(out)), &s); err != nil || s.CumulativeWei != want || (i > 0 && s.ChannelID != last.ChannelID) {
			t.Fatalf("send %d: %q %+v %v; want cumulative %s on one channel", i+1, out, s, err, want)
		}
		last = s
	}
	serve.Process.Signal(syscall.SIGINT)
	select {
	case <-served:
	case <-time.After(20 * time.Second):
		t.Fatalf("serve did not stop:\n%s", serveOut.String())
	}

	out = must("settle", "--dev-account", "2", "--store", bobStore, "--json")
	var settled []struct {
		ChannelID  string `json:"channelId"`
		ClaimedWei string `json:"claimedWei"`
		PaidWei    string `json:"paidWei"`
	}
	if err := json.Unmarshal([]byte(out), &settled); err != nil || len(settled) != 1 ||
		settled[0].ClaimedWei != strconv.Itoa(2*price) || settled[0].PaidWei != strconv.Itoa(2*price) {
		t.Fatalf("settle: %s (%v); want exactly 2 × price = %d claimed", out, err, 2*price)
	}
	// On chain: the channel from the cast keystore's address to Bob records
	// exactly 2 × price claimed.
	var ch struct{ Claimed, Sender, Recipient string }
	if err := json.Unmarshal([]byte(must("channel", "status", last.ChannelID, "--json")), &ch); err != nil ||
		ch.Claimed != strconv.Itoa(2*price) || ch.Recipient != accounts[2].Hex() ||
		!strings.EqualFold(ch.Sender, aliceAddr) {
		t.Fatalf("channel status after settle: %+v %v; want %s -> %s, claimed %d", ch, err, aliceAddr, accounts[2].Hex(), 2*price)
	}
	t.Logf("register -> serve -> send x2 (cast keystore) -> settle on anvil: Bob claimed %s wei; whole test %s", settled[0].ClaimedWei, time.Since(start).Round(time.Millisecond))
}

// startAnvil runs anvil on a free loopback port (its defaults: chain id
// 31337, the test mnemonic) until the test ends, and returns its RPC URL and
// a client once it answers eth_chainId 0x7a69.
func startAnvil(t *testing.T, anvil string) (string, *rpc.Client) {
	t.Helper()
	port := freePort(t)
	rpcURL := "http://127.0.0.1:" + strconv.Itoa(port)
	node := exec.Command(anvil, "--host", "127.0.0.1", "--port", strconv.Itoa(port))
	var nodeOut syncBuffer
	node.Stdout, node.Stderr = &nodeOut, &nodeOut
	if err := node.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Process.Kill(); node.Wait() })
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for t0 := time.Now(); ; time.Sleep(20 * time.Millisecond) {
		var id string
		if c, err := rpc.DialContext(context.Background(), rpcURL); err == nil {
			if err = c.CallContext(ctx, &id, "eth_chainId"); err == nil && id == "0x7a69" {
				return rpcURL, c
			}
			c.Close()
		}
		if time.Since(t0) > 15*time.Second {
			t.Fatalf("anvil not answering eth_chainId 0x7a69 on %s:\n%s", rpcURL, nodeOut.String())
		}
	}
}
