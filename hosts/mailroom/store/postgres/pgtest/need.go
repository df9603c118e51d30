package pgtest

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres/pgcluster"
)

var (
	shared    *pgcluster.Cluster
	sharedErr error
	once      sync.Once
	seq       atomic.Int64
)

// Shared is the package's cluster, started on first use (nil and the
// reason when PostgreSQL cannot run here). Main stops it.
func Shared() (*pgcluster.Cluster, error) {
	once.Do(func() { shared, sharedErr = pgcluster.Start() })
	return shared, sharedErr
}

// Need returns the URL of a fresh database on the shared cluster. Without
// PostgreSQL it skips the test, or fails it when CI=true.
func Need(t testing.TB) string {
	t.Helper()
	c := NeedCluster(t)
	name := fmt.Sprintf("t%d_%s", seq.Add(1), strings.ToLower(sanitize(t.Name())))
	url, err := c.CreateDB(name)
	if err != nil {
		t.Fatalf("create database: %v", err)
	}
	return url
}

// NeedCluster is Need for the cluster itself.
func NeedCluster(t testing.TB) *pgcluster.Cluster {
	t.Helper()
	c, err := Shared()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("PostgreSQL is required in CI: %v", err)
		}
		t.Skipf("skipped: PostgreSQL cannot run here: %v", err)
	}
	return c
}

func sanitize(s string) string {
	b := []byte(s)
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			b[i] = '_'
		}
	}
	if len(b) > 40 {
		b = b[:40]
	}
	return string(b)
}

// Main runs a package's tests and stops the shared cluster after them:
// call it from TestMain.
func Main(m *testing.M) {
	code := m.Run()
	if shared != nil {
		shared.Stop()
	}
	os.Exit(code)
}

// NeedOwnCluster starts a cluster for this test alone (one it may stop
// and start, as an outage), stopped when the test ends. Without
// PostgreSQL it skips the test, or fails it when CI=true.
func NeedOwnCluster(t testing.TB) *pgcluster.Cluster {
	t.Helper()
	c, err := pgcluster.Start()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("PostgreSQL is required in CI: %v", err)
		}
		t.Skipf("skipped: PostgreSQL cannot run here: %v", err)
	}
	t.Cleanup(c.Stop)
	return c
}
