package main

import (
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres/pgcluster"
)

// benchStore resolves bench's --store: "" for bolt (a temporary
// directory), the URL of a database on a throwaway PostgreSQL cluster for
// "postgres" (stopped and removed by stop), or the URL given.
func benchStore(kind string, say func(string, ...any)) (url string, stop func(), err error) {
	switch {
	case kind == "bolt", kind == "":
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

// postgresCPU is the CPU time (user + system) so far of every running
// process named postgres (the database's backends on this machine),
// from /proc; ok is false where /proc cannot tell.
func postgresCPU() (d time.Duration, ok bool) {
	ents, err := os.ReadDir("/proc")
	if err != nil {
		return 0, false
	}
	const tick = 100 // USER_HZ on Linux
	var ticks int64
	for _, e := range ents {
		if e.Name()[0] < '0' || e.Name()[0] > '9' {
			continue
		}
		b, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		s := string(b)
		open, close := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
		if open < 0 || close < open || s[open+1:close] != "postgres" {
			continue
		}
		f := strings.Fields(s[close+1:])
		if len(f) < 13 {
			continue
		}
		u, _ := strconv.ParseInt(f[11], 10, 64)
		st, _ := strconv.ParseInt(f[12], 10, 64)
		ticks += u + st
	}
	return time.Duration(ticks) * time.Second / tick, true
}
