package replay

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
)

func TestWindowBoundaries(t *testing.T) {
	w := DefaultWindow // 300 s back, 30 s ahead
	const now = 1_700_000_000
	for _, c := range []struct {
		ts   uint64
		want errs.Kind
	}{
		{now, ""},
		{now - 300, ""}, // exactly the past edge
		{now - 301, errs.TimestampExpired},
		{now + 30, ""}, // exactly the future edge
		{now + 31, errs.TimestampFuture},
		{0, errs.TimestampExpired},
		{^uint64(0), errs.TimestampFuture},
	} {
		if err := w.Check(c.ts, now); errs.KindOf(err) != c.want {
			t.Errorf("ts = now%+d: %v, want %q", int64(c.ts-now), err, c.want)
		}
	}
	// Near zero and near the top of uint64 nothing wraps around.
	if err := w.Check(0, 300); err != nil {
		t.Errorf("ts 0 at now 300: %v", err)
	}
	if err := w.Check(0, 301); errs.KindOf(err) != errs.TimestampExpired {
		t.Errorf("ts 0 at now 301: %v", err)
	}
	if err := w.Check(^uint64(0), ^uint64(0)-30); err != nil {
		t.Errorf("max ts, 30 s ahead: %v", err)
	}
	// Sub-second parts of the window are truncated.
	odd := Window{Past: 10*time.Second + 900*time.Millisecond, Future: 0}
	if err := odd.Check(now-11, now); errs.KindOf(err) != errs.TimestampExpired {
		t.Errorf("10.9 s window, 11 s old: %v", err)
	}
	if err := odd.Check(now+1, now); errs.KindOf(err) != errs.TimestampFuture {
		t.Errorf("zero future skew, 1 s ahead: %v", err)
	}
	if w.ExpiresAt(now) != now+300 || w.ExpiresAt(^uint64(0)-1) != ^uint64(0) {
		t.Error("ExpiresAt")
	}
}

func TestAccept(t *testing.T) {
	w := DefaultWindow
	if err := Accept(w, 100, 100, false); err != nil {
		t.Error(err)
	}
	if err := Accept(w, 100, 100, true); errs.KindOf(err) != errs.NonceReplayed {
		t.Errorf("used nonce: %v", err)
	}
	// The window is checked first.
	if err := Accept(w, 100, 1000, true); errs.KindOf(err) != errs.TimestampExpired {
		t.Errorf("expired and used: %v", err)
	}
}

func sender(i int) ethsig.Address {
	var a ethsig.Address
	a[0], a[1], a[2] = byte(i), byte(i>>8), byte(i>>16)
	return a
}

func TestGuard(t *testing.T) {
	const now = 1_000_000
	g := NewGuard(DefaultWindow, 3)
	if g.Window() != DefaultWindow {
		t.Error("Window()")
	}
	k := Key{Sender: sender(1), Nonce: 0}
	if err := g.Check(k, now, now); err != nil {
		t.Fatal(err)
	}
	if g.Len() != 0 {
		t.Fatal("Check recorded the nonce")
	}
	if err := g.Use(k, now, now); err != nil {
		t.Fatal(err)
	}
	if err := g.Use(k, now, now+1); errs.KindOf(err) != errs.NonceReplayed {
		t.Errorf("replay: %v", err)
	}
	if err := g.Check(k, now, now+1); errs.KindOf(err) != errs.NonceReplayed {
		t.Errorf("Check of a used nonce: %v", err)
	}
	// The same nonce from another sender is another key.
	if err := g.Use(Key{Sender: sender(2), Nonce: 0}, now, now); err != nil {
		t.Error(err)
	}
	if err := g.Use(Key{Sender: sender(1), Nonce: 1}, now+10, now); err != nil {
		t.Error(err)
	}
	// Full: fails closed rather than evicting unexpired nonces.
	if err := g.Use(Key{Sender: sender(3)}, now, now); errs.KindOf(err) != errs.ReplayCapacity {
		t.Errorf("full guard: %v", err)
	}
	if g.Len() != 3 {
		t.Errorf("Len = %d", g.Len())
	}
	// At now+300 the first entries are still inside the window (the edge
	// is inclusive), so the guard is still full and the replay still refused.
	if err := g.Use(Key{Sender: sender(3)}, now+300, now+300); errs.KindOf(err) != errs.ReplayCapacity {
		t.Errorf("at the window edge: %v", err)
	}
	if err := g.Use(k, now, now+300); errs.KindOf(err) != errs.NonceReplayed {
		t.Errorf("replay at the edge: %v", err)
	}
	// One second later they expire and free capacity; the old request is
	// now refused by the window itself.
	if err := g.Use(Key{Sender: sender(3)}, now+301, now+301); err != nil {
		t.Errorf("after expiry: %v", err)
	}
	if err := g.Use(k, now, now+301); errs.KindOf(err) != errs.TimestampExpired {
		t.Errorf("expired replay: %v", err)
	}
	if g.Len() != 2 { // sender(1)/1 (ts now+10) and sender(3)
		t.Errorf("Len after expiry = %d", g.Len())
	}
}

func TestGuardForget(t *testing.T) {
	g := NewGuard(DefaultWindow, 2)
	k := Key{Sender: sender(1), Nonce: 5}
	if err := g.Use(k, 1000, 1000); err != nil {
		t.Fatal(err)
	}
	g.Forget(k)
	if g.Len() != 0 {
		t.Errorf("Len after Forget = %d", g.Len())
	}
	if err := g.Use(k, 1000, 1000); err != nil {
		t.Errorf("Use after Forget: %v", err)
	}
	// The forgotten entry still counts until it expires: fail closed.
	if err := g.Use(Key{Sender: sender(2)}, 1000, 1000); errs.KindOf(err) != errs.ReplayCapacity {
		t.Errorf("forgotten entries must keep counting: %v", err)
	}
	g.Forget(Key{Sender: sender(9)}) // unknown keys are fine
	if NewGuard(DefaultWindow, 0).capacity != 1 {
		t.Error("capacity below 1 is not raised to 1")
	}
}

// TestGuardConcurrent hammers one guard from many goroutines (run with
// -race): each (sender, nonce) is admitted exactly once and the capacity
// is never exceeded.
func TestGuardConcurrent(t *testing.T) {
	const workers, keys, capacity = 8, 200, 150
	g := NewGuard(DefaultWindow, capacity)
	var admitted, replayed, full atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < keys; i++ {
				err := g.Use(Key{Sender: sender(i % 50), Nonce: uint64(i / 50)}, 5000, 5000)
				switch errs.KindOf(err) {
				case "":
					admitted.Add(1)
				case errs.NonceReplayed:
					replayed.Add(1)
				case errs.ReplayCapacity:
					full.Add(1)
				default:
					panic(fmt.Sprint(err))
				}
				_ = g.Len()
			}
		}()
	}
	wg.Wait()
	if admitted.Load() != capacity || g.Len() != capacity {
		t.Errorf("admitted %d, Len %d, want %d", admitted.Load(), g.Len(), capacity)
	}
	if admitted.Load()+replayed.Load()+full.Load() != workers*keys {
		t.Error("lost results")
	}
}
