package mailroom_test

import (
	"io"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/recipient"
	"github.com/agentmailroom/mailroom/hosts/mailroom"
	"github.com/agentmailroom/mailroom/hosts/mailroom/agent"
	"github.com/agentmailroom/mailroom/hosts/mailroom/settle"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// TestThresholdsPerAsset: Bob takes 1000 wei or 250000 of the token and
// claims ETH channels at 1000 wei unclaimed. A token channel is not
// measured in wei: 250000 token units are not above a 1000 wei threshold
// (the settler claimed the token channel after its first request, paying
// gas per request, when it compared every channel with the one
// threshold); the token's own threshold (500000) claims it at the second.
func TestThresholdsPerAsset(t *testing.T) {
	n := newBobAndAlice(t)
	ctx, c := n.ctx, n.c
	tok := ethsig.Address(c.Token.Address)
	m := n.serveBob(t, mailroom.Options{Accepts: []recipient.Price{{Amount: big.NewInt(1000)}, {Amount: big.NewInt(250_000), Asset: tok}},
		Policy: settle.Policy{Threshold: big.NewInt(1000), Thresholds: map[ethsig.Address]*big.Int{tok: big.NewInt(500_000)}, Interval: time.Hour},
		Task:   http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { b, _ := io.ReadAll(r.Body); w.Write(b) })})
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := n.aliceIn(t, db, ethsig.Address(tok), agent.Budget{}, big.NewInt(5_000_000))
	bobDID := did.Format(ethsig.Address(n.bob.Address()))
	res, err := a.Send(ctx, bobDID, []byte("1"))
	if err != nil {
		t.Fatal(err)
	}
	claimed := func() int64 {
		ch, err := c.Channels.Get(ctx, res.ChannelID)
		if err != nil {
			t.Fatal(err)
		}
		return ch.Claimed.Int64()
	}
	time.Sleep(300 * time.Millisecond) // a claim the settler was kicked for is mined well within this
	if got := claimed(); got != 0 {
		t.Fatalf("the token channel was claimed at %d units unclaimed, below its 500000 threshold (by the 1000 wei one)", got)
	}
	if _, err := a.Send(ctx, bobDID, []byte("2")); err != nil {
		t.Fatal(err)
	}
	for start := time.Now(); claimed() != 500_000; time.Sleep(20 * time.Millisecond) {
		if time.Since(start) > 10*time.Second {
			t.Fatalf("the token channel at its threshold was not claimed: %d", claimed())
		}
	}
	_ = m
}
