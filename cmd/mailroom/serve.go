package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"log/slog"
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
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/mailroom"
	"github.com/agentmailroom/mailroom/hosts/mailroom/server"
	"github.com/agentmailroom/mailroom/hosts/mailroom/settle"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres"
)

func init() { register(newServeCmd) }

// startMailroom starts the library's mailroom (hosts/mailroom) for signer
// s, with the built-in echo task unless o names one: serve, demo, bench and
// the tests all build it the same way.
func startMailroom(ctx context.Context, c *chain.Client, s *chain.Signer, o mailroom.Options) (*mailroom.Mailroom, error) {
	if o.Task == nil {
		o.Task = echoTask(ethsig.Address(s.Address()))
	}
	return mailroom.Start(ctx, c, s, o)
}

// minDelayConfig is server.Config.MinWithdrawDelay for a flag value in
// seconds (0 means no minimum, which the Config spells negative).
func minDelayConfig(seconds uint64) time.Duration {
	if seconds == 0 {
		return -1
	}
	return time.Duration(seconds) * time.Second
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
	var listen, storeDir, upstream, routesFile string
	var priceS, thresholdS []string
	var onShutdown, closeOnShutdown bool
	var gather time.Duration
	var maxBody int64
	var minDelayS, publicURL, logFormat string
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
close, and on shutdown with --settle-on-shutdown.

With --store postgres://… the store is a PostgreSQL database that any number
of replicas of this mailroom (behind one load balancer) share: each request
is served once across them, the replicas elect one settler, and while the
database cannot be reached they refuse requests with 503 store_unavailable
(docs/SCALING.md).`,
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
			var logger *slog.Logger
			switch logFormat {
			case "text":
				logger = slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), nil))
			case "json":
				logger = slog.New(slog.NewJSONHandler(cmd.ErrOrStderr(), nil))
			case "none":
			default:
				return errs.New(errs.InvalidInput, "--log-format %q: want text, json or none", logFormat)
			}
			o := mailroom.Options{StoreDir: storeDir, MaxBody: maxBody, GatherDelay: gather, MinWithdrawDelay: minDelayConfig(minDelay), CORSOrigins: corsOrigins, PublicURL: publicURL, Logger: logger,
				Policy: settle.Policy{OnShutdown: onShutdown, CloseOnShutdown: closeOnShutdown, Logf: log.New(cmd.ErrOrStderr(), "", log.LstdFlags).Printf}}
			if postgres.IsURL(o.StoreDir) {
				o.StoreURL, o.StoreDir = o.StoreDir, ""
			} else if o.StoreDir == "" {
				o.StoreDir = defaultStoreDir(ethsig.Address(s.Address()))
			}
			book := newAssetBook(ctx, c)
			if routesFile != "" {
				if o.Routes, err = loadRoutes(book, routesFile); err != nil {
					return err
				}
			}
			for _, p := range priceS {
				pr, err := book.price(p)
				if err != nil {
					return errs.Wrap(errs.KindOf(err), "--price", err)
				}
				o.Accepts = append(o.Accepts, pr)
			}
			for _, v := range thresholdS {
				p, err := book.price(v)
				if err != nil {
					return errs.Wrap(errs.KindOf(err), "--settle-threshold", err)
				}
				if p.Asset == (ethsig.Address{}) {
					o.Policy.Threshold = p.Amount
					continue
				}
				if o.Policy.Thresholds == nil {
					o.Policy.Thresholds = map[ethsig.Address]*big.Int{}
				}
				o.Policy.Thresholds[p.Asset] = p.Amount
			}
			if upstream != "" {
				if o.Task, err = proxyTask(upstream); err != nil {
					return err
				}
			}
			st, err := startMailroom(ctx, c, s, o)
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", listen)
			if err != nil {
				st.Close(ctx)
				return errs.New(errs.InvalidInput, "listen %s: %v", listen, err)
			}
			srv := server.NewHTTPServer(st.Handler, server.HTTPOptions{})
			cctl, stopControl := context.WithCancel(ctx)
			defer stopControl()
			storeName := o.StoreDir
			if o.StoreDir != "" {
				go func() {
					if err := st.ServeControl(cctl, o.StoreDir); err != nil {
						fmt.Fprintf(cmd.ErrOrStderr(), "mailroom: no control socket (settle cannot reach this mailroom): %v\n", err)
					}
				}()
			} else {
				storeName = "postgres (shared by replicas)"
			}
			fmt.Fprintf(cmd.OutOrStdout(), "mailroom: %s serving on http://%s (price %s, store %s)\n",
				did.Format(ethsig.Address(s.Address())), ln.Addr(), book.formatPrices(st.Server.Prices()), storeName)
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
			stopControl()
			for _, r := range st.Close(sctx) {
				if r.Err != nil {
					fmt.Fprintf(cmd.ErrOrStderr(), "settle 0x%x: %v\n", r.ChannelID, r.Err)
				} else if r.Paid != nil {
					fmt.Fprintf(cmd.OutOrStdout(), "settled 0x%x: %s (cumulative %s)\n", r.ChannelID, book.format(r.Asset, r.Paid), book.format(r.Asset, r.Amount))
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
	fl.StringVar(&storeDir, "store", "", "durable store: a directory (bbolt, one mailroom; default .mailroom/<address>), or a postgres://… URL of a PostgreSQL database that any number of replicas of this mailroom share (each request served once across them; one settles)")
	fl.StringVar(&upstream, "upstream", "", "reverse-proxy paid requests to this URL instead of the echo task")
	fl.StringSliceVar(&priceS, "price", nil, "price per request (e.g. 0.001ether); repeat for several assets, the preferred first: --price 0.001ether --price 0.25tUSDC (a decimal with the token's symbol, or AMOUNT@token / AMOUNT@0x… in base units); default: the registry rate in ETH")
	fl.StringVar(&routesFile, "routes", "", "prices per route: a JSON `FILE` [{\"method\":\"POST\",\"path\":\"/task\",\"price\":\"0.002ether\"}, {\"path\":\"/api/*\",\"accepts\":[{\"price\":\"0.001ether\"},{\"price\":\"0.25tUSDC\"}]}]; first match wins, the rest cost --price")
	fl.StringSliceVar(&thresholdS, "settle-threshold", nil, "claim a channel once its unclaimed value reaches this amount, in the channel's asset: 0.01ether, and per token 5tUSDC or 5000000@0x… (repeat; a token without one is claimed on close requests and shutdown only)")
	fl.BoolVar(&onShutdown, "settle-on-shutdown", false, "claim every channel on shutdown")
	fl.BoolVar(&closeOnShutdown, "close-on-shutdown", false, "with --settle-on-shutdown: redeem (close and refund) instead of claim")
	fl.Int64Var(&maxBody, "max-body", 1<<20, "largest request body in bytes")
	fl.StringSliceVar(&corsOrigins, "cors-origin", nil, "let browser agents on this origin pay (repeat, or * for any): CORS with the payment headers exposed")
	fl.StringVar(&publicURL, "public-url", "", "the absolute base URL clients use (e.g. https://bob.example), for the 402's resource.url; default http://<Host>")
	fl.StringVar(&logFormat, "log-format", "text", "one line per request on stderr (id, sender, method, path, status, code, paid and its asset, latency): text, json or none")
	fl.StringVar(&minDelayS, "min-withdraw-delay", "1h", "refuse channels whose withdraw delay is shorter (seconds or a duration): after requestClose the sender may withdraw the unclaimed rest once the delay has passed, so it must exceed the settler's worst reaction time (about a second on a healthy node; an RPC outage or a restart can take minutes)")
	fl.DurationVar(&gather, "commit-gather", 2*time.Millisecond, "group commit: while requests arrive concurrently, wait up to this long for more before each fsync (fewer fsyncs under load; a lone request never waits; 0: never wait)")
	return cmd
}
