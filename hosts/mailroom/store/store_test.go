package store

import (
	"context"
	"math/big"
	"sync"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
)

func TestGroupCommit(t *testing.T) {
	db, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ch := ChannelState{ID: [32]byte{byte(i)}, Accepted: big.NewInt(int64(i)), Claimed: new(big.Int)}
			if err := db.Commit(context.Background(), &NonceRecord{Nonce: uint64(i), Expiry: 1 << 40}, &ch); err != nil {
				t.Error(err)
			}
		}(i)
	}
	wg.Wait()
	commits, writes := db.Stats()
	if writes != 200 || commits >= 200 {
		t.Fatalf("%d writes in %d commits: no grouping", writes, commits)
	}
	chs, _ := db.Channels()
	ns, _ := db.Nonces(0)
	if len(chs) != 200 || len(ns) != 200 {
		t.Fatalf("%d channels %d nonces", len(chs), len(ns))
	}
}

func testSender(t *testing.T, s Sender) {
	ctx := context.Background()
	r := ethsig.Address{5}
	for want := uint64(0); want < 3; want++ {
		if n, err := s.NextNonce(ctx, r); err != nil || n != want {
			t.Fatalf("nonce %d %v, want %d", n, err, want)
		}
	}
	if _, ok, _ := s.Outgoing(r, ethsig.Address{}); ok {
		t.Fatal("phantom outgoing")
	}
	o := &Outgoing{Recipient: r, ChannelID: [32]byte{1}, Deposit: big.NewInt(100), Cumulative: big.NewInt(30)}
	if err := s.PutOutgoing(ctx, ethsig.Address{}, o); err != nil {
		t.Fatal(err)
	}
	got, ok, err := s.Outgoing(r, ethsig.Address{})
	if err != nil || !ok || got.Cumulative.Int64() != 30 || got.ChannelID != o.ChannelID {
		t.Fatalf("%+v %v", got, err)
	}
	lim := big.NewInt(10)
	if err := s.Spend(ctx, "d", big.NewInt(6), lim); err != nil {
		t.Fatal(err)
	}
	if err := s.Spend(ctx, "d", big.NewInt(6), lim); errs.KindOf(err) != errs.BudgetExceeded {
		t.Fatalf("over budget: %v", err)
	}
	s.Refund(ctx, "d", big.NewInt(6))
	if v, _ := s.Spent("d"); v.Sign() != 0 {
		t.Fatalf("spent %s", v)
	}
}

func TestSenderMem(t *testing.T) { testSender(t, NewMem()) }

func BenchmarkCommitParallel(b *testing.B) {
	db, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	b.ReportAllocs()
	b.SetParallelism(32)
	var n uint64
	var mu sync.Mutex
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			mu.Lock()
			n++
			i := n
			mu.Unlock()
			ch := ChannelState{ID: [32]byte{byte(i), byte(i >> 8)}, Accepted: big.NewInt(int64(i)), Claimed: new(big.Int)}
			db.Commit(context.Background(), &NonceRecord{Nonce: i, Expiry: 1 << 40}, &ch)
		}
	})
}

// BenchmarkApplyParallel is BenchmarkCommitParallel through Apply, the
// write an accepted request makes now (conditional on the channel record
// and a new nonce): compare the two for the checks' cost.
func BenchmarkApplyParallel(b *testing.B) {
	db, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	b.ReportAllocs()
	b.SetParallelism(32)
	var n, g uint64
	var mu sync.Mutex
	b.RunParallel(func(pb *testing.PB) {
		mu.Lock()
		g++
		id := [32]byte{byte(g), byte(g >> 8), 0xa}
		mu.Unlock()
		var cur *ChannelState
		for pb.Next() {
			mu.Lock()
			n++
			i := n
			mu.Unlock()
			next := ChannelState{ID: id, Accepted: big.NewInt(int64(i)), Claimed: new(big.Int)}
			if err := db.Apply(context.Background(), &NonceRecord{Nonce: i, Expiry: 1 << 40}, cur, &next); err != nil {
				b.Error(err)
				return
			}
			cur = &next
		}
	})
}
