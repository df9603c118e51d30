package server_test

import (
	"context"
	"sync"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/mailroom/server"
)

// 50 copies of one signed request at one mailroom at once: one is served;
// every other copy is the same request retried, so it gets the answer
// (Idempotent-Replayed) or request_in_progress, never a refusal meant for
// another request (a copy that waited for the channel while the first
// was recorded used to be refused 409 voucher_insufficient or
// nonce_replayed).
func TestIdenticalCopiesAtOnce(t *testing.T) {
	r := newRig(t)
	r.task = &countingTask{runs: map[string]int{}}
	if _, err := r.alice.Send(context.Background(), r.bobDID(), []byte(`"open"`)); err != nil {
		t.Fatal(err)
	}
	const body = `"copied"`
	h := r.signedHeaders(body)
	var mu sync.Mutex
	counts := map[string]int{}
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			got := post(t, r.srv.URL, h, body)
			k := got.eb.Code
			switch {
			case got.status == 200 && got.header.Get(server.HeaderReplayed) == "true":
				k = "replayed"
			case got.status == 200:
				k = "served"
			case got.status == 409 && got.eb.Code == string(errs.RequestInProgress):
			default:
				t.Errorf("a copy: %d %s", got.status, got.body)
			}
			mu.Lock()
			counts[k]++
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	t.Logf("50 copies: %v", counts)
	if counts["served"] != 1 || r.task.(*countingTask).count(body) != 1 {
		t.Fatalf("served %d, task ran %d times", counts["served"], r.task.(*countingTask).count(body))
	}
}
