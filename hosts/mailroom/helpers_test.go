package mailroom_test

import (
	"context"
	"math/big"
	"net"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/chainview"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
	"github.com/agentmailroom/mailroom/hosts/mailroom"
	"github.com/agentmailroom/mailroom/hosts/mailroom/agent"
	"github.com/agentmailroom/mailroom/hosts/mailroom/server"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// bobAndAlice is a dev chain on which Bob (dev account 2) serves a
// mailroom on loopback and Alice (dev account 1) pays it; both are
// registered, Bob at base + "/task" and rate 1000.
type bobAndAlice struct {
	ctx        context.Context
	c          *chain.Client
	alice, bob *chain.Signer
	base       string // http://127.0.0.1:port
	ln         net.Listener
}

func newBobAndAlice(t *testing.T) *bobAndAlice {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	dc, err := devchain.Start(ctx, devchain.Config{Accounts: 3})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dc.Close() })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	n := &bobAndAlice{ctx: ctx, c: dc.Contracts, alice: dc.Keys[1], bob: dc.Keys[2], base: "http://" + ln.Addr().String(), ln: ln}
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	for _, r := range []struct {
		s        *chain.Signer
		endpoint string
		rate     int64
	}{{n.bob, n.base + "/task", 1000}, {n.alice, "http://127.0.0.1:1/", 0}} {
		if _, err := n.c.Registry.Register(ctx, r.s, r.s.Address(), chain.Profile{Endpoint: r.endpoint, RatePerTaskWei: big.NewInt(r.rate)}, deadline, nil); err != nil {
			t.Fatal(err)
		}
	}
	return n
}

// serveBob starts Bob's mailroom with o (StoreDir filled in) on the listener.
func (n *bobAndAlice) serveBob(t *testing.T, o mailroom.Options) *mailroom.Mailroom {
	t.Helper()
	o.StoreDir = t.TempDir()
	m, err := mailroom.Start(n.ctx, n.c, n.bob, o)
	if err != nil {
		t.Fatal(err)
	}
	srv := server.NewHTTPServer(m.Handler, server.HTTPOptions{})
	go srv.Serve(n.ln)
	t.Cleanup(func() { srv.Shutdown(context.Background()); m.Close(context.Background()) })
	return m
}

// aliceAgent is Alice's Go SDK on a fresh store (channels of 100000 wei).
func (n *bobAndAlice) aliceAgent(t *testing.T) *agent.Agent {
	t.Helper()
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return n.aliceIn(t, db, ethsig.Address{}, agent.Budget{}, big.NewInt(100000))
}

// aliceIn is Alice's Go SDK on db paying in asset (zero: ETH; a token:
// the dev chain's test token, channels opened with a permit) with budget
// and deposit.
func (n *bobAndAlice) aliceIn(t *testing.T, db store.Sender, asset ethsig.Address, b agent.Budget, deposit *big.Int) *agent.Agent {
	t.Helper()
	cfg := agent.Config{Key: n.alice.Core(), ChainID: n.c.ChainID.Uint64(), Registry: ethsig.Address(n.c.Deployment.Registry),
		ChannelContract: ethsig.Address(n.c.Deployment.PaymentChannel), Directory: chainview.New(chainview.ClientSource{C: n.c}),
		Channels: agent.ChainOps{C: n.c, S: n.alice}, Store: db, Asset: asset, Deposit: deposit, Budget: b}
	if asset != (ethsig.Address{}) {
		cfg.Channels = agent.ChainOps{C: n.c, S: n.alice, Token: n.c.Token}
	}
	a, err := agent.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
