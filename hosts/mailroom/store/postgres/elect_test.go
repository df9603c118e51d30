package postgres_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres/pgtest"
)

// Three replicas elect one leader; when the leader's connection is
// dropped (as the server drops a dead process's), it stops and another
// takes over, both within a bound; when a leader leaves, another takes
// over; at rest exactly one leads.
func TestLeadTakeover(t *testing.T) {
	url := pgtest.Need(t)
	const check = 200 * time.Millisecond
	var active, starts atomic.Int64
	leaders := make([]atomic.Bool, 3)
	cancels := make([]context.CancelFunc, 3)
	var wg sync.WaitGroup
	for i := range leaders {
		db, err := postgres.Open(context.Background(), url, postgres.Options{LeaseCheck: check})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		ctx, cancel := context.WithCancel(context.Background())
		cancels[i] = cancel
		defer cancel()
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			db.Lead(ctx, postgres.SettlerLock, func(ctx context.Context) {
				active.Add(1)
				starts.Add(1)
				leaders[i].Store(true)
				<-ctx.Done()
				leaders[i].Store(false)
				active.Add(-1)
			})
		}(i)
	}
	leader := func() int {
		t.Helper()
		deadline := time.Now().Add(5 * check)
		for time.Now().Before(deadline) {
			n, who := 0, -1
			for i := range leaders {
				if leaders[i].Load() {
					n, who = n+1, i
				}
			}
			if n == 1 && active.Load() == 1 {
				time.Sleep(2 * check) // and it stays alone
				if active.Load() == 1 && leaders[who].Load() {
					return who
				}
			}
			time.Sleep(10 * time.Millisecond)
		}
		t.Fatalf("no single leader within %v (active %d)", 5*check, active.Load())
		return -1
	}
	first := leader()
	// The server drops the leader's connection.
	conn, err := pgx.Connect(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var killed int
	if err := conn.QueryRow(context.Background(), `SELECT count(pg_terminate_backend(pid)) FROM pg_locks WHERE locktype = 'advisory' AND granted
		AND (classid::bigint << 32 | objid::bigint) = $1`, int64(postgres.SettlerLock)).Scan(&killed); err != nil || killed != 1 {
		t.Fatalf("terminate the lock holder: %d (%v)", killed, err)
	}
	t0 := time.Now()
	for leaders[first].Load() {
		if time.Since(t0) > 3*check {
			t.Fatalf("the old leader still runs %v after its connection was dropped", time.Since(t0))
		}
		time.Sleep(5 * time.Millisecond)
	}
	second := leader()
	t.Logf("leader %d lost its connection; leader %d took over within %v", first, second, time.Since(t0))
	// A leader that leaves hands over too.
	cancels[second]()
	third := leader()
	if third == second {
		t.Fatal("the leader that left still leads")
	}
	if s := starts.Load(); s != 3 {
		t.Fatalf("%d leaderships started, want 3", s)
	}
	for _, c := range cancels {
		c()
	}
	wg.Wait()
}

// Prune runs on one replica at a time: while another holds the prune lock
// it prunes nothing; afterwards it prunes what expired.
func TestPruneOneAtATime(t *testing.T) {
	url := pgtest.Need(t)
	ctx := context.Background()
	db, err := postgres.Open(ctx, url, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for n := uint64(0); n < 10; n++ {
		if err := db.Commit(ctx, &store.NonceRecord{Sender: ethsig.Address{1}, Nonce: n, Expiry: 100 + n}, nil); err != nil {
			t.Fatal(err)
		}
	}
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(postgres.PruneLock)); err != nil {
		t.Fatal(err)
	}
	if n, err := db.Prune(ctx, 1000); err != nil || n != 0 {
		t.Fatalf("pruned %d (%v) while another replica prunes", n, err)
	}
	tx.Rollback(ctx)
	if n, err := db.Prune(ctx, 105); err != nil || n != 6 {
		t.Fatalf("pruned %d (%v), want the 6 expired", n, err)
	}
}

// An unanswered request is another replica's run while that replica lives
// and for RunLease at most; then one replica (and only one) claims it.
func TestRunningRequests(t *testing.T) {
	url := pgtest.Need(t)
	ctx := context.Background()
	a, err := postgres.Open(ctx, url, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := postgres.Open(ctx, url, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	s := ethsig.Address{9}
	if err := a.Commit(ctx, &store.NonceRecord{Sender: s, Nonce: 1, Expiry: 1 << 40}, nil); err != nil {
		t.Fatal(err)
	}
	if n, _, _ := a.Request(s, 1); n.Running {
		t.Fatal("a replica's own request counts as another's run")
	}
	if n, _, _ := b.Request(s, 1); !n.Running {
		t.Fatal("another live replica's fresh request is not running")
	}
	if ok, err := b.ClaimRerun(ctx, s, 1); ok || err != nil {
		t.Fatalf("claimed a request another live replica serves: %v %v", ok, err)
	}
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `UPDATE requests SET started_at = now() - interval '1 hour'`); err != nil {
		t.Fatal(err)
	}
	if n, _, _ := b.Request(s, 1); n.Running {
		t.Fatal("a request past its run lease still counts as running")
	}
	if ok, err := b.ClaimRerun(ctx, s, 1); !ok || err != nil {
		t.Fatalf("claim past the lease: %v %v", ok, err)
	}
	if ok, _ := a.ClaimRerun(ctx, s, 1); ok {
		t.Fatal("two replicas claimed one request")
	}
	if n, _, _ := a.Request(s, 1); !n.Running {
		t.Fatal("the claimed request is not running for the others")
	}
}
