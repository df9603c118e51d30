package store

import (
	"context"
	"math/big"
	"sync"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
)

func TestCommitSurvivesReopen(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	sig := ethsig.Signature{}
	sig[31], sig[63], sig[64] = 1, 1, 27
	ch := ChannelState{ID: [32]byte{9}, Sender: ethsig.Address{3}, Accepted: big.NewInt(77), Signature: sig, Claimed: big.NewInt(10)}
	if err := db.Commit(ctx, &NonceRecord{Sender: ethsig.Address{3}, Nonce: 5, Expiry: 1000}, &ch); err != nil {
		t.Fatal(err)
	}
	db.Commit(ctx, &NonceRecord{Sender: ethsig.Address{3}, Nonce: 6, Expiry: 50}, nil)
	db.Close()
	if err := db.Commit(ctx, nil, &ch); errs.KindOf(err) != errs.StoreError {
		t.Fatalf("commit after close: %v", err)
	}
	db, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	got, ok, err := db.Channel(ch.ID)
	if err != nil || !ok || got.Accepted.Int64() != 77 || got.Signature != sig || got.Claimed.Int64() != 10 || got.Unclaimed().Int64() != 67 {
		t.Fatalf("reopened %+v %v %v", got, ok, err)
	}
	ns, _ := db.Nonces(100)
	if len(ns) != 1 || ns[0].Nonce != 5 {
		t.Fatalf("unexpired nonces %+v", ns)
	}
	if n, err := db.Prune(ctx, 100); err != nil || n != 1 {
		t.Fatalf("prune %d %v", n, err)
	}
	if ns, _ := db.Nonces(0); len(ns) != 1 {
		t.Fatalf("after prune %+v", ns)
	}
}

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
	if _, ok, _ := s.Outgoing(r); ok {
		t.Fatal("phantom outgoing")
	}
	o := &Outgoing{Recipient: r, ChannelID: [32]byte{1}, Deposit: big.NewInt(100), Cumulative: big.NewInt(30)}
	if err := s.PutOutgoing(ctx, o); err != nil {
		t.Fatal(err)
	}
	got, ok, err := s.Outgoing(r)
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

func TestSenderBolt(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	testSender(t, db)
	db.Close()
	db, _ = Open(dir)
	defer db.Close()
	if n, _ := db.NextNonce(context.Background(), ethsig.Address{5}); n != 3 {
		t.Fatalf("nonce counter not persisted: %d", n)
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

// A request record keeps its fingerprint and, once answered, its response;
// pruning removes both with the nonce.
func TestRequestRecords(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	a := ethsig.Address{7}
	fp := [32]byte{1, 2, 3}
	if err := db.Commit(ctx, &NonceRecord{Sender: a, Nonce: 4, Expiry: 100, Fingerprint: fp}, nil); err != nil {
		t.Fatal(err)
	}
	n, ok, err := db.Request(a, 4)
	if err != nil || !ok || n.Fingerprint != fp || n.Response != nil || n.Expiry != 100 {
		t.Fatalf("pending record %+v %v %v", n, ok, err)
	}
	if _, ok, _ := db.Request(a, 5); ok {
		t.Fatal("unknown nonce found")
	}
	resp := &Response{Status: 200, Header: map[string]string{"Content-Type": "application/json"}, Body: []byte(`{"x":1}`)}
	if err := db.PutResponse(ctx, &NonceRecord{Sender: a, Nonce: 4, Expiry: 100, Fingerprint: fp, Response: resp}); err != nil {
		t.Fatal(err)
	}
	// A synchronous commit after it is a barrier: the answer is written too.
	if err := db.Commit(ctx, nil, nil); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	n, ok, err = db.Request(a, 4)
	if err != nil || !ok || n.Response == nil || n.Response.Status != 200 || string(n.Response.Body) != `{"x":1}` || n.Response.Header["Content-Type"] != "application/json" {
		t.Fatalf("answered record %+v %v %v", n, ok, err)
	}
	// A failed request's answer is written with its record in one commit.
	fail := &Response{Status: 502, Body: []byte("boom")}
	if err := db.Commit(ctx, &NonceRecord{Sender: a, Nonce: 9, Expiry: 300, Fingerprint: fp, Response: fail}, nil); err != nil {
		t.Fatal(err)
	}
	if n, _, _ := db.Request(a, 9); n == nil || n.Response == nil || n.Response.Status != 502 {
		t.Fatalf("failed record %+v", n)
	}
	if c, err := db.Prune(ctx, 100); err != nil || c != 1 {
		t.Fatalf("prune %d %v", c, err)
	}
	if _, ok, _ := db.Request(a, 4); ok {
		t.Fatal("pruned request still there")
	}
	if _, ok, _ := db.Request(a, 9); !ok {
		t.Fatal("unexpired request pruned")
	}
}

func TestSettleVoucherRoundTrip(t *testing.T) {
	db, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	sig := ethsig.Signature{}
	sig[31], sig[63], sig[64] = 1, 1, 27
	ch := ChannelState{ID: [32]byte{5}, Accepted: big.NewInt(3000), Claimed: new(big.Int), Settle: big.NewInt(2000), SettleSig: sig}
	if err := db.Commit(context.Background(), nil, &ch); err != nil {
		t.Fatal(err)
	}
	got, _, err := db.Channel(ch.ID)
	if err != nil || got.Settle.Int64() != 2000 || got.SettleSig != sig {
		t.Fatalf("%+v %v", got, err)
	}
	if a, s := got.Claimable(); a.Int64() != 2000 || s != sig || got.Unclaimed().Int64() != 2000 {
		t.Fatalf("claimable %s %s", a, s)
	}
}

func TestBindChain(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.BindChain(ctx, "eip155:31337/0xaa"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, _ = Open(dir)
	defer db.Close()
	if err := db.BindChain(ctx, "eip155:31337/0xaa"); err != nil {
		t.Fatalf("same chain after reopen: %v", err)
	}
	if err := db.BindChain(ctx, "eip155:31337/0xbb"); errs.KindOf(err) != errs.StoreError {
		t.Fatalf("another chain: %v, want store_error", err)
	}
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
