package main

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestExample runs the example as `go run` would (make test-examples).
func TestExample(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var out strings.Builder
	if err := run(ctx, &out); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	t.Log("\n" + out.String())
	for _, want := range []string{"Alice paid 1000000000000000 wei", "HTTP 200", "receipt signed by Bob, verified", "Bob claimed 1000000000000000 wei on chain"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
