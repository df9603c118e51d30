package chain_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
)

// TestTokenChannels opens token channels on the dev chain both ways
// (approve + create, and the one-transaction permit), tops one up, claims
// and redeems in the token, and checks every balance to the base unit.
func TestTokenChannels(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dc, err := devchain.Start(ctx, devchain.Config{Accounts: 3})
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	c, alice, bob := dc.Contracts, dc.Keys[1], dc.Keys[2]
	tok := c.Token
	if tok == nil {
		t.Fatal("the dev chain's deployment has no token")
	}
	if s, err := tok.Symbol(ctx); err != nil || s != "tUSDC" {
		t.Fatalf("symbol %q %v", s, err)
	}
	start := devchain.DefaultTokenBalance

	id, r, err := c.Channels.OpenWithPermit(ctx, alice, tok, bob.Address(), big.NewInt(5_000_000), 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("open with permit: one transaction, %d gas", r.GasUsed)
	ch, err := c.Channels.Get(ctx, id)
	if err != nil || ch.Token != tok.Address || ch.Deposit.Int64() != 5_000_000 {
		t.Fatalf("channel %+v %v", ch, err)
	}
	id2, _, err := c.Channels.OpenToken(ctx, alice, tok, bob.Address(), big.NewInt(2_000_000), 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Channels.TopUpToken(ctx, alice, tok, id2, big.NewInt(1_000_000)); err != nil {
		t.Fatal(err)
	}
	sig, err := c.Channels.SignVoucher(alice, id, big.NewInt(1_250_000))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Channels.Claim(ctx, bob, id, big.NewInt(1_250_000), sig.Bytes()); err != nil {
		t.Fatal(err)
	}
	sig, _ = c.Channels.SignVoucher(alice, id2, big.NewInt(500_000))
	if _, err := c.Channels.Redeem(ctx, bob, id2, big.NewInt(500_000), sig.Bytes()); err != nil {
		t.Fatal(err)
	}
	ab, _ := tok.BalanceOf(ctx, alice.Address())
	bb, _ := tok.BalanceOf(ctx, bob.Address())
	held, _ := tok.BalanceOf(ctx, c.Channels.Address)
	// Alice: −5 (permit channel) −3 (second channel) +2.5 (its refund); Bob: +1.25 +0.5.
	if d := new(big.Int).Sub(start, ab); d.Int64() != 5_500_000 {
		t.Fatalf("alice spent %s", d)
	}
	if d := new(big.Int).Sub(bb, start); d.Int64() != 1_750_000 {
		t.Fatalf("bob received %s", d)
	}
	if held.Int64() != 3_750_000 {
		t.Fatalf("the contract holds %s, the open channel's deposit − claimed is 3750000", held)
	}
	if s := chain.FormatUnits(big.NewInt(1_750_000), 6); s != "1.75" {
		t.Fatalf("FormatUnits %s", s)
	}
	for _, tc := range []struct {
		v    int64
		d    uint8
		want string
	}{{0, 6, "0"}, {1, 6, "0.000001"}, {1_000_000, 6, "1"}, {-1_500_000, 6, "-1.5"}, {123, 0, "123"}} {
		if got := chain.FormatUnits(big.NewInt(tc.v), tc.d); got != tc.want {
			t.Errorf("FormatUnits(%d, %d) = %s, want %s", tc.v, tc.d, got, tc.want)
		}
	}
}
