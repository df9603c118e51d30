package discovery_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
	"github.com/agentmailroom/mailroom/hosts/chain/discovery"
)

func addrs(as []chain.Agent) []common.Address {
	var out []common.Address
	for _, a := range as {
		out = append(out, a.Address)
	}
	return out
}

func same(t *testing.T, what string, got []chain.Agent, want ...common.Address) {
	t.Helper()
	g := addrs(got)
	if len(g) != len(want) {
		t.Fatalf("%s: got %v, want %v", what, g, want)
	}
	for i := range g {
		if g[i] != want[i] {
			t.Fatalf("%s: got %v, want %v", what, g, want)
		}
	}
}

// TestFindByCapabilityAndRate registers agents on a dev chain and finds
// them by capability, rate and activity, with one-block log ranges (every
// range boundary crossed), and keeps the index current with Watch.
func TestFindByCapabilityAndRate(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dc, err := devchain.Start(ctx, devchain.Config{Accounts: 6})
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	c, k := dc.Contracts, dc.Keys
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	reg := func(s *chain.Signer, rate int64, caps ...string) {
		t.Helper()
		if _, err := c.Registry.Register(ctx, s, s.Address(), chain.Profile{Endpoint: "http://127.0.0.1:1/" + s.Address().Hex(), Capabilities: caps, RatePerTaskWei: big.NewInt(rate)}, deadline, nil); err != nil {
			t.Fatal(err)
		}
	}
	reg(k[1], 3000, "gpt-4o", "audit")
	reg(k[2], 1000, "gpt-4o")
	reg(k[3], 500, "summarise")
	reg(k[4], 200, "gpt-4o")
	if _, err := c.Registry.Deactivate(ctx, k[4], k[4].Address()); err != nil {
		t.Fatal(err)
	}

	ix := discovery.New(dc.Client, c.Registry, discovery.Options{LogRange: 1})
	n, err := ix.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != 4 || ix.Len() != 4 {
		t.Fatalf("read %d agents, index holds %d; want 4", n, ix.Len())
	}
	a1, a2, a3, a4 := k[1].Address(), k[2].Address(), k[3].Address(), k[4].Address()
	same(t, "gpt-4o", ix.Find(discovery.Query{Capability: "gpt-4o"}), a2, a1)
	same(t, "gpt-4o at most 1000", ix.Find(discovery.Query{Capability: "gpt-4o", MaxRate: big.NewInt(1000)}), a2)
	same(t, "gpt-4o at most 999", ix.Find(discovery.Query{Capability: "gpt-4o", MaxRate: big.NewInt(999)}))
	same(t, "gpt-4o with inactive", ix.Find(discovery.Query{Capability: "gpt-4o", IncludeInactive: true}), a4, a2, a1)
	same(t, "capabilities match exactly", ix.Find(discovery.Query{Capability: "GPT-4o"}))
	same(t, "every active agent", ix.Find(discovery.Query{}), a3, a2, a1)
	got := ix.Find(discovery.Query{Capability: "audit"})
	if len(got) != 1 || got[0].Endpoint != "http://127.0.0.1:1/"+a1.Hex() || got[0].Owner != a1 || !got[0].Active || got[0].RatePerTaskWei.Int64() != 3000 {
		t.Fatalf("audit record %+v", got)
	}
	got[0].Capabilities[0] = "changed by the caller"
	got[0].RatePerTaskWei.SetInt64(1)
	same(t, "Find returns copies", ix.Find(discovery.Query{Capability: "gpt-4o", MaxRate: big.NewInt(1)}))

	// Kept current: an update, an activation and a new agent show up.
	wctx, wcancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- ix.Watch(wctx, 50*time.Millisecond, func(err error) { t.Errorf("watch: %v", err) }) }()
	if _, err := c.Registry.Update(ctx, k[3], a3, chain.Profile{Endpoint: "http://127.0.0.1:1/x", Capabilities: []string{"gpt-4o"}, RatePerTaskWei: big.NewInt(400)}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Registry.Activate(ctx, k[4], a4); err != nil {
		t.Fatal(err)
	}
	reg(k[5], 700, "gpt-4o")
	a5 := k[5].Address()
	want := []common.Address{a4, a3, a5, a2, a1}
	for end := time.Now().Add(10 * time.Second); ; {
		g := addrs(ix.Find(discovery.Query{Capability: "gpt-4o"}))
		if len(g) == len(want) {
			same(t, "after the watch", ix.Find(discovery.Query{Capability: "gpt-4o"}), want...)
			break
		}
		if time.Now().After(end) {
			t.Fatalf("the watch did not catch up: %v, want %v", g, want)
		}
		time.Sleep(20 * time.Millisecond)
	}
	wcancel()
	if err := <-done; err != context.Canceled {
		t.Fatalf("watch returned %v", err)
	}
}
