// Package pgtest starts throwaway PostgreSQL clusters for tests: initdb and
// pg_ctl from PATH or /usr/lib/postgresql/*/bin, a temporary data
// directory, a free loopback port, trust authentication, fsync and
// synchronous_commit on. As root (CI), the cluster runs as the postgres
// user, since initdb refuses root. Need gives a test its own database on
// the package's shared cluster, or skips the test when PostgreSQL is not
// installed (fails it when CI=true: .ci/run installs PostgreSQL).
package pgtest
