package wazero

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/agentmailroom/mailroom/testvectors/conformance"
	"github.com/agentmailroom/mailroom/testvectors/runner"
)

var runConformance = conformance.Run

// TestVectors runs every vector file in testvectors/ through this runtime.
func TestVectors(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "testvectors")
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no vector files in %s", dir)
		}
		t.Skipf("SKIP: no vector files in %s yet", dir)
	}
	rep, err := runner.Run(newTestRuntime(t), dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Failures {
		t.Error(f)
	}
	if rep.Passed == 0 {
		t.Fatal("no vector ran")
	}
	t.Logf("wazero: %d passed, %d failed", rep.Passed, rep.Failed)
}
