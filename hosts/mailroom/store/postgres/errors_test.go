package postgres

import (
	"context"
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/agentmailroom/mailroom/core/errs"
)

// A database that cannot answer now is store_unavailable (503: retry);
// a database that answered with a failure is store_error (500).
func TestErrorKinds(t *testing.T) {
	for _, c := range []struct {
		err  error
		want errs.Kind
	}{
		{&pgconn.PgError{Code: "57P01"}, errs.StoreUnavailable}, // admin shutdown
		{&pgconn.PgError{Code: "08006"}, errs.StoreUnavailable}, // connection failure
		{&pgconn.PgError{Code: "53300"}, errs.StoreUnavailable}, // too many connections
		{&pgconn.PgError{Code: "23505"}, errs.StoreError},       // unique violation
		{&pgconn.PgError{Code: "40P01"}, errs.StoreError},       // deadlock (the batch is retried write by write)
		{fmt.Errorf("read: %w", io.ErrUnexpectedEOF), errs.StoreUnavailable},
		{context.DeadlineExceeded, errs.StoreUnavailable},
		{errors.New("can't scan into dest[0]"), errs.StoreError},
		{errs.New(errs.BudgetExceeded, "x"), errs.BudgetExceeded}, // a kind already given is kept
	} {
		if got := errs.KindOf(storeErr("op", c.err)); got != c.want {
			t.Errorf("%v: %s, want %s", c.err, got, c.want)
		}
	}
	if storeErr("op", nil) != nil {
		t.Error("nil error wrapped")
	}
}
