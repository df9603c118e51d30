package replay

import (
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
)

// TestOneSenderCannotFillTheGuard: one sender flooding fresh nonces is
// refused (replay_capacity) once it holds its share (by default 1/16 of the
// capacity), while other senders still get in.
func TestOneSenderCannotFillTheGuard(t *testing.T) {
	const now, capacity = 1_000_000, 1024
	g := NewGuard(DefaultWindow, capacity)
	mallory, alice := sender(66), sender(1)
	admitted := 0
	for n := uint64(0); n < capacity; n++ {
		err := g.Use(Key{Sender: mallory, Nonce: n}, now, now)
		if err == nil {
			admitted++
			continue
		}
		if errs.KindOf(err) != errs.ReplayCapacity {
			t.Fatalf("nonce %d: %v", n, err)
		}
	}
	if admitted != capacity/16 {
		t.Errorf("one sender got %d of %d slots, want its share %d", admitted, capacity, capacity/16)
	}
	if err := g.Use(Key{Sender: alice, Nonce: 0}, now, now); err != nil {
		t.Fatalf("another sender is locked out by one sender's flood: %v", err)
	}
}

func TestDefaultShare(t *testing.T) {
	for _, c := range [][2]int{{0, 1}, {1, 1}, {2, 2}, {16, 16}, {100, 16}, {256, 16}, {1024, 64}, {1 << 20, 1 << 16}} {
		if got := DefaultShare(c[0]); got != c[1] {
			t.Errorf("DefaultShare(%d) = %d, want %d", c[0], got, c[1])
		}
		if g := NewGuard(DefaultWindow, c[0]); g.PerSender() != c[1] || g.Capacity() != max(c[0], 1) {
			t.Errorf("NewGuard(%d): share %d, capacity %d", c[0], g.PerSender(), g.Capacity())
		}
	}
	for _, c := range [][3]int{{10, 3, 3}, {10, 0, 10}, {10, -1, 10}, {10, 11, 10}, {1000, 1, 1}} {
		if got := NewGuardWithShare(DefaultWindow, c[0], c[1]).PerSender(); got != c[2] {
			t.Errorf("NewGuardWithShare(%d, %d) share %d, want %d", c[0], c[1], got, c[2])
		}
	}
}

// TestShare: a sender at its share is refused until its own nonces
// expire; forgotten entries keep counting (fails closed); others get in
// until the capacity itself is reached.
func TestShare(t *testing.T) {
	const now = 1_000_000
	g := NewGuardWithShare(DefaultWindow, 5, 2)
	a, b, c := sender(1), sender(2), sender(3)
	use := func(s int, k Key, ts, at uint64) {
		t.Helper()
		err := g.Use(k, ts, at)
		if s == 0 && err != nil || s == 1 && errs.KindOf(err) != errs.ReplayCapacity {
			t.Fatalf("Use(%x/%d at %d): %v", k.Sender[:2], k.Nonce, at, err)
		}
	}
	use(0, Key{a, 1}, now, now)
	use(0, Key{a, 2}, now+5, now)
	use(1, Key{a, 3}, now, now) // a's share
	use(0, Key{b, 1}, now, now)
	g.Forget(Key{b, 1})
	use(0, Key{b, 2}, now, now)
	use(1, Key{b, 3}, now, now) // the forgotten nonce still counts for b
	use(0, Key{c, 1}, now, now) // capacity 5 reached
	use(1, Key{sender(4), 1}, now, now)
	// a's first nonce expires: a may use one more, and nobody else yet.
	use(0, Key{a, 3}, now+301, now+301)
	use(1, Key{a, 4}, now+301, now+301)
	// the others' (ts now) expired too: capacity is free again.
	use(0, Key{sender(4), 1}, now+301, now+301)
	if g.Len() != 3 { // a/2, a/3, sender(4)/1
		t.Errorf("Len = %d", g.Len())
	}
	if len(g.held) != 2 {
		t.Errorf("per-sender counts kept for %d senders, want 2", len(g.held))
	}
	// Once everything expires the per-sender counts are gone too.
	g.Check(Key{a, 99}, now+10_000, now+10_000)
	if g.Len() != 0 || len(g.held) != 0 {
		t.Errorf("after expiry: Len %d, counts for %d senders", g.Len(), len(g.held))
	}
}
