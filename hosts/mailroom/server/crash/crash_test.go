package crash

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/chainview"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
	"github.com/agentmailroom/mailroom/hosts/mailroom/agent"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// Shape of the run. The whole test stays well under a minute on two cores.
const (
	numSenders  = 4
	numKills    = 6                      // default; MAILROOM_CRASH_KILLS overrides (at most 100)
	minKillWait = 80 * time.Millisecond  // after /healthz answers
	maxKillWait = 900 * time.Millisecond // exclusive
	finalAcks   = 5                      // per sender, after the last restart
	phaseLimit  = 20 * time.Second       // any single wait
)

// seedEnv reproduces a run: MAILROOM_CRASH_SEED=<seed> go test ./hosts/mailroom/server/crash/
// killsEnv runs more kills (a longer stress run).
const (
	seedEnv  = "MAILROOM_CRASH_SEED"
	killsEnv = "MAILROOM_CRASH_KILLS"
)

// recorder remembers the last request a sender put on the wire (the SDK
// returns right after a verified 2xx, so after a success it is the
// acknowledged one) and the highest voucher it ever sent.
type recorder struct {
	rt http.RoundTripper

	mu        sync.Mutex
	header    http.Header
	body      []byte
	maxSigned *big.Int
}

func (r *recorder) RoundTrip(q *http.Request) (*http.Response, error) {
	var b []byte
	if q.Body != nil {
		b, _ = io.ReadAll(q.Body)
		q.Body.Close()
	}
	q.Body = io.NopCloser(bytes.NewReader(b))
	r.mu.Lock()
	r.header, r.body = q.Header.Clone(), b
	if h := q.Header.Get(x402.HeaderPaymentSignature); h != "" {
		if p, err := x402.DecodePaymentPayload(h); err == nil && p.Payload.CumulativeAmount != nil {
			if r.maxSigned == nil || p.Payload.CumulativeAmount.Cmp(r.maxSigned) > 0 {
				r.maxSigned = new(big.Int).Set(p.Payload.CumulativeAmount)
			}
		}
	}
	r.mu.Unlock()
	return r.rt.RoundTrip(q)
}

func (r *recorder) last() (http.Header, []byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.header, r.body
}

func (r *recorder) highestSent() *big.Int {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.maxSigned == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(r.maxSigned)
}

// acked is one acknowledged request: a 2xx whose receipt the SDK verified.
type acked struct {
	header     http.Header
	body       []byte
	cumulative *big.Int
	nonce      uint64
	epoch      int64 // which recipient process answered (0 = first)
}

type sender struct {
	idx   int
	addr  ethsig.Address
	agent *agent.Agent
	rec   *recorder

	mu      sync.Mutex
	acks    []acked
	chID    [32]byte
	failure map[string]int // error kind → count
}

func (s *sender) snapshot() (n int, highest *big.Int, chID [32]byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	highest = new(big.Int)
	for _, a := range s.acks {
		if a.cumulative.Cmp(highest) > 0 {
			highest = a.cumulative
		}
	}
	return len(s.acks), new(big.Int).Set(highest), s.chID
}

func (s *sender) acksIn(epoch int64) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, a := range s.acks {
		if a.epoch == epoch {
			n++
		}
	}
	return n
}

func (s *sender) fail(err error) {
	s.mu.Lock()
	s.failure[string(errs.KindOf(err))]++
	s.mu.Unlock()
}

func (s *sender) failures() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	keys := make([]string, 0, len(s.failure))
	for k := range s.failure {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%d", k, s.failure[k]))
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, " ")
}

// record pairs a verified result with the request on the wire; the pairing
// is checked against the receipt's request digest.
func (s *sender) record(t *testing.T, res *agent.Result, epoch int64) {
	h, b := s.rec.last()
	env, err := x402.DecodeEnvelope(h.Get(x402.HeaderEnvelope))
	if err != nil {
		t.Errorf("sender %d: acknowledged request has no decodable envelope: %v", s.idx, err)
		return
	}
	if s.agent.RequestDomain().Digest(&env.Request) != res.Receipt.RequestDigest {
		t.Errorf("sender %d: the last request on the wire is not the acknowledged one", s.idx)
		return
	}
	s.mu.Lock()
	s.chID = res.ChannelID
	s.acks = append(s.acks, acked{header: h, body: b, cumulative: new(big.Int).Set(res.Cumulative), nonce: env.Nonce, epoch: epoch})
	s.mu.Unlock()
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

// serveProc is one `mailroom serve` process, in its own process group.
type serveProc struct {
	cmd  *exec.Cmd
	log  string
	done chan struct{}
	err  error
}

func startServe(t *testing.T, bin, logPath string, args []string) *serveProc {
	t.Helper()
	f, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, append([]string{"serve"}, args...)...)
	cmd.Stdout, cmd.Stderr = f, f
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		f.Close()
		t.Fatal(err)
	}
	p := &serveProc{cmd: cmd, log: logPath, done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		f.Close()
		close(p.done)
	}()
	t.Cleanup(p.kill)
	return p
}

func (p *serveProc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// kill SIGKILLs the process group and waits for the exit.
func (p *serveProc) kill() {
	if !p.exited() {
		syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
	}
	<-p.done
}

func (p *serveProc) output() string {
	b, _ := os.ReadFile(p.log)
	return string(b)
}

func waitHealthy(t *testing.T, addr string, p *serveProc) time.Duration {
	t.Helper()
	start := time.Now()
	c := &http.Client{Timeout: time.Second}
	for time.Since(start) < phaseLimit {
		if p.exited() {
			t.Fatalf("mailroom serve exited (%v) before it was healthy:\n%s", p.err, p.output())
		}
		resp, err := c.Get("http://" + addr + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return time.Since(start)
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("mailroom serve did not come up in %v:\n%s", phaseLimit, p.output())
	return 0
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(phaseLimit)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", phaseLimit, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func killCount(t *testing.T) int {
	v := os.Getenv(killsEnv)
	if v == "" {
		return numKills
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > 100 {
		t.Fatalf("%s=%q: want 1..100", killsEnv, v)
	}
	return n
}

func crashSeed(t *testing.T) uint64 {
	if v := os.Getenv(seedEnv); v != "" {
		s, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("%s=%q: %v", seedEnv, v, err)
		}
		return s
	}
	return uint64(time.Now().UnixNano())
}

// TestMailroomRandomCrashes runs numSenders senders (each its own key,
// registration, channel and store) against one `mailroom serve` process,
// SIGKILLs it numKills times at seeded random moments under load and
// restarts it on the same store each time. It checks that
//   - after every kill, the store holds at least the highest acknowledged
//     voucher of every sender;
//   - after the last restart, every acknowledged envelope resent as a
//     different request (no voucher, or another sender-signed voucher) is
//     refused 409 nonce_replayed;
//   - acknowledged vouchers of one sender increase by at least the price;
//   - the stored accepted amount is >= the highest acknowledged voucher
//     and <= the highest voucher the sender ever sent;
//   - after settlement, the on-chain claim equals the stored accepted
//     amount, covers every acknowledged voucher and stays within the deposit.
func TestMailroomRandomCrashes(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test builds the binary and runs a chain")
	}
	began := time.Now()
	seed := crashSeed(t)
	t.Logf("seed %d (rerun with %s=%d)", seed, seedEnv, seed)
	rng := rand.New(rand.NewPCG(seed, 0x6d61696c726f6f6d))

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	tmp := t.TempDir()
	bin := buildBinary(t, tmp)

	dc, err := devchain.Start(ctx, devchain.Config{Port: 0, Accounts: numSenders + 2})
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	c := dc.Contracts
	bobS := dc.Keys[1]
	bob := ethsig.Address(bobS.Address())
	bobDID := did.Format(bob)
	rate := big.NewInt(1_000_000_000_000) // 1e12 wei
	deposit := new(big.Int).Mul(rate, big.NewInt(100000))
	addr := freePort(t)
	regDeadline := uint64(time.Now().Add(time.Hour).Unix())
	if _, err := c.Registry.Register(ctx, bobS, bobS.Address(), chain.Profile{Endpoint: "http://" + addr + "/task", RatePerTaskWei: rate}, regDeadline, nil); err != nil {
		t.Fatal(err)
	}
	deployments := filepath.Join(tmp, "deployments.json")
	if err := dc.Deployment.Save(deployments); err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(tmp, "bob.key")
	if err := os.WriteFile(keyFile, []byte(bobS.Hex()+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	storeDir := filepath.Join(tmp, "bob-store")
	// --commit-gather: kills land while writes wait for a gathered group
	// commit, as in mailroom bench; acknowledged ones must still be on disk.
	// --settle-threshold: the recipient claims on chain during the run, so
	// kills also land around claims.
	args := []string{"--rpc", dc.RPC, "--deployments", deployments, "--key", keyFile, "--store", storeDir, "--listen", addr, "--commit-gather", "2ms",
		"--settle-threshold", new(big.Int).Mul(rate, big.NewInt(60)).String()}

	transport := &http.Transport{MaxIdleConnsPerHost: 4, IdleConnTimeout: 5 * time.Second}
	defer transport.CloseIdleConnections()
	senders := make([]*sender, numSenders)
	for i := range senders {
		s := dc.Keys[2+i]
		if _, err := c.Registry.Register(ctx, s, s.Address(), chain.Profile{}, regDeadline, nil); err != nil {
			t.Fatal(err)
		}
		db, err := store.Open(filepath.Join(tmp, fmt.Sprintf("sender-%d", i)))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close() // after the load stopped (deferred below)
		rec := &recorder{rt: transport}
		a, err := agent.New(agent.Config{Key: s.Core(), ChainID: dc.ChainID.Uint64(),
			Registry: ethsig.Address(dc.Deployment.Registry), ChannelContract: ethsig.Address(dc.Deployment.PaymentChannel),
			Directory: chainview.New(chainview.ClientSource{C: c}), Channels: agent.ChainOps{C: c, S: s}, Store: db,
			HTTP: &http.Client{Transport: rec, Timeout: 5 * time.Second}, Deposit: deposit})
		if err != nil {
			t.Fatal(err)
		}
		senders[i] = &sender{idx: i, addr: ethsig.Address(s.Address()), agent: a, rec: rec, failure: map[string]int{}}
	}

	var epoch atomic.Int64
	procs := 0
	start := func() *serveProc {
		p := startServe(t, bin, filepath.Join(tmp, fmt.Sprintf("serve-%d.log", procs)), args)
		procs++
		waitHealthy(t, addr, p)
		return p
	}
	p := start()

	// Load: every sender serialises its own requests (the SDK does) and
	// carries on through connection errors while the recipient is down.
	var stop atomic.Bool
	var wg sync.WaitGroup
	defer func() { stop.Store(true); cancel(); wg.Wait() }()
	for _, s := range senders {
		wg.Add(1)
		go func(s *sender) {
			defer wg.Done()
			for n := 0; !stop.Load() && ctx.Err() == nil; n++ {
				payload := []byte(fmt.Sprintf(`{"sender":%d,"n":%d}`, s.idx, n))
				ep := epoch.Load()
				res, err := s.agent.Send(ctx, bobDID, payload)
				if err != nil {
					s.fail(err)
					time.Sleep(5 * time.Millisecond) // the recipient may be down
					continue
				}
				if epoch.Load() != ep {
					ep = -1 // answered around a restart: epoch unknown
				}
				s.record(t, res, ep)
			}
		}(s)
	}
	waitFor(t, "every sender's first acknowledged request (channel opened)", func() bool {
		for _, s := range senders {
			if n, _, _ := s.snapshot(); n == 0 {
				return false
			}
		}
		return true
	})

	// Kills at seeded random moments, each followed by a check of the store
	// on disk and a restart on it.
	kills, restarts, wantKills := 0, 0, killCount(t)
	for k := 1; k <= wantKills; k++ {
		wait := minKillWait + time.Duration(rng.Int64N(int64(maxKillWait-minKillWait)))
		time.Sleep(wait)
		p.kill()
		kills++
		epoch.Add(1)
		ackTotal := 0
		db, err := store.Open(storeDir)
		if err != nil {
			t.Fatalf("kill %d: open the store: %v", k, err)
		}
		for _, s := range senders {
			n, highest, chID := s.snapshot()
			ackTotal += n
			st, ok, err := db.Channel(chID)
			if err != nil || !ok {
				db.Close()
				t.Fatalf("seed %d, kill %d: sender %d's channel 0x%x not in the store (ok=%v err=%v)", seed, k, s.idx, chID, ok, err)
			}
			if st.Accepted.Cmp(highest) < 0 {
				db.Close()
				t.Fatalf("seed %d, kill %d: sender %d: stored accepted %s < acknowledged %s: an acknowledged voucher was lost", seed, k, s.idx, st.Accepted, highest)
			}
		}
		db.Close()
		t.Logf("kill %d: SIGKILL %v after healthy, %d acknowledged so far; store holds every acknowledged voucher", k, wait, ackTotal)
		p = start()
		restarts++
	}

	// Load continues on the last process until every sender is served again.
	final := epoch.Load()
	waitFor(t, fmt.Sprintf("%d acknowledged requests per sender after the last restart", finalAcks), func() bool {
		for _, s := range senders {
			if s.acksIn(final) < finalAcks {
				return false
			}
		}
		return true
	})
	stop.Store(true)
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}

	// (a) Every acknowledged envelope is still known: resent as a different
	// request (no voucher; or the sender's previous acknowledged voucher)
	// it is refused 409 nonce_replayed. An identical resend is not tried:
	// the recipient may answer it idempotently.
	replayed := make([]int, len(senders))
	var bad []string
	var badMu sync.Mutex
	var rwg sync.WaitGroup
	client := &http.Client{Transport: transport, Timeout: 5 * time.Second}
	for i, s := range senders {
		rwg.Add(1)
		go func(i int, s *sender) {
			defer rwg.Done()
			try := func(a acked, what string, voucherHdr string) {
				q, _ := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+addr+"/task", bytes.NewReader(a.body))
				q.Header = a.header.Clone()
				q.Header.Del(x402.HeaderPaymentSignature)
				if voucherHdr != "" {
					q.Header.Set(x402.HeaderPaymentSignature, voucherHdr)
				}
				resp, err := client.Do(q)
				var got string
				if err != nil {
					got = err.Error()
				} else {
					b, _ := io.ReadAll(resp.Body)
					resp.Body.Close()
					var eb x402.ErrorBody
					json.Unmarshal(b, &eb)
					if resp.StatusCode == http.StatusConflict && eb.Code == string(errs.NonceReplayed) {
						replayed[i]++
						return
					}
					got = fmt.Sprintf("%d %.200s", resp.StatusCode, b)
				}
				badMu.Lock()
				bad = append(bad, fmt.Sprintf("sender %d nonce %d (cumulative %s, epoch %d) %s: got %s, want 409 %s", s.idx, a.nonce, a.cumulative, a.epoch, what, got, errs.NonceReplayed))
				badMu.Unlock()
			}
			for j, a := range s.acks {
				try(a, "without voucher", "")
				if j > 0 {
					try(a, "with the previous acknowledged voucher", s.acks[j-1].header.Get(x402.HeaderPaymentSignature))
				}
			}
		}(i, s)
	}
	rwg.Wait()
	if len(bad) > 0 {
		if len(bad) > 10 {
			bad = append(bad[:10], fmt.Sprintf("… and %d more", len(bad)-10))
		}
		t.Fatalf("seed %d: acknowledged nonces not refused after the last restart:\n%s", seed, strings.Join(bad, "\n"))
	}

	// Acknowledged vouchers of one sender strictly increase by >= price, on
	// distinct nonces.
	for _, s := range senders {
		nonces := map[uint64]bool{}
		for j, a := range s.acks {
			if nonces[a.nonce] {
				t.Fatalf("seed %d: sender %d: nonce %d acknowledged twice", seed, s.idx, a.nonce)
			}
			nonces[a.nonce] = true
			if j > 0 {
				floor := new(big.Int).Add(s.acks[j-1].cumulative, rate)
				if a.cumulative.Cmp(floor) < 0 {
					t.Fatalf("seed %d: sender %d: acknowledged voucher %s (nonce %d, epoch %d) after acknowledged %s (epoch %d): below previous + price",
						seed, s.idx, a.cumulative, a.nonce, a.epoch, s.acks[j-1].cumulative, s.acks[j-1].epoch)
				}
			}
		}
	}

	// Stop the last process cleanly and read what it left on disk.
	p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(phaseLimit):
		t.Fatalf("serve did not exit on SIGTERM:\n%s", p.output())
	}
	if p.err != nil {
		t.Fatalf("serve exit: %v\n%s", p.err, p.output())
	}
	db, err := store.Open(storeDir)
	if err != nil {
		t.Fatal(err)
	}
	accepted := make([]*big.Int, len(senders))
	for _, s := range senders {
		n, highest, chID := s.snapshot()
		st, ok, err := db.Channel(chID)
		if err != nil || !ok {
			db.Close()
			t.Fatalf("sender %d: channel not in the store: %v", s.idx, err)
		}
		// (b) no acknowledged voucher lost; nothing the sender never sent.
		if st.Accepted.Cmp(highest) < 0 {
			db.Close()
			t.Fatalf("seed %d: sender %d: stored accepted %s < highest acknowledged %s: an acknowledged voucher was lost", seed, s.idx, st.Accepted, highest)
		}
		if sent := s.rec.highestSent(); st.Accepted.Cmp(sent) > 0 {
			db.Close()
			t.Fatalf("seed %d: sender %d: stored accepted %s > the highest voucher it ever sent %s", seed, s.idx, st.Accepted, sent)
		}
		if st.Sender != s.addr {
			db.Close()
			t.Fatalf("sender %d: stored channel sender %s, want %s", s.idx, st.Sender, s.addr)
		}
		accepted[s.idx] = new(big.Int).Set(st.Accepted)
		t.Logf("sender %d: %d acknowledged (%d after the last restart), highest acknowledged %s, stored accepted %s, highest sent %s; failed sends: %s",
			s.idx, n, s.acksIn(final), highest, st.Accepted, s.rec.highestSent(), s.failures())
	}
	db.Close()

	out, err := exec.CommandContext(ctx, bin, "settle", "--rpc", dc.RPC, "--deployments", deployments, "--key", keyFile, "--store", storeDir).CombinedOutput()
	if err != nil {
		t.Fatalf("settle: %v\n%s", err, out)
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		t.Log("settle: " + sc.Text())
	}
	for _, s := range senders {
		_, highest, chID := s.snapshot()
		ch, err := c.Channels.Get(ctx, chID)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case ch.Claimed.Cmp(accepted[s.idx]) != 0:
			t.Errorf("seed %d: sender %d: claimed on chain %s, stored accepted %s", seed, s.idx, ch.Claimed, accepted[s.idx])
		case ch.Claimed.Cmp(highest) < 0:
			t.Errorf("seed %d: sender %d: claimed on chain %s < highest acknowledged %s", seed, s.idx, ch.Claimed, highest)
		case ch.Claimed.Cmp(ch.Deposit) > 0:
			t.Errorf("seed %d: sender %d: claimed on chain %s > deposit %s", seed, s.idx, ch.Claimed, ch.Deposit)
		}
	}
	total := 0
	for _, r := range replayed {
		total += r
	}
	t.Logf("%d SIGKILLs, %d restarts, %d acknowledged envelopes resent as different requests: %d refusals 409 %s; %v in all",
		kills, restarts, func() int {
			n := 0
			for _, s := range senders {
				n += len(s.acks)
			}
			return n
		}(), total, errs.NonceReplayed, time.Since(began).Round(time.Millisecond))
}
