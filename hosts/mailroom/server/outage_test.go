package server_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres/pgtest"
)

// The database stops under load and comes back: meanwhile both replicas
// refuse with 503 store_unavailable and run no task (each request's task
// runs once, after it was recorded); they serve again by themselves once
// it is back, and the same signed requests, retried, are each served once.
func TestReplicasDatabaseOutage(t *testing.T) {
	c := pgtest.NeedOwnCluster(t)
	url, err := c.CreateDB("outage")
	if err != nil {
		t.Fatal(err)
	}
	r := newRig(t)
	task := &countingTask{runs: map[string]int{}}
	reps := startReplicas(t, r, url, 2, task)
	if _, err := r.alice.OpenChannel(context.Background(), r.bobKey.Address(), big.NewInt(100*price.Int64())); err != nil {
		t.Fatal(err)
	}
	const total, stopAt = 24, 8
	unavailable, refusedRuns := 0, 0
	var resumed chan error
	for i := 0; i < total; i++ {
		if i == stopAt {
			if err := c.Pause(); err != nil {
				t.Fatal(err)
			}
			resumed = make(chan error, 1)
			go func() { time.Sleep(1500 * time.Millisecond); resumed <- c.Resume() }()
		}
		body := fmt.Sprintf(`"request %d"`, i)
		h := r.signedHeaders(body)
		for deadline := time.Now().Add(30 * time.Second); ; {
			got := post(t, reps[i%2].srv.URL, h, body)
			if got.status == 200 {
				break
			}
			if got.status != 503 || got.eb.Code != string(errs.StoreUnavailable) {
				t.Fatalf("request %d at replica %d: %d %s, want 200 or 503 store_unavailable", i, i%2, got.status, got.body)
			}
			unavailable++
			if task.count(body) != 0 {
				refusedRuns++
			}
			if time.Now().After(deadline) {
				t.Fatalf("request %d: still refused 30 s after the database stopped", i)
			}
			time.Sleep(50 * time.Millisecond)
		}
		if n := task.count(body); n != 1 {
			t.Fatalf("request %d: the task ran %d times", i, n)
		}
	}
	if err := <-resumed; err != nil {
		t.Fatal(err)
	}
	t.Logf("%d refusals with 503 store_unavailable while the database was down", unavailable)
	if unavailable == 0 || refusedRuns != 0 {
		t.Fatalf("%d refusals (want some), %d refused requests whose task had run (want none)", unavailable, refusedRuns)
	}
	ch, ok, err := reps[0].db.Channel(vs0(t, r).ChannelID)
	if err != nil || !ok || ch.Accepted.Int64() != total*price.Int64() {
		t.Fatalf("the database: accepted %v (%v %v), want %d", ch.Accepted, ok, err, total*price.Int64())
	}
	if ns, err := reps[1].db.Nonces(0); err != nil || len(ns) != total {
		t.Fatalf("%d requests recorded (%v), want %d", len(ns), err, total)
	}
}
