package store

import (
	"context"
	"math/big"
	"sync"
	"testing"

	"github.com/agentmailroom/mailroom/core/ethsig"
)

// Under a sustained run with pruning (what `mailroom serve` does every half
// window), disk use stays flat: records whose window passed are deleted and
// their pages reused. Without pruning the file grows with every request.
func TestPruningKeepsDiskFlat(t *testing.T) {
	const rounds = 16
	run := func(prune bool) []int64 {
		dir := t.TempDir()
		db, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		ctx := context.Background()
		var sizes []int64
		const perRound, window, writers = 480, 4, 8 // a record lives 4 rounds
		body := make([]byte, 200)
		nonce := uint64(0)
		for round := uint64(1); round <= rounds; round++ {
			var wg sync.WaitGroup
			errc := make(chan error, writers)
			for w := 0; w < writers; w++ {
				first := nonce + uint64(w*perRound/writers)
				wg.Add(1)
				go func() {
					defer wg.Done()
					ch := ChannelState{ID: [32]byte{byte(w)}, Sender: ethsig.Address{byte(w)}, Accepted: new(big.Int), Claimed: new(big.Int)}
					for n := first + 1; n <= first+perRound/writers; n++ {
						ch.Accepted.SetUint64(n)
						rec := &NonceRecord{Sender: ethsig.Address{byte(w)}, Nonce: n, Expiry: (round + window) * 100}
						if err := db.Commit(ctx, rec, &ch); err != nil {
							errc <- err
							return
						}
						rec.Response = &Response{Status: 200, Body: body}
						if err := db.PutResponse(ctx, rec); err != nil {
							errc <- err
							return
						}
					}
				}()
			}
			wg.Wait()
			close(errc)
			for err := range errc {
				t.Fatal(err)
			}
			nonce += perRound
			if prune {
				if _, err := db.Prune(ctx, round*100); err != nil {
					t.Fatal(err)
				}
			}
			sizes = append(sizes, db.dataSize())
		}
		return sizes
	}
	flat := run(true)
	grown := run(false)
	h, e := rounds/2-1, rounds-1
	t.Logf("pages in use (bytes) with pruning, rounds %d/%d: %d / %d; without: %d / %d", h+1, e+1, flat[h], flat[e], grown[h], grown[e])
	if flat[e] > flat[h]+flat[h]/5 {
		t.Fatalf("with pruning the store grew from %d to %d bytes between rounds %d and %d", flat[h], flat[e], h+1, e+1)
	}
	if grown[e] < grown[h]+grown[h]/2 {
		t.Fatalf("without pruning the store only grew from %d to %d bytes: the test does not measure growth", grown[h], grown[e])
	}
}
