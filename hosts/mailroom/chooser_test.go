package mailroom_test

import (
	"io"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agentmailroom/mailroom/core/client"
	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/recipient"
	"github.com/agentmailroom/mailroom/hosts/mailroom"
	"github.com/agentmailroom/mailroom/hosts/mailroom/agent"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// TestChooserPaysInThePreferredAsset: Bob takes 1000 wei or 250000 of the
// test token per request. Alice's chooser prefers the token (capped at
// 300000), then ETH: she pays in the token. With the token capped below
// its price she pays in ETH, on one store beside her token channel; with
// every cap below the prices nothing is signed or sent on chain
// (budget_exceeded). Bob settles each channel exactly in its asset.
func TestChooserPaysInThePreferredAsset(t *testing.T) {
	n := newBobAndAlice(t)
	ctx, c := n.ctx, n.c
	tok := ethsig.Address(c.Token.Address)
	m := n.serveBob(t, mailroom.Options{Accepts: []recipient.Price{{Amount: big.NewInt(1000)}, {Amount: big.NewInt(250_000), Asset: tok}},
		Task: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { b, _ := io.ReadAll(r.Body); w.Write(b) })})
	bobDID := did.Format(ethsig.Address(n.bob.Address()))
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	mkWith := func(asset ethsig.Address, b agent.Budget, deposit int64) *agent.Agent {
		t.Helper()
		return n.aliceIn(t, db, asset, b, big.NewInt(deposit))
	}
	mk := func(asset ethsig.Address, maxPer, deposit int64) *agent.Agent {
		return mkWith(asset, agent.Budget{MaxPerRequest: big.NewInt(maxPer)}, deposit)
	}
	chooser := func(agents ...*agent.Agent) *agent.Chooser {
		t.Helper()
		ch, err := agent.NewChooser(agents...)
		if err != nil {
			t.Fatal(err)
		}
		return ch
	}
	native := ethsig.Address{}

	prefersToken := chooser(mk(tok, 300_000, 5_000_000), mk(native, 5000, 100_000))
	for i := int64(1); i <= 2; i++ {
		res, asset, err := prefersToken.Send(ctx, bobDID, []byte("t"))
		if err != nil || asset != tok || res.Price.Int64() != 250_000 || res.Cumulative.Int64() != i*250_000 {
			t.Fatalf("token preferred, send %d: %+v %s %v", i, res, asset, err)
		}
	}
	tokenCapped := chooser(mk(tok, 200_000, 5_000_000), mk(native, 5000, 100_000))
	res, asset, err := tokenCapped.Send(ctx, bobDID, []byte("e"))
	if err != nil || asset != native || res.Price.Int64() != 1000 || res.Cumulative.Int64() != 1000 {
		t.Fatalf("token capped below its price: %+v %s %v; want ETH at 1000", res, asset, err)
	}
	// A token agent whose day's budget has less left (200000) than the
	// token's price after what it spent today: the chooser passes it over.
	spent, err := db.Spent(client.DayIn(time.Now(), tok))
	if err != nil || spent.Sign() == 0 {
		t.Fatalf("spent today in the token: %v %v", spent, err)
	}
	dayTok := mkWith(tok, agent.Budget{MaxPerRequest: big.NewInt(300_000), MaxPerDay: new(big.Int).Add(spent, big.NewInt(200_000))}, 5_000_000)
	dayEth := mk(native, 5000, 100_000)
	if res, asset, err := chooser(dayTok, dayEth).Send(ctx, bobDID, []byte("d")); err != nil || asset != native {
		t.Fatalf("token with 200000 left today for a 250000 price: %+v %s %v; want ETH", res, asset, err)
	}
	// The same chooser once the token's day is spent: its cached choice
	// (the token) is refused by the budget, and it chooses again: ETH.
	dayTok2 := mkWith(tok, agent.Budget{MaxPerRequest: big.NewInt(300_000), MaxPerDay: new(big.Int).Add(spent, big.NewInt(300_000))}, 5_000_000)
	again := chooser(dayTok2, mk(native, 5000, 100_000))
	if _, asset, err := again.Send(ctx, bobDID, []byte("d1")); err != nil || asset != tok {
		t.Fatalf("with 300000 left today: %s %v; want the token", asset, err)
	}
	if _, asset, err := again.Send(ctx, bobDID, []byte("d2")); err != nil || asset != native {
		t.Fatalf("with 50000 left today: %s %v; want ETH", asset, err)
	}
	before, err := c.Backend.PendingNonceAt(ctx, common.Address(n.alice.Address()))
	if err != nil {
		t.Fatal(err)
	}
	allCapped := chooser(mk(tok, 1, 5_000_000), mk(native, 999, 100_000))
	if _, _, err := allCapped.Send(ctx, bobDID, []byte("x")); errs.KindOf(err) != errs.BudgetExceeded {
		t.Fatalf("every cap below its price: %v, want budget_exceeded", err)
	}
	if after, _ := c.Backend.PendingNonceAt(ctx, common.Address(n.alice.Address())); after != before {
		t.Fatalf("a refused choice sent %d transactions", after-before)
	}
	if _, err := agent.NewChooser(mk(tok, 1, 1), mk(tok, 1, 1)); errs.KindOf(err) != errs.InvalidInput {
		t.Fatalf("two agents in one asset: %v", err)
	}
	rs := m.Settler.SettleAll(ctx, false)
	paid := map[ethsig.Address]int64{}
	for _, r := range rs {
		if r.Err != nil {
			t.Fatalf("settle %+v", r)
		}
		paid[r.Asset] += r.Paid.Int64()
	}
	if len(rs) != 2 || paid[tok] != 750_000 || paid[native] != 3000 {
		t.Fatalf("settled %v: want 750000 of the token and 3000 wei", paid)
	}
}

// TestChooserLearnsEachRoute: a chooser's terms are per URL. Chosen at
// /premium (3000 wei), a request to /task (1000) learns /task's terms
// instead of signing /premium's price first (a voucher 2000 above what is
// owed, which the recipient refuses but holds); every request is paid at
// its route's price in one attempt, and the sender never signed more than
// it paid.
func TestChooserLearnsEachRoute(t *testing.T) {
	n := newBobAndAlice(t)
	ctx := n.ctx
	m := n.serveBob(t, mailroom.Options{Accepts: []recipient.Price{{Amount: big.NewInt(1000)}},
		Routes: []recipient.Route{{Path: "/premium", Price: big.NewInt(3000)}},
		Task:   http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { b, _ := io.ReadAll(r.Body); w.Write(b) })})
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := n.aliceIn(t, db, ethsig.Address{}, agent.Budget{}, big.NewInt(100_000))
	ch, err := agent.NewChooser(a)
	if err != nil {
		t.Fatal(err)
	}
	bob := ethsig.Address(n.bob.Address())
	cum := int64(0)
	for _, step := range []struct {
		path  string
		price int64
	}{{"/premium", 3000}, {"/task", 1000}, {"/premium", 3000}, {"/task", 1000}} {
		res, _, err := ch.SendTo(ctx, n.base+step.path, bob, []byte("x"))
		cum += step.price
		if err != nil || res.Price.Int64() != step.price || res.Attempts != 1 || res.Cumulative.Int64() != cum {
			t.Fatalf("%s: %+v %v; want %d in one attempt (cumulative %d)", step.path, res, err, step.price, cum)
		}
	}
	o, ok, err := db.Outgoing(bob, ethsig.Address{})
	if err != nil || !ok || o.Signed == nil || o.Signed.Int64() != cum {
		t.Fatalf("signed %+v %v: want %d, what was paid", o, err, cum)
	}
	_ = m
}
