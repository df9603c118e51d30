package store

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/ethsig"
)

// With GatherDelay, concurrent writers share fsyncs, every acknowledged
// write is on disk after a reopen, and a lone writer is not delayed.
func TestGatherDelay(t *testing.T) {
	dir := t.TempDir()
	const delay = 300 * time.Millisecond
	db, err := OpenWith(dir, Options{GatherDelay: delay})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	t0 := time.Now()
	if err := db.Commit(ctx, &NonceRecord{Sender: ethsig.Address{0xff}, Nonce: 99, Expiry: 1 << 40}, nil); err != nil {
		t.Fatal(err)
	}
	if el := time.Since(t0); el >= delay {
		t.Fatalf("a lone write took %v: it waited for company", el)
	}
	const n = 64
	var spread uint64
	for round := 0; round < 3; round++ {
		c0, _ := db.Stats()
		var wg sync.WaitGroup
		errc := make(chan error, n)
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				if round == 1 { // arrivals spread over 64 ms, after a burst
					time.Sleep(time.Duration(i) * time.Millisecond)
				}
				ch := &ChannelState{ID: [32]byte{byte(i)}, Sender: ethsig.Address{byte(i)}, Accepted: big.NewInt(int64(round*n + i)), Claimed: new(big.Int)}
				errc <- db.Commit(ctx, &NonceRecord{Sender: ethsig.Address{byte(i)}, Nonce: uint64(round), Expiry: 1 << 40}, ch)
			}(i)
		}
		wg.Wait()
		close(errc)
		for err := range errc {
			if err != nil {
				t.Fatal(err)
			}
		}
		if c1, _ := db.Stats(); round == 1 {
			spread = c1 - c0
		}
	}
	if _, writes := db.Stats(); writes != 1+3*n {
		t.Fatalf("%d writes, want %d", writes, 1+3*n)
	}
	if spread > 4 {
		t.Fatalf("64 writes arriving over 64 ms took %d commits: they were not gathered", spread)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	chs, err := db.Channels()
	if err != nil || len(chs) != n {
		t.Fatalf("%d channels after reopen (%v), want %d", len(chs), err, n)
	}
	for _, c := range chs {
		if want := int64(2*n + int(c.ID[0])); c.Accepted.Int64() != want {
			t.Fatalf("channel %d: accepted %s after reopen, want %d", c.ID[0], c.Accepted, want)
		}
	}
	ns, err := db.Nonces(0)
	if err != nil || len(ns) != 1+3*n {
		t.Fatalf("%d nonces after reopen (%v), want %d", len(ns), err, 1+3*n)
	}
}
