package server

import (
	"context"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/recipient"
	"github.com/agentmailroom/mailroom/core/replay"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// Chain is the recipient's read view of the chain. Implementations cache
// (hosts/chain/chainview.View does, refreshed by events): the middleware
// calls it on every request.
type Chain interface {
	// Agent returns the registry record; errs.AgentNotFound when unregistered.
	Agent(ctx context.Context, a ethsig.Address) (*chain.Agent, error)
	// Channel returns a channel; fresh bypasses the cache.
	// errs.ChannelNotFound when the id is unknown.
	Channel(ctx context.Context, id [32]byte, fresh bool) (*chain.Channel, error)
}

// DefaultMinWithdrawDelay is the shortest channel withdrawDelay a mailroom
// accepts by default: one hour (see Config.MinWithdrawDelay).
const DefaultMinWithdrawDelay = 3600

// Config configures a Mailroom. Key, ChainID, Registry, ChannelContract,
// Price (or Accepts), Chain and Store are required.
type Config struct {
	Key             *ethsig.PrivateKey
	ChainID         uint64
	Registry        ethsig.Address // AgentRegistry: the request and receipt domain
	ChannelContract ethsig.Address // AgentPaymentChannel: the voucher domain
	Price           *big.Int       // wei per request
	// Accepts prices requests in several assets (recipient.Config.Accepts),
	// instead of Price in ETH.
	Accepts []recipient.Price
	// Routes price requests by method and path (recipient.Route): the
	// first that matches is a request's price (and asset); the others cost
	// Price (or Accepts).
	Routes []recipient.Route

	Chain Chain
	Store store.Recipient

	Window         replay.Window // default replay.DefaultWindow
	ReplayCapacity int           // default 1<<20 nonces
	MaxBody        int64         // default 1 MiB
	// MaxTimeoutSeconds is advertised in PAYMENT-REQUIRED (default 60).
	MaxTimeoutSeconds uint64
	// MinWithdrawDelay is the shortest channel withdrawDelay accepted
	// (default DefaultMinWithdrawDelay; negative: no minimum). A sender can
	// requestClose and withdraw the unclaimed rest after the delay, so it
	// must exceed the settler's worst reaction time by a wide margin.
	MinWithdrawDelay time.Duration
	// ReorderWait bounds how long a voucher above accepted + price waits
	// for the sender's earlier requests, which may still be on their way
	// (default 2 s); MaxWaiters bounds such waiting requests per channel
	// (default 64).
	ReorderWait time.Duration
	MaxWaiters  int
	// Target returns the request target the sender signed (its payloadHash
	// binds method, target and body): default r.URL.RequestURI(), the
	// target as received. Behind a proxy that rewrites paths, return the
	// target the client sent (e.g. ForwardedPrefix).
	Target func(r *http.Request) string
	// PublicURL is the absolute base URL clients use (e.g.
	// "https://bob.example"), for PAYMENT-REQUIRED's resource.url; default
	// http(s)://<Host of the request>.
	PublicURL string
	// MaxResponseBody is the largest response body kept for retries
	// (default store.MaxResponseBody).
	MaxResponseBody int

	Now     func() time.Time // default time.Now
	Recover Recoverer        // default NativeRecover()
	Sign    DigestSigner     // default FastSigner(Key)

	// OnAccept is called after a voucher was durably accepted (and after a
	// rollback) with the channel's new state. It must not block.
	OnAccept func(st store.ChannelState, asset ethsig.Address)

	// Logger, when set, gets one line per request (id, sender, method,
	// path, status, code, paid and its asset, latency).
	Logger *slog.Logger
}

func (c *Config) fill() error {
	if c.Key == nil || c.Chain == nil || c.Store == nil || (c.Price == nil && len(c.Accepts) == 0) || c.ChainID == 0 {
		return errs.New(errs.InvalidInput, "server config: Key, ChainID, Price, Chain and Store are required")
	}
	if c.Price != nil && c.Price.Sign() < 0 {
		return errs.New(errs.InvalidInput, "server config: negative price")
	}
	if c.Window == (replay.Window{}) {
		c.Window = replay.DefaultWindow
	}
	if c.ReplayCapacity <= 0 {
		c.ReplayCapacity = 1 << 20
	}
	if c.MaxBody <= 0 {
		c.MaxBody = 1 << 20
	}
	if c.MaxTimeoutSeconds == 0 {
		c.MaxTimeoutSeconds = 60
	}
	if c.MinWithdrawDelay == 0 {
		c.MinWithdrawDelay = DefaultMinWithdrawDelay * time.Second
	}
	if c.ReorderWait <= 0 {
		c.ReorderWait = 2 * time.Second
	}
	if c.MaxWaiters <= 0 {
		c.MaxWaiters = 64
	}
	if c.Target == nil {
		c.Target = func(r *http.Request) string { return r.URL.RequestURI() }
	}
	c.PublicURL = strings.TrimSuffix(c.PublicURL, "/")
	if c.MaxResponseBody <= 0 {
		c.MaxResponseBody = store.MaxResponseBody
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Recover == nil {
		c.Recover = NativeRecover()
	}
	if c.Sign == nil {
		s, err := FastSigner(c.Key)
		if err != nil {
			return err
		}
		c.Sign = s
	}
	return nil
}

// ForwardedPrefix is a Config.Target for a mailroom behind a proxy that
// strips prefix from the path before forwarding: the sender signed
// prefix + the path the mailroom sees.
func ForwardedPrefix(prefix string) func(*http.Request) string {
	prefix = strings.TrimSuffix(prefix, "/")
	return func(r *http.Request) string { return prefix + r.URL.RequestURI() }
}
