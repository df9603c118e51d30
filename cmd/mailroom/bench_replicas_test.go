package main

import (
	"context"
	"io"
	"testing"

	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres/pgtest"
)

// bench with --store on a PostgreSQL database and 2 replicas, both ways of
// balancing: every request paid, the database's channels hold exactly the
// requests sent (warm-ups included), the writes are both replicas'.
func TestBenchReplicas(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a chain")
	}
	for _, sticky := range []bool{false, true} {
		url := pgtest.Need(t)
		r, err := runBench(context.Background(), io.Discard, benchOptions{senders: 3, perSender: 11, duration: 20e9, verifyEvery: 5,
			rawClient: true, store: url, replicas: 2, sticky: sticky})
		if err != nil {
			t.Fatal(err)
		}
		if r.Paid != 30 || r.Failed != 0 || r.Store != "postgres" || r.Replicas != 2 || r.ReceiptsVerified != 6 {
			t.Fatalf("sticky %v: %+v", sticky, r)
		}
		// 3 senders × 11 requests of 1 gwei, the warm-ups included.
		if r.AcceptedWei != "33000000000" || r.StoreWrites < 30 || r.StoreCommits == 0 || r.P99Ms < r.P50Ms {
			t.Fatalf("sticky %v: accepted %s wei, %d writes in %d commits", sticky, r.AcceptedWei, r.StoreWrites, r.StoreCommits)
		}
	}
	if _, err := runBench(context.Background(), io.Discard, benchOptions{senders: 1, perSender: 2, store: "bolt", replicas: 2}); err == nil {
		t.Fatal("--replicas 2 on bolt was accepted")
	}
}
