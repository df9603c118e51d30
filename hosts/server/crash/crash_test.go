package crash

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/agent"
	"github.com/agentmailroom/mailroom/hosts/agent/chainview"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/devchain"
	"github.com/agentmailroom/mailroom/hosts/store"
)

// recorder keeps the last request of one sender, to replay it.
type recorder struct {
	header http.Header
	body   []byte
}

func (r *recorder) RoundTrip(q *http.Request) (*http.Response, error) {
	b, _ := io.ReadAll(q.Body)
	r.header, r.body = q.Header.Clone(), b
	q.Body = io.NopCloser(bytes.NewReader(b))
	return http.DefaultTransport.RoundTrip(q)
}

type acked struct {
	header     http.Header
	body       []byte
	cumulative *big.Int
	nonce      uint64
}

type sender struct {
	signer *chain.Signer
	agent  *agent.Agent
	rec    *recorder
	db     *store.DB
	acks   []acked
	chID   [32]byte
}

func (s *sender) highest() *big.Int {
	h := new(big.Int)
	for _, a := range s.acks {
		if a.cumulative.Cmp(h) > 0 {
			h = a.cumulative
		}
	}
	return h
}

func buildBinary(t *testing.T, dir string) string {
	bin := filepath.Join(dir, "mailroom")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/agentmailroom/mailroom/cmd/mailroom")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func freePort(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

type serveProc struct {
	cmd *exec.Cmd
	out *bytes.Buffer
}

func startServe(t *testing.T, bin string, args ...string) *serveProc {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"serve"}, args...)...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &serveProc{cmd: cmd, out: &out}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return p
}

func waitHealthy(t *testing.T, addr string, p *serveProc) {
	t.Helper()
	for i := 0; i < 300; i++ {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("mailroom serve did not come up:\n%s", p.out.String())
}

func TestMailroomCrashRecovery(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test builds the binary and runs a chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	tmp := t.TempDir()
	bin := buildBinary(t, tmp)

	const k = 4
	dc, err := devchain.Start(ctx, devchain.Config{Port: 0, Accounts: k + 2})
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	c := dc.Contracts
	bobS := dc.Keys[1]
	bob := ethsig.Address(bobS.Address())
	rate := big.NewInt(1_000_000_000_000) // 1e12 wei
	addr := freePort(t)
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	if _, err := c.Registry.Register(ctx, bobS, bobS.Address(), chain.Profile{Endpoint: "http://" + addr + "/task", RatePerTaskWei: rate}, deadline, nil); err != nil {
		t.Fatal(err)
	}
	deployments := filepath.Join(tmp, "deployments.json")
	if err := dc.Deployment.Save(deployments); err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(tmp, "bob.key")
	os.WriteFile(keyFile, []byte(bobS.Hex()+"\n"), 0o600)
	storeDir := filepath.Join(tmp, "bob-store")
	// --commit-gather: the kill lands while writes wait for a gathered group
	// commit, as in mailroom bench; acknowledged ones must still be on disk.
	args := []string{"--rpc", dc.RPC, "--deployments", deployments, "--key", keyFile, "--store", storeDir, "--listen", addr, "--commit-gather", "2ms"}

	senders := make([]*sender, k)
	for i := range senders {
		s := dc.Keys[2+i]
		if _, err := c.Registry.Register(ctx, s, s.Address(), chain.Profile{}, deadline, nil); err != nil {
			t.Fatal(err)
		}
		db, err := store.Open(filepath.Join(tmp, fmt.Sprintf("sender-%d", i)))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		rec := &recorder{}
		a, err := agent.New(agent.Config{Key: s.Core(), ChainID: dc.ChainID.Uint64(),
			Registry: ethsig.Address(dc.Deployment.Registry), ChannelContract: ethsig.Address(dc.Deployment.PaymentChannel),
			Directory: chainview.New(chainview.ClientSource{C: c}), Channels: agent.ChainOps{C: c, S: s}, Store: db,
			HTTP: &http.Client{Transport: rec, Timeout: 10 * time.Second}, Deposit: new(big.Int).Mul(rate, big.NewInt(100000))})
		if err != nil {
			t.Fatal(err)
		}
		senders[i] = &sender{signer: s, agent: a, rec: rec, db: db}
	}

	p := startServe(t, bin, args...)
	waitHealthy(t, addr, p)

	// Load until SIGKILL.
	var stop atomic.Bool
	var total atomic.Int64
	var wg sync.WaitGroup
	for _, s := range senders {
		wg.Add(1)
		go func(s *sender) {
			defer wg.Done()
			for n := 0; !stop.Load(); n++ {
				res, err := s.agent.Send(ctx, did.Format(bob), []byte(fmt.Sprintf(`{"n":%d}`, n)))
				if err != nil {
					if stop.Load() {
						return
					}
					continue // e.g. the first request's 402 → channel opening
				}
				s.chID = res.ChannelID
				s.acks = append(s.acks, acked{header: s.rec.header, body: s.rec.body, cumulative: res.Cumulative})
				total.Add(1)
			}
		}(s)
	}
	for total.Load() < 200 && ctx.Err() == nil {
		time.Sleep(10 * time.Millisecond)
	}
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	p.cmd.Wait()
	stop.Store(true)
	wg.Wait()
	t.Logf("SIGKILL after %d acknowledged paid requests", total.Load())

	// 1. No acknowledged voucher lost; every acknowledged nonce on disk.
	db, err := store.Open(storeDir)
	if err != nil {
		t.Fatal(err)
	}
	nonces, err := db.Nonces(uint64(time.Now().Unix()))
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	for _, n := range nonces {
		used[fmt.Sprintf("%s/%d", n.Sender, n.Nonce)] = true
	}
	for i, s := range senders {
		if len(s.acks) == 0 {
			t.Fatalf("sender %d got no acknowledgement", i)
		}
		st, ok, err := db.Channel(s.chID)
		if err != nil || !ok {
			t.Fatalf("sender %d: channel not in store: %v", i, err)
		}
		if st.Accepted.Cmp(s.highest()) < 0 {
			t.Fatalf("sender %d: stored accepted %s < acknowledged %s: an acknowledged voucher was lost", i, st.Accepted, s.highest())
		}
		t.Logf("sender %d: %d acknowledged, highest %s, stored %s", i, len(s.acks), s.highest(), st.Accepted)
	}
	db.Close()

	// 2. Restart on the same store; every acknowledged envelope replays to 409.
	p = startServe(t, bin, args...)
	waitHealthy(t, addr, p)
	replayed := 0
	for i, s := range senders {
		for _, a := range s.acks {
			q, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/task", bytes.NewReader(a.body))
			q.Header = a.header.Clone()
			resp, err := http.DefaultClient.Do(q)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusConflict {
				t.Fatalf("sender %d: replay after restart got %d %s, want 409", i, resp.StatusCode, b)
			}
			replayed++
		}
	}
	t.Logf("%d acknowledged envelopes replayed after restart: all 409", replayed)

	// 3. One more acknowledged request each, then stop and settle.
	for i, s := range senders {
		res, err := s.agent.Send(ctx, did.Format(bob), []byte(`{"after":"restart"}`))
		if err != nil {
			t.Fatalf("sender %d after restart: %v", i, err)
		}
		s.acks = append(s.acks, acked{cumulative: res.Cumulative})
	}
	p.cmd.Process.Signal(syscall.SIGTERM)
	if err := p.cmd.Wait(); err != nil {
		t.Fatalf("serve exit: %v\n%s", err, p.out.String())
	}
	out, err := exec.Command(bin, "settle", "--rpc", dc.RPC, "--deployments", deployments, "--key", keyFile, "--store", storeDir).CombinedOutput()
	if err != nil {
		t.Fatalf("settle: %v\n%s", err, out)
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		t.Log("settle: " + sc.Text())
	}
	for i, s := range senders {
		ch, err := c.Channels.Get(ctx, s.chID)
		if err != nil {
			t.Fatal(err)
		}
		if ch.Claimed.Cmp(s.highest()) != 0 {
			t.Fatalf("sender %d: claimed on chain %s, highest acknowledged %s", i, ch.Claimed, s.highest())
		}
	}
	if !strings.Contains(string(out), "claimed") {
		t.Fatalf("settle printed no claim:\n%s", out)
	}
}
