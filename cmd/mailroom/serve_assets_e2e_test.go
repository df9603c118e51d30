package main

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/x402"
)

// TestServeTakesEtherAndToken: one `mailroom serve` takes ETH and the test
// token for the same routes (--price 0.001ether --price 0.25tUSDC, and a
// route table pricing /premium at 0.003ether or 1tUSDC). Its 402s list both
// assets for each route; Alice pays in ETH and Carol in the token through
// `mailroom send`, each charged her asset's price per route, and Alice's
// one store then pays in the token too (a channel per asset); Dave prefers
// the token, then ETH, and pays in ETH when his token cap is below its
// price; /metrics counts per asset; `mailroom settle` claims, per channel and per asset,
// exactly what was served, printed with the token's decimals.
func TestServeTakesEtherAndToken(t *testing.T) {
	n := startE2ENode(t, 4)
	dir, bin, chainArgs, deployments := n.dir, n.bin, n.chainArgs, n.deployments
	run := n.run
	must := func(args ...string) (string, string) { t.Helper(); return n.must(t, args...) }
	listen := "127.0.0.1:" + strconv.Itoa(freePort(t))
	base := "http://" + listen
	bob := n.did(t, 2)
	must("register", "--dev-account", "2", "--endpoint", base+"/task", "--rate", "0.001ether")
	must("register", "--dev-account", "1", "--endpoint", "http://127.0.0.1:1/none")
	must("register", "--dev-account", "3", "--endpoint", "http://127.0.0.1:1/none")
	must("register", "--dev-account", "0", "--endpoint", "http://127.0.0.1:1/none")

	routes := filepath.Join(dir, "routes.json")
	if err := os.WriteFile(routes, []byte(`[{"path":"/premium","accepts":[{"price":"0.003ether"},{"price":"1tUSDC"}]}]`), 0o600); err != nil {
		t.Fatal(err)
	}
	bobStore := filepath.Join(dir, "bob")
	serve := exec.Command(bin, append([]string{"serve", "--dev-account", "2", "--listen", listen, "--store", bobStore,
		"--price", "0.001ether", "--price", "0.25tUSDC", "--routes", routes, "--log-format", "json", "--settle-threshold", "1ether", "--settle-threshold", "100tUSDC"}, chainArgs...)...)
	var serveOut syncBuffer
	serve.Stdout, serve.Stderr = &serveOut, &serveOut
	if err := serve.Start(); err != nil {
		t.Fatal(err)
	}
	stopped := false
	t.Cleanup(func() {
		if !stopped {
			serve.Process.Kill()
			serve.Wait()
		}
	})
	for start := time.Now(); !strings.Contains(serveOut.String(), "serving on "+base); time.Sleep(20 * time.Millisecond) {
		if time.Since(start) > 30*time.Second {
			t.Fatalf("serve did not start:\n%s", serveOut.String())
		}
	}
	if !strings.Contains(serveOut.String(), "price 1000000000000000 wei or 0.25 tUSDC") {
		t.Fatalf("the banner should state both prices:\n%s", serveOut.String())
	}

	// The 402s list both assets, each route at its own prices.
	token := tokenOf(t, deployments)
	for path, want := range map[string][2]string{"/task": {"1000000000000000", "250000"}, "/premium": {"3000000000000000", "1000000"}} {
		resp, err := http.Post(base+path, "application/json", strings.NewReader("{}"))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		pr, err := x402.DecodePaymentRequired(resp.Header.Get(x402.HeaderPaymentRequired))
		if resp.StatusCode != 402 || err != nil || len(pr.Accepts) != 2 {
			t.Fatalf("%s: %d %+v %v", path, resp.StatusCode, pr, err)
		}
		if pr.Accepts[0].Asset != x402.Asset || pr.Accepts[0].Amount.String() != want[0] || !strings.EqualFold(pr.Accepts[1].Asset, token) || pr.Accepts[1].Amount.String() != want[1] {
			t.Fatalf("%s: terms %+v, want %s wei and %s of %s", path, pr.Accepts, want[0], want[1], token)
		}
	}

	type sent struct {
		Status                         int
		Asset, Price, Cumulative       string
		PriceDisplay                   string `json:"priceDisplay"`
		PriceWei, CumulativeWei, Error string
		ChannelID                      string `json:"channelId"`
	}
	send := func(account string, args ...string) sent {
		t.Helper()
		out, _ := must(append([]string{"send", "--json", "--dev-account", account, "--store", filepath.Join(dir, "sender"+account)}, args...)...)
		var s sent
		if err := json.Unmarshal([]byte(out), &s); err != nil || s.Status != 200 {
			t.Fatalf("send %v: %s (%v)", args, out, err)
		}
		return s
	}
	// Alice in ETH: 0.001 + 0.001 + 0.003 ether.
	send("1", bob, "a")
	send("1", bob, "b")
	a := send("1", "--endpoint", base+"/premium", bob, "c")
	if a.Asset != x402.Asset || a.Price != "3000000000000000" || a.Cumulative != "5000000000000000" || a.PriceWei != a.Price {
		t.Fatalf("alice's /premium in ETH: %+v", a)
	}
	// Carol in the token, her deposit with the token's symbol: 0.25 + 0.25 + 1 tUSDC.
	send("3", bob, "a", "--asset", "token", "--deposit", "5tUSDC")
	c := send("3", bob, "b", "--asset", "token")
	if !strings.EqualFold(c.Asset, token) || c.Price != "250000" || c.Cumulative != "500000" || c.PriceDisplay != "0.25 tUSDC" {
		t.Fatalf("carol's /task in the token: %+v", c)
	}
	_, errOut := must("send", "--dev-account", "3", "--store", filepath.Join(dir, "sender3"), "--asset", "token", "--endpoint", base+"/premium", bob, "c")
	if !strings.Contains(errOut, "paid 1 tUSDC (cumulative 1.5 tUSDC on channel") {
		t.Fatalf("send's line should print the token's decimals: %s", errOut)
	}
	// Alice's one store pays Bob in the token too: a second channel, in the
	// token, beside her ETH channel, which goes on where it was.
	at := send("1", bob, "t", "--asset", "token", "--deposit", "2tUSDC")
	if !strings.EqualFold(at.Asset, token) || at.Cumulative != "250000" || at.ChannelID == a.ChannelID {
		t.Fatalf("alice in the token on her ETH store: %+v (her ETH channel %s)", at, a.ChannelID)
	}
	if a2 := send("1", bob, "e"); a2.Cumulative != "6000000000000000" || a2.ChannelID != a.ChannelID {
		t.Fatalf("alice's ETH channel after her token payment: %+v", a2)
	}
	// Dave prefers the token, then ETH (--asset token,native): Bob's 402
	// decides; with the token capped below its price he pays in ETH.
	if d := send("0", bob, "p", "--asset", "token,native", "--deposit", "5tUSDC", "--deposit", "0.01ether"); !strings.EqualFold(d.Asset, token) || d.Price != "250000" {
		t.Fatalf("dave preferring the token: %+v", d)
	}
	if d := send("0", bob, "q", "--asset", "token,native", "--max-per-request", "0.2tUSDC"); d.Asset != x402.Asset || d.Price != "1000000000000000" {
		t.Fatalf("dave with the token capped at 0.2 tUSDC: %+v; want ETH", d)
	}
	if _, errOut, err := run("send", "--dev-account", "0", "--store", filepath.Join(dir, "sender0"), "--asset", "token,native", "--max-per-request", "0.2tUSDC", "--max-per-request", "1000wei", bob, "r"); err == nil || !strings.Contains(errOut, "budget_exceeded") {
		t.Fatalf("every cap below its price: %v %s; want budget_exceeded", err, errOut)
	}
	if _, errOut, err := run("send", "--dev-account", "0", "--store", filepath.Join(dir, "sender0"), "--asset", "token,native", "--deposit", "5@0x5FbDB2315678afecb367f032d93F642f64180aa3", bob, "r"); err == nil || !strings.Contains(errOut, "no --asset names") {
		t.Fatalf("an amount in an asset not named: %v %s", err, errOut)
	}
	// An ETH budget below the route's price refuses before paying; the
	// token's price fits a token budget.
	if _, _, err := run("send", "--dev-account", "1", "--store", filepath.Join(dir, "sender1"), "--max-per-request", "0.002ether", "--endpoint", base+"/premium", bob, "d"); err == nil {
		t.Fatal("a 0.003 ether route under a 0.002 ether budget was paid")
	}

	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{`mailroom_paid_total{asset="native"} 7e+15`, `mailroom_paid_total{asset="` + token + `"} 2e+06`, "mailroom_paid_wei_total 7e+15", "mailroom_paid_requests_total 10"} {
		if !strings.Contains(strings.ToLower(string(metrics)), strings.ToLower(want)) {
			t.Fatalf("metrics lack %s:\n%s", want, metrics)
		}
	}
	serve.Process.Signal(syscall.SIGINT)
	serve.Wait()
	stopped = true
	if n := strings.Count(serveOut.String(), `"asset":"native"`); n != 5 {
		t.Fatalf("%d request lines paid in native, want 5:\n%s", n, serveOut.String())
	}

	// The token channel in JSON, per asset; then the rest as text.
	out, _ := must("settle", "--json", "--dev-account", "2", "--store", bobStore, "--channel", c.ChannelID)
	var rs []struct{ Asset, Paid, Claimed, PaidWei string }
	if err := json.Unmarshal([]byte(out), &rs); err != nil || len(rs) != 1 || !strings.EqualFold(rs[0].Asset, token) || rs[0].Paid != "1500000" || rs[0].Claimed != "1500000" {
		t.Fatalf("settle --json --channel (the token's): %s %v: want 1.5 tUSDC in the token", out, err)
	}
	out, _ = must("settle", "--dev-account", "2", "--store", bobStore)
	if !strings.Contains(out, "claimed 6000000000000000 wei (cumulative 6000000000000000 wei)") || !strings.Contains(out, "claimed 0.25 tUSDC (cumulative 0.25 tUSDC)") ||
		!strings.Contains(out, "claimed in all: 7000000000000000 wei") || !strings.Contains(out, "claimed in all: 0.5 tUSDC") {
		t.Fatalf("settle (Alice's and Dave's two channels each): %s", out)
	}
	out, _ = must("settle", "--dev-account", "2", "--store", bobStore)
	if !strings.Contains(out, "nothing to settle") {
		t.Fatalf("a third settle: %s", out)
	}
	if a.ChannelID == c.ChannelID {
		t.Fatal("one channel for two assets")
	}
}

// tokenOf is the deployments file's test token.
func tokenOf(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var d struct{ Token string }
	if err := json.Unmarshal(b, &d); err != nil || d.Token == "" {
		t.Fatalf("deployments %s: %v", b, err)
	}
	return d.Token
}
