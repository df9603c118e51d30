package mailroom_test

import (
	"io"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/client"
	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/recipient"
	"github.com/agentmailroom/mailroom/hosts/mailroom"
	"github.com/agentmailroom/mailroom/hosts/mailroom/agent"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// TestPayInTheTestToken: Bob prices every request at 0.25 tUSDC (250000
// base units of the dev chain's MailroomTestUSD). Alice's Go SDK pays in
// the token: it learns the price from Bob's 402 (the registry's rate is in
// wei), opens a channel in the token with a permit, pays three requests,
// and Bob settles in the token: balances add up to the base unit. An agent
// paying in ETH is told the mailroom takes the token (asset_mismatch)
// before it opens anything.
func TestPayInTheTestToken(t *testing.T) {
	n := newBobAndAlice(t)
	ctx, c := n.ctx, n.c
	tok := c.Token
	price := big.NewInt(250_000)
	m := n.serveBob(t, mailroom.Options{Price: big.NewInt(1000),
		Routes: []recipient.Route{{Path: "*", Price: price, Asset: ethsig.Address(tok.Address)}},
		Task:   http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { b, _ := io.ReadAll(r.Body); w.Write(b) })})
	bobDID := did.Format(ethsig.Address(n.bob.Address()))

	// An ETH agent: asset_mismatch, no channel opened.
	if _, err := n.aliceAgent(t).Send(ctx, bobDID, []byte("x")); errs.KindOf(err) != errs.AssetMismatch {
		t.Fatalf("ETH agent to a token mailroom: %v, want asset_mismatch", err)
	}

	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := n.aliceIn(t, db, ethsig.Address(tok.Address), agent.Budget{}, big.NewInt(5_000_000))
	aliceBefore, _ := tok.BalanceOf(ctx, n.alice.Address())
	bobBefore, _ := tok.BalanceOf(ctx, n.bob.Address())
	for i := int64(1); i <= 3; i++ {
		res, err := a.Send(ctx, bobDID, []byte(`{"n":1}`))
		if err != nil || res.Cumulative.Int64() != i*250_000 || res.Price.Cmp(price) != 0 {
			t.Fatalf("send %d: %+v %v", i, res, err)
		}
	}
	o, ok, err := a.Channel(ethsig.Address(n.bob.Address()))
	if err != nil || !ok {
		t.Fatalf("alice's channel %v %v", ok, err)
	}
	ch, err := c.Channels.Get(ctx, o.ChannelID)
	if err != nil || ch.Token != tok.Address || ch.Deposit.Int64() != 5_000_000 {
		t.Fatalf("the channel on chain %+v %v: want 5 tUSDC in the token", ch, err)
	}
	rs := m.Settler.SettleAll(ctx, false)
	if len(rs) != 1 || rs[0].Err != nil || rs[0].Paid.Int64() != 750_000 {
		t.Fatalf("settle %+v", rs)
	}
	aliceAfter, _ := tok.BalanceOf(ctx, n.alice.Address())
	bobAfter, _ := tok.BalanceOf(ctx, n.bob.Address())
	held, _ := tok.BalanceOf(ctx, c.Channels.Address)
	if d := new(big.Int).Sub(aliceBefore, aliceAfter); d.Int64() != 5_000_000 {
		t.Fatalf("alice locked %s", d)
	}
	if d := new(big.Int).Sub(bobAfter, bobBefore); d.Int64() != 750_000 {
		t.Fatalf("bob received %s tUSDC base units, want 750000", d)
	}
	if held.Int64() != 5_000_000-750_000 {
		t.Fatalf("the contract holds %s", held)
	}
	// The daily budget counts token units under the token's key, never with wei.
	now := time.Now()
	inToken, err1 := db.Spent(client.DayIn(now, ethsig.Address(tok.Address)))
	inWei, err2 := db.Spent(client.Day(now))
	if err1 != nil || err2 != nil || inToken.Sign() <= 0 || inWei.Sign() != 0 {
		t.Fatalf("spent today: %s in the token, %s in wei (%v %v)", inToken, inWei, err1, err2)
	}
}
