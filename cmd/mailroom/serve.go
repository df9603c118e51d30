package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"math/big"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/replay"
	"github.com/agentmailroom/mailroom/hosts/agent/chainview"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/server"
	"github.com/agentmailroom/mailroom/hosts/settle"
	"github.com/agentmailroom/mailroom/hosts/store"
)

func init() { register(newServeCmd) }

// stack is a running recipient: cached chain view, store, middleware,
// settler. serve, demo, bench and the crash test all build it the same way.
type stack struct {
	client  *chain.Client
	signer  *chain.Signer
	view    *chainview.View
	db      *store.DB
	room    *server.Mailroom
	settler *settle.Settler
	mux     *http.ServeMux
	cancel  context.CancelFunc
	done    chan struct{}
}

type stackOptions struct {
	storeDir      string
	price         *big.Int // nil: the agent's registry rate
	policy        settle.Policy
	task          http.Handler // nil: echo
	maxBody       int64
	watchInterval time.Duration
	gatherDelay   time.Duration // store.Options.GatherDelay
	minDelay      time.Duration // server.Config.MinWithdrawDelay (0: default)
	corsOrigins   []string      // server.CORS
	publicURL     string        // server.Config.PublicURL
	pruneEvery    time.Duration // nonce pruning period (0: the replay window's past bound / 2)
}

func buildStack(ctx context.Context, c *chain.Client, s *chain.Signer, o stackOptions) (*stack, error) {
	me := ethsig.Address(s.Address())
	view := chainview.New(chainview.ClientSource{C: c})
	price := o.price
	if price == nil {
		ag, err := view.Agent(ctx, me)
		if err != nil {
			return nil, errs.New(errs.AgentNotFound, "%s is not registered: register it or pass --price (%s)", did.Format(me), errs.Message(err))
		}
		price = ag.RatePerTaskWei
	}
	db, err := store.OpenWith(o.storeDir, store.Options{GatherDelay: o.gatherDelay})
	if err != nil {
		return nil, err
	}
	st := &stack{client: c, signer: s, view: view, db: db, done: make(chan struct{})}
	room, err := server.New(server.Config{
		Key: s.Core(), ChainID: c.ChainID.Uint64(),
		Registry: ethsig.Address(c.Deployment.Registry), ChannelContract: ethsig.Address(c.Deployment.PaymentChannel),
		Price: price, Chain: view, Store: db, MaxBody: o.maxBody, MinWithdrawDelay: o.minDelay, PublicURL: o.publicURL,
		OnAccept: func(cs store.ChannelState) { st.settler.Notify(cs) },
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	st.room = room
	st.settler = settle.New(room, settle.ChainClaimer{C: c, S: s}, o.policy)
	room.Metrics().Extra = func(w io.Writer) {
		commits, writes := db.Stats()
		fmt.Fprintln(w, "# HELP mailroom_store_commits_total Durable store transactions (one fsync each).")
		fmt.Fprintln(w, "# TYPE mailroom_store_commits_total counter")
		fmt.Fprintf(w, "mailroom_store_commits_total %d\n", commits)
		fmt.Fprintln(w, "# HELP mailroom_store_writes_total Writes carried by those transactions.")
		fmt.Fprintln(w, "# TYPE mailroom_store_writes_total counter")
		fmt.Fprintf(w, "mailroom_store_writes_total %d\n", writes)
	}
	view.OnEvent(st.settler.OnEvent)
	task := o.task
	if task == nil {
		task = echoTask(me)
	}
	st.mux = http.NewServeMux()
	st.mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"status":"ok","did":%q}`+"\n", did.Format(me))
	})
	st.mux.Handle("/metrics", room.Metrics().Handler())
	st.mux.Handle("/", server.CORS(o.corsOrigins, room.Wrap(task)))

	interval := o.watchInterval
	if interval <= 0 {
		interval = 100 * time.Millisecond // ≈ the worst revocation lag (TestRevocationLag)
	}
	dec, err := chainview.NewDecoder(c.Deployment.Registry, c.Deployment.PaymentChannel)
	if err != nil {
		db.Close()
		return nil, err
	}
	rctx, cancel := context.WithCancel(context.Background())
	st.cancel = cancel
	go func() {
		defer close(st.done)
		go view.Watch(rctx, c.Backend, dec, interval)
		go st.prune(rctx, o.pruneEvery, o.policy.Logf)
		st.settler.Run(rctx)
	}()
	return st, nil
}

// minDelayConfig is server.Config.MinWithdrawDelay for a flag value in
// seconds (0 means no minimum, which the Config spells negative).
func minDelayConfig(seconds uint64) time.Duration {
	if seconds == 0 {
		return -1
	}
	return time.Duration(seconds) * time.Second
}

// prune deletes the nonce records (and kept answers) whose timestamps left
// the replay window, every period, so the store stays flat under load.
func (s *stack) prune(ctx context.Context, every time.Duration, logf func(string, ...any)) {
	if every <= 0 {
		every = replay.DefaultWindow.Past / 2
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			if _, err := s.db.Prune(ctx, uint64(now.Unix())); err != nil && ctx.Err() == nil && logf != nil {
				logf("prune: %v", err)
			}
		}
	}
}

// close stops the watcher and the settler, applies the shutdown policy and
// closes the store.
func (s *stack) close(ctx context.Context) []settle.Result {
	s.cancel()
	<-s.done
	s.room.Drain()
	rs := s.settler.Close(ctx)
	s.db.Close()
	return rs
}

// echoTask is the built-in task: it answers {"agent","echo"} with the body.
func echoTask(me ethsig.Address) http.Handler {
	agent := did.Format(me)
	q, _ := json.Marshal(agent)
	prefix := `{"agent":` + string(q) + `,"echo":`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		w.Header().Set("Content-Type", "application/json")
		w.Write(appendEcho(make([]byte, 0, len(prefix)+len(b)+2), prefix, agent, b))
	})
}

// appendEcho appends the echo task's answer: {"agent":…,"echo":…} as
// json.Encoder writes the map, the body embedded as JSON when it is valid
// JSON, else as a string. A body that is already compact and has nothing
// encoding/json escapes is copied as it is; any other goes through
// encoding/json.
func appendEcho(dst []byte, prefix, agent string, b []byte) []byte {
	if json.Valid(b) && !bytes.ContainsAny(b, " \t\r\n<>&\u2028\u2029") {
		dst = append(dst, prefix...)
		dst = append(dst, b...)
		return append(dst, '}', '\n')
	}
	out := map[string]any{"agent": agent, "echo": string(b)}
	if json.Valid(b) {
		out["echo"] = json.RawMessage(b)
	}
	buf := bytes.NewBuffer(dst)
	json.NewEncoder(buf).Encode(out)
	return buf.Bytes()
}

// proxyTask gates an upstream HTTP API.
func proxyTask(upstream string) (http.Handler, error) {
	u, err := url.Parse(upstream)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return nil, errs.New(errs.InvalidInput, "--upstream %q is not an absolute URL", upstream)
	}
	p := httputil.NewSingleHostReverseProxy(u)
	p.ErrorHandler = func(w http.ResponseWriter, _ *http.Request, err error) {
		http.Error(w, "upstream: "+err.Error(), http.StatusBadGateway)
	}
	return p, nil
}

func defaultStoreDir(a ethsig.Address) string { return filepath.Join(".mailroom", a.String()) }

func newServeCmd() *cobra.Command {
	var cf chainFlags
	var listen, storeDir, upstream, priceS, thresholdS string
	var onShutdown, closeOnShutdown bool
	var gather time.Duration
	var maxBody int64
	var minDelayS, publicURL string
	var corsOrigins []string
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run this agent's mailroom: verify envelopes and vouchers, run the task, sign receipts, settle",
		Long: `Serve runs the agent's mailroom on --listen: every request must carry a signed
Agent-Envelope and a PAYMENT-SIGNATURE voucher on a payment channel to this
agent; the built-in echo task (or --upstream URL, as a reverse proxy) runs only
after both are verified and recorded durably in --store. /healthz and /metrics
(Prometheus text format) are not gated. Claims are made on chain when the
unclaimed value of a channel reaches --settle-threshold, when a sender requests
close, and on shutdown with --settle-on-shutdown.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := cf.signer(cmd)
			if err != nil {
				return err
			}
			ctx := context.Background()
			cctx, cancel := context.WithTimeout(ctx, cf.timeout)
			c, err := cf.connect(cctx)
			cancel()
			if err != nil {
				return err
			}
			minDelay, err := parseDelay(minDelayS)
			if err != nil {
				return err
			}
			o := stackOptions{storeDir: storeDir, maxBody: maxBody, gatherDelay: gather, minDelay: minDelayConfig(minDelay), corsOrigins: corsOrigins, publicURL: publicURL,
				policy: settle.Policy{OnShutdown: onShutdown, CloseOnShutdown: closeOnShutdown, Logf: log.New(cmd.ErrOrStderr(), "", log.LstdFlags).Printf}}
			if o.storeDir == "" {
				o.storeDir = defaultStoreDir(ethsig.Address(s.Address()))
			}
			if priceS != "" {
				if o.price, err = chain.ParseAmount(priceS); err != nil {
					return err
				}
			}
			if thresholdS != "" {
				if o.policy.Threshold, err = chain.ParseAmount(thresholdS); err != nil {
					return err
				}
			}
			if upstream != "" {
				if o.task, err = proxyTask(upstream); err != nil {
					return err
				}
			}
			st, err := buildStack(ctx, c, s, o)
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", listen)
			if err != nil {
				st.close(ctx)
				return errs.New(errs.InvalidInput, "listen %s: %v", listen, err)
			}
			srv := server.NewHTTPServer(st.mux, server.HTTPOptions{})
			fmt.Fprintf(cmd.OutOrStdout(), "mailroom: %s serving on http://%s (price %s wei, store %s)\n",
				did.Format(ethsig.Address(s.Address())), ln.Addr(), st.room.Price(), o.storeDir)
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			sig := make(chan os.Signal, 1)
			signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
			select {
			case <-sig:
			case err = <-errc:
			}
			sctx, scancel := context.WithTimeout(ctx, cf.timeout)
			defer scancel()
			srv.Shutdown(sctx)
			for _, r := range st.close(sctx) {
				if r.Err != nil {
					fmt.Fprintf(cmd.ErrOrStderr(), "settle 0x%x: %v\n", r.ChannelID, r.Err)
				} else if r.Paid != nil {
					fmt.Fprintf(cmd.OutOrStdout(), "settled 0x%x: %s wei (cumulative %s)\n", r.ChannelID, r.Paid, r.Amount)
				}
			}
			if err != nil && err != http.ErrServerClosed {
				return errs.New(errs.Internal, "serve: %v", err)
			}
			return nil
		},
	}
	cf.add(cmd, true)
	fl := cmd.Flags()
	fl.StringVar(&listen, "listen", "127.0.0.1:8402", "address to listen on")
	fl.StringVar(&storeDir, "store", "", "durable store directory (default .mailroom/<address>)")
	fl.StringVar(&upstream, "upstream", "", "reverse-proxy paid requests to this URL instead of the echo task")
	fl.StringVar(&priceS, "price", "", "price per request (e.g. 0.001ether); default: the registry rate")
	fl.StringVar(&thresholdS, "settle-threshold", "", "claim a channel once its unclaimed value reaches this amount")
	fl.BoolVar(&onShutdown, "settle-on-shutdown", false, "claim every channel on shutdown")
	fl.BoolVar(&closeOnShutdown, "close-on-shutdown", false, "with --settle-on-shutdown: redeem (close and refund) instead of claim")
	fl.Int64Var(&maxBody, "max-body", 1<<20, "largest request body in bytes")
	fl.StringSliceVar(&corsOrigins, "cors-origin", nil, "let browser agents on this origin pay (repeat, or * for any): CORS with the payment headers exposed")
	fl.StringVar(&publicURL, "public-url", "", "the absolute base URL clients use (e.g. https://bob.example), for the 402's resource.url; default http://<Host>")
	fl.StringVar(&minDelayS, "min-withdraw-delay", "1h", "refuse channels whose withdraw delay is shorter (seconds or a duration): after requestClose the sender may withdraw the unclaimed rest once the delay has passed, so it must exceed the settler's worst reaction time (about a second on a healthy node; an RPC outage or a restart can take minutes)")
	fl.DurationVar(&gather, "commit-gather", 2*time.Millisecond, "group commit: while requests arrive concurrently, wait up to this long for more before each fsync (fewer fsyncs under load; a lone request never waits; 0: never wait)")
	return cmd
}
