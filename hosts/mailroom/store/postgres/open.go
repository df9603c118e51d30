package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/agentmailroom/mailroom/core/errs"
)

// Options tune a DB. The zero value is what Open uses.
type Options struct {
	// MaxConns bounds the pool (default 16). Requests wait for a
	// connection at most Timeout.
	MaxConns int32
	// Timeout bounds every call (default 5 s); ConnectTimeout bounds one
	// connection attempt (default 2 s).
	Timeout, ConnectTimeout time.Duration
	// Committers is how many batches may be in flight at once (default 4).
	Committers int
	// GatherDelay is store.Options.GatherDelay: while writes arrive
	// concurrently, a committer waits up to this long for more.
	GatherDelay time.Duration
	// Heartbeat is how often this replica says it is alive (default 1 s);
	// a replica silent for DeadAfter (default 10 s) is dead: its unanswered
	// requests may be served again elsewhere.
	Heartbeat, DeadAfter time.Duration
	// LeaseCheck is how often the settler's lock is checked and tried
	// (default 1 s).
	LeaseCheck time.Duration
	// RunLease is how long an unanswered request counts as being served by
	// the live replica that recorded it (default 2 min: longer than any
	// task should run); after it, another replica may serve it again.
	RunLease time.Duration
}

func (o *Options) fill() {
	if o.MaxConns <= 0 {
		o.MaxConns = 16
	}
	if o.Timeout <= 0 {
		o.Timeout = 5 * time.Second
	}
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = 2 * time.Second
	}
	if o.Committers <= 0 {
		o.Committers = 4
	}
	if o.Heartbeat <= 0 {
		o.Heartbeat = time.Second
	}
	if o.DeadAfter <= 0 {
		o.DeadAfter = 10 * time.Second
	}
	if o.LeaseCheck <= 0 {
		o.LeaseCheck = time.Second
	}
	if o.RunLease <= 0 {
		o.RunLease = 2 * time.Minute
	}
}

// IsURL reports whether s names a PostgreSQL database (postgres:// or
// postgresql://) rather than a store directory.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// DB is the PostgreSQL store. It implements store.Recipient, store.Shared
// and store.Sender.
type DB struct {
	pool    *pgxpool.Pool
	cfg     *pgxpool.Config
	opt     Options
	replica string // this replica's id: owner of the requests it serves

	ops    chan *op
	quit   chan struct{}
	wg     sync.WaitGroup
	mu     sync.RWMutex // guards closed
	closed bool

	statMu          sync.Mutex
	commits, writes uint64
}

// Open connects to the database at url, applies the missing migrations
// and starts the group committers and the heartbeat.
func Open(ctx context.Context, url string, opt Options) (*DB, error) {
	opt.fill()
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, errs.New(errs.InvalidInput, "store URL: %v", redact(err))
	}
	cfg.MaxConns = opt.MaxConns
	cfg.ConnConfig.ConnectTimeout = opt.ConnectTimeout
	cfg.HealthCheckPeriod = time.Second
	rp := cfg.ConnConfig.RuntimeParams
	rp["synchronous_commit"] = "on" // an acknowledged request is flushed
	rp["application_name"] = "mailroom"
	// A dead peer's connection (and its advisory locks) is dropped within
	// about 2 + 3×1 s.
	rp["tcp_keepalives_idle"], rp["tcp_keepalives_interval"], rp["tcp_keepalives_count"] = "2", "1", "3"
	cctx, cancel := context.WithTimeout(ctx, opt.Timeout+opt.ConnectTimeout)
	defer cancel()
	conn, err := pgx.ConnectConfig(cctx, cfg.ConnConfig)
	if err != nil {
		return nil, storeErr("connect", err)
	}
	err = migrate(cctx, conn)
	conn.Close(context.Background())
	if err != nil {
		return nil, err
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, storeErr("pool", err)
	}
	var id [8]byte
	rand.Read(id[:])
	s := &DB{pool: pool, cfg: cfg, opt: opt, replica: hex.EncodeToString(id[:]), ops: make(chan *op, maxBatch), quit: make(chan struct{})}
	if err := s.beat(cctx); err != nil {
		pool.Close()
		return nil, err
	}
	for i := 0; i < opt.Committers; i++ {
		s.wg.Add(1)
		go s.committer()
	}
	s.wg.Add(1)
	go s.heartbeat()
	return s, nil
}

// redact keeps a password out of an error about the URL.
func redact(err error) string {
	msg := err.Error()
	if i := strings.Index(msg, "://"); i >= 0 {
		if j := strings.Index(msg[i:], "@"); j >= 0 {
			return msg[:i+3] + "…" + msg[i+j:]
		}
	}
	return msg
}

// Replica is this replica's id (the owner of the requests it serves).
func (s *DB) Replica() string { return s.replica }

// Close stops the committers (after the queued writes) and the heartbeat
// and closes the pool.
func (s *DB) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	close(s.quit)
	s.mu.Unlock()
	s.wg.Wait()
	ctx, cancel := s.timeout(context.Background())
	s.pool.Exec(ctx, `DELETE FROM replicas WHERE id = $1`, s.replica)
	cancel()
	s.pool.Close()
	return nil
}

// Stats returns how many transactions were committed and how many writes
// they carried.
func (s *DB) Stats() (commits, writes uint64) {
	s.statMu.Lock()
	defer s.statMu.Unlock()
	return s.commits, s.writes
}

func (s *DB) timeout(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, s.opt.Timeout)
}

// heartbeat says this replica is alive every Options.Heartbeat.
func (s *DB) heartbeat() {
	defer s.wg.Done()
	t := time.NewTicker(s.opt.Heartbeat)
	defer t.Stop()
	for {
		select {
		case <-s.quit:
			return
		case <-t.C:
			ctx, cancel := s.timeout(context.Background())
			s.beat(ctx) // a failure is retried at the next tick
			cancel()
		}
	}
}

func (s *DB) beat(ctx context.Context) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO replicas (id, seen_at) VALUES ($1, now()) ON CONFLICT (id) DO UPDATE SET seen_at = now()`, s.replica)
	return storeErr("heartbeat", err)
}

// BindChain ties the database to the chain it records (as
// store.DB.BindChain): the first call records it, later calls must name
// the same chain, else errs.StoreError.
func (s *DB) BindChain(ctx context.Context, identity string) error {
	ctx, cancel := s.timeout(ctx)
	defer cancel()
	if _, err := s.pool.Exec(ctx, `INSERT INTO meta (key, value) VALUES ('chain', $1) ON CONFLICT DO NOTHING`, identity); err != nil {
		return storeErr("bind chain", err)
	}
	var have string
	if err := s.pool.QueryRow(ctx, `SELECT value FROM meta WHERE key = 'chain'`).Scan(&have); err != nil {
		return storeErr("bind chain", err)
	}
	if have != identity {
		return errs.New(errs.StoreError, "this database belongs to chain %s, not %s (a reset dev chain?): use another database, or empty this one if its vouchers are worthless", have, identity)
	}
	return nil
}
