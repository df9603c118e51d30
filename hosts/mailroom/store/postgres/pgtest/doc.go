// Package pgtest gives tests a PostgreSQL database: Need creates a fresh
// database on the package's shared throwaway cluster (pgcluster), or skips
// the test when PostgreSQL is not installed, and fails it when CI=true
// (.ci/run installs PostgreSQL). Main, from TestMain, stops the cluster.
package pgtest
