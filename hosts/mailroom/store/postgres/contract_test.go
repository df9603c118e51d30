package postgres_test

import (
	"context"
	"testing"

	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres/pgtest"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store/storetest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// The store contract on PostgreSQL: each open is another replica's handle
// on the same database.
func TestContractPostgres(t *testing.T) {
	storetest.Run(t, func(t *testing.T) func() storetest.Store {
		url := pgtest.Need(t)
		return func() storetest.Store {
			db, err := postgres.Open(context.Background(), url, postgres.Options{})
			if err != nil {
				t.Fatal(err)
			}
			return db
		}
	})
}
