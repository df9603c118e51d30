package main

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// e2eNode is the binary built afresh and a `mailroom node` it runs, for
// the end-to-end tests that drive the CLI as a user does: run and must
// call the binary with the node's --rpc and --deployments, in dir.
type e2eNode struct {
	dir, bin, rpcURL, deployments string
	chainArgs                     []string
	out                           syncBuffer // the node's output (its dev accounts)
}

// startE2ENode builds the binary into a temporary directory and starts a
// node with accounts dev accounts; both go away with the test.
func startE2ENode(t *testing.T, accounts int) *e2eNode {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	n := &e2eNode{dir: t.TempDir()}
	n.bin = filepath.Join(n.dir, "mailroom")
	if out, err := exec.Command("go", "build", "-o", n.bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	port := freePort(t)
	n.rpcURL = "http://127.0.0.1:" + strconv.Itoa(port)
	n.deployments = filepath.Join(n.dir, "deployments.json")
	node := exec.Command(n.bin, "node", "--port", strconv.Itoa(port), "--deployments", n.deployments, "--accounts", strconv.Itoa(accounts))
	node.Stdout, node.Stderr = &n.out, &n.out
	if err := node.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Process.Kill(); node.Wait() })
	for start := time.Now(); !strings.Contains(n.out.String(), "listening on "+n.rpcURL); time.Sleep(20 * time.Millisecond) {
		if time.Since(start) > 20*time.Second {
			t.Fatalf("node did not start:\n%s", n.out.String())
		}
	}
	n.chainArgs = []string{"--rpc", n.rpcURL, "--deployments", n.deployments}
	return n
}

// run runs the binary with args and the node's chain flags.
func (n *e2eNode) run(args ...string) (stdout, stderr string, err error) {
	cmd := exec.Command(n.bin, append(args, n.chainArgs...)...)
	cmd.Dir = n.dir
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err = cmd.Run()
	return o.String(), e.String(), err
}

// must is run that fails the test on an error.
func (n *e2eNode) must(t *testing.T, args ...string) (stdout, stderr string) {
	t.Helper()
	out, errOut, err := n.run(args...)
	if err != nil {
		t.Fatalf("mailroom %s: %v\n%s%s", strings.Join(args, " "), err, out, errOut)
	}
	return out, errOut
}

// did is dev account i's DID as the node printed it.
func (n *e2eNode) did(t *testing.T, i int) string {
	return "did:agent:eth:" + devAddr(t, n.out.String(), i)
}
