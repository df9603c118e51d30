package main

import (
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net"
	"net/http"
	"path/filepath"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/recipient"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
	"github.com/agentmailroom/mailroom/hosts/mailroom"
	"github.com/agentmailroom/mailroom/hosts/mailroom/server"
)

// TestSendInTheToken: `mailroom send --asset token` pays a mailroom priced
// in the dev chain's test token (0.25 tUSDC a request) twice; without
// --asset the ETH agent is told asset_mismatch.
func TestSendInTheToken(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dc, err := devchain.Start(ctx, devchain.Config{Accounts: 3})
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	c, bob := dc.Contracts, dc.Keys[2]
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	for _, s := range []*chain.Signer{bob, dc.Keys[1]} {
		if _, err := c.Registry.Register(ctx, s, s.Address(), chain.Profile{Endpoint: "http://" + ln.Addr().String() + "/task", RatePerTaskWei: big.NewInt(1000)}, deadline, nil); err != nil {
			t.Fatal(err)
		}
	}
	m, err := mailroom.Start(ctx, c, bob, mailroom.Options{StoreDir: t.TempDir(), Price: big.NewInt(1000),
		Routes: []recipient.Route{{Path: "*", Price: big.NewInt(250_000), Asset: ethsig.Address(c.Token.Address)}},
		Task:   http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { b, _ := io.ReadAll(r.Body); w.Write(b) })})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close(ctx)
	srv := server.NewHTTPServer(m.Handler, server.HTTPOptions{})
	go srv.Serve(ln)
	defer srv.Shutdown(ctx)
	dep := filepath.Join(t.TempDir(), "deployments.json")
	if err := c.Deployment.Save(dep); err != nil {
		t.Fatal(err)
	}
	bobDID := did.Format(ethsig.Address(bob.Address()))
	store := t.TempDir()
	fl := []string{"--rpc", dc.RPC, "--deployments", dep, "--dev-account", "1", "--store", store}
	if _, err := runCLI(t, append([]string{"send", bobDID, "x"}, fl...)...); errs.KindOf(err) != errs.AssetMismatch {
		t.Fatalf("send in ETH to a token mailroom: %v, want asset_mismatch", err)
	}
	for i := 1; i <= 2; i++ {
		out, err := runCLI(t, append([]string{"send", bobDID, "hi", "--asset", "token", "--deposit", "5000000", "--json"}, fl...)...)
		if err != nil {
			t.Fatalf("send %d --asset token: %v\n%s", i, err, out)
		}
		var o sendOut
		if err := json.Unmarshal([]byte(out), &o); err != nil || o.Status != 200 || o.CumulativeWei != big.NewInt(int64(i)*250_000).String() {
			t.Fatalf("send %d: %+v %v", i, o, err)
		}
	}
	if _, err := runCLI(t, append([]string{"send", bobDID, "x", "--asset", "usdc"}, fl...)...); errs.KindOf(err) != errs.InvalidInput {
		t.Fatalf("--asset usdc: %v", err)
	}
	rs := m.Settler.SettleAll(ctx, false)
	if len(rs) != 1 || rs[0].Err != nil || rs[0].Paid.Int64() != 500_000 {
		t.Fatalf("settle %+v", rs)
	}
}
