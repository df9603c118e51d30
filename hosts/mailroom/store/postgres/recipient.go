package postgres

import (
	"context"
	"errors"
	"math/big"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// PruneLock is the transaction advisory lock Prune takes: one replica
// prunes at a time.
const PruneLock = migrateLock + 1

// row is a channel record as the database keeps it.
type row struct {
	sender, sig, settleSig []byte
	accepted, claimed      string
	settle                 *string
	closed                 bool
}

func toRow(c *store.ChannelState) row {
	r := row{sender: c.Sender[:], sig: c.Signature[:], settleSig: c.SettleSig[:], accepted: amount(c.Accepted), claimed: amount(c.Claimed), closed: c.Closed}
	if c.Settle != nil {
		s := c.Settle.String()
		r.settle = &s
	}
	return r
}

func amount(x *big.Int) string {
	if x == nil {
		return "0"
	}
	return x.String()
}

func (r row) channel(id [32]byte) (store.ChannelState, error) {
	c := store.ChannelState{ID: id, Closed: r.closed}
	if len(r.sender) != 20 || len(r.sig) != 65 || len(r.settleSig) != 65 {
		return c, errs.New(errs.StoreError, "channel 0x%x: malformed record", id)
	}
	copy(c.Sender[:], r.sender)
	copy(c.Signature[:], r.sig)
	copy(c.SettleSig[:], r.settleSig)
	var ok1, ok2 bool
	c.Accepted, ok1 = new(big.Int).SetString(r.accepted, 10)
	c.Claimed, ok2 = new(big.Int).SetString(r.claimed, 10)
	if !ok1 || !ok2 {
		return c, errs.New(errs.StoreError, "channel 0x%x: bad amount", id)
	}
	if r.settle != nil {
		if c.Settle, ok1 = new(big.Int).SetString(*r.settle, 10); !ok1 {
			return c, errs.New(errs.StoreError, "channel 0x%x: bad settle amount", id)
		}
	}
	return c, nil
}

const channelCols = `id, sender, accepted, signature, settle, settle_sig, claimed, closed`

func requestArgs(s *DB, n *store.NonceRecord) ([]any, error) {
	if n == nil {
		return []any{nil, nil, nil, nil, nil, nil}, nil
	}
	var answer []byte
	if n.Response != nil {
		var err error
		if answer, err = store.AppendAnswer(nil, n.Response); err != nil {
			return nil, err
		}
	}
	return []any{n.Sender[:], int64(n.Nonce), int64(n.Expiry), n.Fingerprint[:], s.replica, answer}, nil
}

// Apply implements store.Recipient: one call of mailroom_apply.
func (s *DB) Apply(ctx context.Context, n *store.NonceRecord, from, to *store.ChannelState) error {
	args, err := requestArgs(s, n)
	if err != nil {
		return err
	}
	id := to.ID
	args = append(args, id[:], from != nil)
	if from == nil {
		args = append(args, nil, nil, nil, nil, nil, nil, nil)
	} else {
		f := toRow(from)
		args = append(args, f.sender, f.accepted, f.sig, f.settle, f.settleSig, f.claimed, f.closed)
	}
	t := toRow(to)
	args = append(args, t.sender, t.accepted, t.sig, t.settle, t.settleSig, t.claimed, t.closed)
	return s.update(ctx, id[:], func(b *pgx.Batch, o *op) {
		b.Queue(`SELECT mailroom_apply($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)`, args...).
			QueryRow(func(r pgx.Row) error {
				var res int
				if err := r.Scan(&res); err != nil {
					return err
				}
				switch res {
				case 1:
					o.refused = store.ErrNonceUsed
				case 2:
					o.refused = store.ErrChannelChanged
				}
				return nil
			})
	})
}

// Commit implements store.Recipient: n and ch are written whatever was
// stored before.
func (s *DB) Commit(ctx context.Context, n *store.NonceRecord, ch *store.ChannelState) error {
	rargs, err := requestArgs(s, n)
	if err != nil {
		return err
	}
	var key []byte
	if ch != nil {
		key = ch.ID[:]
	}
	return s.update(ctx, key, func(b *pgx.Batch, _ *op) {
		if n != nil {
			b.Queue(`INSERT INTO requests (sender, nonce, expiry, fingerprint, owner, answer) VALUES ($1, $2, $3, $4, $5, $6)
				ON CONFLICT (sender, nonce) DO UPDATE SET expiry = $3, fingerprint = $4, owner = $5, answer = $6`, rargs...)
		}
		if ch != nil {
			c := toRow(ch)
			b.Queue(`INSERT INTO channels (`+channelCols+`) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
				ON CONFLICT (id) DO UPDATE SET sender = $2, accepted = $3, signature = $4, settle = $5, settle_sig = $6, claimed = $7, closed = $8`,
				ch.ID[:], c.sender, c.accepted, c.sig, c.settle, c.settleSig, c.claimed, c.closed)
		}
		if n == nil && ch == nil {
			b.Queue(`SELECT 1`) // a barrier: returns once everything queued before is committed
		}
	})
}

// PutResponse implements store.Recipient.
func (s *DB) PutResponse(ctx context.Context, n *store.NonceRecord) error {
	answer, err := store.AppendAnswer(nil, n.Response)
	if err != nil {
		return err
	}
	return s.update(ctx, append(append([]byte{0xff}, n.Sender[:]...), byte(n.Nonce)), func(b *pgx.Batch, _ *op) {
		b.Queue(`UPDATE requests SET answer = $3 WHERE sender = $1 AND nonce = $2`, n.Sender[:], int64(n.Nonce), answer)
	})
}

// Channel implements store.Recipient.
func (s *DB) Channel(id [32]byte) (store.ChannelState, bool, error) {
	ctx, cancel := s.timeout(context.Background())
	defer cancel()
	var r row
	var rid []byte
	err := s.pool.QueryRow(ctx, `SELECT `+channelCols+` FROM channels WHERE id = $1`, id[:]).
		Scan(&rid, &r.sender, &r.accepted, &r.sig, &r.settle, &r.settleSig, &r.claimed, &r.closed)
	if errors.Is(err, pgx.ErrNoRows) {
		return store.ChannelState{}, false, nil
	}
	if err != nil {
		return store.ChannelState{}, false, storeErr("read channel", err)
	}
	c, err := r.channel(id)
	return c, err == nil, err
}

// Channels implements store.Recipient.
func (s *DB) Channels() ([]store.ChannelState, error) {
	ctx, cancel := s.timeout(context.Background())
	defer cancel()
	rows, err := s.pool.Query(ctx, `SELECT `+channelCols+` FROM channels`)
	if err != nil {
		return nil, storeErr("read channels", err)
	}
	defer rows.Close()
	var out []store.ChannelState
	for rows.Next() {
		var r row
		var rid []byte
		if err := rows.Scan(&rid, &r.sender, &r.accepted, &r.sig, &r.settle, &r.settleSig, &r.claimed, &r.closed); err != nil {
			return nil, storeErr("read channels", err)
		}
		if len(rid) != 32 {
			return nil, errs.New(errs.StoreError, "channel id of %d bytes", len(rid))
		}
		c, err := r.channel([32]byte(rid))
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, storeErr("read channels", rows.Err())
}

// Nonces implements store.Recipient.
func (s *DB) Nonces(now uint64) ([]store.NonceRecord, error) {
	ctx, cancel := s.timeout(context.Background())
	defer cancel()
	rows, err := s.pool.Query(ctx, `SELECT sender, nonce, expiry FROM requests WHERE expiry > $1`, int64(now))
	if err != nil {
		return nil, storeErr("read nonces", err)
	}
	defer rows.Close()
	var out []store.NonceRecord
	for rows.Next() {
		var sender []byte
		var nonce, expiry int64
		if err := rows.Scan(&sender, &nonce, &expiry); err != nil {
			return nil, storeErr("read nonces", err)
		}
		if len(sender) != 20 {
			return nil, errs.New(errs.StoreError, "nonce record: sender of %d bytes", len(sender))
		}
		out = append(out, store.NonceRecord{Sender: ethsig.Address(sender), Nonce: uint64(nonce), Expiry: uint64(expiry)})
	}
	return out, storeErr("read nonces", rows.Err())
}

// running is the SQL condition "request q is being served: its owner beat
// within DeadAfter ($3) and it started within RunLease ($4)".
const running = `(q.started_at > now() - make_interval(secs => $4) AND
	EXISTS (SELECT 1 FROM replicas r WHERE r.id = q.owner AND r.seen_at > now() - make_interval(secs => $3)))`

// Request implements store.Recipient. Running is set when the request is
// unanswered and another live replica owns it, since less than RunLease.
func (s *DB) Request(sender ethsig.Address, nonce uint64) (*store.NonceRecord, bool, error) {
	ctx, cancel := s.timeout(context.Background())
	defer cancel()
	var expiry int64
	var fp, answer []byte
	var owner string
	var live bool
	err := s.pool.QueryRow(ctx, `SELECT expiry, fingerprint, answer, owner, `+running+` FROM requests q WHERE sender = $1 AND nonce = $2`,
		sender[:], int64(nonce), s.opt.DeadAfter.Seconds(), s.opt.RunLease.Seconds()).Scan(&expiry, &fp, &answer, &owner, &live)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, storeErr("read request", err)
	}
	if len(fp) != 32 {
		return nil, false, errs.New(errs.StoreError, "request record: fingerprint of %d bytes", len(fp))
	}
	n := &store.NonceRecord{Sender: sender, Nonce: nonce, Expiry: uint64(expiry), Fingerprint: [32]byte(fp)}
	if n.Response, err = store.DecodeAnswer(answer); err != nil {
		return nil, false, err
	}
	n.Running = n.Response == nil && owner != s.replica && live
	return n, true, nil
}

// ClaimRerun implements store.Shared.
func (s *DB) ClaimRerun(ctx context.Context, sender ethsig.Address, nonce uint64) (bool, error) {
	ctx, cancel := s.timeout(ctx)
	defer cancel()
	ct, err := s.pool.Exec(ctx, `UPDATE requests q SET owner = $5, started_at = now() WHERE sender = $1 AND nonce = $2 AND answer IS NULL
		AND (owner = $5 OR NOT `+running+`)`,
		sender[:], int64(nonce), s.opt.DeadAfter.Seconds(), s.opt.RunLease.Seconds(), s.replica)
	if err != nil {
		return false, storeErr("claim request", err)
	}
	return ct.RowsAffected() == 1, nil
}

// Prune implements store.Recipient, and forgets replicas silent for a day.
// Only one replica prunes at a time: the others find the lock taken and
// prune nothing.
func (s *DB) Prune(ctx context.Context, now uint64) (int, error) {
	ctx, cancel := s.timeout(ctx)
	defer cancel()
	var n int
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var got bool
		if err := tx.QueryRow(ctx, `SELECT pg_try_advisory_xact_lock($1)`, int64(PruneLock)).Scan(&got); err != nil || !got {
			return err
		}
		var ct pgconn.CommandTag
		ct, err := tx.Exec(ctx, `DELETE FROM requests WHERE expiry <= $1`, int64(now))
		if err != nil {
			return err
		}
		n = int(ct.RowsAffected())
		// Replicas killed long ago (a live one beats every second).
		_, err = tx.Exec(ctx, `DELETE FROM replicas WHERE seen_at < now() - interval '1 day'`)
		return err
	})
	return n, storeErr("prune", err)
}

var (
	_ store.Recipient = (*DB)(nil)
	_ store.Shared    = (*DB)(nil)
	_ store.Sender    = (*DB)(nil)
)
