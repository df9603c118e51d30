// Package storetest is the store contract: one suite of tests that every
// store (bbolt in hosts/mailroom/store, PostgreSQL in
// hosts/mailroom/store/postgres) must pass, so that the guarantees
// documented on store.Recipient, store.Sender and Apply hold whichever the
// mailroom runs on.
package storetest
