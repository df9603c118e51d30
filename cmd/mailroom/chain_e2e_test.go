package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// TestChainCLIEndToEnd builds the binary, runs `mailroom node` in a
// subprocess on a free port, waits for eth_chainId = 0x7a69 (< 5 s), runs
// register → profile → channel open → channel status (and a refused claim)
// as separate processes, then stops the node with SIGINT and checks it
// exits cleanly.
func TestChainCLIEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "mailroom")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	port := freePort(t)
	rpcURL := "http://127.0.0.1:" + strconv.Itoa(port)
	deployments := filepath.Join(dir, "deployments.json")

	node := exec.Command(bin, "node", "--port", strconv.Itoa(port), "--deployments", deployments, "--accounts", "4")
	var nodeOut syncBuffer
	node.Stdout, node.Stderr = &nodeOut, &nodeOut
	start := time.Now()
	if err := node.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- node.Wait() }()
	defer func() {
		if node.ProcessState == nil {
			_ = node.Process.Kill()
		}
	}()

	// eth_chainId within 5 s.
	var chainID string
	for {
		if c, err := rpc.Dial(rpcURL); err == nil {
			err = c.Call(&chainID, "eth_chainId")
			c.Close()
			if err == nil {
				break
			}
		}
		if time.Since(start) > 5*time.Second {
			t.Fatalf("no eth_chainId within 5s; node output:\n%s", nodeOut.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if chainID != "0x7a69" {
		t.Fatalf("eth_chainId = %s", chainID)
	}
	t.Logf("eth_chainId answered after %s", time.Since(start))
	// The node prints its accounts and "listening on" once the contracts are deployed.
	for {
		if strings.Contains(nodeOut.String(), "listening on "+rpcURL) {
			break
		}
		if time.Since(start) > 10*time.Second {
			t.Fatalf("no deployments file; node output:\n%s", nodeOut.String())
		}
		time.Sleep(20 * time.Millisecond)
	}

	run := func(wantOK bool, args ...string) string {
		t.Helper()
		args = append(args, "--rpc", rpcURL, "--deployments", deployments)
		cmd := exec.Command(bin, args...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		if wantOK && err != nil {
			t.Fatalf("mailroom %s: %v\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), err, stdout.String(), stderr.String())
		}
		if !wantOK {
			if err == nil {
				t.Fatalf("mailroom %s succeeded, want failure:\n%s", strings.Join(args, " "), stdout.String())
			}
			return stderr.String()
		}
		return stdout.String()
	}

	agentKey := filepath.Join(dir, "agent.key")
	// Dev account 2's key, written in keygen's key-file format.
	k := devKeyHex(t, nodeOut.String(), 2)
	if err := os.WriteFile(agentKey, []byte(k+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out := run(true, "register", "--dev-account", "1", "--agent-key", agentKey, "--endpoint", "http://127.0.0.1:9002", "--capability", "llm:chat", "--rate", "10gwei")
	if !strings.Contains(out, "registered: tx 0x") || !strings.Contains(out, "gas used") {
		t.Fatalf("register output:\n%s", out)
	}
	var prof struct {
		DID, Owner, Endpoint, RatePerTaskWei string
		Capabilities                         []string
		Active                               bool
	}
	agentDID := "did:agent:eth:" + devAddr(t, nodeOut.String(), 2)
	if err := json.Unmarshal([]byte(run(true, "profile", agentDID, "--json")), &prof); err != nil {
		t.Fatal(err)
	}
	if prof.DID != agentDID || prof.Owner != devAddr(t, nodeOut.String(), 1) || prof.Endpoint != "http://127.0.0.1:9002" ||
		prof.RatePerTaskWei != "10000000000" || !prof.Active || len(prof.Capabilities) != 1 {
		t.Fatalf("profile %+v", prof)
	}

	var opened struct {
		ChannelID, Deposit, Recipient string
		Open                          bool
	}
	if err := json.Unmarshal([]byte(run(true, "channel", "open", "--dev-account", "3", "--to", agentDID, "--deposit", "0.05ether", "--delay", "1h", "--json")), &opened); err != nil {
		t.Fatal(err)
	}
	if opened.Deposit != "50000000000000000" || !opened.Open || len(opened.ChannelID) != 66 {
		t.Fatalf("open %+v", opened)
	}
	status := run(true, "channel", "status", opened.ChannelID)
	for _, want := range []string{"deposit:        50000000000000000 wei (0.05 ether)", "state:          open", agentDID} {
		if !strings.Contains(status, want) {
			t.Fatalf("status lacks %q:\n%s", want, status)
		}
	}
	// A voucher signed by the sender is claimed by the recipient; a replay is refused with the reason.
	sig := strings.TrimSpace(run(true, "channel", "voucher", opened.ChannelID, "--dev-account", "3", "--amount", "0.01ether"))
	run(true, "channel", "claim", opened.ChannelID, "--key", agentKey, "--amount", "0.01ether", "--sig", sig)
	stderr := run(false, "channel", "claim", opened.ChannelID, "--key", agentKey, "--amount", "0.01ether", "--sig", sig)
	if !strings.HasPrefix(stderr, "error: reverted: claim: VoucherNotIncreasing(") {
		t.Fatalf("replayed claim: %q", stderr)
	}

	// SIGINT stops the node cleanly.
	if err := node.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("node exited with %v:\n%s", err, nodeOut.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("node did not stop on SIGINT:\n%s", nodeOut.String())
	}
	if !strings.Contains(nodeOut.String(), "stopped") {
		t.Fatalf("node output lacks 'stopped':\n%s", nodeOut.String())
	}
	if c, err := rpc.DialContext(context.Background(), rpcURL); err == nil {
		var id string
		if c.Call(&id, "eth_chainId") == nil {
			t.Fatal("RPC still answers after shutdown")
		}
		c.Close()
	}
}

// syncBuffer is a bytes.Buffer safe for the writer goroutine of exec.Cmd.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// devLine returns the fields of the "(i) address  key 0x…" line printed by mailroom node.
func devLine(t *testing.T, out string, i int) []string {
	t.Helper()
	sc := bufio.NewScanner(strings.NewReader(out))
	prefix := "(" + strconv.Itoa(i) + ") "
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), prefix) {
			if f := strings.Fields(sc.Text()); len(f) == 4 {
				return f
			}
		}
	}
	t.Fatalf("no dev account %d in node output:\n%s", i, out)
	return nil
}

func devAddr(t *testing.T, out string, i int) string   { return devLine(t, out, i)[1] }
func devKeyHex(t *testing.T, out string, i int) string { return devLine(t, out, i)[3] }
