package runner_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/hosts/runtime/native"
	"github.com/agentmailroom/mailroom/testvectors/runner"
)

// TestRunNative runs every checked-in vector through hosts/runtime/native.
func TestRunNative(t *testing.T) {
	rt := native.New()
	defer rt.Close()
	rep, err := runner.Run(rt, "..")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("native: %d passed, %d failed", rep.Passed, rep.Failed)
	for _, f := range rep.Failures {
		t.Error(f)
	}
	if rep.Passed < 2000 {
		t.Fatalf("only %d vectors passed", rep.Passed)
	}
}

func write(t *testing.T, body string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x.json"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

const okVec = `{"id":"a","type":"keccak256","source":"hand","flags":[],"input":{"data":"0x"},"expect":{"hash":"0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"}}`

func file(vecs string) string {
	return `{"format":"mailroom-vectors/1","family":"keccak256","description":"d","sources":["hand"],"vectors":[` + vecs + `]}`
}

// TestRunRefusesMalformedFiles: unknown keys and types are errors, not skips.
func TestRunRefusesMalformedFiles(t *testing.T) {
	rt := native.New()
	defer rt.Close()
	for name, body := range map[string]string{
		"unknown top key":    strings.Replace(file(okVec), `"family"`, `"extra":1,"family"`, 1),
		"unknown vector key": file(strings.Replace(okVec, `"flags"`, `"extra":1,"flags"`, 1)),
		"unknown input key":  file(strings.Replace(okVec, `{"data":"0x"}`, `{"data":"0x","x":1}`, 1)),
		"unknown expect key": file(strings.Replace(okVec, `{"hash"`, `{"error":"x","hash"`, 1)),
		"unknown type":       file(strings.Replace(okVec, `keccak256","source`, `keccak512","source`, 1)),
		"wrong format":       strings.Replace(file(okVec), "mailroom-vectors/1", "mailroom-vectors/2", 1),
		"duplicate id":       file(okVec + "," + okVec),
		"missing flags":      file(strings.Replace(okVec, `"flags":[],`, ``, 1)),
		"trailing data":      file(okVec) + "{}",
	} {
		if _, err := runner.Run(rt, write(t, body)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := runner.Run(rt, t.TempDir()); err == nil {
		t.Error("empty folder accepted")
	}
	rep, err := runner.Run(rt, write(t, file(okVec)))
	if err != nil || rep.Passed != 1 || rep.Failed != 0 {
		t.Fatalf("good file: %+v, %v", rep, err)
	}
}

// TestRunReportsFailures: a wrong expectation is a failure with the id.
func TestRunReportsFailures(t *testing.T) {
	rt := native.New()
	defer rt.Close()
	bad := strings.Replace(okVec, "a470", "a471", 1)
	rep, err := runner.Run(rt, write(t, file(bad)))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Failed != 1 || len(rep.Failures) != 1 || !strings.Contains(rep.Failures[0], "x.json: a: hash") {
		t.Fatalf("report %+v", rep)
	}
}
