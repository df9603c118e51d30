package devchain_test

import (
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/devchain"
)

func TestDevchainKeysDeterministic(t *testing.T) {
	// Pinned: keccak256("agentmailroom dev account 0").
	k, err := devchain.DevKey(0)
	if err != nil {
		t.Fatal(err)
	}
	k2, _ := devchain.DevKey(0)
	k1, _ := devchain.DevKey(1)
	if k.Hex() != k2.Hex() || k.Hex() == k1.Hex() {
		t.Fatal("dev keys are not deterministic and distinct")
	}
	if want := "0x" + keccakHex("agentmailroom dev account 0"); k.Hex() != want {
		t.Fatalf("dev key 0 = %s, want %s", k.Hex(), want)
	}
	if _, err := devchain.DevKey(-1); err == nil {
		t.Fatal("negative index accepted")
	}
}

func TestDevchainStartUseStop(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	start := time.Now()
	c, err := devchain.Start(ctx, devchain.Config{Accounts: 3})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if !strings.HasPrefix(c.RPC, "http://127.0.0.1:") || strings.HasSuffix(c.RPC, ":0") {
		t.Fatalf("RPC %s", c.RPC)
	}
	// eth_chainId over raw JSON-RPC.
	rc, err := rpc.DialContext(ctx, c.RPC)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	var id string
	if err := rc.CallContext(ctx, &id, "eth_chainId"); err != nil || id != "0x7a69" {
		t.Fatalf("eth_chainId = %q, %v", id, err)
	}
	t.Logf("started, deployed and answering in %s", time.Since(start))
	if time.Since(start) > 5*time.Second {
		t.Errorf("start took %s, want < 5s", time.Since(start))
	}
	if len(c.Keys) != 3 {
		t.Fatalf("%d keys", len(c.Keys))
	}
	bal, err := c.Client.BalanceAt(ctx, c.Keys[2].Address(), nil)
	if err != nil || bal.Cmp(new(big.Int).Mul(big.NewInt(10000), big.NewInt(1e18))) != 0 {
		t.Fatalf("balance %s %v", bal, err)
	}
	// A transaction is mined on arrival.
	t0 := time.Now()
	chID, res, err := c.Contracts.Channels.Open(ctx, c.Keys[1], c.Keys[2].Address(), big.NewInt(1e15), 60)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("createChannel mined in %s (gas %d)", time.Since(t0), res.GasUsed)
	ch, err := c.Contracts.Channels.Get(ctx, chID)
	if err != nil || !ch.Open || ch.Sender != c.Keys[1].Address() {
		t.Fatalf("channel %+v %v", ch, err)
	}
	// A second chain runs beside the first.
	c2, err := devchain.Start(ctx, devchain.Config{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	if c2.RPC == c.RPC {
		t.Fatal("same endpoint")
	}
	if err := c2.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
}

func TestDevchainDataDirReuse(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	dir := filepath.Join(t.TempDir(), "chain")
	c, err := devchain.Start(ctx, devchain.Config{DataDir: dir, Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	d := c.Deployment
	if _, err := c.Contracts.Registry.Register(ctx, c.Keys[1], c.Keys[1].Address(), chain.Profile{Endpoint: "http://127.0.0.1:1"}, 0, nil); err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	c, err = devchain.Start(ctx, devchain.Config{DataDir: dir, Accounts: 2, Existing: &d})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if !c.Reused || c.Deployment.Registry != d.Registry {
		t.Fatalf("redeployed: %+v vs %+v", c.Deployment, d)
	}
	if a, err := c.Contracts.Registry.GetAgent(ctx, c.Keys[1].Address()); err != nil || a.Endpoint != "http://127.0.0.1:1" {
		t.Fatalf("state lost: %+v %v", a, err)
	}
}

// TestDevchainMinWithdrawDelay: the dev chain's payment channel has no
// minimum withdraw delay unless asked, so a channel with delay 0 opens.
func TestDevchainMinWithdrawDelay(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c, err := devchain.Start(ctx, devchain.Config{Accounts: 3})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if m, err := c.Contracts.Channels.MinWithdrawDelay(ctx); err != nil || m != 0 || c.Deployment.MinWithdrawDelay != 0 {
		t.Fatalf("minWithdrawDelay %d %v (deployment %d)", m, err, c.Deployment.MinWithdrawDelay)
	}
	if _, _, err := c.Contracts.Channels.Open(ctx, c.Keys[1], c.Keys[2].Address(), big.NewInt(1e15), 0); err != nil {
		t.Fatalf("delay 0 on the dev chain: %v", err)
	}
	c2, err := devchain.Start(ctx, devchain.Config{Accounts: 3, MinWithdrawDelay: 3600})
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	if m, err := c2.Contracts.Channels.MinWithdrawDelay(ctx); err != nil || m != 3600 || c2.Deployment.MinWithdrawDelay != 3600 {
		t.Fatalf("minWithdrawDelay %d %v (deployment %d)", m, err, c2.Deployment.MinWithdrawDelay)
	}
	_, _, err = c2.Contracts.Channels.Open(ctx, c2.Keys[1], c2.Keys[2].Address(), big.NewInt(1e15), 60)
	if chain.RevertName(err) != "WithdrawDelayTooShort" || !strings.Contains(errs.Message(err), "WithdrawDelayTooShort(withdrawDelay=60, minimum=3600)") {
		t.Fatalf("delay 60 under a 3600 minimum: %v", err)
	}
}
