package crash

import (
	"context"
	"fmt"
	"io"
	"log"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/chainview"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
	"github.com/agentmailroom/mailroom/hosts/mailroom/agent"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// balancer is a round-robin reverse proxy in front of the replicas, as an
// operator's load balancer: a replica that refuses connections is skipped.
type balancer struct {
	next     atomic.Uint64
	backends []*httputil.ReverseProxy
	addrs    []string
}

func newBalancer(addrs []string) *balancer {
	b := &balancer{addrs: addrs}
	for _, a := range addrs {
		u, _ := url.Parse("http://" + a)
		p := httputil.NewSingleHostReverseProxy(u)
		p.ErrorLog = log.New(io.Discard, "", 0) // a killed replica's cut answers are expected
		b.backends = append(b.backends, p)
	}
	return b
}

func (b *balancer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n := len(b.addrs)
	first := int(b.next.Add(1) % uint64(n))
	for i := 0; i < n; i++ {
		k := (first + i) % n
		if c, err := net.DialTimeout("tcp", b.addrs[k], 200*time.Millisecond); err == nil {
			c.Close()
			b.backends[k].ServeHTTP(w, r)
			return
		}
	}
	http.Error(w, "no replica up", http.StatusBadGateway)
}

// TestReplicaKilledUnderLoad runs numSenders senders through a load
// balancer in front of two `mailroom serve --store postgres://…` replicas
// sharing one database, SIGKILLs a replica (each in turn) at seeded random
// moments under load and restarts it. After every kill the database holds
// at least the highest acknowledged voucher of every sender; at the end,
// at most the highest voucher each ever sent, and no acknowledged nonce was
// acknowledged twice.
func TestReplicaKilledUnderLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs a chain")
	}
	dbURL := pgtest.Need(t)
	seed := crashSeed(t)
	t.Logf("seed %d (rerun with %s=%d)", seed, seedEnv, seed)
	rng := rand.New(rand.NewPCG(seed, 0x7265706c))
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
	bobDID := did.Format(ethsig.Address(bobS.Address()))
	rate := big.NewInt(1_000_000_000_000)
	deposit := new(big.Int).Mul(rate, big.NewInt(100000))
	addrs := []string{freePort(t), freePort(t)}
	lb := &http.Server{Handler: newBalancer(addrs)}
	lbLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go lb.Serve(lbLn)
	defer lb.Close()
	regDeadline := uint64(time.Now().Add(time.Hour).Unix())
	if _, err := c.Registry.Register(ctx, bobS, bobS.Address(), chain.Profile{Endpoint: "http://" + lbLn.Addr().String() + "/task", RatePerTaskWei: rate}, regDeadline, nil); err != nil {
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
	args := func(i int) []string {
		return []string{"--rpc", dc.RPC, "--deployments", deployments, "--key", keyFile, "--store", dbURL, "--listen", addrs[i], "--commit-gather", "2ms"}
	}
	transport := &http.Transport{MaxIdleConnsPerHost: 4, IdleConnTimeout: 5 * time.Second}
	defer transport.CloseIdleConnections()
	senders := make([]*sender, numSenders)
	for i := range senders {
		s := dc.Keys[2+i]
		if _, err := c.Registry.Register(ctx, s, s.Address(), chain.Profile{}, regDeadline, nil); err != nil {
			t.Fatal(err)
		}
		rec := &recorder{rt: transport}
		a, err := agent.New(agent.Config{Key: s.Core(), ChainID: dc.ChainID.Uint64(),
			Registry: ethsig.Address(dc.Deployment.Registry), ChannelContract: ethsig.Address(dc.Deployment.PaymentChannel),
			Directory: chainview.New(chainview.ClientSource{C: c}), Channels: agent.ChainOps{C: c, S: s}, Store: store.NewMem(),
			HTTP: &http.Client{Transport: rec, Timeout: 5 * time.Second}, Deposit: deposit})
		if err != nil {
			t.Fatal(err)
		}
		senders[i] = &sender{idx: i, addr: ethsig.Address(s.Address()), agent: a, rec: rec, failure: map[string]int{}}
	}
	procs := 0
	start := func(i int) *serveProc {
		p := startServe(t, bin, filepath.Join(tmp, fmt.Sprintf("serve-%d-%d.log", i, procs)), args(i))
		procs++
		waitHealthy(t, addrs[i], p)
		return p
	}
	reps := []*serveProc{start(0), start(1)}

	var epoch atomic.Int64
	var stop atomic.Bool
	var wg sync.WaitGroup
	defer func() { stop.Store(true); cancel(); wg.Wait() }()
	for _, s := range senders {
		wg.Add(1)
		go func(s *sender) {
			defer wg.Done()
			for n := 0; !stop.Load() && ctx.Err() == nil; n++ {
				ep := epoch.Load()
				res, err := s.agent.Send(ctx, bobDID, []byte(fmt.Sprintf(`{"sender":%d,"n":%d}`, s.idx, n)))
				if err != nil {
					s.fail(err)
					time.Sleep(5 * time.Millisecond)
					continue
				}
				if epoch.Load() != ep {
					ep = -1
				}
				s.record(t, res, ep)
			}
		}(s)
	}
	waitFor(t, "every sender's first acknowledged request", func() bool {
		for _, s := range senders {
			if n, _, _ := s.snapshot(); n == 0 {
				return false
			}
		}
		return true
	})
	db, err := postgres.Open(ctx, dbURL, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	check := func(when string) {
		t.Helper()
		for _, s := range senders {
			_, highest, chID := s.snapshot()
			st, ok, err := db.Channel(chID)
			if err != nil || !ok || st.Accepted.Cmp(highest) < 0 {
				t.Fatalf("seed %d, %s: sender %d: the database holds %v (ok=%v err=%v), below the acknowledged %s: an acknowledged voucher was lost", seed, when, s.idx, st.Accepted, ok, err, highest)
			}
		}
	}
	const kills = 4
	for k := 0; k < kills; k++ {
		victim := k % 2
		wait := minKillWait + time.Duration(rng.Int64N(int64(maxKillWait-minKillWait)))
		time.Sleep(wait)
		reps[victim].kill()
		epoch.Add(1)
		check(fmt.Sprintf("kill %d (replica %d)", k+1, victim))
		t.Logf("kill %d: SIGKILL replica %d %v into the load; the database holds every acknowledged voucher", k+1, victim, wait)
		time.Sleep(100 * time.Millisecond) // the other replica serves alone a while
		reps[victim] = start(victim)
	}
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
	check("the end")
	for _, s := range senders {
		_, highest, chID := s.snapshot()
		st, _, _ := db.Channel(chID)
		if sent := s.rec.highestSent(); st.Accepted.Cmp(sent) > 0 {
			t.Fatalf("seed %d: sender %d: the database accepted %s, above the highest voucher it ever sent %s", seed, s.idx, st.Accepted, sent)
		}
		nonces := map[uint64]bool{}
		for _, a := range s.acks {
			if nonces[a.nonce] {
				t.Fatalf("seed %d: sender %d: nonce %d acknowledged twice", seed, s.idx, a.nonce)
			}
			nonces[a.nonce] = true
		}
		t.Logf("sender %d: %d acknowledged, highest %s, database accepted %s; failed sends: %s", s.idx, len(s.acks), highest, st.Accepted, s.failures())
	}
}
