package postgres

import (
	"context"
	"encoding/hex"

	"github.com/jackc/pgx/v5"
)

// settleChannel is the LISTEN/NOTIFY channel on which replicas forward to
// the settler the channels due for a claim.
const settleChannel = "mailroom_settle"

// NotifySettle tells the settler, whichever replica it is, that a channel
// is due for a claim (NOTIFY; lost if no settler listens, when the
// settler's periodic scan still finds it).
func (s *DB) NotifySettle(ctx context.Context, id [32]byte) error {
	ctx, cancel := s.timeout(ctx)
	defer cancel()
	_, err := s.pool.Exec(ctx, `SELECT pg_notify($1, $2)`, settleChannel, hex.EncodeToString(id[:]))
	return storeErr("notify settler", err)
}

// ListenSettle calls fn with every channel the replicas forward
// (NotifySettle) until ctx ends or the connection fails; the settler runs
// it while it leads.
func (s *DB) ListenSettle(ctx context.Context, fn func(id [32]byte)) error {
	conn, err := pgx.ConnectConfig(ctx, s.cfg.ConnConfig)
	if err != nil {
		return storeErr("listen", err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, "LISTEN "+settleChannel); err != nil {
		return storeErr("listen", err)
	}
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return storeErr("listen", err)
		}
		if b, err := hex.DecodeString(n.Payload); err == nil && len(b) == 32 {
			fn([32]byte(b))
		}
	}
}
