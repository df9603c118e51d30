package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// TestReplicasEndToEnd is issue 13's "done when", with the real binary, a
// real `mailroom node` and two `mailroom serve --store postgres://…`
// sharing one database: `send --dry-run --json` gives one signed request;
// fired 20 times at each replica at once, it is served exactly once (every
// other copy is the stored answer or request_in_progress); the sender's
// next requests are paid through either replica; on shutdown exactly one
// replica, the elected settler, claims, and claims exactly what was served,
// and `mailroom settle` on the database finds nothing left. The sender's
// store is a PostgreSQL database too.
func TestReplicasEndToEnd(t *testing.T) {
	dbURL := pgtest.Need(t)
	n := startE2ENode(t, 3)
	bin, chainArgs := n.bin, n.chainArgs
	must := func(args ...string) string { t.Helper(); out, _ := n.must(t, args...); return out }
	listens := []string{"127.0.0.1:" + strconv.Itoa(freePort(t)), "127.0.0.1:" + strconv.Itoa(freePort(t))}
	bob := n.did(t, 2)
	must("register", "--dev-account", "2", "--endpoint", "http://"+listens[0]+"/task", "--rate", "1000")
	must("register", "--dev-account", "1", "--endpoint", "http://127.0.0.1:1/none")

	serves := make([]*exec.Cmd, 2)
	outs := make([]*syncBuffer, 2)
	for i, listen := range listens {
		outs[i] = &syncBuffer{}
		serves[i] = exec.Command(bin, append([]string{"serve", "--dev-account", "2", "--listen", listen, "--store", dbURL, "--settle-on-shutdown"}, chainArgs...)...)
		serves[i].Stdout, serves[i].Stderr = outs[i], outs[i]
		if err := serves[i].Start(); err != nil {
			t.Fatal(err)
		}
		cmd := serves[i]
		t.Cleanup(func() {
			if cmd.ProcessState == nil {
				cmd.Process.Kill()
				cmd.Wait()
			}
		})
	}
	for i, listen := range listens {
		for start := time.Now(); !strings.Contains(outs[i].String(), "serving on http://"+listen); time.Sleep(20 * time.Millisecond) {
			if time.Since(start) > 30*time.Second {
				t.Fatalf("serve %d did not start:\n%s", i, outs[i].String())
			}
		}
	}
	// Alice's own store is a PostgreSQL database too (the sender side).
	alice := []string{"--dev-account", "1", "--store", pgtest.Need(t)}
	send := func(args ...string) string {
		return must(append(append([]string{"send", "--json"}, alice...), args...)...)
	}
	send(bob, `{"task":"open"}`) // opens the channel, paid through replica 0

	dry := send("--dry-run", bob, `{"task":"once"}`)
	var p struct {
		URL, Method, Body string
		Headers           map[string]string
	}
	if err := json.Unmarshal([]byte(dry), &p); err != nil || p.Method != "POST" {
		t.Fatalf("send --dry-run --json: %s (%v)", dry, err)
	}
	var mu sync.Mutex
	counts := map[string]int{}
	var wg sync.WaitGroup
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			req, _ := http.NewRequest(p.Method, "http://"+listens[i%2]+"/task", strings.NewReader(p.Body))
			for k, v := range p.Headers {
				req.Header.Set(k, v)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			kind := strconv.Itoa(resp.StatusCode)
			switch {
			case resp.StatusCode == 200 && resp.Header.Get("Idempotent-Replayed") == "true":
				kind = "replayed"
			case resp.StatusCode == 200:
				kind = "served"
			case resp.StatusCode == 409 && strings.Contains(string(b), `"request_in_progress"`):
				kind = "in_progress"
			default:
				t.Errorf("copy %d at replica %d: %d %s", i, i%2, resp.StatusCode, b)
			}
			mu.Lock()
			counts[kind]++
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	t.Logf("40 copies: %v", counts)
	if counts["served"] != 1 {
		t.Fatalf("the dry-run request was served %d times, want once: %v", counts["served"], counts)
	}
	// The next requests, through replica 1 then replica 0.
	type sent struct {
		CumulativeWei string `json:"cumulativeWei"`
	}
	for i, want := range []string{"3000", "4000"} {
		var s sent
		out := send("--endpoint", "http://"+listens[1-i]+"/task", bob, `{"task":"next"}`)
		if err := json.Unmarshal([]byte(strings.TrimSpace(out)), &s); err != nil || s.CumulativeWei != want {
			t.Fatalf("next send through replica %d: %s (%v), want cumulative %s", 1-i, out, err, want)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var accepted string
	var nonces int
	if err := conn.QueryRow(ctx, `SELECT accepted, (SELECT count(*) FROM requests) FROM channels`).Scan(&accepted, &nonces); err != nil || accepted != "4000" || nonces != 4 {
		t.Fatalf("the database: accepted %s, %d requests recorded (%v); want 4000 and 4", accepted, nonces, err)
	}
	// Shutdown: only the settler claims, exactly the 4 requests served.
	for _, s := range serves {
		s.Process.Signal(syscall.SIGINT)
	}
	claims := 0
	for i, s := range serves {
		done := make(chan error, 1)
		go func() { done <- s.Wait() }()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			s.Process.Kill()
			t.Fatalf("serve %d did not stop:\n%s", i, outs[i].String())
		}
		if strings.Contains(outs[i].String(), "settled 0x") {
			claims++
			if !strings.Contains(outs[i].String(), ": 4000 wei (cumulative 4000 wei)") {
				t.Fatalf("replica %d settled something else than 4000:\n%s", i, outs[i].String())
			}
		}
	}
	if claims != 1 {
		t.Fatalf("%d replicas claimed on shutdown, want exactly one (the settler):\n--- 0:\n%s\n--- 1:\n%s", claims, outs[0].String(), outs[1].String())
	}
	// The claim is recorded: settling the database again claims nothing.
	if out := strings.TrimSpace(must("settle", "--dev-account", "2", "--store", dbURL, "--json")); out != "[]" {
		t.Fatalf("settle after the settler claimed: %s, want []", out)
	}
}
