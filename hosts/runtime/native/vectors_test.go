package native_test

import (
	"testing"

	"github.com/agentmailroom/mailroom/hosts/runtime/native"
	"github.com/agentmailroom/mailroom/testvectors/conformance"
	"github.com/agentmailroom/mailroom/testvectors/runner"
)

// TestVectors runs every project vector through the runtime. make
// test-native runs it on both backends (cgo libsecp256k1 and purego), so
// both give the vectors' answers and refuse with the vectors' kinds.
func TestVectors(t *testing.T) {
	rep, err := runner.Run(native.New(), "../../../testvectors")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Failures {
		t.Error(f)
	}
	if rep.Passed == 0 || rep.Failed != 0 {
		t.Fatalf("backend %s: %d passed, %d failed", native.Backend(), rep.Passed, rep.Failed)
	}
	t.Logf("backend %s: %d vectors passed", native.Backend(), rep.Passed)
}

// TestConformanceSample runs the sample conformance cases on this backend.
func TestConformanceSample(t *testing.T) {
	res, err := conformance.Run(native.New(), "../../../testvectors/conformance/cases")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Failures {
		t.Errorf("%s: %s", f.File, f.Reason)
	}
	if res.Failed != 0 || res.Passed == 0 {
		t.Fatalf("backend %s: %s", native.Backend(), res.Summary())
	}
}
