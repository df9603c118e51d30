package postgres

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres/pgtest"
)

// The store's sessions commit synchronously even on a database whose
// default is not to: an acknowledged request is flushed.
func TestSynchronousCommitForced(t *testing.T) {
	url := pgtest.Need(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	var name string
	if err := conn.QueryRow(ctx, `SELECT current_database()`).Scan(&name); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, `ALTER DATABASE `+pgx.Identifier{name}.Sanitize()+` SET synchronous_commit = off`); err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)
	db, err := Open(ctx, url, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i := 0; i < 3; i++ { // several pool connections
		var v string
		if err := db.pool.QueryRow(ctx, `SHOW synchronous_commit`).Scan(&v); err != nil || v != "on" {
			t.Fatalf("synchronous_commit %q (%v), want on", v, err)
		}
	}
	other, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close(ctx)
	var v string
	if err := other.QueryRow(ctx, `SHOW synchronous_commit`).Scan(&v); err != nil || v != "off" {
		t.Fatalf("the database default is %q (%v): the test did not set it off", v, err)
	}
}
