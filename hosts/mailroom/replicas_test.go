package mailroom_test

import (
	"context"
	"math/big"
	"net"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/chainview"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
	"github.com/agentmailroom/mailroom/hosts/mailroom"
	"github.com/agentmailroom/mailroom/hosts/mailroom/agent"
	"github.com/agentmailroom/mailroom/hosts/mailroom/settle"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// Two replicas on one database elect one settler; vouchers accepted on
// the other replica that bring a channel to the claim threshold are
// forwarded to the settler, which claims at once (its periodic scan is
// an hour away), exactly what was served.
func TestReplicasForwardThresholdClaims(t *testing.T) {
	url := pgtest.Need(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dc, err := devchain.Start(ctx, devchain.Config{Port: 0})
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	c, alice, bob := dc.Contracts, dc.Keys[1], dc.Keys[2]
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	// The endpoint serves through whichever replica is not the settler.
	var target atomic.Value
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { target.Load().(http.Handler).ServeHTTP(w, r) }))
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	for _, r := range []struct {
		s    *chain.Signer
		url  string
		rate int64
	}{{bob, "http://" + ln.Addr().String() + "/task", 1000}, {alice, "http://127.0.0.1:1/", 0}} {
		if _, err := c.Registry.Register(ctx, r.s, r.s.Address(), chain.Profile{Endpoint: r.url, RatePerTaskWei: big.NewInt(r.rate)}, deadline, nil); err != nil {
			t.Fatal(err)
		}
	}
	reps := make([]*mailroom.Mailroom, 2)
	for i := range reps {
		reps[i], err = mailroom.Start(ctx, c, bob, mailroom.Options{StoreURL: url, Postgres: postgres.Options{LeaseCheck: 100 * time.Millisecond},
			Task:   http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(`{"ok":true}`)) }),
			Policy: settle.Policy{Threshold: big.NewInt(3000), Interval: time.Hour, Logf: t.Logf}})
		if err != nil {
			t.Fatal(err)
		}
		defer reps[i].Close(ctx)
	}
	var other *mailroom.Mailroom
	for start := time.Now(); other == nil; time.Sleep(20 * time.Millisecond) {
		if time.Since(start) > 10*time.Second {
			t.Fatal("no settler elected")
		}
		switch {
		case reps[0].Leading() && !reps[1].Leading():
			other = reps[1]
		case reps[1].Leading() && !reps[0].Leading():
			other = reps[0]
		}
	}
	time.Sleep(200 * time.Millisecond) // the settler listens
	target.Store(other.Handler)
	db := store.NewMem()
	a, err := agent.New(agent.Config{Key: alice.Core(), ChainID: c.ChainID.Uint64(), Registry: ethsig.Address(c.Deployment.Registry),
		ChannelContract: ethsig.Address(c.Deployment.PaymentChannel), Directory: chainview.New(chainview.ClientSource{C: c}),
		Channels: agent.ChainOps{C: c, S: alice}, Store: db, Deposit: big.NewInt(100000)})
	if err != nil {
		t.Fatal(err)
	}
	var id [32]byte
	for i := 0; i < 3; i++ {
		res, err := a.Send(ctx, did.Format(ethsig.Address(bob.Address())), []byte(`{}`))
		if err != nil {
			t.Fatal(err)
		}
		id = res.ChannelID
	}
	for start := time.Now(); ; time.Sleep(50 * time.Millisecond) {
		ch, err := c.Channels.Get(ctx, id)
		if err == nil && ch.Claimed.Int64() == 3000 {
			t.Logf("claimed 3000 on chain %v after the third request, through the settler", time.Since(start))
			break
		}
		if time.Since(start) > 10*time.Second {
			t.Fatalf("not claimed 10 s after the threshold was reached on a replica that is not the settler: %+v %v", ch, err)
		}
	}
}
