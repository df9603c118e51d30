package wazero

import (
	"context"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
)

// fillShare uses fresh nonces of s until the guard refuses one and returns
// how many it admitted.
func fillShare(t *testing.T, use func(context.Context, ethsig.Address, uint64, uint64, uint64) error, s ethsig.Address, limit int) int {
	t.Helper()
	const now = 1_700_000_000
	for n := 0; n < limit; n++ {
		if err := use(context.Background(), s, uint64(n), now, now); err != nil {
			wantKind(t, err, errs.ReplayCapacity)
			return n
		}
	}
	return limit
}

// TestReplayGuardShareInGuest: the guest's guard gives one sender at most
// its share (default capacity/16), so a flood from one sender leaves room
// for the others.
func TestReplayGuardShareInGuest(t *testing.T) {
	rt := newTestRuntime(t)
	mallory, alice := ethsig.Address{0x66}, ethsig.Address{0x01}
	const now = 1_700_000_000

	g, err := rt.NewReplayGuard(context.Background(), testWindow, 1024)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	if n := fillShare(t, g.Use, mallory, 1024); n != 64 {
		t.Fatalf("default share: one sender got %d of 1024 slots, want 64", n)
	}
	if err := g.Use(context.Background(), alice, 0, now, now); err != nil {
		t.Fatalf("another sender after one sender's flood: %v", err)
	}

	g2, err := rt.NewReplayGuardWithShare(testWindow, 100, 7)
	if err != nil {
		t.Fatal(err)
	}
	defer g2.Close()
	if n := fillShare(t, g2.Use, mallory, 100); n != 7 {
		t.Fatalf("perSender 7: one sender got %d", n)
	}
	if err := g2.Use(context.Background(), alice, 0, now, now); err != nil {
		t.Fatal(err)
	}
	if n, err := g2.Len(context.Background()); err != nil || n != 8 {
		t.Fatalf("Len = %d, %v", n, err)
	}

	g3, err := rt.NewReplayGuardWithShare(testWindow, 100, 100) // no per-sender limit
	if err != nil {
		t.Fatal(err)
	}
	defer g3.Close()
	if n := fillShare(t, g3.Use, mallory, 101); n != 100 {
		t.Fatalf("perSender = capacity: one sender got %d", n)
	}

	for _, bad := range []int{-1, 101} {
		_, err := rt.NewReplayGuardWithShare(testWindow, 100, bad)
		wantKind(t, err, errs.InvalidInput)
	}
}

// TestReplayNewPerSenderABI: the optional request field as the ABI states
// it (JS and Python send the same JSON).
func TestReplayNewPerSenderABI(t *testing.T) {
	rt := newTestRuntime(t)
	for _, c := range []struct {
		req  string
		want errs.Kind
	}{
		{`{"pastSeconds":300,"futureSeconds":30,"capacity":4,"perSender":2}`, ""},
		{`{"pastSeconds":300,"futureSeconds":30,"capacity":4,"perSender":4}`, ""},
		{`{"pastSeconds":300,"futureSeconds":30,"capacity":4,"perSender":null}`, ""},
		{`{"pastSeconds":300,"futureSeconds":30,"capacity":4,"perSender":0}`, errs.InvalidInput},
		{`{"pastSeconds":300,"futureSeconds":30,"capacity":4,"perSender":5}`, errs.InvalidInput},
		{`{"pastSeconds":300,"futureSeconds":30,"capacity":4,"perSender":"2"}`, errs.InvalidJSON},
	} {
		v, _, err := rt.guards.call(0, opReplayNew, []byte(c.req))
		if errs.KindOf(err) != c.want {
			t.Errorf("%s: %s, %v; want %q", c.req, v, err, c.want)
		}
		if err == nil {
			rt.guards.call(0, opReplayClose, append(append([]byte(`{"guard":`), v...), '}'))
		}
	}
}
