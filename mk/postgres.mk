# Replicas on PostgreSQL (issue 13): the store contract on both backends,
# 100 copies of one request at 3 replicas, the CLI's two-replica run, the
# faults (a replica SIGKILLed under load, the database stopped under load),
# the settler's election and takeover. Each test starts its own throwaway
# cluster (initdb + pg_ctl on a loopback port; as the postgres user when
# root); without PostgreSQL they skip, and fail when CI=true.
#   make test-postgres    those tests alone (make test runs them already:
#                         test-mailroom has ./hosts/mailroom/..., test-cli cmd/mailroom)
#   make bench-replicas   paid req/s and p99: bbolt, PostgreSQL with 1, 2, 3 replicas

.PHONY: test-postgres bench-replicas

test-postgres:
	$(GO) test -count=1 ./hosts/mailroom/store/... ./hosts/mailroom/server/... ./hosts/mailroom/
	$(GO) test -count=1 -run 'Replicas' ./cmd/mailroom/

# One run, four measurements, each with the machine's load next to it:
# bbolt, then PostgreSQL with 1, 2 and 3 replicas (a throwaway cluster each).
BENCH_REPLICAS_FLAGS ?= --duration 10s --senders 64 --requests 600

bench-replicas:
	$(GO) build -o $${TMPDIR:-/tmp}/mailroom-bench ./cmd/mailroom
	@uptime
	@for s in "bolt 1" "postgres 1" "postgres 2" "postgres 3"; do \
	  set -- $$s; \
	  $${TMPDIR:-/tmp}/mailroom-bench bench --store $$1 --replicas $$2 $(BENCH_REPLICAS_FLAGS) 2>&1 | grep -v '^bench: ' || exit 1; \
	done
