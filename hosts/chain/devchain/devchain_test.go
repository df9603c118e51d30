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
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
)

// anvilAccounts are anvil's (and Hardhat's) accounts 0..9 and their keys,
// as `anvil` prints them: the mnemonic "test test … junk" at m/44'/60'/0'/0/i.
var anvilAccounts = []struct{ addr, key string }{
	{"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"},
	{"0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"},
	{"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"},
	{"0x90F79bf6EB2c4f870365E785982E1f101E93b906", "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6"},
	{"0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65", "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a"},
	{"0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc", "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba"},
	{"0x976EA74026E726554dB657fA54763abd0C3a0aa9", "0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e"},
	{"0x14dC79964da2C08b23698B3D3cc7Ca32193d9955", "0x4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356"},
	{"0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f", "0xdbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97"},
	{"0xa0Ee7A142d267C1f36714E4a8F75612F20a79720", "0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6"},
}

// TestDevchainKeysAreAnvils pins dev accounts 0..9 to anvil's and Hardhat's.
func TestDevchainKeysAreAnvils(t *testing.T) {
	keys, err := devchain.DevKeys(len(anvilAccounts))
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range anvilAccounts {
		if got := keys[i].Address().Hex(); got != want.addr {
			t.Errorf("dev account %d (%s) = %s, want %s", i, devchain.DevPath(i), got, want.addr)
		}
		if got := keys[i].Hex(); got != want.key {
			t.Errorf("dev key %d = %s, want %s", i, got, want.key)
		}
		if again, _ := devchain.DevKey(i); again.Hex() != keys[i].Hex() {
			t.Errorf("dev key %d is not deterministic", i)
		}
	}
	for _, i := range []int{-1, devchain.MaxAccounts} {
		if _, err := devchain.DevKey(i); errs.KindOf(err) != errs.InvalidInput {
			t.Errorf("DevKey(%d): %v, want invalid_input", i, err)
		}
	}
	// The last index derives too (Config.Accounts may be MaxAccounts).
	if _, err := devchain.DevKey(devchain.MaxAccounts - 1); err != nil {
		t.Fatal(err)
	}
	// The contracts' addresses on a fresh chain: CREATE(account 0, nonce 0 and 1).
	reg, ch, tok, err := devchain.DeployedAt()
	if err != nil || reg.Hex() != "0x5FbDB2315678afecb367f032d93F642f64180aa3" || ch.Hex() != "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512" ||
		tok.Hex() != "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0" {
		t.Fatalf("DeployedAt = %s, %s, %s, %v", reg.Hex(), ch.Hex(), tok.Hex(), err)
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
	// Account 0 deployed at nonces 0 and 1: the addresses anvil and Hardhat give.
	if reg, ch, tok, _ := devchain.DeployedAt(); c.Deployment.Registry != reg || c.Deployment.PaymentChannel != ch || c.Deployment.Token != tok {
		t.Fatalf("deployed at %s / %s / %s, want %s / %s / %s", c.Deployment.Registry.Hex(), c.Deployment.PaymentChannel.Hex(), c.Deployment.Token.Hex(), reg.Hex(), ch.Hex(), tok.Hex())
	}
	// The test token: 6 decimals, every dev account holds DefaultTokenBalance.
	if d, err := c.Contracts.Token.Decimals(ctx); err != nil || d != 6 {
		t.Fatalf("test token decimals %d %v", d, err)
	}
	for _, k := range c.Keys {
		if b, err := c.Contracts.Token.BalanceOf(ctx, k.Address()); err != nil || b.Cmp(devchain.DefaultTokenBalance) != 0 {
			t.Fatalf("test token balance of %s: %s %v", k.Address().Hex(), b, err)
		}
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

// TestDevchainDataDirOtherGenesis: a data directory made with other dev
// accounts is refused with a hint, not reopened with the wrong balances.
func TestDevchainDataDirOtherGenesis(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	dir := filepath.Join(t.TempDir(), "chain")
	c, err := devchain.Start(ctx, devchain.Config{DataDir: dir, Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	_, err = devchain.Start(ctx, devchain.Config{DataDir: dir, Accounts: 3})
	if errs.KindOf(err) != errs.ChainError || !strings.Contains(errs.Message(err), "remove it") {
		t.Fatalf("reopened with other accounts: %v", err)
	}
}
