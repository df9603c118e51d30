package postgres

import (
	"context"
	"errors"
	"math/big"

	"github.com/jackc/pgx/v5"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// Outgoing implements store.Sender.
func (s *DB) Outgoing(recipient, asset ethsig.Address) (*store.Outgoing, bool, error) {
	ctx, cancel := s.timeout(context.Background())
	defer cancel()
	var cid, sig []byte
	var deposit, cum string
	var signed *string
	var delay int64
	o := &store.Outgoing{Recipient: recipient}
	err := s.pool.QueryRow(ctx, `SELECT channel_id, deposit, cumulative, signature, signed, withdraw_delay, uncertain, closed FROM outgoing WHERE recipient = $1 AND asset = $2`,
		recipient[:], asset[:]).Scan(&cid, &deposit, &cum, &sig, &signed, &delay, &o.Uncertain, &o.Closed)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, storeErr("read outgoing", err)
	}
	if len(cid) != 32 || len(sig) != 65 {
		return nil, false, errs.New(errs.StoreError, "outgoing record: malformed")
	}
	o.ChannelID, o.Signature, o.WithdrawDelay = [32]byte(cid), ethsig.Signature(sig), uint64(delay)
	var ok1, ok2 bool
	o.Deposit, ok1 = new(big.Int).SetString(deposit, 10)
	o.Cumulative, ok2 = new(big.Int).SetString(cum, 10)
	if !ok1 || !ok2 {
		return nil, false, errs.New(errs.StoreError, "outgoing record: bad amount")
	}
	if signed != nil {
		if o.Signed, ok1 = new(big.Int).SetString(*signed, 10); !ok1 {
			return nil, false, errs.New(errs.StoreError, "outgoing record: bad signed amount")
		}
	}
	return o, true, nil
}

// PutOutgoing implements store.Sender.
func (s *DB) PutOutgoing(ctx context.Context, asset ethsig.Address, o *store.Outgoing) error {
	var signed *string
	if o.Signed != nil {
		v := o.Signed.String()
		signed = &v
	}
	r := o.Recipient
	args := []any{r[:], o.ChannelID[:], amount(o.Deposit), amount(o.Cumulative), o.Signature[:], signed, int64(o.WithdrawDelay), o.Uncertain, o.Closed, asset[:]}
	return s.update(ctx, append(append([]byte{0xfe}, r[:]...), asset[:]...), func(b *pgx.Batch, _ *op) {
		b.Queue(`INSERT INTO outgoing (recipient, channel_id, deposit, cumulative, signature, signed, withdraw_delay, uncertain, closed, asset)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (recipient, asset) DO UPDATE SET channel_id = $2, deposit = $3, cumulative = $4,
			signature = $5, signed = $6, withdraw_delay = $7, uncertain = $8, closed = $9`, args...)
	})
}

// NextNonce implements store.Sender.
func (s *DB) NextNonce(ctx context.Context, recipient ethsig.Address) (uint64, error) {
	var n int64
	err := s.update(ctx, append([]byte{0xfd}, recipient[:]...), func(b *pgx.Batch, _ *op) {
		b.Queue(`INSERT INTO nonce_counters (recipient, next) VALUES ($1, 1) ON CONFLICT (recipient) DO UPDATE SET next = nonce_counters.next + 1 RETURNING next - 1`,
			recipient[:]).QueryRow(func(r pgx.Row) error { return r.Scan(&n) })
	})
	return uint64(n), err
}

// Spend implements store.Sender.
func (s *DB) Spend(ctx context.Context, day string, amt, limit *big.Int) error {
	var lim *string
	if limit != nil {
		v := limit.String()
		lim = &v
	}
	return s.update(ctx, append([]byte{0xfc}, day...), func(b *pgx.Batch, o *op) {
		b.Queue(`INSERT INTO spend (day, total) SELECT $1, $2::numeric WHERE $3::numeric IS NULL OR $2::numeric <= $3::numeric
			ON CONFLICT (day) DO UPDATE SET total = spend.total + $2::numeric WHERE $3::numeric IS NULL OR spend.total + $2::numeric <= $3::numeric
			RETURNING total`, day, amt.String(), lim).Query(func(rows pgx.Rows) error {
			n := 0
			for rows.Next() {
				n++
			}
			if rows.Err() == nil && n == 0 {
				o.refused = errs.New(errs.BudgetExceeded, "daily budget %s for %s (base units: wei for ETH): %s more requested would exceed it", limit, day, amt)
			}
			return rows.Err()
		})
	})
}

// Refund implements store.Sender.
func (s *DB) Refund(ctx context.Context, day string, amt *big.Int) error {
	return s.update(ctx, append([]byte{0xfc}, day...), func(b *pgx.Batch, _ *op) {
		b.Queue(`UPDATE spend SET total = greatest(total - $2::numeric, 0) WHERE day = $1`, day, amt.String())
	})
}

// Spent implements store.Sender.
func (s *DB) Spent(day string) (*big.Int, error) {
	ctx, cancel := s.timeout(context.Background())
	defer cancel()
	var total string
	err := s.pool.QueryRow(ctx, `SELECT total::text FROM spend WHERE day = $1`, day).Scan(&total)
	if errors.Is(err, pgx.ErrNoRows) {
		return new(big.Int), nil
	}
	if err != nil {
		return nil, storeErr("read spend", err)
	}
	v, ok := new(big.Int).SetString(total, 10)
	if !ok {
		return nil, errs.New(errs.StoreError, "spend %q: bad total", total)
	}
	return v, nil
}
