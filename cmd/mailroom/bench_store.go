package main

import (
	"os"
	"strings"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres/pgcluster"
)

// benchStore resolves bench's --store: "" for bolt (a temporary
// directory), the URL of a database on a throwaway PostgreSQL cluster for
// "postgres" (stopped and removed by stop), or the URL given.
func benchStore(kind string, say func(string, ...any)) (url string, stop func(), err error) {
	switch {
	case kind == "bolt":
		return "", func() {}, nil
	case postgres.IsURL(kind):
		return kind, func() {}, nil
	case kind != "postgres":
		return "", nil, errs.New(errs.InvalidInput, "--store %q: want bolt, postgres or a postgres:// URL", kind)
	}
	say("bench: starting a throwaway PostgreSQL cluster...")
	c, err := pgcluster.Start()
	if err != nil {
		return "", nil, errs.New(errs.StoreUnavailable, "--store postgres: %v", err)
	}
	if url, err = c.CreateDB("bench"); err != nil {
		c.Stop()
		return "", nil, errs.New(errs.StoreUnavailable, "--store postgres: %v", err)
	}
	return url, c.Stop, nil
}

// loadAvg is the machine's 1, 5 and 15 minute load averages.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}
