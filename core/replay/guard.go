package replay

import (
	"container/heap"
	"sync"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
)

// Key identifies one use of a nonce.
type Key struct {
	Sender ethsig.Address
	Nonce  uint64
}

// Guard remembers used (sender, nonce) pairs until their timestamps leave
// the window. The zero value is not usable; call NewGuard.
type Guard struct {
	w         Window
	capacity  int
	perSender int

	mu     sync.Mutex
	used   map[Key]uint64 // key → expiry (unix seconds)
	expiry expiryHeap
	held   map[ethsig.Address]int // sender → its entries in expiry
}

// DefaultShare is the per-sender share NewGuard gives a guard of capacity:
// capacity/16, but never fewer than 16 nonces (the whole capacity when it
// is smaller), so that a small guard still admits a burst from one sender.
func DefaultShare(capacity int) int {
	if capacity < 1 {
		capacity = 1
	}
	return max(capacity/16, min(capacity, 16))
}

// NewGuard returns a guard for window w that holds at most capacity
// unexpired nonces, at most DefaultShare(capacity) of them from one sender.
func NewGuard(w Window, capacity int) *Guard {
	return NewGuardWithShare(w, capacity, 0)
}

// NewGuardWithShare returns a guard for window w that holds at most
// capacity unexpired nonces and at most perSender of them from any one
// sender (perSender <= 0: DefaultShare(capacity); above capacity: capacity).
// A sender holding its share is refused with errs.ReplayCapacity while
// others are still admitted.
func NewGuardWithShare(w Window, capacity, perSender int) *Guard {
	if capacity < 1 {
		capacity = 1
	}
	if perSender <= 0 {
		perSender = DefaultShare(capacity)
	}
	perSender = min(perSender, capacity)
	return &Guard{w: w, capacity: capacity, perSender: perSender, used: make(map[Key]uint64), held: make(map[ethsig.Address]int)}
}

// Window returns the guard's window.
func (g *Guard) Window() Window { return g.w }

// Capacity returns the most unexpired nonces the guard holds.
func (g *Guard) Capacity() int { return g.capacity }

// PerSender returns the most unexpired nonces it holds from one sender.
func (g *Guard) PerSender() int { return g.perSender }

// Len returns the number of nonces currently remembered.
func (g *Guard) Len() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.used)
}

// Check applies the rule without recording anything.
func (g *Guard) Check(k Key, timestamp, now uint64) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.expire(now)
	_, used := g.used[k]
	return Accept(g.w, timestamp, now, used)
}

// Use applies the rule and, if the request is accepted, records the nonce
// atomically. It returns errs.ReplayCapacity when the guard is full or the
// sender holds its share.
func (g *Guard) Use(k Key, timestamp, now uint64) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.expire(now)
	_, used := g.used[k]
	if err := Accept(g.w, timestamp, now, used); err != nil {
		return err
	}
	// Both counts include forgotten-but-unexpired entries: fails closed.
	if g.held[k.Sender] >= g.perSender {
		return errs.New(errs.ReplayCapacity, "replay guard holds %d unexpired nonces of sender %s (its share); refusing them until some expire", g.perSender, k.Sender)
	}
	if len(g.expiry) >= g.capacity {
		return errs.New(errs.ReplayCapacity, "replay guard holds %d unexpired nonces (its capacity); refusing until some expire", g.capacity)
	}
	exp := g.w.ExpiresAt(timestamp)
	g.used[k] = exp
	g.held[k.Sender]++
	heap.Push(&g.expiry, entry{k: k, exp: exp})
	return nil
}

// Forget removes a recorded nonce (used when a durable store refuses to
// commit a request the guard had already admitted).
func (g *Guard) Forget(k Key) {
	g.mu.Lock()
	defer g.mu.Unlock()
	delete(g.used, k) // the heap entry is dropped lazily by expire
}

// expire drops entries whose timestamps have left the window.
func (g *Guard) expire(now uint64) {
	for len(g.expiry) > 0 && g.expiry[0].exp < now {
		e := heap.Pop(&g.expiry).(entry)
		if exp, ok := g.used[e.k]; ok && exp == e.exp {
			delete(g.used, e.k)
		}
		if n := g.held[e.k.Sender]; n > 1 {
			g.held[e.k.Sender] = n - 1
		} else {
			delete(g.held, e.k.Sender)
		}
	}
}

type entry struct {
	k   Key
	exp uint64
}

type expiryHeap []entry

func (h expiryHeap) Len() int           { return len(h) }
func (h expiryHeap) Less(i, j int) bool { return h[i].exp < h[j].exp }
func (h expiryHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *expiryHeap) Push(x any)        { *h = append(*h, x.(entry)) }
func (h *expiryHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	*h = old[:len(old)-1]
	return e
}
