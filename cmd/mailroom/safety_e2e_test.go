package main

import (
	"encoding/json"
	"net/http"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMoneySafetyEndToEnd runs the money-safety issue's two scenarios with
// the real binary, a real `mailroom node` and a real `mailroom serve`:
//
//  1. send once, stop serve, send (fails: connection refused), restart
//     serve, send, stop, settle: the recipient claims exactly 2 × price.
//  2. `channel open --delay 0`, then `send --channel <it>`: refused with
//     withdraw_delay_too_short; a plain send still pays.
func TestMoneySafetyEndToEnd(t *testing.T) {
	n := startE2ENode(t, 4)
	dir, bin, chainArgs := n.dir, n.bin, n.chainArgs
	run := n.run
	must := func(args ...string) string { t.Helper(); out, _ := n.must(t, args...); return out }
	listen := "127.0.0.1:" + strconv.Itoa(freePort(t))
	bob := n.did(t, 2)
	must("register", "--dev-account", "2", "--endpoint", "http://"+listen+"/task", "--rate", "1000")
	must("register", "--dev-account", "1", "--endpoint", "http://127.0.0.1:1/none")
	must("register", "--dev-account", "3", "--endpoint", "http://127.0.0.1:1/none")

	bobStore := filepath.Join(dir, "bob")
	var serve *exec.Cmd
	var serveOut *syncBuffer
	startServe := func() {
		t.Helper()
		serveOut = &syncBuffer{}
		serve = exec.Command(bin, append([]string{"serve", "--dev-account", "2", "--listen", listen, "--store", bobStore}, chainArgs...)...)
		serve.Stdout, serve.Stderr = serveOut, serveOut
		if err := serve.Start(); err != nil {
			t.Fatal(err)
		}
		for start := time.Now(); !strings.Contains(serveOut.String(), "serving on http://"+listen); time.Sleep(20 * time.Millisecond) {
			if time.Since(start) > 20*time.Second {
				t.Fatalf("serve did not start:\n%s", serveOut.String())
			}
		}
	}
	stopServe := func() {
		t.Helper()
		serve.Process.Signal(syscall.SIGINT)
		done := make(chan error, 1)
		go func() { done <- serve.Wait() }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			serve.Process.Kill()
			t.Fatalf("serve did not stop:\n%s", serveOut.String())
		}
	}
	t.Cleanup(func() {
		if serve != nil && serve.ProcessState == nil {
			serve.Process.Kill()
			serve.Wait()
		}
	})
	type sent struct {
		CumulativeWei string `json:"cumulativeWei"`
		ChannelID     string `json:"channelId"`
	}
	send := func(args ...string) (sent, string, error) {
		out, errOut, err := run(append([]string{"send", "--json"}, args...)...)
		var s sent
		if err == nil {
			if jerr := json.Unmarshal([]byte(strings.TrimSpace(out)), &s); jerr != nil {
				t.Fatalf("send --json output %q: %v", out, jerr)
			}
		}
		return s, errOut, err
	}

	// 1. A request that never arrived costs nothing.
	alice := []string{"--dev-account", "1", "--store", filepath.Join(dir, "alice")}
	startServe()
	s, errOut, err := send(append(alice, bob, `{"task":"one"}`)...)
	if err != nil || s.CumulativeWei != "1000" {
		t.Fatalf("first send: %+v %v %s", s, err, errOut)
	}
	stopServe()
	if _, errOut, err = send(append(alice, bob, `{"task":"lost"}`)...); err == nil || !strings.Contains(errOut, "transport_error") {
		t.Fatalf("send to a stopped mailroom: %v %s", err, errOut)
	}
	startServe()
	if s, errOut, err = send(append(alice, bob, `{"task":"two"}`)...); err != nil || s.CumulativeWei != "2000" {
		t.Fatalf("send after restart: %+v %v %s (want cumulative 2000)", s, err, errOut)
	}
	stopServe()
	out := must("settle", "--dev-account", "2", "--store", bobStore, "--json")
	var settled []struct {
		ClaimedWei string `json:"claimedWei"`
		PaidWei    string `json:"paidWei"`
	}
	if err := json.Unmarshal([]byte(out), &settled); err != nil || len(settled) != 1 || settled[0].ClaimedWei != "2000" || settled[0].PaidWei != "2000" {
		t.Fatalf("settle: %s (%v); want exactly 2 × price = 2000 claimed", out, err)
	}

	// 2. A zero-delay channel is refused; a plain send still pays.
	startServe()
	defer stopServe()
	open := must("channel", "open", "--dev-account", "3", "--to", bob, "--deposit", "100000", "--delay", "0")
	m := regexp.MustCompile(`channel:\s+(0x[0-9a-f]{64})`).FindStringSubmatch(open)
	if m == nil {
		t.Fatalf("channel open output:\n%s", open)
	}
	carol := []string{"--dev-account", "3", "--store", filepath.Join(dir, "carol")}
	if _, errOut, err = send(append(carol, "--channel", m[1], bob, `{"task":"cheap"}`)...); err == nil || !strings.Contains(errOut, "withdraw_delay_too_short") {
		t.Fatalf("send --channel <zero-delay channel>: %v %s, want withdraw_delay_too_short", err, errOut)
	}
	if s, errOut, err = send(append(carol, bob, `{"task":"fair"}`)...); err != nil || s.CumulativeWei != "1000" || s.ChannelID == m[1] {
		t.Fatalf("plain send after the refusal: %+v %v %s", s, err, errOut)
	}

	// A dry run prints a signed request any HTTP client can deliver.
	dry := must("send", "--json", "--dry-run", "--dev-account", "3", "--store", filepath.Join(dir, "carol"), bob, `{"task":"curl"}`)
	var p struct {
		URL, Method, Body string
		Headers           map[string]string
	}
	if err := json.Unmarshal([]byte(dry), &p); err != nil || p.Method != "POST" || p.Headers["Payment-Signature"] == "" || p.Headers["Agent-Envelope"] == "" {
		t.Fatalf("send --dry-run --json: %s (%v)", dry, err)
	}
	hreq, _ := http.NewRequest(p.Method, p.URL, strings.NewReader(p.Body))
	for k, v := range p.Headers {
		hreq.Header.Set(k, v)
	}
	if resp, err := http.DefaultClient.Do(hreq); err != nil || resp.StatusCode != 200 {
		t.Fatalf("delivering the dry-run request: %v %v", resp, err)
	}

	// 3. Settle while serve runs (through its control socket).
	out = must("settle", "--dev-account", "2", "--store", bobStore, "--json")
	settled = nil
	if err := json.Unmarshal([]byte(out), &settled); err != nil || len(settled) != 1 || settled[0].PaidWei != "2000" {
		t.Fatalf("settle while serving: %s (%v); want Carol's 2000 claimed", out, err)
	}
}
