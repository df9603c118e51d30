package wazero

import (
	"context"
	"sync"
)

// pool keeps idle instances. get never blocks: when none is idle it
// instantiates a new one, so concurrency is bounded by the callers, and at
// most maxIdle instances are kept between calls.
type pool struct {
	e       *engine
	mu      sync.Mutex
	idle    []*instance
	maxIdle int
	closed  bool
}

func (p *pool) get(ctx context.Context) (*instance, error) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil, errClosed
	}
	if n := len(p.idle); n > 0 {
		in := p.idle[n-1]
		p.idle = p.idle[:n-1]
		p.mu.Unlock()
		return in, nil
	}
	p.mu.Unlock()
	return newInstance(ctx, p.e)
}

// put returns in to the pool, or closes it when it trapped, the pool is
// full or closed.
func (p *pool) put(ctx context.Context, in *instance) {
	p.mu.Lock()
	if !in.broken && !p.closed && len(p.idle) < p.maxIdle {
		p.idle = append(p.idle, in)
		p.mu.Unlock()
		return
	}
	p.mu.Unlock()
	in.close(ctx)
}

func (p *pool) close(ctx context.Context) {
	p.mu.Lock()
	idle := p.idle
	p.idle, p.closed = nil, true
	p.mu.Unlock()
	for _, in := range idle {
		in.close(ctx)
	}
}

// call runs one operation on a pooled instance.
func (p *pool) call(ctx context.Context, id opID, req []byte) ([]byte, error) {
	in, err := p.get(ctx)
	if err != nil {
		return nil, err
	}
	defer p.put(ctx, in)
	return in.call(ctx, id, req)
}
