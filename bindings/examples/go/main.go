// Command example embeds a whole mailroom in a Go program and pays it once.
//
// Bob's service is an ordinary http.Handler; hosts/mailroom (mailroom.Start)
// puts it behind the gate, so it runs only for a request that carries an
// envelope signed by a registered sender and a voucher on a payment channel
// to Bob. Alice pays with the SDK, hosts/mailroom/agent: Send reads Bob's
// endpoint and rate from the registry, learns his terms from a 402, opens a
// channel, signs the envelope and the voucher and verifies Bob's signed
// receipt. Bob then claims the voucher on chain. The chain is the embedded
// dev chain (hosts/chain/devchain, what `mailroom node` runs): contracts
// deployed, anvil's dev accounts funded, all inside this process.
//
//	go run ./bindings/examples/go
package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/chainview"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
	"github.com/agentmailroom/mailroom/hosts/mailroom"
	"github.com/agentmailroom/mailroom/hosts/mailroom/agent"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := run(ctx, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, out io.Writer) error {
	// A dev chain on a free loopback port; Alice and Bob are dev accounts 1 and 2.
	dc, err := devchain.Start(ctx, devchain.Config{Port: 0})
	if err != nil {
		return err
	}
	defer dc.Close()
	c, alice, bob := dc.Contracts, dc.Keys[1], dc.Keys[2]
	bobDID := did.Format(ethsig.Address(bob.Address()))

	// Bob listens, and registers that endpoint at 0.001 ether per task.
	// Alice registers too: a mailroom serves registered senders only.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	endpoint := "http://" + ln.Addr().String() + "/task"
	rate := big.NewInt(1e15)
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	if _, err := c.Registry.Register(ctx, bob, bob.Address(), chain.Profile{Endpoint: endpoint, RatePerTaskWei: rate}, deadline, nil); err != nil {
		return err
	}
	if _, err := c.Registry.Register(ctx, alice, alice.Address(), chain.Profile{}, deadline, nil); err != nil {
		return err
	}

	// Bob's mailroom: his task behind the gate, a durable store in a temp dir.
	dir, err := os.MkdirTemp("", "mailroom-example-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	task := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintln(w, `{"answer":"hello from Bob"}`)
	})
	m, err := mailroom.Start(ctx, c, bob, mailroom.Options{StoreDir: filepath.Join(dir, "bob"), Task: task})
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: m.Handler}
	go srv.Serve(ln)

	// Alice's agent: her key, the chain, a store for her vouchers and nonces.
	db, err := store.Open(filepath.Join(dir, "alice"))
	if err != nil {
		return err
	}
	defer db.Close()
	al, err := agent.New(agent.Config{
		Key: alice.Core(), ChainID: c.ChainID.Uint64(),
		Registry: ethsig.Address(c.Deployment.Registry), ChannelContract: ethsig.Address(c.Deployment.PaymentChannel),
		Directory: chainview.New(chainview.ClientSource{C: c}), Channels: agent.ChainOps{C: c, S: alice}, Store: db,
	})
	if err != nil {
		return err
	}
	res, err := al.Send(ctx, bobDID, []byte(`{"task":"hi"}`))
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Alice paid %s wei to %s on channel 0x%x\n", res.Price, bobDID, res.ChannelID)
	fmt.Fprintf(out, "Bob answered HTTP %d %s", res.Status, res.Body)
	fmt.Fprintf(out, "receipt signed by Bob, verified: cumulative %s wei\n", res.Receipt.Receipt.CumulativeAmount)

	// Bob stops serving and claims the voucher on chain.
	srv.Shutdown(ctx)
	r := m.Settler.SettleOne(ctx, res.ChannelID, false)
	m.Close(ctx)
	if r.Err != nil {
		return r.Err
	}
	ch, err := c.Channels.Get(ctx, res.ChannelID)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Bob claimed %s wei on chain (the channel's claimed total: %s wei)\n", r.Paid, ch.Claimed)
	if r.Paid.Cmp(rate) != 0 || ch.Claimed.Cmp(rate) != 0 {
		return fmt.Errorf("claimed %s (on chain %s), want the rate %s", r.Paid, ch.Claimed, rate)
	}
	return nil
}
