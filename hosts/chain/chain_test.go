package chain_test

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
)

func TestAmountParse(t *testing.T) {
	for in, want := range map[string]string{
		"0": "0", "1000": "1000", "0.05ether": "50000000000000000", "10gwei": "10000000000", "3wei": "3",
		"1 ETH": "1000000000000000000", ".5gwei": "500000000", "1.000000000000000000ether": "1000000000000000000",
		"2.5 Gwei": "2500000000",
	} {
		got, err := chain.ParseAmount(in)
		if err != nil || got.String() != want {
			t.Errorf("ParseAmount(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	for _, in := range []string{"", "-1", "1e18", "0x10", "1.5wei", "0.0000000000000000001ether", "ether", "1.2.3", "abc", "1 btc",
		"115792089237316195423570985008687907853269984665640564039457584007913129639936"} {
		if _, err := chain.ParseAmount(in); err == nil {
			t.Errorf("ParseAmount(%q) accepted", in)
		} else if k := errs.KindOf(err); k != errs.InvalidInput && k != errs.IntegerOutOfRange {
			t.Errorf("ParseAmount(%q) kind %s", in, k)
		}
	}
	if s := chain.FormatEther(big.NewInt(5e16)); s != "0.05" {
		t.Errorf("FormatEther = %s", s)
	}
	if s := chain.FormatEther(new(big.Int).Mul(big.NewInt(3), big.NewInt(1e18))); s != "3" {
		t.Errorf("FormatEther = %s", s)
	}
}

func TestRevertDecode(t *testing.T) {
	sel := func(sig string) []byte { return crypto.Keccak256([]byte(sig))[:4] }
	word := func(v int64) []byte { return common.LeftPadBytes(big.NewInt(v).Bytes(), 32) }
	data := append(sel("VoucherNotIncreasing(uint256,uint256)"), append(word(5), word(4)...)...)
	if got := chain.DecodeRevert(data); got != "VoucherNotIncreasing(claimed=5, cumulativeAmount=4)" {
		t.Errorf("custom error: %s", got)
	}
	// Error(string) "nope"
	es := append(sel("Error(string)"), append(word(32), append(word(4), common.RightPadBytes([]byte("nope"), 32)...)...)...)
	if got := chain.DecodeRevert(es); got != "nope" {
		t.Errorf("Error(string): %s", got)
	}
	if got := chain.DecodeRevert(append(sel("Panic(uint256)"), word(0x11)...)); got != "panic 0x11" {
		t.Errorf("Panic: %s", got)
	}
	if got := chain.DecodeRevert([]byte{1, 2, 3, 4}); got != "execution reverted: 0x01020304" {
		t.Errorf("unknown: %s", got)
	}
	if got := chain.DecodeRevert(nil); got == "" {
		t.Error("empty data")
	}
}

func TestDeploymentFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "d.json")
	d := chain.Deployment{ChainID: 31337, Registry: common.HexToAddress("0xd801264E87E30cF9429110C2Fdbe0DC585e650A7"),
		PaymentChannel: common.HexToAddress("0x8D25c62f09ed582d8652345Def9c19fb28963A88"), RPC: "http://127.0.0.1:8545"}
	if err := d.Save(p); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(p)
	want := "{\n  \"chainId\": 31337,\n  \"registry\": \"0xd801264E87E30cF9429110C2Fdbe0DC585e650A7\",\n  \"paymentChannel\": \"0x8D25c62f09ed582d8652345Def9c19fb28963A88\",\n  \"rpc\": \"http://127.0.0.1:8545\"\n}\n"
	if string(raw) != want {
		t.Fatalf("file:\n%s", raw)
	}
	got, err := chain.LoadDeployment(p)
	if err != nil || got != d {
		t.Fatalf("load %+v %v", got, err)
	}
	// A nonzero minimum withdraw delay is recorded (and read back).
	d.MinWithdrawDelay = 3600
	if err := d.Save(p); err != nil {
		t.Fatal(err)
	}
	if raw, _ := os.ReadFile(p); !strings.Contains(string(raw), "\"minWithdrawDelay\": 3600") {
		t.Fatalf("file:\n%s", raw)
	}
	if got, err := chain.LoadDeployment(p); err != nil || got != d {
		t.Fatalf("load %+v %v", got, err)
	}
	_ = os.WriteFile(p, []byte(`{"chainId":1,"registry":"0xd801264E87E30cF9429110C2Fdbe0DC585e650A7","paymentChannel":"0x8D25c62f09ed582d8652345Def9c19fb28963A88","extra":1}`), 0o644)
	if _, err := chain.LoadDeployment(p); errs.KindOf(err) != errs.InvalidJSON {
		t.Fatalf("unknown field: %v", err)
	}
	_ = os.WriteFile(p, []byte(`{"chainId":1}`), 0o644)
	if _, err := chain.LoadDeployment(p); errs.KindOf(err) != errs.InvalidInput {
		t.Fatalf("missing addresses: %v", err)
	}
}

func TestKeyFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "k")
	_ = os.WriteFile(p, []byte("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318\nmore\n"), 0o600)
	s, err := chain.LoadKeyFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if s.Address() != common.HexToAddress("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23") {
		t.Fatalf("address %s", s.Address().Hex())
	}
	_ = os.WriteFile(p, []byte("zz\n"), 0o600)
	if _, err := chain.LoadKeyFile(p); errs.KindOf(err) != errs.InvalidPrivateKey {
		t.Fatalf("bad key: %v", err)
	}
}

// TestDeployAndConsentWrappers: Deploy's default minimum, DeployWith, the
// refund reads and the registry's consent wrappers, on a dev chain.
func TestDeployAndConsentWrappers(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dc, err := devchain.Start(ctx, devchain.Config{Accounts: 5})
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	k := dc.Keys

	if _, err := chain.DeployWith(ctx, dc.Client, k[4], chain.DeployOptions{MinWithdrawDelay: 365*24*3600 + 1}); errs.KindOf(err) != errs.InvalidInput {
		t.Fatalf("minimum above the maximum: %v", err)
	}
	d, err := chain.Deploy(ctx, dc.Client, k[4])
	if err != nil {
		t.Fatal(err)
	}
	if d.MinWithdrawDelay != chain.DefaultMinWithdrawDelay {
		t.Fatalf("Deploy recorded minimum %d", d.MinWithdrawDelay)
	}
	c, err := chain.New(ctx, dc.Client, d)
	if err != nil {
		t.Fatal(err)
	}
	if m, err := c.Channels.MinWithdrawDelay(ctx); err != nil || m != chain.DefaultMinWithdrawDelay {
		t.Fatalf("minWithdrawDelay %d %v", m, err)
	}
	if _, _, err := c.Channels.Open(ctx, k[1], k[2].Address(), big.NewInt(1e15), 0); chain.RevertName(err) != "WithdrawDelayTooShort" {
		t.Fatalf("delay 0 under the default minimum: %v", err)
	}
	if r, err := c.Channels.RefundOf(ctx, k[1].Address()); err != nil || r.Sign() != 0 {
		t.Fatalf("refundOf %s %v", r, err)
	}
	if _, err := c.Channels.WithdrawRefund(ctx, k[1]); chain.RevertName(err) != "NoRefund" {
		t.Fatalf("withdrawRefund with nothing owed: %v", err)
	}
	if _, err := c.Channels.WithdrawRefundTo(ctx, k[1], k[2].Address()); chain.RevertName(err) != "NoRefund" {
		t.Fatalf("withdrawRefundTo with nothing owed: %v", err)
	}

	// Registry consents: owner k0, agent k1, next owner k2.
	reg := c.Registry
	owner, agent, next := k[0], k[1], k[2]
	dl := uint64(time.Now().Add(time.Hour).Unix())
	if _, err := reg.Register(ctx, owner, agent.Address(), chain.Profile{Endpoint: "http://a"}, dl, reg.SignConsent(agent, owner.Address(), dl).Bytes()); err != nil {
		t.Fatal(err)
	}
	if _, err := reg.Deactivate(ctx, agent, agent.Address()); err != nil {
		t.Fatal(err)
	}
	if byOwner, byAgent, err := reg.DeactivatedBy(ctx, agent.Address()); err != nil || byOwner || !byAgent {
		t.Fatalf("deactivatedBy %v %v %v", byOwner, byAgent, err)
	}
	if _, err := reg.Activate(ctx, owner, agent.Address()); chain.RevertName(err) != "AgentConsentRequired" {
		t.Fatalf("owner activation without consent: %v", err)
	}
	n, err := reg.ConsentNonce(ctx, agent.Address())
	if err != nil || n != 1 {
		t.Fatalf("consentNonce %d %v", n, err)
	}
	sig := reg.SignActivate(agent, n, dl)
	if err := ethsig.Verify(ethsig.Address(agent.Address()), reg.ActivateDigest(agent.Address(), n, dl), sig); err != nil {
		t.Fatal(err)
	}
	if _, err := reg.ActivateWithConsent(ctx, owner, agent.Address(), dl, sig.Bytes()); err != nil {
		t.Fatal(err)
	}
	if a, err := reg.GetAgent(ctx, agent.Address()); err != nil || !a.Active {
		t.Fatalf("agent %+v %v", a, err)
	}
	if _, err := reg.TransferOwnership(ctx, owner, agent.Address(), next.Address()); chain.RevertName(err) != "AgentConsentRequired" {
		t.Fatalf("transfer without consent: %v", err)
	}
	n, _ = reg.ConsentNonce(ctx, agent.Address())
	tsig := reg.SignTransfer(agent, next.Address(), n, dl)
	if err := ethsig.Verify(ethsig.Address(agent.Address()), reg.TransferDigest(agent.Address(), next.Address(), n, dl), tsig); err != nil {
		t.Fatal(err)
	}
	if _, err := reg.TransferOwnershipWithConsent(ctx, owner, agent.Address(), next.Address(), dl, tsig.Bytes()); err != nil {
		t.Fatal(err)
	}
	if a, _ := reg.GetAgent(ctx, agent.Address()); a.Owner != next.Address() {
		t.Fatalf("owner %s", a.Owner.Hex())
	}
	if m, _ := reg.ConsentNonce(ctx, agent.Address()); m != n+1 {
		t.Fatalf("consentNonce %d after the transfer, want %d", m, n+1)
	}
}
