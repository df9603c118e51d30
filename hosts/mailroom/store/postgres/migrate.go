package postgres

import (
	"context"

	"github.com/jackc/pgx/v5"

	"github.com/agentmailroom/mailroom/core/errs"
)

// migrations are the schema's versions, applied in order; each is applied
// once and recorded in mailroom_schema. Never edit one that shipped: append.
var migrations = []string{
	1: `
CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE channels (
	id         bytea PRIMARY KEY,
	sender     bytea NOT NULL,
	accepted   text NOT NULL,
	signature  bytea NOT NULL,
	settle     text,
	settle_sig bytea NOT NULL,
	claimed    text NOT NULL,
	closed     boolean NOT NULL
);
CREATE TABLE requests (
	sender      bytea NOT NULL,
	nonce       bigint NOT NULL,
	expiry      bigint NOT NULL,
	fingerprint bytea NOT NULL,
	owner       text NOT NULL,
	answer      bytea,
	PRIMARY KEY (sender, nonce)
);
CREATE INDEX requests_expiry ON requests (expiry);
CREATE TABLE replicas (id text PRIMARY KEY, seen_at timestamptz NOT NULL);
CREATE TABLE outgoing (
	recipient      bytea PRIMARY KEY,
	channel_id     bytea NOT NULL,
	deposit        text NOT NULL,
	cumulative     text NOT NULL,
	signature      bytea NOT NULL,
	signed         text,
	withdraw_delay bigint NOT NULL,
	uncertain      boolean NOT NULL,
	closed         boolean NOT NULL
);
CREATE TABLE nonce_counters (recipient bytea PRIMARY KEY, next bigint NOT NULL);
CREATE TABLE spend (day text PRIMARY KEY, total numeric NOT NULL);

-- One accepted request: the nonce, and the channel's record replaced only
-- from the record the replica decided on. 0: done; 1: the nonce is used;
-- 2: the channel's record changed. Nothing is written unless 0.
CREATE FUNCTION mailroom_apply(
	r_sender bytea, r_nonce bigint, r_expiry bigint, r_fp bytea, r_owner text, r_answer bytea,
	c_id bytea, c_from boolean,
	f_sender bytea, f_accepted text, f_sig bytea, f_settle text, f_settle_sig bytea, f_claimed text, f_closed boolean,
	t_sender bytea, t_accepted text, t_sig bytea, t_settle text, t_settle_sig bytea, t_claimed text, t_closed boolean
) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
	IF r_sender IS NOT NULL THEN
		INSERT INTO requests (sender, nonce, expiry, fingerprint, owner, answer)
		VALUES (r_sender, r_nonce, r_expiry, r_fp, r_owner, r_answer) ON CONFLICT DO NOTHING;
		IF NOT FOUND THEN
			RETURN 1;
		END IF;
	END IF;
	IF c_from THEN
		UPDATE channels SET sender = t_sender, accepted = t_accepted, signature = t_sig, settle = t_settle,
			settle_sig = t_settle_sig, claimed = t_claimed, closed = t_closed
		WHERE id = c_id AND sender = f_sender AND accepted = f_accepted AND signature = f_sig
			AND settle IS NOT DISTINCT FROM f_settle AND settle_sig = f_settle_sig AND claimed = f_claimed AND closed = f_closed;
	ELSE
		INSERT INTO channels (id, sender, accepted, signature, settle, settle_sig, claimed, closed)
		VALUES (c_id, t_sender, t_accepted, t_sig, t_settle, t_settle_sig, t_claimed, t_closed) ON CONFLICT DO NOTHING;
	END IF;
	IF NOT FOUND THEN
		IF r_sender IS NOT NULL THEN
			DELETE FROM requests WHERE sender = r_sender AND nonce = r_nonce;
		END IF;
		RETURN 2;
	END IF;
	RETURN 0;
END $$;
`,
	// An unanswered request is someone's run only for a while (RunLease):
	// one whose commit an outage hid from its owner is served again by
	// another replica after that, not never.
	2: `
ALTER TABLE requests ADD COLUMN started_at timestamptz NOT NULL DEFAULT now();
`,
	// A sender's channel record is per recipient and asset (ETH: 20 zero
	// bytes, which every record from before is): one to a recipient in ETH
	// and one in a token live side by side.
	3: `
ALTER TABLE outgoing ADD COLUMN asset bytea NOT NULL DEFAULT '\x0000000000000000000000000000000000000000'::bytea;
ALTER TABLE outgoing DROP CONSTRAINT outgoing_pkey;
ALTER TABLE outgoing ADD PRIMARY KEY (recipient, asset);
`,
}

// migrateLock is the advisory lock key under which Open migrates, so that
// replicas starting together apply each migration once.
const migrateLock = 0x6d61696c726f6f6d // "mailroom"

// migrate brings the database's schema to the latest version.
func migrate(ctx context.Context, conn *pgx.Conn) error {
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, int64(migrateLock)); err != nil {
		return storeErr("migrate: lock", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, int64(migrateLock))
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS mailroom_schema (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
		return storeErr("migrate: schema table", err)
	}
	var have int
	if err := conn.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM mailroom_schema`).Scan(&have); err != nil {
		return storeErr("migrate: read version", err)
	}
	latest := len(migrations) - 1
	if have > latest {
		return errs.New(errs.StoreError, "the database's schema is version %d, newer than this mailroom's %d: upgrade the mailroom", have, latest)
	}
	for v := have + 1; v <= latest; v++ {
		tx, err := conn.Begin(ctx)
		if err != nil {
			return storeErr("migrate", err)
		}
		if _, err := tx.Exec(ctx, migrations[v]); err != nil {
			tx.Rollback(ctx)
			return storeErr("migrate to version "+itoa(v), err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO mailroom_schema (version) VALUES ($1)`, v); err != nil {
			tx.Rollback(ctx)
			return storeErr("migrate to version "+itoa(v), err)
		}
		if err := tx.Commit(ctx); err != nil {
			return storeErr("migrate to version "+itoa(v), err)
		}
	}
	return nil
}
