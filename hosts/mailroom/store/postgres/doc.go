// Package postgres is the mailroom store several replicas share: the
// store.Recipient, store.Shared and store.Sender interfaces over PostgreSQL
// (jackc/pgx v5, a pgxpool connection pool).
//
// # Exactly once across replicas
//
// Every accepted request is one call of the mailroom_apply function in the
// database: it inserts (sender, nonce) into requests, whose primary key
// makes it unique, and replaces the channel's record only if it still
// equals the record the replica decided from (a conditional UPDATE, which
// waits for the row lock of a concurrent writer and then re-reads the row),
// in one transaction. When either condition fails it writes nothing and
// answers which (store.ErrNonceUsed, store.ErrChannelChanged); the server
// reads the channel again and lets core/recipient decide again. Answers
// kept for idempotent retries are columns of the same requests row, so a
// retry reaching another replica is answered from there; a request still
// being served is marked by its owner (the replica's id, with a heartbeat
// in replicas) and its start, so a retry elsewhere gets
// request_in_progress while the owner lives and for Options.RunLease at
// most, and one replica (ClaimRerun) serves it again after that (the owner
// died, or an outage hid the commit's outcome from it).
//
// # Group commit
//
// Writes are queued; a few committers each send what is queued (up to
// store.MaxBatch writes, sorted by channel so that concurrent batches lock
// rows in one order) as one pipelined batch: one round trip and one
// transaction, committed with synchronous_commit on (forced on every
// connection), so no write returns before the database has flushed it. A
// batch that fails is retried one write at a time, so one bad write cannot
// fail the others.
//
// # One settler, one pruner
//
// Lead runs a function while this replica holds a session advisory lock
// on a connection of its own: replicas elect the settler with it. The
// holder pings its connection every Options.LeaseCheck and stops at once
// when the ping fails; the others try the lock every Options.LeaseCheck,
// and the server frees a dead holder's lock when its connection drops (at
// once for a killed process, within the TCP keepalive bound set on the
// connection for a vanished host). Prune takes a transaction advisory
// lock, so one replica prunes at a time. NotifySettle and ListenSettle
// (LISTEN/NOTIFY) carry a replica's due channel to the settler.
//
// # Faults
//
// Every call runs under Options.Timeout; the pool connects within
// Options.ConnectTimeout. Connection failures, timeouts and a database
// shutting down are errs.StoreUnavailable (HTTP 503): the mailroom refuses
// the request before its task runs, and serves again as soon as the pool
// reconnects. Other database errors are errs.StoreError.
//
// # Schema
//
// Open applies the migrations (migrate.go) it finds missing, in order,
// under an advisory lock, recording each in mailroom_schema; a database
// from a newer version is refused.
package postgres
