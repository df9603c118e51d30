package mailroom_test

import (
	"context"
	"io"
	"math/big"
	"net"
	"net/http"
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
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// A dev chain reset gives the same chain id, contract addresses and channel
// ids: stores kept from the old chain must not carry their accepted amounts
// over (the recipient would claim the old chain's vouchers again, with the
// sender's own proven corrections). Stores are bound to their chain.
func TestStoresBoundToTheirChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	bobDir, aliceDir := t.TempDir(), t.TempDir()
	round := func(sends int) (claimed *big.Int, err error) {
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
		m, err := mailroom.Start(ctx, c, bob, mailroom.Options{StoreDir: bobDir,
			Task: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.Copy(w, r.Body) })})
		if err != nil {
			return nil, err
		}
		srv := server.NewHTTPServer(m.Handler, server.HTTPOptions{})
		go srv.Serve(ln)
		defer func() { srv.Shutdown(ctx); m.Close(ctx) }()
		db, err := mailroom.OpenSenderStore(ctx, c, aliceDir)
		if err != nil {
			return nil, err
		}
		defer db.Close()
		a, err := agent.New(agent.Config{Key: alice.Core(), ChainID: c.ChainID.Uint64(), Registry: ethsig.Address(c.Deployment.Registry),
			ChannelContract: ethsig.Address(c.Deployment.PaymentChannel), Directory: chainview.New(chainview.ClientSource{C: c}),
			Channels: agent.ChainOps{C: c, S: alice}, Store: db, Deposit: big.NewInt(100000)})
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < sends; i++ {
			if _, err := a.Send(ctx, did.Format(ethsig.Address(bob.Address())), []byte(`{}`)); err != nil {
				t.Fatalf("send: %v", err)
			}
		}
		rs := m.Settler.SettleAll(ctx, false)
		claimed = new(big.Int)
		for _, r := range rs {
			if r.Paid != nil {
				claimed.Add(claimed, r.Paid)
			}
		}
		return claimed, nil
	}
	if got, err := round(2); err != nil || got.Int64() != 2000 {
		t.Fatalf("first chain: claimed %v %v", got, err)
	}
	// The chain is reset; the stores stay.
	got, err := round(2)
	if err == nil {
		t.Fatalf("second chain with the first chain's stores: claimed %s for 2 requests (price 1000)", got)
	}
	if errs.KindOf(err) != errs.StoreError {
		t.Fatalf("second chain: %v, want store_error (the stores belong to another chain)", err)
	}
	_ = store.FileName
}
