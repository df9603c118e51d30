package mailroom_test

import (
	"context"
	"io"
	"math/big"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/chainview"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
	"github.com/agentmailroom/mailroom/hosts/mailroom"
	"github.com/agentmailroom/mailroom/hosts/mailroom/agent"
	"github.com/agentmailroom/mailroom/hosts/mailroom/server"
	"github.com/agentmailroom/mailroom/hosts/mailroom/settle"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// A Go service embeds a whole mailroom: Start, serve its Handler, Close.
func TestEmbeddedMailroom(t *testing.T) {
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

	// The few lines a service writes.
	m, err := mailroom.Start(ctx, c, bob, mailroom.Options{StoreDir: t.TempDir(),
		Task: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { b, _ := io.ReadAll(r.Body); w.Write(b) })})
	if err != nil {
		t.Fatal(err)
	}
	srv := server.NewHTTPServer(m.Handler, server.HTTPOptions{})
	go srv.Serve(ln)

	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a, err := agent.New(agent.Config{Key: alice.Core(), ChainID: c.ChainID.Uint64(), Registry: ethsig.Address(c.Deployment.Registry),
		ChannelContract: ethsig.Address(c.Deployment.PaymentChannel), Directory: chainview.New(chainview.ClientSource{C: c}),
		Channels: agent.ChainOps{C: c, S: alice}, Store: db, Deposit: big.NewInt(100000)})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 2; i++ {
		res, err := a.Send(ctx, did.Format(ethsig.Address(bob.Address())), []byte(`{"n":1}`))
		if err != nil || res.Cumulative.Int64() != int64(i)*1000 || string(res.Body) != `{"n":1}` {
			t.Fatalf("send %d: %+v %v", i, res, err)
		}
	}
	chs, err := m.Server.Channels()
	if err != nil || len(chs) != 1 || chs[0].Accepted.Int64() != 2000 {
		t.Fatalf("recipient's channels %+v %v", chs, err)
	}
	srv.Shutdown(ctx)
	m.Close(ctx)
}

// Redeeming on shutdown is refused on a shared store: the settler's replica
// stops new work on the channel it redeems, the others would keep serving
// on vouchers the redeem does not claim.
func TestNoRedeemOnShutdownWithReplicas(t *testing.T) {
	_, err := mailroom.Start(context.Background(), nil, nil, mailroom.Options{StoreURL: "postgres://127.0.0.1:1/none",
		Task:   http.NotFoundHandler(),
		Policy: settle.Policy{OnShutdown: true, CloseOnShutdown: true}})
	if errs.KindOf(err) != errs.InvalidInput || !strings.Contains(errs.Message(err), "redeeming on shutdown") {
		t.Fatalf("Start with a shared store and CloseOnShutdown: %v, want invalid_input", err)
	}
}
