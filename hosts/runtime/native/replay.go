package native

import (
	"context"
	"sync/atomic"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/replay"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
)

// NewReplayGuard returns a core/replay guard for window w holding at most
// capacity unexpired nonces; when full it refuses (errs.ReplayCapacity).
func (*Runtime) NewReplayGuard(ctx context.Context, w api.Window, capacity int) (api.ReplayGuard, error) {
	if capacity < 1 {
		return nil, errs.New(errs.InvalidInput, "replay guard capacity must be at least 1, got %d", capacity)
	}
	if w.Past < 0 || w.Future < 0 {
		return nil, errs.New(errs.InvalidInput, "replay window bounds cannot be negative")
	}
	return &guard{g: replay.NewGuard(replay.Window{Past: w.Past, Future: w.Future}, capacity)}, nil
}

type guard struct {
	g      *replay.Guard
	closed atomic.Bool
}

var errClosed = errs.New(errs.InvalidInput, "replay guard is closed")

// Use checks the window and nonce rule and records the nonce when accepted.
func (g *guard) Use(ctx context.Context, sender ethsig.Address, nonce, timestamp, now uint64) error {
	if g.closed.Load() {
		return errClosed
	}
	return g.g.Use(replay.Key{Sender: sender, Nonce: nonce}, timestamp, now)
}

// Len returns the number of remembered nonces.
func (g *guard) Len(ctx context.Context) (int, error) {
	if g.closed.Load() {
		return 0, errClosed
	}
	return g.g.Len(), nil
}

// Close makes further use fail; the memory is released with the guard.
func (g *guard) Close() error {
	g.closed.Store(true)
	return nil
}
