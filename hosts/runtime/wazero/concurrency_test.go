package wazero

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// TestConcurrentUse hammers one Runtime from many goroutines (run with
// -race): every answer must equal the core's.
func TestConcurrentUse(t *testing.T) {
	rt, err := New(Options{MaxIdle: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	g, err := rt.NewReplayGuard(context.Background(), testWindow, 10_000)
	if err != nil {
		t.Fatal(err)
	}
	d := envelope.NewDomain(chainID, registry)
	var wg sync.WaitGroup
	errc := make(chan error, 64)
	for w := range 6 {
		wg.Go(func() {
			for i := range 8 {
				req := testRequest
				req.Nonce = uint64(w*1000 + i)
				data := []byte(fmt.Sprint(w, i))
				if h, err := rt.Keccak256(context.Background(), data); err != nil || h != keccak.Sum256(data) {
					errc <- fmt.Errorf("keccak %d/%d: %x, %v", w, i, h, err)
					return
				}
				if dg, err := rt.EnvelopeDigest(context.Background(), chainID, registry, &req); err != nil || dg != d.Digest(&req) {
					errc <- fmt.Errorf("digest %d/%d: %x, %v", w, i, dg, err)
					return
				}
				s, err := rt.SignEnvelope(context.Background(), testKey.Bytes(), chainID, registry, &req)
				if err != nil || s.Signature != d.Sign(testKey, &req) {
					errc <- fmt.Errorf("sign %d/%d: %v", w, i, err)
					return
				}
				if err := rt.VerifyEnvelope(context.Background(), s); err != nil {
					errc <- fmt.Errorf("verify %d/%d: %v", w, i, err)
					return
				}
				if err := g.Use(context.Background(), s.Sender, req.Nonce, 100, 100); err != nil {
					errc <- fmt.Errorf("guard %d/%d: %v", w, i, err)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Error(err)
	}
	if n, err := g.Len(context.Background()); err != nil || n != 6*8 {
		t.Fatalf("guard Len = %d, %v; want %d", n, err, 6*8)
	}
	if len(rt.pool.idle) > 2 {
		t.Fatalf("%d idle instances kept, MaxIdle is 2", len(rt.pool.idle))
	}
}
