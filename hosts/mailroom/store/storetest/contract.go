package storetest

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// Store is what a backend offers: both sides, the chain binding, Close.
type Store interface {
	store.Recipient
	store.Sender
	BindChain(ctx context.Context, identity string) error
	Close() error
}

// Backend opens handles on one fresh storage per test: every call of the
// open function it returns is a new handle on the same data (a reopen,
// or, for a shared database, another replica).
type Backend func(t *testing.T) (open func() Store)

// Run runs the whole contract against a backend.
func Run(t *testing.T, b Backend) {
	for _, c := range []struct {
		name string
		fn   func(*testing.T, func() Store)
	}{
		{"CommitSurvivesReopen", commitSurvivesReopen},
		{"RequestRecords", requestRecords},
		{"SettleVoucherRoundTrip", settleVoucherRoundTrip},
		{"BindChain", bindChain},
		{"ApplyConditions", applyConditions},
		{"ApplyRace", applyRace},
		{"GroupCommit", groupCommit},
		{"Sender", sender},
	} {
		t.Run(c.name, func(t *testing.T) { c.fn(t, b(t)) })
	}
}

func sig(b byte) ethsig.Signature {
	var s ethsig.Signature
	s[31], s[63], s[64] = b, 1, 27
	return s
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func commitSurvivesReopen(t *testing.T, open func() Store) {
	ctx := context.Background()
	db := open()
	ch := store.ChannelState{ID: [32]byte{9}, Sender: ethsig.Address{3}, Accepted: big.NewInt(77), Signature: sig(1), Claimed: big.NewInt(10)}
	must(t, db.Commit(ctx, &store.NonceRecord{Sender: ethsig.Address{3}, Nonce: 5, Expiry: 1000}, &ch))
	must(t, db.Commit(ctx, &store.NonceRecord{Sender: ethsig.Address{3}, Nonce: 6, Expiry: 50}, nil))
	db.Close()
	if err := db.Commit(ctx, nil, &ch); errs.KindOf(err) != errs.StoreError {
		t.Fatalf("commit after close: %v, want store_error", err)
	}
	db = open()
	defer db.Close()
	got, ok, err := db.Channel(ch.ID)
	if err != nil || !ok || !store.SameChannel(&got, &ch) || got.Unclaimed().Int64() != 67 {
		t.Fatalf("reopened %+v %v %v", got, ok, err)
	}
	if _, ok, err := db.Channel([32]byte{8}); ok || err != nil {
		t.Fatalf("phantom channel: %v %v", ok, err)
	}
	ns, err := db.Nonces(100)
	if err != nil || len(ns) != 1 || ns[0].Nonce != 5 || ns[0].Sender != (ethsig.Address{3}) || ns[0].Expiry != 1000 {
		t.Fatalf("unexpired nonces %+v %v", ns, err)
	}
	if n, err := db.Prune(ctx, 100); err != nil || n != 1 {
		t.Fatalf("prune %d %v", n, err)
	}
	if ns, _ := db.Nonces(0); len(ns) != 1 {
		t.Fatalf("after prune %+v", ns)
	}
	chs, err := db.Channels()
	if err != nil || len(chs) != 1 || !store.SameChannel(&chs[0], &ch) {
		t.Fatalf("channels %+v %v", chs, err)
	}
}

// A request record keeps its fingerprint and, once answered, its answer;
// pruning removes both with the nonce.
func requestRecords(t *testing.T, open func() Store) {
	ctx := context.Background()
	db := open()
	a, fp := ethsig.Address{7}, [32]byte{1, 2, 3}
	must(t, db.Commit(ctx, &store.NonceRecord{Sender: a, Nonce: 4, Expiry: 100, Fingerprint: fp}, nil))
	n, ok, err := db.Request(a, 4)
	if err != nil || !ok || n.Fingerprint != fp || n.Response != nil || n.Expiry != 100 || n.Running {
		t.Fatalf("pending record %+v %v %v", n, ok, err)
	}
	if _, ok, _ := db.Request(a, 5); ok {
		t.Fatal("unknown nonce found")
	}
	resp := &store.Response{Status: 200, Header: map[string]string{"Content-Type": "application/json"}, Body: []byte(`{"x":1}`)}
	must(t, db.PutResponse(ctx, &store.NonceRecord{Sender: a, Nonce: 4, Expiry: 100, Fingerprint: fp, Response: resp}))
	must(t, db.Commit(ctx, nil, nil)) // a barrier
	db.Close()
	db = open()
	defer db.Close()
	n, ok, err = db.Request(a, 4)
	if err != nil || !ok || n.Response == nil || n.Response.Status != 200 || string(n.Response.Body) != `{"x":1}` || n.Response.Header["Content-Type"] != "application/json" {
		t.Fatalf("answered record %+v %v %v", n, ok, err)
	}
	fail := &store.Response{Status: 502, Body: []byte("boom"), Truncated: true}
	must(t, db.Commit(ctx, &store.NonceRecord{Sender: a, Nonce: 9, Expiry: 300, Fingerprint: fp, Response: fail}, nil))
	if n, _, _ := db.Request(a, 9); n == nil || n.Response == nil || n.Response.Status != 502 || !n.Response.Truncated {
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

func settleVoucherRoundTrip(t *testing.T, open func() Store) {
	db := open()
	defer db.Close()
	ch := store.ChannelState{ID: [32]byte{5}, Accepted: big.NewInt(3000), Claimed: new(big.Int), Settle: big.NewInt(2000), SettleSig: sig(2)}
	must(t, db.Commit(context.Background(), nil, &ch))
	got, _, err := db.Channel(ch.ID)
	if err != nil || got.Settle == nil || got.Settle.Int64() != 2000 || got.SettleSig != sig(2) {
		t.Fatalf("%+v %v", got, err)
	}
	if a, s := got.Claimable(); a.Int64() != 2000 || s != sig(2) || got.Unclaimed().Int64() != 2000 {
		t.Fatalf("claimable %s %s", a, s)
	}
}

func bindChain(t *testing.T, open func() Store) {
	ctx := context.Background()
	db := open()
	must(t, db.BindChain(ctx, "eip155:31337/0xaa"))
	db.Close()
	db = open()
	defer db.Close()
	if err := db.BindChain(ctx, "eip155:31337/0xaa"); err != nil {
		t.Fatalf("same chain after reopen: %v", err)
	}
	if err := db.BindChain(ctx, "eip155:31337/0xbb"); errs.KindOf(err) != errs.StoreError {
		t.Fatalf("another chain: %v, want store_error", err)
	}
}

// Apply writes only from the record it was decided on, and only a new
// nonce; a refusal writes nothing.
func applyConditions(t *testing.T, open func() Store) {
	ctx := context.Background()
	db := open()
	defer db.Close()
	a := ethsig.Address{4}
	base := store.ChannelState{ID: [32]byte{1}, Sender: a, Accepted: big.NewInt(0), Claimed: big.NewInt(0)}
	one := base.Accept(a, big.NewInt(10), sig(10))
	rec := func(n uint64) *store.NonceRecord {
		return &store.NonceRecord{Sender: a, Nonce: n, Expiry: 1 << 40, Fingerprint: [32]byte{byte(n)}}
	}
	must(t, db.Apply(ctx, rec(1), nil, &one))
	// No record expected, but there is one.
	if err := db.Apply(ctx, rec(2), nil, &one); !errors.Is(err, store.ErrChannelChanged) {
		t.Fatalf("from nil over a stored record: %v", err)
	}
	// Decided on a stale record.
	two := one.Accept(a, big.NewInt(20), sig(20))
	if err := db.Apply(ctx, rec(2), &base, &two); !errors.Is(err, store.ErrChannelChanged) {
		t.Fatalf("stale from: %v", err)
	}
	if _, ok, _ := db.Request(a, 2); ok {
		t.Fatal("a refused Apply recorded its nonce")
	}
	// A used nonce, on the right record.
	if err := db.Apply(ctx, rec(1), &one, &two); !errors.Is(err, store.ErrNonceUsed) || errs.KindOf(err) != errs.NonceReplayed {
		t.Fatalf("used nonce: %v", err)
	}
	if got, _, _ := db.Channel(one.ID); !store.SameChannel(&got, &one) {
		t.Fatalf("a refused Apply changed the channel: %+v", got)
	}
	must(t, db.Apply(ctx, rec(2), &one, &two))
	// A write without a nonce (a claim marked) from the current record.
	claimed := two.MarkClaimed(big.NewInt(20), true)
	must(t, db.Apply(ctx, nil, &two, &claimed))
	if err := db.Apply(ctx, nil, &two, &claimed); !errors.Is(err, store.ErrChannelChanged) {
		t.Fatalf("second claim from the old record: %v", err)
	}
	got, _, err := db.Channel(one.ID)
	if err != nil || !store.SameChannel(&got, &claimed) {
		t.Fatalf("final %+v %v", got, err)
	}
	if ns, _ := db.Nonces(0); len(ns) != 2 {
		t.Fatalf("%d nonces, want 2", len(ns))
	}
}

// Many writers on two handles race to advance one channel from the same
// record, each with its own nonce; and many race with one nonce: exactly
// one wins each race.
func applyRace(t *testing.T, open func() Store) {
	ctx := context.Background()
	h1 := open()
	defer h1.Close()
	h2 := h1
	if _, shared := h1.(store.Shared); shared {
		h2 = open()
		defer h2.Close()
	}
	a := ethsig.Address{6}
	cur := store.ChannelState{ID: [32]byte{6}, Sender: a, Accepted: big.NewInt(0), Claimed: big.NewInt(0)}
	must(t, h1.Commit(ctx, nil, &cur))
	for round := 0; round < 5; round++ {
		next := cur.Accept(a, big.NewInt(int64(10*(round+1))), sig(byte(round+1)))
		var wins, nonceLost, chanLost atomic.Int64
		var wg sync.WaitGroup
		for i := 0; i < 32; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				h := h1
				if i%2 == 1 {
					h = h2
				}
				nonce := uint64(round*100 + i)
				if i >= 16 {
					nonce = uint64(round * 100) // the same nonce as writer 0
				}
				err := h.Apply(ctx, &store.NonceRecord{Sender: a, Nonce: nonce, Expiry: 1 << 40}, &cur, &next)
				switch {
				case err == nil:
					wins.Add(1)
				case errors.Is(err, store.ErrNonceUsed):
					nonceLost.Add(1)
				case errors.Is(err, store.ErrChannelChanged):
					chanLost.Add(1)
				default:
					t.Error(err)
				}
			}(i)
		}
		wg.Wait()
		if wins.Load() != 1 || wins.Load()+nonceLost.Load()+chanLost.Load() != 32 {
			t.Fatalf("round %d: %d won, %d lost on the nonce, %d on the channel", round, wins.Load(), nonceLost.Load(), chanLost.Load())
		}
		got, _, err := h2.Channel(cur.ID)
		if err != nil || !store.SameChannel(&got, &next) {
			t.Fatalf("round %d: channel %+v %v", round, got, err)
		}
		cur = next
	}
	ns, _ := h1.Nonces(0)
	if len(ns) != 5 {
		t.Fatalf("%d nonces recorded for 5 wins", len(ns))
	}
}

func groupCommit(t *testing.T, open func() Store) {
	db := open()
	defer db.Close()
	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ch := store.ChannelState{ID: [32]byte{byte(i), 1}, Accepted: big.NewInt(int64(i)), Claimed: new(big.Int)}
			if err := db.Apply(context.Background(), &store.NonceRecord{Nonce: uint64(i), Expiry: 1 << 40}, nil, &ch); err != nil {
				t.Error(err)
			}
		}(i)
	}
	wg.Wait()
	if s, ok := db.(interface{ Stats() (uint64, uint64) }); ok {
		if commits, writes := s.Stats(); writes < 200 || commits >= writes {
			t.Fatalf("%d writes in %d commits: no grouping", writes, commits)
		}
	}
	chs, _ := db.Channels()
	ns, _ := db.Nonces(0)
	if len(chs) != 200 || len(ns) != 200 {
		t.Fatalf("%d channels %d nonces", len(chs), len(ns))
	}
}

func sender(t *testing.T, open func() Store) {
	ctx := context.Background()
	s := open()
	r := ethsig.Address{5}
	for want := uint64(0); want < 3; want++ {
		if n, err := s.NextNonce(ctx, r); err != nil || n != want {
			t.Fatalf("nonce %d %v, want %d", n, err, want)
		}
	}
	if _, ok, _ := s.Outgoing(r, ethsig.Address{}); ok {
		t.Fatal("phantom outgoing")
	}
	o := &store.Outgoing{Recipient: r, ChannelID: [32]byte{1}, Deposit: big.NewInt(100), Cumulative: big.NewInt(30), Signature: sig(3),
		Signed: big.NewInt(40), WithdrawDelay: 3600, Uncertain: true}
	must(t, s.PutOutgoing(ctx, ethsig.Address{}, o))
	got, ok, err := s.Outgoing(r, ethsig.Address{})
	if err != nil || !ok || got.Cumulative.Int64() != 30 || got.ChannelID != o.ChannelID || got.Deposit.Int64() != 100 || got.Signature != sig(3) ||
		got.Signed == nil || got.Signed.Int64() != 40 || got.WithdrawDelay != 3600 || !got.Uncertain || got.Closed {
		t.Fatalf("%+v %v", got, err)
	}
	// One record per recipient and asset: a channel in a token beside the
	// one in ETH, neither replacing the other.
	tok := ethsig.Address{0x9f}
	if _, ok, _ := s.Outgoing(r, tok); ok {
		t.Fatal("the ETH record answered for the token")
	}
	ot := &store.Outgoing{Recipient: r, ChannelID: [32]byte{2}, Deposit: big.NewInt(5_000_000), Cumulative: big.NewInt(250_000), WithdrawDelay: 3600}
	must(t, s.PutOutgoing(ctx, tok, ot))
	if got, ok, err := s.Outgoing(r, tok); err != nil || !ok || got.ChannelID != ot.ChannelID || got.Cumulative.Int64() != 250_000 {
		t.Fatalf("token record %+v %v", got, err)
	}
	if got, ok, err := s.Outgoing(r, ethsig.Address{}); err != nil || !ok || got.ChannelID != o.ChannelID || got.Cumulative.Int64() != 30 {
		t.Fatalf("the ETH record after the token's was put: %+v %v", got, err)
	}
	lim := big.NewInt(10)
	must(t, s.Spend(ctx, "d", big.NewInt(6), lim))
	if err := s.Spend(ctx, "d", big.NewInt(6), lim); errs.KindOf(err) != errs.BudgetExceeded {
		t.Fatalf("over budget: %v", err)
	}
	if v, _ := s.Spent("d"); v.Int64() != 6 {
		t.Fatalf("spent %s after a refused spend, want 6", v)
	}
	must(t, s.Refund(ctx, "d", big.NewInt(8)))
	if v, _ := s.Spent("d"); v.Sign() != 0 {
		t.Fatalf("spent %s after refund", v)
	}
	must(t, s.Spend(ctx, "e", big.NewInt(1<<40), nil))
	s.Close()
	s = open()
	defer s.Close()
	if n, _ := s.NextNonce(ctx, r); n != 3 {
		t.Fatalf("nonce counter not persisted: %d", n)
	}
	if v, _ := s.Spent("e"); v.Int64() != 1<<40 {
		t.Fatalf("spent %s after reopen", v)
	}
}
