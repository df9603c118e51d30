package wazero

import (
	"context"
	"strconv"
	"sync"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
)

// guardHost owns the one instance that holds every replay guard of a
// Runtime: a guard's state lives in the guest, so all its calls must reach
// the instance that created it. Calls are serialised by mu (as they would
// be by the guard's own lock in the native runtime).
type guardHost struct {
	e      *engine
	mu     sync.Mutex
	in     *instance
	gen    uint64 // bumped when the instance is replaced after a trap
	closed bool
}

// call runs an operation on the guard instance of generation gen (0: any,
// for creating a guard) and returns the generation it ran on.
func (h *guardHost) call(gen uint64, id opID, req []byte) ([]byte, uint64, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	ctx := context.Background()
	if h.closed {
		return nil, 0, errClosed
	}
	if h.in == nil {
		in, err := newInstance(ctx, h.e)
		if err != nil {
			return nil, 0, err
		}
		h.in = in
		h.gen++
	}
	if gen != 0 && gen != h.gen {
		return nil, 0, errs.New(errs.Internal, "replay guard lost: its wazero instance trapped and was discarded")
	}
	v, err := h.in.call(ctx, id, req)
	if h.in.broken {
		h.in.close(ctx)
		h.in = nil
	}
	return v, h.gen, err
}

func (h *guardHost) close(ctx context.Context) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	if h.in != nil {
		h.in.close(ctx)
		h.in = nil
	}
}

// NewReplayGuard creates a replay.Guard inside the guest, with the default
// per-sender share (replay.DefaultShare(capacity)).
func (r *Runtime) NewReplayGuard(ctx context.Context, w api.Window, capacity int) (api.ReplayGuard, error) {
	return r.NewReplayGuardWithShare(w, capacity, 0)
}

// NewReplayGuardWithShare creates a replay.Guard inside the guest that
// holds at most perSender unexpired nonces of one sender (0: the default
// share, replay.DefaultShare(capacity); otherwise in [1, capacity]).
func (r *Runtime) NewReplayGuardWithShare(w api.Window, capacity, perSender int) (api.ReplayGuard, error) {
	if capacity < 1 {
		return nil, errs.New(errs.InvalidInput, "replay guard capacity must be at least 1, got %d", capacity)
	}
	if perSender < 0 || perSender > capacity {
		return nil, errs.New(errs.InvalidInput, "replay guard perSender must be in [1, capacity %d] (0: the default), got %d", capacity, perSender)
	}
	if w.Past < 0 || w.Future < 0 {
		return nil, errs.New(errs.InvalidInput, "replay window bounds cannot be negative")
	}
	o := newObject(120).uint("pastSeconds", uint64(w.Past/time.Second)).
		uint("futureSeconds", uint64(w.Future/time.Second)).number("capacity", int64(capacity))
	if perSender > 0 {
		o = o.number("perSender", int64(perSender))
	}
	v, gen, err := r.guards.call(0, opReplayNew, o.bytes())
	if err != nil {
		return nil, err
	}
	handle, err := strconv.ParseUint(string(v), 10, 32)
	if err != nil {
		return nil, errs.New(errs.Internal, "mailroom.wasm returned %q for a guard handle", v)
	}
	return &guard{h: r.guards, gen: gen, handle: handle}, nil
}

type guard struct {
	h      *guardHost
	gen    uint64
	handle uint64
}

func (g *guard) object() *jsonObject { return newObject(200).number("guard", int64(g.handle)) }

// Use checks the window and nonce rule at unix time now and records the
// nonce when accepted.
func (g *guard) Use(ctx context.Context, sender ethsig.Address, nonce, timestamp, now uint64) error {
	req := g.object().address("sender", sender).uint("nonce", nonce).uint("timestamp", timestamp).uint("now", now).bytes()
	_, _, err := g.h.call(g.gen, opReplayUse, req)
	return err
}

// Len is the number of remembered nonces.
func (g *guard) Len(ctx context.Context) (int, error) {
	v, _, err := g.h.call(g.gen, opReplayLen, g.object().bytes())
	if err != nil {
		return 0, err
	}
	n, err := strconv.Atoi(string(v))
	if err != nil {
		return 0, errs.New(errs.Internal, "mailroom.wasm returned %q for a guard length", v)
	}
	return n, nil
}

// Close frees the guard's state in the guest; closing twice is not an error.
func (g *guard) Close() error {
	_, _, err := g.h.call(g.gen, opReplayClose, g.object().bytes())
	if errs.KindOf(err) == errs.Internal || err == errClosed {
		return nil // the state is gone with its instance or runtime
	}
	return err
}
