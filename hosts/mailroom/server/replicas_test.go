package server_test

import (
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/mailroom/agent"
	"github.com/agentmailroom/mailroom/hosts/mailroom/server"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// replica is one mailroom of a cluster sharing a PostgreSQL database.
type replica struct {
	db   *postgres.DB
	room *server.Mailroom
	srv  *httptest.Server
}

// startReplicas starts n mailrooms for Bob on one database, each with its
// own HTTP server, running task.
func startReplicas(t *testing.T, r *rig, url string, n int, task http.Handler) []*replica {
	t.Helper()
	out := make([]*replica, n)
	for i := range out {
		db, err := postgres.Open(context.Background(), url, postgres.Options{GatherDelay: time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		room, err := server.New(server.Config{Key: r.bobKey, ChainID: r.fc.ChainID, Registry: r.fc.Registry, ChannelContract: r.fc.ChannelContract,
			Price: price, Chain: r.view, Store: db, ReorderWait: 300 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(room.Wrap(task))
		out[i] = &replica{db: db, room: room, srv: srv}
		t.Cleanup(func() { srv.Close(); room.Drain(); db.Close() })
	}
	return out
}

// countingTask is the echo task counting its runs per body.
type countingTask struct {
	mu   sync.Mutex
	runs map[string]int
}

func (c *countingTask) ServeHTTP(w http.ResponseWriter, q *http.Request) {
	b, _ := io.ReadAll(q.Body)
	c.mu.Lock()
	c.runs[string(b)]++
	c.mu.Unlock()
	time.Sleep(20 * time.Millisecond) // long enough for the copies to overlap
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte(`{"echo":` + jsonString(string(b)) + `}`))
}

func (c *countingTask) count(body string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.runs[body]
}

// post sends a signed request (the same headers every time) to url.
func post(t *testing.T, url string, h http.Header, body string) reply {
	req, _ := http.NewRequest(http.MethodPost, url+"/task", strings.NewReader(body))
	for k, v := range h {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Error(err)
		return reply{}
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var eb x402.ErrorBody
	json.Unmarshal(b, &eb)
	return reply{resp.StatusCode, resp.Header, b, eb}
}

// signedHeaders is Alice's next paid request to Bob, ready to be sent any
// number of times to any replica.
func (r *rig) signedHeaders(body string) http.Header {
	r.t.Helper()
	env, vs, err := r.alice.PrepareRequest(context.Background(), r.bobDID(), []byte(body), price)
	if err != nil {
		r.t.Fatal(err)
	}
	h := http.Header{"Content-Type": {"application/json"}}
	if err := agent.SetHeaders(h, env, r.payment(vs)); err != nil {
		r.t.Fatal(err)
	}
	return h
}

// 100 copies of one signed, paid request fired at 3 replicas at once: the
// task runs once and the channel is charged once; every other copy gets
// the stored answer (Idempotent-Replayed) or request_in_progress (409).
func TestReplicasServeOnce(t *testing.T) {
	url := pgtest.Need(t)
	r := newRig(t)
	task := &countingTask{runs: map[string]int{}}
	reps := startReplicas(t, r, url, 3, task)
	// The channel is open on chain; no replica has seen a voucher on it.
	if _, err := r.alice.OpenChannel(context.Background(), r.bobKey.Address(), big.NewInt(100*price.Int64())); err != nil {
		t.Fatal(err)
	}
	// Replica 0 serves the first request: its memory is ahead of the
	// others', which only know the chain's channel.
	if got := post(t, reps[0].srv.URL, r.signedHeaders(`"first"`), `"first"`); got.status != 200 {
		t.Fatalf("first request through replica 0: %d %s", got.status, got.body)
	}
	const body = `"the request"`
	h := r.signedHeaders(body)
	var fresh, replayed, inProgress atomic.Int64
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			got := post(t, reps[i%3].srv.URL, h, body)
			switch {
			case got.status == 200 && got.header.Get(server.HeaderReplayed) == "true":
				replayed.Add(1)
			case got.status == 200:
				fresh.Add(1)
			case got.status == 409 && got.eb.Code == string(errs.RequestInProgress):
				inProgress.Add(1)
			default:
				t.Errorf("copy %d at replica %d: %d %s", i, i%3, got.status, got.body)
			}
		}(i)
	}
	close(start)
	wg.Wait()
	t.Logf("100 copies: %d served, %d replayed, %d request_in_progress", fresh.Load(), replayed.Load(), inProgress.Load())
	if fresh.Load() != 1 || task.count(body) != 1 {
		t.Fatalf("served %d times, the task ran %d times: want once", fresh.Load(), task.count(body))
	}
	id := vs0(t, r).ChannelID
	ch, ok, err := reps[2].db.Channel(id)
	if err != nil || !ok || ch.Accepted.Cmp(big.NewInt(2*price.Int64())) != 0 {
		t.Fatalf("the database's channel: accepted %v (%v), want %d (two requests)", ch.Accepted, err, 2*price.Int64())
	}
	// The sender's next requests are paid through each replica, whatever
	// each replica last saw of the channel.
	for i, rp := range reps {
		b := `"next ` + string(rune('a'+i)) + `"`
		if got := post(t, rp.srv.URL, r.signedHeaders(b), b); got.status != 200 || got.header.Get(server.HeaderReplayed) != "" {
			t.Fatalf("next request through replica %d: %d %s", i, got.status, got.body)
		}
	}
	if ch, _, _ := reps[0].db.Channel(id); ch.Accepted.Int64() != 5*price.Int64() {
		t.Fatalf("accepted %s after five paid requests", ch.Accepted)
	}
	var _ store.Shared = reps[0].db
}

// A task that fails on one replica rolls the charge back in the database
// (from its current record), and the failure is the recorded answer: the
// same request retried at another replica gets it again, and runs nothing.
func TestReplicasRollback(t *testing.T) {
	url := pgtest.Need(t)
	r := newRig(t)
	task := &countingTask{runs: map[string]int{}}
	failing := http.HandlerFunc(func(w http.ResponseWriter, q *http.Request) {
		task.ServeHTTP(httptest.NewRecorder(), q)
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	reps := startReplicas(t, r, url, 2, task)
	bad := startReplicas(t, r, url, 1, failing)[0]
	if _, err := r.alice.OpenChannel(context.Background(), r.bobKey.Address(), big.NewInt(100*price.Int64())); err != nil {
		t.Fatal(err)
	}
	if got := post(t, reps[0].srv.URL, r.signedHeaders(`"one"`), `"one"`); got.status != 200 {
		t.Fatalf("first request: %d %s", got.status, got.body)
	}
	h := r.signedHeaders(`"two"`)
	got := post(t, bad.srv.URL, h, `"two"`)
	if got.status != http.StatusInternalServerError || got.eb.Code != string(errs.TaskFailed) {
		t.Fatalf("failing task: %d %s", got.status, got.body)
	}
	id := vs0(t, r).ChannelID
	ch, _, err := reps[1].db.Channel(id)
	if err != nil || ch.Accepted.Cmp(price) != 0 {
		t.Fatalf("after the rollback the database holds %v (%v), want %s", ch.Accepted, err, price)
	}
	// What was served stays claimable: the first request's voucher, which
	// the failing replica never received itself.
	if amt, sig := ch.Claimable(); amt.Cmp(price) != 0 || sig == (ethsig.Signature{}) {
		t.Fatalf("after the rollback the recipient can claim %s (signature %v), want %s with the sender's voucher", amt, sig != (ethsig.Signature{}), price)
	}
	again := post(t, reps[1].srv.URL, h, `"two"`)
	if again.status != http.StatusInternalServerError || again.header.Get(server.HeaderReplayed) != "true" || task.count(`"two"`) != 1 {
		t.Fatalf("the failed request retried at another replica: %d %s (replayed %q), the task ran %d times",
			again.status, again.body, again.header.Get(server.HeaderReplayed), task.count(`"two"`))
	}
}
