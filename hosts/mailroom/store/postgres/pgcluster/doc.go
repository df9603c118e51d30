// Package pgcluster starts throwaway PostgreSQL clusters (for tests and
// `mailroom bench --store postgres`): initdb and pg_ctl from PATH or
// /usr/lib/postgresql/*/bin, a temporary data directory, a free loopback
// port, trust authentication, fsync and synchronous_commit on. As root,
// the cluster runs as the postgres user, since initdb refuses root. Pause
// and Resume stop and restart the server on the same port and data, as an
// outage.
package pgcluster
