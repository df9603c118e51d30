package wazero

import (
	"context"
	"runtime"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
)

// Name is the runtime name reported by Runtime.Name.
const Name = "wazero"

// Options configure New. The zero value is valid.
type Options struct {
	// CacheDir, when set, is an on-disk wazero compilation cache: a process
	// that finds the module compiled there skips the compiler.
	CacheDir string
	// MaxIdle is the number of idle instances kept for reuse (default
	// GOMAXPROCS). More concurrent callers get fresh instances, which are
	// closed instead of pooled when they come back.
	MaxIdle int
	// MemoryLimitPages caps each instance's linear memory in 64 KiB pages
	// (0: wazero's default of 4 GiB). A call that needs more traps and fails
	// with errs.Internal.
	MemoryLimitPages uint32
}

// Runtime implements api.Runtime by running mailroom.wasm in wazero. It is
// safe for concurrent use.
type Runtime struct {
	pool   *pool
	guards *guardHost
}

var _ api.Runtime = (*Runtime)(nil)

var errClosed = errs.New(errs.InvalidInput, "the wazero runtime is closed")

// New returns a Runtime using the process-wide compiled module for opts
// (compiled on first use) and instantiates one instance to fail early.
func New(opts Options) (*Runtime, error) {
	e, err := sharedEngine(engineKey{cacheDir: opts.CacheDir, memoryLimitPages: opts.MemoryLimitPages})
	if err != nil {
		return nil, err
	}
	maxIdle := opts.MaxIdle
	if maxIdle <= 0 {
		maxIdle = runtime.GOMAXPROCS(0)
	}
	p := &pool{e: e, maxIdle: maxIdle}
	ctx := context.Background()
	in, err := p.get(ctx)
	if err != nil {
		return nil, err
	}
	p.put(ctx, in)
	return &Runtime{pool: p, guards: &guardHost{e: e}}, nil
}

// Name returns "wazero".
func (*Runtime) Name() string { return Name }

// Close closes the pooled instances and the replay-guard instance. The
// compiled module stays cached for the process.
func (r *Runtime) Close() error {
	ctx := context.Background()
	r.pool.close(ctx)
	r.guards.close(ctx)
	return nil
}

// call runs op id on a pooled instance under ctx (its cancellation stops
// waiting for an instance; a guest call in progress runs to its end).
func (r *Runtime) call(ctx context.Context, id opID, req []byte) ([]byte, error) {
	return r.pool.call(ctx, id, req)
}
