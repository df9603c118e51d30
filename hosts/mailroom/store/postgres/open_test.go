package postgres_test

import (
	"context"
	"math/big"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres/pgtest"
)

// Bad URLs and unreachable databases are refused with stable codes, fast,
// and never show a password.
func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := postgres.Open(ctx, "postgres://u:s3cret@[::1:bad/db", postgres.Options{}); errs.KindOf(err) != errs.InvalidInput || strings.Contains(err.Error(), "s3cret") {
		t.Fatalf("malformed URL: %v", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	t0 := time.Now()
	_, err = postgres.Open(ctx, "postgres://u:s3cret@"+addr+"/db?sslmode=disable", postgres.Options{ConnectTimeout: time.Second, Timeout: time.Second})
	if errs.KindOf(err) != errs.StoreUnavailable || strings.Contains(err.Error(), "s3cret") || time.Since(t0) > 5*time.Second {
		t.Fatalf("unreachable database: %v after %v", err, time.Since(t0))
	}
	if postgres.IsURL("/var/lib/mailroom") || !postgres.IsURL("postgresql://h/db") {
		t.Fatal("IsURL")
	}
}

// A database migrated by a newer mailroom is refused; migrating twice
// (replicas starting together, restarts) is harmless.
func TestMigrations(t *testing.T) {
	url := pgtest.Need(t)
	ctx := context.Background()
	for i := 0; i < 2; i++ {
		db, err := postgres.Open(ctx, url, postgres.Options{})
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		db.Close()
	}
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var versions, latest int
	if err := conn.QueryRow(ctx, `SELECT count(*), max(version) FROM mailroom_schema`).Scan(&versions, &latest); err != nil || versions != latest || latest < 2 {
		t.Fatalf("%d schema versions recorded up to %d (%v): want each once, from 1", versions, latest, err)
	}
	if _, err := conn.Exec(ctx, `INSERT INTO mailroom_schema (version) VALUES (99)`); err != nil {
		t.Fatal(err)
	}
	if _, err := postgres.Open(ctx, url, postgres.Options{}); errs.KindOf(err) != errs.StoreError || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("a newer schema: %v", err)
	}
}

// TestOutgoingMigratesToPerAsset: a sender's record written before
// channel records were per asset (schema 2: keyed by recipient) is, after
// migration 3, the recipient's ETH record, and a token record can then sit
// beside it.
func TestOutgoingMigratesToPerAsset(t *testing.T) {
	url := pgtest.Need(t)
	ctx := context.Background()
	db, err := postgres.Open(ctx, url, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	r := ethsig.Address{7}
	// Back to schema 2's table, with one record in it.
	for _, q := range []string{
		`DELETE FROM outgoing`,
		`ALTER TABLE outgoing DROP CONSTRAINT outgoing_pkey`,
		`ALTER TABLE outgoing DROP COLUMN asset`,
		`ALTER TABLE outgoing ADD PRIMARY KEY (recipient)`,
		`DELETE FROM mailroom_schema WHERE version >= 3`,
	} {
		if _, err := conn.Exec(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if _, err := conn.Exec(ctx, `INSERT INTO outgoing (recipient, channel_id, deposit, cumulative, signature, signed, withdraw_delay, uncertain, closed)
		VALUES ($1, $2, '5000', '2000', $3, '2000', 3600, false, false)`, r[:], make([]byte, 32), make([]byte, 65)); err != nil {
		t.Fatal(err)
	}
	db, err = postgres.Open(ctx, url, postgres.Options{})
	if err != nil {
		t.Fatalf("migrate to 3: %v", err)
	}
	defer db.Close()
	o, ok, err := db.Outgoing(r, ethsig.Address{})
	if err != nil || !ok || o.Cumulative.Int64() != 2000 || o.Deposit.Int64() != 5000 {
		t.Fatalf("the old record as ETH's: %+v %v %v", o, ok, err)
	}
	tok := ethsig.Address{0x9f}
	if _, ok, _ := db.Outgoing(r, tok); ok {
		t.Fatal("the old ETH record answered for a token")
	}
	if err := db.PutOutgoing(ctx, tok, &store.Outgoing{Recipient: r, ChannelID: [32]byte{9}, Deposit: big.NewInt(1), Cumulative: new(big.Int)}); err != nil {
		t.Fatal(err)
	}
	if o, ok, err := db.Outgoing(r, ethsig.Address{}); err != nil || !ok || o.Cumulative.Int64() != 2000 {
		t.Fatalf("the ETH record after a token's: %+v %v", o, err)
	}
}
