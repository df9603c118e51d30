package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// testCmdBench runs a small `mailroom bench --json` with each client: every
// request must come back paid (HTTP 200 with a receipt), the sampled
// receipts must verify, and the store must have carried every write.
func testCmdBench(t *testing.T, mr *mrCLI) {
	for _, client := range []string{"raw", "nethttp"} {
		res := mr.run(t, "", "bench", "--senders", "3", "--requests", "11", "--verify-every", "5", "--client", client, "--json")
		out := res.stdout
		if res.code != 0 {
			t.Fatalf("%s: exit %d\n%s", client, res.code, res.stderr)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		var r benchResult
		if err := json.Unmarshal([]byte(lines[len(lines)-1]), &r); err != nil {
			t.Fatalf("%s: last line is not the result object: %v\n%s", client, err, out)
		}
		// Request 0 of each sender warms the caches outside the clock.
		if r.Paid != 3*10 || r.Failed != 0 || r.Requests != r.Paid || !r.Durable {
			t.Fatalf("%s: paid %d, failed %d of %d requests (durable %v), want 30 paid", client, r.Paid, r.Failed, r.Requests, r.Durable)
		}
		// Each paid request is one durable write before the task (nonce and
		// voucher) and one after (its answer, kept for retries), the latter
		// possibly landing after the clock stopped.
		if r.ReceiptsVerified != 3*2 || r.StoreWrites < 30 || r.StoreWrites > 2*33 || r.StoreCommits == 0 || r.StoreCommits > r.StoreWrites {
			t.Fatalf("%s: %d receipts verified, %d commits for %d writes", client, r.ReceiptsVerified, r.StoreCommits, r.StoreWrites)
		}
		if r.PaidPerSecond <= 0 || r.CryptoBoundRPS <= 0 || r.P99Ms < r.P50Ms || r.CPUMicrosPerPaid <= 0 {
			t.Fatalf("%s: implausible figures %+v", client, r)
		}
	}
	if res := mr.run(t, "", "bench", "--client", "curl"); res.code != 1 || !strings.Contains(res.stderr, "invalid_input") {
		t.Fatalf("--client curl: exit %d, stderr %q", res.code, res.stderr)
	}
}
