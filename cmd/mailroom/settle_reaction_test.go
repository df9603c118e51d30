package main

import (
	"context"
	"math/big"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
	"github.com/agentmailroom/mailroom/hosts/mailroom"
	"github.com/agentmailroom/mailroom/hosts/mailroom/agent"
	"github.com/agentmailroom/mailroom/hosts/mailroom/settle"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// TestSettlerReactsToCloseRequest measures the settler's reaction time: from
// the sender's mined requestClose to the recipient's mined claim of every
// accepted voucher. The sender may withdraw the unclaimed rest once the
// channel's withdraw delay has passed, so this time is what the mailroom's
// --min-withdraw-delay (default 1 h) must exceed by a wide margin. New work
// on the channel is refused with channel_closing meanwhile.
func TestSettlerReactsToCloseRequest(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dc, err := devchain.Start(ctx, devchain.Config{Port: 0})
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	c := dc.Contracts
	aliceS, bobS := dc.Keys[1], dc.Keys[2]
	bob := ethsig.Address(bobS.Address())
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	price := big.NewInt(1000)
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	if _, err := c.Registry.Register(ctx, bobS, bobS.Address(), chain.Profile{Endpoint: "http://" + ln.Addr().String() + "/task", RatePerTaskWei: price}, deadline, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Registry.Register(ctx, aliceS, aliceS.Address(), chain.Profile{RatePerTaskWei: new(big.Int)}, deadline, nil); err != nil {
		t.Fatal(err)
	}
	st, err := startMailroom(ctx, c, bobS, mailroom.Options{StoreDir: t.TempDir(), Policy: settle.Policy{Logf: t.Logf}})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(ctx)
	srv := &http.Server{Handler: st.Handler}
	go srv.Serve(ln)
	defer srv.Close()
	adb, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer adb.Close()
	cfg := agentConfig(c, aliceS, adb)
	cfg.Deposit = big.NewInt(100000)
	al, err := agent.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		if _, err := al.Send(ctx, did.Format(bob), []byte(`{"task":"x"}`)); err != nil {
			t.Fatal(err)
		}
	}
	o, _, _ := al.Channel(bob)
	if _, err := c.Channels.RequestClose(ctx, aliceS, o.ChannelID); err != nil {
		t.Fatal(err)
	}
	mined := time.Now()
	var reaction time.Duration
	for {
		ch, err := c.Channels.Get(ctx, o.ChannelID)
		if err != nil {
			t.Fatal(err)
		}
		if ch.Claimed.Cmp(big.NewInt(3000)) == 0 {
			reaction = time.Since(mined)
			break
		}
		if time.Since(mined) > 20*time.Second {
			t.Fatalf("no claim 20 s after requestClose (claimed %s)", ch.Claimed)
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Logf("settler reaction: requestClose mined -> claim of 3000 wei mined in %s", reaction)
	if reaction > 5*time.Second {
		t.Fatalf("the settler took %s to claim after a close request", reaction)
	}
	if _, err := al.Send(ctx, did.Format(bob), []byte(`{"task":"late"}`)); errs.KindOf(err) != errs.ChannelClosing && err != nil {
		// The SDK abandons the closing channel and opens a new one: either
		// outcome is fine, but never a charge on the closing channel.
		t.Logf("send after close request: %v", err)
	}
	if ch, _ := c.Channels.Get(ctx, o.ChannelID); ch.Claimed.Int64() != 3000 {
		t.Fatalf("claimed %s on the closing channel, want 3000", ch.Claimed)
	}
}
