package wazero

import (
	"context"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
)

// TestTrapDiscardsInstance makes the guest's Go runtime run out of memory
// under a memory limit: the call fails with a clear internal error, the
// instance is not pooled again, and the next call works on a fresh one.
func TestTrapDiscardsInstance(t *testing.T) {
	e0, err := sharedEngine(engineKey{})
	if err != nil {
		t.Fatal(err)
	}
	minPages := e0.compiled.ExportedMemories()["memory"].Min()
	limit := minPages + 256 // 16 MiB above the initial memory
	rt, err := New(Options{MemoryLimitPages: limit, MaxIdle: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	if _, err := rt.Keccak256(context.Background(), []byte("ok")); err != nil {
		t.Fatal(err)
	}
	before := rt.pool.idle[0]

	_, err = rt.Keccak256(context.Background(), make([]byte, 64<<20)) // 128 MiB of hex: cannot fit
	if errs.KindOf(err) != errs.Internal || !strings.Contains(err.Error(), "trapped") {
		t.Fatalf("oversized call: err = %v, want an internal trap error", err)
	}
	t.Logf("trap error: %v (stderr %d bytes: %.300q)", err, len(before.stderr.buf), before.stderr.buf)
	if len(rt.pool.idle) != 0 {
		t.Fatalf("the trapped instance went back to the pool")
	}
	if !before.broken {
		t.Fatalf("the trapped instance is not marked broken")
	}
	h, err := rt.Keccak256(context.Background(), nil)
	if err != nil || h[0] != 0xc5 {
		t.Fatalf("call after trap: %x, %v", h, err)
	}
	if rt.pool.idle[0] == before {
		t.Fatalf("the trapped instance was reused")
	}
}

// TestGuardsLostAfterTrap: guards live in their instance; after it traps
// they fail with an internal error and new guards work.
func TestGuardsLostAfterTrap(t *testing.T) {
	rt := newTestRuntime(t)
	g, err := rt.NewReplayGuard(context.Background(), testWindow, 10)
	if err != nil {
		t.Fatal(err)
	}
	rt.guards.mu.Lock()
	rt.guards.in.broken = true // as instance.trap leaves it
	rt.guards.in.close(t.Context())
	rt.guards.in = nil
	rt.guards.mu.Unlock()
	if err := g.Use(context.Background(), recipient, 1, 100, 100); errs.KindOf(err) != errs.Internal {
		t.Fatalf("Use on a lost guard: %v", err)
	}
	g2, err := rt.NewReplayGuard(context.Background(), testWindow, 10)
	if err != nil {
		t.Fatal(err)
	}
	if err := g2.Use(context.Background(), recipient, 1, 100, 100); err != nil {
		t.Fatal(err)
	}
}
