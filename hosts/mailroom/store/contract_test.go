package store_test

import (
	"testing"

	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store/storetest"
)

// The store contract on bbolt (hosts/mailroom/store/postgres runs it on
// PostgreSQL).
func TestContractBolt(t *testing.T) {
	storetest.Run(t, func(t *testing.T) func() storetest.Store {
		dir := t.TempDir()
		return func() storetest.Store {
			db, err := store.Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			return db
		}
	})
}
