package postgres

import (
	"context"
	"errors"
	"io"
	"net"
	"strconv"
	"strings"
	"syscall"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/agentmailroom/mailroom/core/errs"
)

// storeErr classifies a database error: the database cannot be reached
// now (errs.StoreUnavailable: connection refused or lost, timeouts, the
// server shutting down or out of connections), else errs.StoreError.
func storeErr(what string, err error) error {
	if err == nil {
		return nil
	}
	if k := errs.KindOf(err); k != errs.Internal {
		return err
	}
	return errs.New(kindOf(err), "%s: %v", what, err)
}

func kindOf(err error) errs.Kind {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case strings.HasPrefix(pe.Code, "08"), strings.HasPrefix(pe.Code, "57P"), strings.HasPrefix(pe.Code, "53"):
			return errs.StoreUnavailable
		}
		return errs.StoreError
	}
	var ne net.Error
	var ce *pgconn.ConnectError
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled), errors.As(err, &ne), errors.As(err, &ce),
		errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET),
		pgconn.SafeToRetry(err), pgconn.Timeout(err):
		return errs.StoreUnavailable
	}
	// Connections and pools closed under a call say so in words only.
	if msg := err.Error(); strings.Contains(msg, "conn closed") || strings.Contains(msg, "closed pool") || strings.Contains(msg, "connection reset") {
		return errs.StoreUnavailable
	}
	return errs.StoreError
}

func itoa(n int) string { return strconv.Itoa(n) }
