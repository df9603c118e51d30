package mailroom

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/recipient"
	"github.com/agentmailroom/mailroom/core/replay"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/chainview"
	"github.com/agentmailroom/mailroom/hosts/mailroom/server"
	"github.com/agentmailroom/mailroom/hosts/mailroom/settle"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store/postgres"
)

// Options configure a mailroom. Task and StoreDir or StoreURL are required.
type Options struct {
	StoreDir string // bbolt store directory (one mailroom)
	// StoreURL, instead of StoreDir, is a PostgreSQL database
	// (postgres://…, hosts/mailroom/store/postgres) that any number of
	// mailroom replicas of this agent share: each request is served once
	// across them, one of them settles, one at a time prunes.
	StoreURL string
	Postgres postgres.Options // tuning of the StoreURL store
	Task     http.Handler     // the gated task
	Price    *big.Int         // wei per request; nil: the agent's registry rate
	// Accepts prices requests in several assets, the preferred first
	// (recipient.Price; instead of Price): a 402 lists them all.
	Accepts []recipient.Price
	// Routes price requests by method and path; the first that matches is
	// a request's price and asset, the others cost Price (recipient.Route).
	Routes  []recipient.Route
	Policy  settle.Policy
	MaxBody int64
	// WatchInterval is how often the chain's events are polled (default
	// 100 ms: about the worst revocation lag, cmd/mailroom TestRevocationLag).
	WatchInterval time.Duration
	GatherDelay   time.Duration // store.Options.GatherDelay
	// MinWithdrawDelay is server.Config.MinWithdrawDelay (0: its default,
	// negative: none).
	MinWithdrawDelay time.Duration
	CORSOrigins      []string // server.CORS
	PublicURL        string   // server.Config.PublicURL
	// PruneEvery is the nonce pruning period (default: half the replay
	// window's past bound).
	PruneEvery time.Duration
	// Logger, when set, logs one line per request (server.Config.Logger).
	Logger *slog.Logger
}

// Store is the recipient's durable store: store.DB (bbolt) or
// postgres.DB.
type Store interface {
	store.Recipient
	// Stats returns the transactions committed and the writes they carried.
	Stats() (commits, writes uint64)
	Close() error
}

// Mailroom is a running recipient.
type Mailroom struct {
	Client  *chain.Client
	Signer  *chain.Signer
	View    *chainview.View
	Store   Store
	Server  *server.Mailroom
	Settler *settle.Settler
	// Handler serves /healthz, /metrics and, gated, everything else.
	Handler http.Handler

	cancel  context.CancelFunc
	done    chan struct{}
	shared  *postgres.DB // the Store when replicas share it
	leading atomic.Bool  // this replica is the settler now (always, unshared)
}

// Start assembles and starts a mailroom for signer s on chain client c.
func Start(ctx context.Context, c *chain.Client, s *chain.Signer, o Options) (*Mailroom, error) {
	if o.Task == nil || (o.StoreDir == "") == (o.StoreURL == "") {
		return nil, errs.New(errs.InvalidInput, "mailroom: Task and one of StoreDir or StoreURL are required")
	}
	if o.StoreURL != "" && o.Policy.CloseOnShutdown {
		// The settler's replica stops new work on a channel it redeems; the
		// other replicas do not know and would keep serving on vouchers the
		// redeem does not claim, which the closed channel never pays.
		return nil, errs.New(errs.InvalidInput, "mailroom: redeeming on shutdown (CloseOnShutdown, --close-on-shutdown) is refused on a shared store: other replicas would serve unpaid work; claim on shutdown, and redeem with `mailroom settle --close` once the replicas are stopped")
	}
	me := ethsig.Address(s.Address())
	view := chainview.New(chainview.ClientSource{C: c})
	price := o.Price
	if price == nil && len(o.Accepts) == 0 {
		ag, err := view.Agent(ctx, me)
		if err != nil {
			return nil, errs.New(errs.AgentNotFound, "%s is not registered: register it or give a price (%s)", did.Format(me), errs.Message(err))
		}
		price = ag.RatePerTaskWei
	}
	m := &Mailroom{Client: c, Signer: s, View: view, done: make(chan struct{})}
	var db Store
	var err error
	if o.StoreURL != "" {
		po := o.Postgres
		if po.GatherDelay == 0 {
			po.GatherDelay = o.GatherDelay
		}
		m.shared, err = OpenShared(ctx, c, o.StoreURL, po)
		db = m.shared
	} else {
		db, err = openBound(ctx, c, o.StoreDir, store.Options{GatherDelay: o.GatherDelay})
		m.leading.Store(true)
	}
	if err != nil {
		return nil, err
	}
	m.Store = db
	room, err := server.New(server.Config{
		Key: s.Core(), ChainID: c.ChainID.Uint64(),
		Registry: ethsig.Address(c.Deployment.Registry), ChannelContract: ethsig.Address(c.Deployment.PaymentChannel),
		Price: price, Accepts: o.Accepts, Routes: o.Routes, Chain: view, Store: db, MaxBody: o.MaxBody, MinWithdrawDelay: o.MinWithdrawDelay, PublicURL: o.PublicURL,
		OnAccept: m.onAccept, Logger: o.Logger,
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	m.Server = room
	m.Settler = settle.New(room, settle.ChainClaimer{C: c, S: s}, o.Policy)
	room.Metrics().Extra = func(w io.Writer) {
		commits, writes := db.Stats()
		fmt.Fprintln(w, "# HELP mailroom_store_commits_total Durable store transactions (one fsync each).")
		fmt.Fprintln(w, "# TYPE mailroom_store_commits_total counter")
		fmt.Fprintf(w, "mailroom_store_commits_total %d\n", commits)
		fmt.Fprintln(w, "# HELP mailroom_store_writes_total Writes carried by those transactions.")
		fmt.Fprintln(w, "# TYPE mailroom_store_writes_total counter")
		fmt.Fprintf(w, "mailroom_store_writes_total %d\n", writes)
	}
	view.OnEvent(m.Settler.OnEvent)
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"status":"ok","did":%q}`+"\n", did.Format(me))
	})
	mux.Handle("/metrics", room.Metrics().Handler())
	mux.Handle("/", server.CORS(o.CORSOrigins, room.Wrap(o.Task)))
	m.Handler = mux

	interval := o.WatchInterval
	if interval <= 0 {
		interval = 100 * time.Millisecond
	}
	dec, err := chainview.NewDecoder(c.Deployment.Registry, c.Deployment.PaymentChannel)
	if err != nil {
		db.Close()
		return nil, err
	}
	rctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	go func() {
		defer close(m.done)
		go view.Watch(rctx, c.Backend, dec, interval)
		go m.prune(rctx, o.PruneEvery, o.Policy.Logf)
		if m.shared == nil {
			m.Settler.Run(rctx)
			return
		}
		// Replicas elect one settler; a dead one's lock is taken over.
		m.shared.Lead(rctx, postgres.SettlerLock, func(ctx context.Context) {
			m.leading.Store(true)
			defer m.leading.Store(false)
			if o.Policy.Logf != nil {
				o.Policy.Logf("settle: this replica is the settler")
			}
			// The other replicas forward their due channels.
			go func() {
				for ctx.Err() == nil {
					m.shared.ListenSettle(ctx, m.Settler.Kick)
					select { // the connection failed: again in a second
					case <-ctx.Done():
					case <-time.After(time.Second):
					}
				}
			}()
			m.Settler.Run(ctx)
		})
	}()
	return m, nil
}

// onAccept is the server's OnAccept hook: the settler is told of a
// channel due for a claim, on this replica or, when another replica is
// the settler, through the database (postgres.DB.NotifySettle).
func (m *Mailroom) onAccept(cs store.ChannelState, asset ethsig.Address) {
	if m.shared == nil || m.leading.Load() {
		m.Settler.Notify(cs, asset)
		return
	}
	if m.Settler.Due(cs, asset) {
		go m.shared.NotifySettle(context.Background(), cs.ID) // the settler's scan is the fallback
	}
}

// Leading reports whether this mailroom is its replicas' settler now
// (always true on an embedded store).
func (m *Mailroom) Leading() bool { return m.leading.Load() }

// prune deletes the nonce records (and kept answers) whose timestamps left
// the replay window, every period, so the store stays flat under load.
func (m *Mailroom) prune(ctx context.Context, every time.Duration, logf func(string, ...any)) {
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
			if _, err := m.Store.Prune(ctx, uint64(now.Unix())); err != nil && ctx.Err() == nil && logf != nil {
				logf("prune: %v", err)
			}
		}
	}
}

// Close stops the watcher and the settler, waits for answers being
// recorded, applies the shutdown policy and closes the store. Stop the HTTP
// server first.
func (m *Mailroom) Close(ctx context.Context) []settle.Result {
	var rs []settle.Result
	if m.shared != nil {
		// Of replicas, only the settler applies the shutdown policy, and
		// while it still holds the settler lock.
		m.Server.Drain()
		if m.leading.Load() {
			rs = m.Settler.Close(ctx)
		}
		m.cancel()
		<-m.done
	} else {
		m.cancel()
		<-m.done
		m.Server.Drain()
		rs = m.Settler.Close(ctx)
	}
	m.Store.Close()
	return rs
}

// LocalStore is a store opened by OpenSenderStore: both sides and Close.
type LocalStore interface {
	store.Recipient
	store.Sender
	Close() error
}

// OpenSenderStore opens a store bound to c's chain (see store.DB.BindChain):
// a store kept from a reset dev chain is refused. dir is a bbolt store
// directory, or a postgres://… URL (OpenShared; one database per agent).
// (Start binds the recipient's store the same way; `mailroom settle`
// opens one with it too.)
func OpenSenderStore(ctx context.Context, c *chain.Client, dir string) (LocalStore, error) {
	if postgres.IsURL(dir) {
		return OpenShared(ctx, c, dir, postgres.Options{})
	}
	return openBound(ctx, c, dir, store.Options{})
}

// OpenShared opens the PostgreSQL store at url, bound to c's chain.
func OpenShared(ctx context.Context, c *chain.Client, url string, o postgres.Options) (*postgres.DB, error) {
	return bound(ctx, c, func() (*postgres.DB, error) { return postgres.Open(ctx, url, o) })
}

// openBound opens a store and binds it to c's chain.
func openBound(ctx context.Context, c *chain.Client, dir string, o store.Options) (*store.DB, error) {
	return bound(ctx, c, func() (*store.DB, error) { return store.OpenWith(dir, o) })
}

// chainBound is a store that binds itself to one chain.
type chainBound interface {
	BindChain(ctx context.Context, identity string) error
	Close() error
}

// bound opens a store and binds it to c's chain (closed again if that fails).
func bound[S chainBound](ctx context.Context, c *chain.Client, open func() (S, error)) (S, error) {
	var zero S
	id, err := c.Identity(ctx)
	if err != nil {
		return zero, err
	}
	db, err := open()
	if err != nil {
		return zero, err
	}
	if err := db.BindChain(ctx, id); err != nil {
		db.Close()
		return zero, err
	}
	return db, nil
}
