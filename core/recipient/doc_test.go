package recipient

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
)

// The status table of docs/PROTOCOL.md §11 is what StatusFor answers.
func TestProtocolDocStatuses(t *testing.T) {
	b, err := os.ReadFile("../../docs/PROTOCOL.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	start, end := strings.Index(s, "<!-- statuses:"), strings.Index(s, "<!-- end statuses -->")
	if start < 0 || end < start {
		t.Fatal("no status table between the markers")
	}
	known := map[errs.Kind]bool{}
	for _, k := range errs.All {
		known[k] = true
	}
	row := regexp.MustCompile("^\\| `([a-z_]+)` \\| ([0-9]{3})")
	n := 0
	for _, line := range strings.Split(s[start:end], "\n") {
		m := row.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		n++
		k := errs.Kind(m[1])
		if !known[k] {
			t.Errorf("%s is not an error kind", k)
		}
		if want, _ := strconv.Atoi(m[2]); StatusFor(k) != want {
			t.Errorf("PROTOCOL.md says %s is %d; StatusFor says %d", k, want, StatusFor(k))
		}
	}
	if n < 20 {
		t.Fatalf("only %d rows read", n)
	}
}
