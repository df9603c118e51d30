package postgres

import (
	"bytes"
	"context"
	"sort"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// maxBatch bounds the writes one transaction carries.
const maxBatch = store.MaxBatch

// op is one queued write: queue adds its statements to a batch, and their
// callbacks set refused (a condition that failed: nothing was written).
type op struct {
	key     []byte // sort key: concurrent batches lock rows in one order
	queue   func(b *pgx.Batch, o *op)
	refused error
	done    chan error
}

// update queues a write for the committers and waits until it is committed
// (or failed). The wait is bounded by Options.Timeout per attempt.
func (s *DB) update(ctx context.Context, key []byte, queue func(b *pgx.Batch, o *op)) error {
	o := &op{key: key, queue: queue, done: make(chan error, 1)}
	s.mu.RLock()
	if s.closed {
		s.mu.RUnlock()
		return errs.New(errs.StoreError, "store is closed")
	}
	t := time.NewTimer(s.opt.Timeout)
	defer t.Stop()
	select {
	case s.ops <- o:
	case <-ctx.Done():
		s.mu.RUnlock()
		return errs.New(errs.StoreUnavailable, "queue write: %v", ctx.Err())
	case <-t.C:
		s.mu.RUnlock()
		return errs.New(errs.StoreUnavailable, "queue write: the database is not keeping up")
	}
	s.mu.RUnlock()
	// Once queued, the committer commits or fails it; wait for the outcome
	// even if ctx ends, so callers never guess.
	return <-o.done
}

func (s *DB) committer() {
	defer s.wg.Done()
	store.GroupCommit(s.ops, s.quit, s.opt.GatherDelay, s.run)
}

// run sends a batch as one pipelined implicit transaction (one round
// trip, one commit); if it fails, each write is retried on its own.
func (s *DB) run(batch []*op) {
	sort.SliceStable(batch, func(i, j int) bool { return bytes.Compare(batch[i].key, batch[j].key) < 0 })
	b := &pgx.Batch{}
	for _, o := range batch {
		o.refused = nil
		o.queue(b, o)
	}
	ctx, cancel := s.timeout(context.Background())
	err := s.pool.SendBatch(ctx, b).Close()
	cancel()
	if err == nil {
		s.statMu.Lock()
		s.commits++
		s.writes += uint64(len(batch))
		s.statMu.Unlock()
		for _, o := range batch {
			o.done <- o.refused
		}
		return
	}
	if len(batch) == 1 || kindOf(err) == errs.StoreUnavailable {
		e := storeErr("commit", err)
		for _, o := range batch {
			o.done <- e
		}
		return
	}
	for _, o := range batch {
		s.run([]*op{o})
	}
}
