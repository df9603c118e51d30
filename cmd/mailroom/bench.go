package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
	"github.com/agentmailroom/mailroom/hosts/mailroom"
	"github.com/agentmailroom/mailroom/hosts/mailroom/agent"
	"github.com/agentmailroom/mailroom/hosts/mailroom/server"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
	"github.com/agentmailroom/mailroom/hosts/runtime/native"
)

func init() { register(newBenchCmd) }

type benchResult struct {
	Senders          int     `json:"senders"`
	Requests         int64   `json:"requests"`
	Paid             int64   `json:"paid"`
	Failed           int64   `json:"failed"`
	Seconds          float64 `json:"seconds"`
	PaidPerSecond    float64 `json:"paidPerSecond"`
	P50Ms            float64 `json:"p50Ms"`
	P99Ms            float64 `json:"p99Ms"`
	CryptoBoundRPS   float64 `json:"cryptoBoundPerSecond"`
	RatioToBound     float64 `json:"ratioToCryptoBound"`
	StoreCommits     uint64  `json:"storeCommits"`
	StoreWrites      uint64  `json:"storeWrites"`
	ReceiptsVerified int64   `json:"receiptsVerified"`
	AcceptedWei      string  `json:"acceptedWei"`
	Durable          bool    `json:"durable"`
	Store            string  `json:"store"`    // bolt or postgres
	Replicas         int     `json:"replicas"` // mailrooms sharing the store
	Balance          string  `json:"balance"`  // round-robin or sticky
	Load             string  `json:"load"`     // the machine's load averages at the end (/proc/loadavg)
	RecoverBackend   string  `json:"recoverBackend"`
	// CPUMicrosPerPaid is the whole process's CPU time (server, clients,
	// chain, GC) during the measured window divided by the paid requests.
	CPUMicrosPerPaid float64 `json:"cpuMicrosPerPaid"`
	CPUUtilization   float64 `json:"cpuUtilization"`
	// DBCPUMicrosPerPaid is the CPU time of the machine's postgres
	// processes during the window divided by the paid requests (postgres
	// stores; 0 when /proc does not tell).
	DBCPUMicrosPerPaid float64 `json:"dbCpuMicrosPerPaid"`
}

type benchReq struct {
	hdr  http.Header
	body []byte
	env  *envelope.Signed
	vs   *voucher.Signed
}

func newBenchCmd() *cobra.Command {
	var senders, perSender int
	var duration time.Duration
	var jsonOut bool
	var verifyEvery int
	var cpuProfile string
	var gather time.Duration
	var gogc int
	var client, storeKind, balance string
	var replicas int
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Load-test a mailroom on loopback: K paying senders, real HTTP, durable store",
		Long: `Bench starts an embedded chain, registers Bob and K senders, opens one channel
per sender, starts Bob's mailroom (durable bbolt store with fsync, group commit)
on a loopback port, and lets every sender post pre-signed paid requests
(envelope + cumulative voucher) back to back for --duration. It reports paid
requests per second, p50/p99 latency, and the ratio to the crypto bound
measured in the same run: all cores doing nothing but the two signature
recoveries each request needs. Requests are signed before the clock starts,
so that the senders' signing does not compete with the mailroom for the CPU.
A request counts as paid only when the client got HTTP 200 with a
PAYMENT-RESPONSE receipt (every --verify-every'th receipt is verified). The
senders speak HTTP/1.1 on one keep-alive connection each (--client raw, as
load generators do; the responses are parsed by net/http) or through Go's
net/http client (--client nethttp, which costs the shared CPU more).

The store's group commit gathers writes for up to --commit-gather while
they arrive concurrently (mailroom serve has the same flag); every write is
still fsynced before its request is answered. The CPU line is the whole
process (clients, server, chain, GC) over the measured window.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
			defer cancel()
			if balance != "sticky" && balance != "round-robin" {
				return errs.New(errs.InvalidInput, "--balance %q: want round-robin or sticky", balance)
			}
			if client != "nethttp" && client != "raw" {
				return errs.New(errs.InvalidInput, "--client %q: want nethttp or raw", client)
			}
			if gogc != 0 {
				debug.SetGCPercent(gogc)
			}
			r, err := runBench(ctx, cmd.ErrOrStderr(), benchOptions{senders: senders, perSender: perSender, duration: duration,
				verifyEvery: verifyEvery, cpuProfile: cpuProfile, gather: gather, rawClient: client == "raw", store: storeKind, replicas: replicas, sticky: balance == "sticky"})
			if err != nil {
				return err
			}
			if jsonOut {
				b, _ := json.Marshal(r)
				fmt.Fprintln(cmd.OutOrStdout(), string(b))
				return nil
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s store, %d replica(s) (%s): %d senders, %d paid requests in %.2f s: %.0f paid requests/s (p50 %.2f ms, p99 %.2f ms), %d failed; load %s\n",
				r.Store, r.Replicas, r.Balance, r.Senders, r.Paid, r.Seconds, r.PaidPerSecond, r.P50Ms, r.P99Ms, r.Failed, r.Load)
			fmt.Fprintf(cmd.OutOrStdout(), "crypto bound (2 recoveries/request on %d cores, %s): %.0f/s; ratio %.2f\n",
				runtime.GOMAXPROCS(0), r.RecoverBackend, r.CryptoBoundRPS, r.RatioToBound)
			fmt.Fprintf(cmd.OutOrStdout(), "durable store: %d fsynced commits carried %d writes (%.1f per commit)\n",
				r.StoreCommits, r.StoreWrites, float64(r.StoreWrites)/float64(max(r.StoreCommits, 1)))
			fmt.Fprintf(cmd.OutOrStdout(), "process CPU: %.0f µs per paid request (clients and server together), %.0f%% of %d cores\n",
				r.CPUMicrosPerPaid, 100*r.CPUUtilization, runtime.NumCPU())
			if r.Store == "postgres" {
				fmt.Fprintf(cmd.OutOrStdout(), "database CPU: %.0f µs per paid request (this machine's postgres processes)\n", r.DBCPUMicrosPerPaid)
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.IntVar(&senders, "senders", 64, "number of sender agents (each its own channel, requests in sequence)")
	fl.IntVar(&perSender, "requests", 400, "pre-signed requests per sender (the run stops when they are used up or at --duration)")
	fl.DurationVar(&duration, "duration", 10*time.Second, "longest measurement")
	fl.IntVar(&verifyEvery, "verify-every", 50, "verify the receipt of every Nth response (0: none)")
	fl.BoolVar(&jsonOut, "json", false, "print one JSON object")
	fl.DurationVar(&gather, "commit-gather", 2*time.Millisecond, "group commit: while requests arrive concurrently, wait up to this long for more before each fsync (as mailroom serve --commit-gather)")
	fl.StringVar(&client, "client", "raw", "sender HTTP client: nethttp (Go's net/http Transport, keep-alive) or raw (one HTTP/1.1 keep-alive connection per sender, like wrk)")
	fl.IntVar(&gogc, "gogc", 0, "GC percent for the bench process (server and clients); 0 keeps GOGC")
	fl.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the measured window to this file")
	fl.StringVar(&storeKind, "store", "bolt", "the mailroom's store: bolt (a temporary bbolt file), postgres (a throwaway PostgreSQL cluster: initdb and pg_ctl on a loopback port) or a postgres://… URL of an empty database")
	fl.IntVar(&replicas, "replicas", 1, "mailroom replicas sharing the store (postgres only), each on its own port")
	fl.StringVar(&balance, "balance", "round-robin", "how senders' requests reach the replicas: round-robin (each sender's requests to them in turn: every request meets a replica that did not see the sender's last one) or sticky (each sender always to the same replica, as a load balancer with session affinity)")
	return cmd
}

// cryptoBound measures how many requests/s all cores could admit if they did
// nothing but the two signature recoveries per request.
func cryptoBound(env *envelope.Signed, vs *voucher.Signed, vdom *voucher.Domain, d time.Duration) float64 {
	rec := server.NativeRecover()
	ed := env.Domain().Digest(&env.Request)
	vd, _ := vdom.Digest(&vs.Voucher)
	var n atomic.Int64
	var wg sync.WaitGroup
	stop := time.Now().Add(d)
	for g := 0; g < runtime.GOMAXPROCS(0); g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(stop) {
				rec(ed, env.Signature)
				rec(vd, vs.Signature)
				n.Add(1)
			}
		}()
	}
	wg.Wait()
	return float64(n.Load()) / d.Seconds()
}

type benchOptions struct {
	senders, perSender int
	duration           time.Duration
	verifyEvery        int
	cpuProfile         string
	gather             time.Duration
	rawClient          bool
	store              string // bolt, postgres or a postgres:// URL
	replicas           int
	sticky             bool // each sender to one replica (else round-robin)
}

func runBench(ctx context.Context, log io.Writer, o benchOptions) (*benchResult, error) {
	k, perSender, duration, verifyEvery, cpuProfile := o.senders, o.perSender, o.duration, o.verifyEvery, o.cpuProfile
	say := func(f string, a ...any) { fmt.Fprintf(log, f+"\n", a...) }
	say("bench: starting the embedded chain with %d accounts...", k+2)
	nrep := max(o.replicas, 1)
	if nrep > 1 && (o.store == "bolt" || o.store == "") {
		return nil, errs.New(errs.InvalidInput, "--replicas %d: replicas share a PostgreSQL store (--store postgres)", nrep)
	}
	storeURL, stopStore, err := benchStore(o.store, say)
	if err != nil {
		return nil, err
	}
	defer stopStore()
	dc, err := devchain.Start(ctx, devchain.Config{Port: 0, Accounts: k + 2})
	if err != nil {
		return nil, err
	}
	defer dc.Close()
	c := dc.Contracts
	bobS := dc.Keys[1]
	bob := ethsig.Address(bobS.Address())
	rate := big.NewInt(1_000_000_000) // 1 gwei per request
	lns := make([]net.Listener, nrep)
	urls := make([]string, nrep)
	for i := range lns {
		if lns[i], err = net.Listen("tcp", "127.0.0.1:0"); err != nil {
			return nil, errs.New(errs.Internal, "listen: %v", err)
		}
		urls[i] = "http://" + lns[i].Addr().String() + "/task"
	}
	url := urls[0]
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	if _, err := c.Registry.Register(ctx, bobS, bobS.Address(), chain.Profile{Endpoint: url, RatePerTaskWei: rate}, deadline, nil); err != nil {
		return nil, err
	}
	say("bench: registering %d senders and opening their channels...", k)
	agents := make([]*agent.Agent, k)
	errc := make(chan error, k)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 8)
	for i := 0; i < k; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			s := dc.Keys[2+i]
			if _, err := c.Registry.Register(ctx, s, s.Address(), chain.Profile{}, deadline, nil); err != nil {
				errc <- err
				return
			}
			cfg := agentConfig(c, s, store.NewMem())
			a, err := agent.New(cfg)
			if err != nil {
				errc <- err
				return
			}
			deposit := new(big.Int).Mul(rate, big.NewInt(int64(perSender+10)))
			if _, err := a.OpenChannel(ctx, bob, deposit); err != nil {
				errc <- err
				return
			}
			agents[i] = a
		}(i)
	}
	wg.Wait()
	close(errc)
	if err := <-errc; err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "mailroom-bench-")
	if err != nil {
		return nil, errs.New(errs.Internal, "temp dir: %v", err)
	}
	defer os.RemoveAll(tmp)
	rooms := make([]*mailroom.Mailroom, nrep)
	for i := range rooms {
		mo := mailroom.Options{StoreDir: tmp, Price: rate, GatherDelay: o.gather}
		if storeURL != "" {
			mo.StoreDir, mo.StoreURL = "", storeURL
		}
		if rooms[i], err = startMailroom(ctx, c, bobS, mo); err != nil {
			return nil, err
		}
		defer rooms[i].Close(ctx)
		srv := &http.Server{Handler: rooms[i].Handler}
		go srv.Serve(lns[i])
		defer srv.Close()
	}
	st := rooms[0]
	storeStats := func() (commits, writes uint64) {
		for _, r := range rooms {
			c, w := r.Store.Stats()
			commits, writes = commits+c, writes+w
		}
		return
	}

	say("bench: pre-signing %d requests (%d per sender)...", k*perSender, perSender)
	reqs := make([][]benchReq, k)
	var sg sync.WaitGroup
	var signErr atomic.Value
	for i := range agents {
		sg.Add(1)
		go func(i int) {
			defer sg.Done()
			reqs[i] = make([]benchReq, perSender)
			for j := range reqs[i] {
				body := []byte(fmt.Sprintf(`{"task":"bench","sender":%d,"n":%d}`, i, j))
				env, vs, err := agents[i].PrepareRequest(ctx, did.Format(bob), body, rate)
				if err != nil {
					signErr.Store(err)
					return
				}
				h := http.Header{"Content-Type": {"application/json"}}
				agent.SetHeaders(h, env, agents[i].Payment(url, bob, rate, nil, vs))
				reqs[i][j] = benchReq{hdr: h, body: body, env: env, vs: vs}
			}
		}(i)
	}
	sg.Wait()
	if e, ok := signErr.Load().(error); ok {
		return nil, e
	}
	// Warm the caches (registry and channel reads) outside the clock.
	for i := range reqs {
		if _, err := doBench(ctx, http.DefaultClient, url, &reqs[i][0], nil); err != nil {
			return nil, err
		}
	}

	say("bench: measuring the crypto bound...")
	bound := cryptoBound(reqs[0][1].env, reqs[0][1].vs, agents[0].VoucherDomain(), time.Second)

	say("bench: %d senders posting for up to %s...", k, duration)
	tr := &http.Transport{MaxIdleConns: k * 2, MaxIdleConnsPerHost: k * 2, DisableCompression: true}
	hc := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	// rp[i][r]: sender i's connection to replica r.
	rp := make([][]*rawPoster, k)
	for i := range rp {
		rp[i] = make([]*rawPoster, nrep)
		for r := range rp[i] {
			if rp[i][r], err = newRawPoster(urls[r]); err != nil {
				return nil, err
			}
		}
	}
	lat := make([][]time.Duration, k)
	var paid, failed, verified atomic.Int64
	if cpuProfile != "" {
		f, err := os.Create(cpuProfile)
		if err != nil {
			return nil, errs.New(errs.InvalidInput, "%v", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return nil, errs.New(errs.Internal, "cpu profile: %v", err)
		}
	}
	var ru0 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	db0, dbOK := postgresCPU()
	stopAt := time.Now().Add(duration)
	c0, w0 := storeStats()
	t0 := time.Now()
	var lg sync.WaitGroup
	var firstFail atomic.Value
	for i := 0; i < k; i++ {
		lg.Add(1)
		go func(i int) {
			defer lg.Done()
			lat[i] = make([]time.Duration, 0, perSender)
			var buf bytes.Buffer
			ps := make([]poster, nrep)
			for r := range ps {
				ps[r] = netHTTPPoster{hc: hc, url: urls[r]}
				if o.rawClient {
					ps[r] = rp[i][r]
				}
				defer ps[r].close()
			}
			for j := 1; j < len(reqs[i]) && time.Now().Before(stopAt); j++ {
				q := &reqs[i][j]
				p := ps[(i+j)%nrep] // the replicas in turn
				if o.sticky {
					p = ps[i%nrep]
				}
				s := time.Now()
				resp, err := p.post(ctx, q, &buf)
				lat[i] = append(lat[i], time.Since(s))
				if err == nil && verifyEvery > 0 && j%verifyEvery == 0 {
					if _, err = agent.VerifyReceipt(agents[i].RequestDomain(), resp.Header, resp.body, q.env, q.vs, bob); err == nil {
						verified.Add(1)
					}
				}
				if err != nil {
					failed.Add(1)
					firstFail.CompareAndSwap(nil, err.Error())
					continue
				}
				paid.Add(1)
			}
		}(i)
	}
	lg.Wait()
	el := time.Since(t0)
	var ru1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	db1, _ := postgresCPU()
	if cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	cpu := time.Duration(ru1.Utime.Nano()+ru1.Stime.Nano()-ru0.Utime.Nano()-ru0.Stime.Nano()) * time.Nanosecond
	c1, w1 := storeStats()
	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	sort.Slice(all, func(a, b int) bool { return all[a] < all[b] })
	pct := func(p float64) float64 {
		if len(all) == 0 {
			return 0
		}
		return float64(all[int(p*float64(len(all)-1))].Microseconds()) / 1000
	}
	acc := new(big.Int)
	chs, _ := st.Server.Channels()
	for _, ch := range chs {
		acc.Add(acc, ch.Accepted)
	}
	r := &benchResult{
		Senders: k, Requests: int64(len(all)), Paid: paid.Load(), Failed: failed.Load(),
		Seconds: el.Seconds(), PaidPerSecond: float64(paid.Load()) / el.Seconds(),
		P50Ms: pct(0.50), P99Ms: pct(0.99), CryptoBoundRPS: bound,
		StoreCommits: c1 - c0, StoreWrites: w1 - w0, ReceiptsVerified: verified.Load(),
		AcceptedWei: acc.String(), Durable: true, RecoverBackend: nativeBackend(),
		Store: "bolt", Replicas: nrep, Load: loadAvg(), Balance: map[bool]string{true: "sticky", false: "round-robin"}[o.sticky],
	}
	if storeURL != "" {
		r.Store = "postgres"
		if dbOK && r.Paid > 0 {
			r.DBCPUMicrosPerPaid = float64((db1 - db0).Microseconds()) / float64(r.Paid)
		}
	}
	r.RatioToBound = r.PaidPerSecond / bound
	if r.Paid > 0 {
		r.CPUMicrosPerPaid = float64(cpu.Microseconds()) / float64(r.Paid)
	}
	r.CPUUtilization = cpu.Seconds() / el.Seconds() / float64(runtime.NumCPU())
	if ff, ok := firstFail.Load().(string); ok {
		say("bench: first failure: %s", ff)
	}
	return r, nil
}

type benchResp struct {
	Header http.Header
	body   []byte
}

// doBench posts one pre-signed request. Each request is sent once, so its
// header map is handed to the client as it is (the client does not modify
// it); buf, when not nil, is reused for the response body.
func doBench(ctx context.Context, hc *http.Client, url string, q *benchReq, buf *bytes.Buffer) (*benchResp, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(q.body))
	if err != nil {
		return nil, err
	}
	req.Header = q.hdr
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if buf == nil {
		buf = new(bytes.Buffer)
	}
	buf.Reset()
	if _, err := buf.ReadFrom(resp.Body); err != nil {
		return nil, err
	}
	return paidResponse(resp, buf.Bytes())
}

func nativeBackend() string { return native.Backend() }
