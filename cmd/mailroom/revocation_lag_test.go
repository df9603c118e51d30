package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
	"github.com/agentmailroom/mailroom/hosts/mailroom"
	"github.com/agentmailroom/mailroom/hosts/mailroom/server"
)

// TestRevocationLag measures, on the dev chain, the time from the block
// that mines a sender's deactivateAgent to the first request of that sender
// a running mailroom stack (buildStack, default watch interval, served by
// server.NewHTTPServer) refuses with 403 sender_inactive. A prober posts
// signed envelopes without a voucher back to back (402 payment_required
// while the sender is active: the registry check comes first), another
// goroutine polls eth_blockNumber every millisecond to time the block.
// Each run deactivates another registered sender; the median and the
// maximum are logged and the maximum is bounded (2 s) so it cannot flake.
func TestRevocationLag(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a dev chain")
	}
	const runs = 7
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dc, err := devchain.Start(ctx, devchain.Config{Port: 0, Accounts: 2 + runs})
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	c := dc.Contracts
	bobS := dc.Keys[1]
	bob := ethsig.Address(bobS.Address())

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	endpoint := "http://" + ln.Addr().String() + "/task"
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	if _, err := c.Registry.Register(ctx, bobS, bobS.Address(), chain.Profile{Endpoint: endpoint, RatePerTaskWei: big.NewInt(1000)}, deadline, nil); err != nil {
		t.Fatal(err)
	}
	senders := dc.Keys[2 : 2+runs]
	for _, s := range senders {
		if _, err := c.Registry.Register(ctx, s, s.Address(), chain.Profile{RatePerTaskWei: new(big.Int)}, deadline, nil); err != nil {
			t.Fatal(err)
		}
	}

	st, err := startMailroom(ctx, c, bobS, mailroom.Options{StoreDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(ctx)
	srv := server.NewHTTPServer(st.Handler, server.HTTPOptions{})
	go srv.Serve(ln)
	defer srv.Close()

	reqDom := envelope.NewDomain(dc.ChainID.Uint64(), ethsig.Address(c.Deployment.Registry))
	body := []byte(`{"task":"probe"}`)
	var nonce atomic.Uint64
	hc := &http.Client{Timeout: 10 * time.Second}
	// probe posts one signed envelope of s without a voucher and returns
	// the refusal's code (402 payment_required while s is active).
	probe := func(s *chain.Signer) (int, string, error) {
		req := envelope.Request{Sender: ethsig.Address(s.Address()), Recipient: bob, PayloadHash: envelope.RequestPayloadHash(http.MethodPost, "/task", body),
			Timestamp: uint64(time.Now().Unix()), Nonce: nonce.Add(1)}
		env := &envelope.Signed{Request: req, ChainID: dc.ChainID.Uint64(), Registry: ethsig.Address(c.Deployment.Registry), Signature: reqDom.Sign(s.Core(), &req)}
		h, err := x402.Encode(env)
		if err != nil {
			return 0, "", err
		}
		q, _ := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
		q.Header.Set(x402.HeaderEnvelope, h)
		resp, err := hc.Do(q)
		if err != nil {
			return 0, "", err
		}
		defer resp.Body.Close()
		var eb x402.ErrorBody
		json.NewDecoder(resp.Body).Decode(&eb)
		return resp.StatusCode, eb.Code, nil
	}

	var lags []time.Duration
	for i, s := range senders {
		// Active and cached.
		if status, code, err := probe(s); err != nil || status != http.StatusPaymentRequired || code != string(errs.PaymentRequired) {
			t.Fatalf("run %d: active sender: HTTP %d %q %v", i, status, code, err)
		}
		time.Sleep(time.Duration(rand.IntN(300)) * time.Millisecond) // another phase of the watcher's ticks

		head0, err := dc.Client.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		mined := make(chan time.Time, 1)
		go func() { // times the block that carries the deactivation
			for ctx.Err() == nil {
				if n, err := dc.Client.BlockNumber(ctx); err == nil && n > head0 {
					mined <- time.Now()
					return
				}
				time.Sleep(time.Millisecond)
			}
		}()
		refused := make(chan time.Time, 1)
		stop := make(chan struct{})
		go func() { // probes back to back until the first sender_inactive
			defer close(refused)
			for {
				select {
				case <-stop:
					return
				default:
				}
				status, code, err := probe(s)
				now := time.Now()
				switch {
				case err != nil:
					t.Errorf("run %d: probe: %v", i, err)
					return
				case status == http.StatusForbidden && code == string(errs.SenderInactive):
					refused <- now
					return
				case status != http.StatusPaymentRequired:
					t.Errorf("run %d: probe: HTTP %d %q", i, status, code)
					return
				}
			}
		}()
		if _, err := c.Registry.Deactivate(ctx, s, s.Address()); err != nil {
			close(stop)
			t.Fatal(err)
		}
		var tMined time.Time
		select {
		case tMined = <-mined:
		case <-time.After(10 * time.Second):
			close(stop)
			t.Fatalf("run %d: no block after deactivateAgent", i)
		}
		var tRefused time.Time
		select {
		case tr, ok := <-refused:
			if !ok {
				t.FailNow()
			}
			tRefused = tr
		case <-time.After(10 * time.Second):
			close(stop)
			t.Fatalf("run %d: the mailroom still serves the sender 10 s after its deactivation was mined", i)
		}
		lag := tRefused.Sub(tMined)
		t.Logf("run %d: refused %v after the block was seen", i, lag.Round(100*time.Microsecond))
		lags = append(lags, lag)
	}
	slices.Sort(lags)
	median, worst := lags[len(lags)/2], lags[len(lags)-1]
	t.Logf("revocation lag over %d runs: median %v, max %v (min %v)", runs, median.Round(time.Millisecond), worst.Round(time.Millisecond), lags[0].Round(time.Millisecond))
	if worst > 2*time.Second {
		t.Fatalf("revocation lag up to %v, bound 2 s", worst)
	}
}
