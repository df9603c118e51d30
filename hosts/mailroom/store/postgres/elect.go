package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
)

// SettlerLock is the advisory lock key replicas elect their settler with.
const SettlerLock = migrateLock + 2

// Lead runs fn whenever this replica holds the session advisory lock key,
// until ctx ends: it tries the lock every Options.LeaseCheck on a
// connection of its own, and while it holds it, pings that connection as
// often; when a ping fails (the lock may be lost: the server frees it when
// the connection drops), fn's context is cancelled at once and Lead waits
// for fn to return before trying again. So at most one replica runs fn at a
// time, provided fn stops when its context ends; a dead replica's lock is
// taken over within LeaseCheck of the server dropping its connection.
func (s *DB) Lead(ctx context.Context, key int64, fn func(ctx context.Context)) {
	t := time.NewTicker(s.opt.LeaseCheck)
	defer t.Stop()
	for {
		if conn := s.tryLock(ctx, key); conn != nil {
			s.hold(ctx, conn, t, fn)
			conn.Close(context.Background())
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// tryLock connects and tries the lock: the connection holding it, or nil.
func (s *DB) tryLock(ctx context.Context, key int64) *pgx.Conn {
	cctx, cancel := s.timeout(ctx)
	defer cancel()
	conn, err := pgx.ConnectConfig(cctx, s.cfg.ConnConfig)
	if err != nil {
		return nil
	}
	var got bool
	if err := conn.QueryRow(cctx, `SELECT pg_try_advisory_lock($1)`, key).Scan(&got); err != nil || !got {
		conn.Close(context.Background())
		return nil
	}
	return conn
}

// hold runs fn while conn answers its pings.
func (s *DB) hold(ctx context.Context, conn *pgx.Conn, t *time.Ticker, fn func(context.Context)) {
	lctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn(lctx)
	}()
	defer func() {
		cancel()
		<-done
	}()
	for {
		select {
		case <-ctx.Done():
			return
		case <-done:
			return
		case <-t.C:
			pctx, pcancel := context.WithTimeout(ctx, s.opt.LeaseCheck)
			err := conn.Ping(pctx)
			pcancel()
			if err != nil {
				return
			}
		}
	}
}
