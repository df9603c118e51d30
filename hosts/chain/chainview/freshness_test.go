package chainview

import (
	"context"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/chain"
)

// testSource is a Source whose reads take a snapshot of the record, then
// call gate (which may block: the read is "in flight" on the RPC), then
// answer with the snapshot (or fail, when fail is set by then).
type testSource struct {
	mu       sync.Mutex
	agents   map[common.Address]chain.Agent
	channels map[[32]byte]chain.Channel
	fail     error
	gate     func()

	agentReads, channelReads atomic.Int64
}

func newTestSource() *testSource {
	return &testSource{agents: map[common.Address]chain.Agent{}, channels: map[[32]byte]chain.Channel{}}
}

func (s *testSource) setAgent(a chain.Agent) {
	s.mu.Lock()
	s.agents[a.Address] = a
	s.mu.Unlock()
}

func (s *testSource) setChannel(c chain.Channel) {
	s.mu.Lock()
	s.channels[c.ID] = c
	s.mu.Unlock()
}

func (s *testSource) setFail(err error) {
	s.mu.Lock()
	s.fail = err
	s.mu.Unlock()
}

func (s *testSource) setGate(g func()) {
	s.mu.Lock()
	s.gate = g
	s.mu.Unlock()
}

func (s *testSource) GetAgent(_ context.Context, a common.Address) (*chain.Agent, error) {
	s.agentReads.Add(1)
	s.mu.Lock()
	rec, ok := s.agents[a]
	gate := s.gate
	s.mu.Unlock()
	if gate != nil {
		gate()
	}
	s.mu.Lock()
	fail := s.fail
	s.mu.Unlock()
	if fail != nil {
		return nil, fail
	}
	if !ok {
		return nil, errs.New(errs.AgentNotFound, "%s is not registered", a)
	}
	return &rec, nil
}

func (s *testSource) GetChannel(_ context.Context, id [32]byte) (*chain.Channel, error) {
	s.channelReads.Add(1)
	s.mu.Lock()
	rec, ok := s.channels[id]
	gate := s.gate
	s.mu.Unlock()
	if gate != nil {
		gate()
	}
	s.mu.Lock()
	fail := s.fail
	s.mu.Unlock()
	if fail != nil {
		return nil, fail
	}
	if !ok {
		return nil, errs.New(errs.ChannelNotFound, "no channel 0x%x", id)
	}
	return &rec, nil
}

// clock is a settable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// blockOnce makes the next read block until release is closed; started is
// closed once that read has taken its snapshot.
func blockOnce(s *testSource) (started, release chan struct{}) {
	started, release = make(chan struct{}), make(chan struct{})
	var once sync.Once
	s.setGate(func() {
		first := false
		once.Do(func() { first = true })
		if first {
			close(started)
			<-release
		}
	})
	return started, release
}

// TestStraddleAgentDeactivated: a registry read that begins before an
// AgentDeactivated event is applied and answers after it must not store
// its (pre-event) record.
func TestStraddleAgentDeactivated(t *testing.T) {
	src := newTestSource()
	a := common.Address{9}
	src.setAgent(chain.Agent{Address: a, RatePerTaskWei: big.NewInt(1), Active: true})
	v := New(src)
	ctx := context.Background()

	started, release := blockOnce(src)
	done := make(chan *chain.Agent, 1)
	go func() {
		ag, err := v.Agent(ctx, ethsig.Address(a))
		if err != nil {
			t.Error(err)
		}
		done <- ag
	}()
	<-started // the read has seen the active record and is in flight
	src.setAgent(chain.Agent{Address: a, RatePerTaskWei: big.NewInt(1), Active: false})
	v.Apply(Event{Name: "AgentDeactivated", Agent: a})
	close(release)
	if ag := <-done; ag == nil || !ag.Active {
		t.Fatalf("the straddling read itself answers what it read (active), got %+v", ag)
	}
	ag, err := v.Agent(ctx, ethsig.Address(a))
	if err != nil {
		t.Fatal(err)
	}
	if ag.Active {
		t.Fatal("the pre-event (active) record was cached by a read that straddled AgentDeactivated")
	}
}

// TestStraddleChannelCloseRequested is the same race for a channel.
func TestStraddleChannelCloseRequested(t *testing.T) {
	src := newTestSource()
	id := [32]byte{7}
	src.setChannel(chain.Channel{ID: id, Deposit: big.NewInt(10), Claimed: new(big.Int), Open: true})
	v := New(src)
	ctx := context.Background()

	started, release := blockOnce(src)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if _, err := v.Channel(ctx, id, false); err != nil {
			t.Error(err)
		}
	}()
	<-started
	src.setChannel(chain.Channel{ID: id, Deposit: big.NewInt(10), Claimed: new(big.Int), Open: true, CloseRequestedAt: 1234})
	v.Apply(Event{Name: "CloseRequested", ChannelID: id})
	close(release)
	<-done
	ch, err := v.Channel(ctx, id, false)
	if err != nil {
		t.Fatal(err)
	}
	if ch.CloseRequestedAt == 0 {
		t.Fatal("the pre-event channel was cached by a read that straddled CloseRequested")
	}
}

// TestMaxAgeChainUnavailable: with no watcher, a record older than MaxAge
// (default 30 s) is re-read; when the chain cannot be read the view
// answers chain_unavailable, never the stale record.
func TestMaxAgeChainUnavailable(t *testing.T) {
	src := newTestSource()
	a := common.Address{9}
	id := [32]byte{7}
	src.setAgent(chain.Agent{Address: a, RatePerTaskWei: big.NewInt(1), Active: true})
	src.setChannel(chain.Channel{ID: id, Deposit: big.NewInt(10), Claimed: new(big.Int), Open: true})
	clk := &clock{t: time.Unix(1_700_000_000, 0)}
	v := New(src)
	v.now = clk.now
	ctx := context.Background()
	if _, err := v.Agent(ctx, ethsig.Address(a)); err != nil {
		t.Fatal(err)
	}
	if _, err := v.Channel(ctx, id, false); err != nil {
		t.Fatal(err)
	}
	src.setFail(errs.New(errs.ChainError, "dial tcp 127.0.0.1:8545: connection refused"))

	clk.advance(29 * time.Second) // younger than the default MaxAge: still served
	if ag, err := v.Agent(ctx, ethsig.Address(a)); err != nil || !ag.Active {
		t.Fatalf("young entry: %v %v", ag, err)
	}
	if _, err := v.Channel(ctx, id, false); err != nil {
		t.Fatalf("young channel: %v", err)
	}
	clk.advance(2 * time.Second) // 31 s: past MaxAge
	ag, err := v.Agent(ctx, ethsig.Address(a))
	if ag != nil || errs.KindOf(err) != errs.ChainUnavailable {
		t.Fatalf("agent past MaxAge with the chain down: %+v, %v; want chain_unavailable", ag, err)
	}
	ch, err := v.Channel(ctx, id, false)
	if ch != nil || errs.KindOf(err) != errs.ChainUnavailable {
		t.Fatalf("channel past MaxAge with the chain down: %+v, %v; want chain_unavailable", ch, err)
	}
	// The chain comes back: re-read, served again.
	src.setFail(nil)
	if ag, err := v.Agent(ctx, ethsig.Address(a)); err != nil || !ag.Active {
		t.Fatalf("after recovery: %v %v", ag, err)
	}
}

// logSource is a LogSource at a fixed head with no logs; polls counts
// HeaderByNumber calls and fail makes them fail.
type logSource struct {
	head  atomic.Uint64
	polls atomic.Int64
	fail  atomic.Bool
}

func (l *logSource) FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error) {
	return nil, nil
}

func (l *logSource) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	l.polls.Add(1)
	if l.fail.Load() {
		return nil, errs.New(errs.ChainError, "rpc down")
	}
	return &types.Header{Number: new(big.Int).SetUint64(l.head.Load())}, nil
}

// waitPolls waits until the watcher has polled n more times.
func waitPolls(t *testing.T, l *logSource, n int64) {
	t.Helper()
	target := l.polls.Load() + n
	deadline := time.Now().Add(5 * time.Second)
	for l.polls.Load() < target {
		if time.Now().After(deadline) {
			t.Fatal("watcher does not poll")
		}
		time.Sleep(time.Millisecond)
	}
}

// TestWatchSyncKeepsEntriesCurrent: while the watcher polls the chain
// successfully, entries older than MaxAge stay usable without a re-read
// (no event about them up to the polled head); once it stops, they age out.
func TestWatchSyncKeepsEntriesCurrent(t *testing.T) {
	src := newTestSource()
	a := common.Address{9}
	src.setAgent(chain.Agent{Address: a, RatePerTaskWei: big.NewInt(1), Active: true})
	clk := &clock{t: time.Unix(1_700_000_000, 0)}
	v := New(src)
	v.now = clk.now
	v.MaxAge = 30 * time.Second
	ls := &logSource{}
	ls.head.Store(100)
	d, err := NewDecoder(common.Address{1}, common.Address{2})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	watched := make(chan struct{})
	go func() { defer close(watched); v.Watch(ctx, ls, d, time.Millisecond) }()
	waitPolls(t, ls, 2)
	if _, err := v.Agent(ctx, ethsig.Address(a)); err != nil {
		t.Fatal(err)
	}
	reads := src.agentReads.Load()
	for i := 0; i < 3; i++ {
		clk.advance(20 * time.Second)
		waitPolls(t, ls, 2) // a poll that began after the clock moved has completed
		if _, err := v.Agent(ctx, ethsig.Address(a)); err != nil {
			t.Fatal(err)
		}
	}
	if got := src.agentReads.Load() - reads; got != 0 {
		t.Fatalf("%d re-reads 60 s after the read although the watcher kept polling", got)
	}
	// The RPC fails: polls no longer count as syncs.
	ls.fail.Store(true)
	src.setFail(errs.New(errs.ChainError, "rpc down"))
	waitPolls(t, ls, 2)
	clk.advance(31 * time.Second)
	if _, err := v.Agent(ctx, ethsig.Address(a)); errs.KindOf(err) != errs.ChainUnavailable {
		t.Fatalf("watcher failing, entry past MaxAge: %v, want chain_unavailable", err)
	}
	cancel()
	<-watched
}

// TestCoalesce: concurrent look-ups of one key make one Source call.
func TestCoalesce(t *testing.T) {
	src := newTestSource()
	release := make(chan struct{})
	src.setGate(func() { <-release })
	v := New(src)
	ctx := context.Background()
	unknown := ethsig.Address{0xde, 0xad}
	const n = 100
	var ready, done sync.WaitGroup
	ready.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			defer done.Done()
			ready.Done()
			if _, err := v.Agent(ctx, unknown); errs.KindOf(err) != errs.AgentNotFound {
				t.Errorf("unknown sender: %v", err)
			}
		}()
	}
	ready.Wait()
	time.Sleep(50 * time.Millisecond) // let them all reach the view
	close(release)
	done.Wait()
	if got := src.agentReads.Load(); got != 1 {
		t.Fatalf("%d concurrent look-ups of one unknown address made %d Source calls, want 1", n, got)
	}
}

// TestNegativeCacheBounded: a flood of distinct unregistered senders does
// not grow the cache past its bound.
func TestNegativeCacheBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("1,000,000 look-ups")
	}
	src := newTestSource()
	v := New(src)
	ctx := context.Background()
	const bound = DefaultMaxUnregistered
	var a ethsig.Address
	for i := 0; i < 1_000_000; i++ {
		a[0], a[1], a[2], a[3] = byte(i), byte(i>>8), byte(i>>16), 0xff
		if _, err := v.Agent(ctx, a); errs.KindOf(err) != errs.AgentNotFound {
			t.Fatal(err)
		}
		if i%100_000 == 0 && cachedAgents(v) > bound {
			t.Fatalf("after %d unknown senders the cache holds %d entries (bound %d)", i+1, cachedAgents(v), bound)
		}
	}
	if n := cachedAgents(v); n > bound {
		t.Fatalf("1,000,000 unknown senders: the cache holds %d entries (bound %d)", n, bound)
	}
	// The most recent ones are still cached.
	reads := src.agentReads.Load()
	if _, err := v.Agent(ctx, a); errs.KindOf(err) != errs.AgentNotFound || src.agentReads.Load() != reads {
		t.Fatalf("the latest negative entry was not cached: %v", err)
	}
}

// TestPositiveCacheBounded: registered records are bounded too (oldest
// evicted first).
func TestPositiveCacheBounded(t *testing.T) {
	src := newTestSource()
	v := New(src)
	v.MaxAgents = 100
	ctx := context.Background()
	addr := func(i int) common.Address { return common.Address{byte(i), byte(i >> 8), 0xee} }
	for i := 0; i < 1000; i++ {
		src.setAgent(chain.Agent{Address: addr(i), RatePerTaskWei: big.NewInt(1), Active: true})
		if _, err := v.Agent(ctx, ethsig.Address(addr(i))); err != nil {
			t.Fatal(err)
		}
	}
	if a, u, c := v.Len(); a != 100 || u != 0 || c != 0 {
		t.Fatalf("Len = %d, %d, %d; want 100, 0, 0", a, u, c)
	}
	reads := src.agentReads.Load()
	v.Agent(ctx, ethsig.Address(addr(999))) // newest: cached
	if src.agentReads.Load() != reads {
		t.Fatal("the newest record was evicted")
	}
	v.Agent(ctx, ethsig.Address(addr(0))) // oldest: evicted
	if src.agentReads.Load() != reads+1 {
		t.Fatal("the oldest record was kept")
	}
}

// ctxSource answers every read with rec except the first, which blocks
// until its context ends and fails with the context's error (as an RPC
// client does when its caller goes away).
type ctxSource struct {
	rec     chain.Agent
	started chan struct{}
	calls   atomic.Int64
}

func (s *ctxSource) GetAgent(ctx context.Context, _ common.Address) (*chain.Agent, error) {
	if s.calls.Add(1) == 1 {
		close(s.started)
		<-ctx.Done()
		return nil, errs.New(errs.ChainError, "eth_call: %v", ctx.Err())
	}
	rec := s.rec
	return &rec, nil
}

func (s *ctxSource) GetChannel(context.Context, [32]byte) (*chain.Channel, error) {
	return nil, errs.New(errs.ChannelNotFound, "none")
}

// TestCoalescedLeaderGoesAway: when the caller whose read the others share
// gives up (its context ends), the others read again instead of failing.
func TestCoalescedLeaderGoesAway(t *testing.T) {
	a := common.Address{5}
	src := &ctxSource{rec: chain.Agent{Address: a, RatePerTaskWei: big.NewInt(1), Active: true}, started: make(chan struct{})}
	v := New(src)
	lctx, lcancel := context.WithCancel(context.Background())
	leader := make(chan error, 1)
	go func() { _, err := v.Agent(lctx, ethsig.Address(a)); leader <- err }()
	<-src.started
	waiter := make(chan error, 1)
	go func() {
		ag, err := v.Agent(context.Background(), ethsig.Address(a))
		if err == nil && !ag.Active {
			err = errs.New(errs.Internal, "inactive")
		}
		waiter <- err
	}()
	time.Sleep(20 * time.Millisecond) // the waiter joins the leader's read
	lcancel()
	if err := <-leader; err == nil {
		t.Fatal("the cancelled leader got a record")
	}
	if err := <-waiter; err != nil {
		t.Fatalf("waiter: %v", err)
	}
	if n := src.calls.Load(); n != 2 {
		t.Fatalf("%d Source calls, want 2 (the abandoned one and the waiter's)", n)
	}
}

// TestFreshStraddle: a fresh channel read in flight across an invalidation
// answers but does not store.
func TestFreshStraddle(t *testing.T) {
	src := newTestSource()
	id := [32]byte{3}
	src.setChannel(chain.Channel{ID: id, Deposit: big.NewInt(10), Claimed: new(big.Int), Open: true})
	v := New(src)
	ctx := context.Background()
	started, release := blockOnce(src)
	done := make(chan struct{})
	go func() { defer close(done); v.Channel(ctx, id, true) }()
	<-started
	src.setChannel(chain.Channel{ID: id, Deposit: big.NewInt(10), Claimed: new(big.Int), Open: false})
	v.Apply(Event{Name: "ChannelClosed", ChannelID: id})
	close(release)
	<-done
	if ch, err := v.Channel(ctx, id, false); err != nil || ch.Open {
		t.Fatalf("a fresh read that straddled ChannelClosed was cached: %+v %v", ch, err)
	}
}

// TestWatchStartDropsEarlierReads: records read before the watcher started
// are not covered by its events, so its first poll drops them.
func TestWatchStartDropsEarlierReads(t *testing.T) {
	src := newTestSource()
	a := common.Address{9}
	src.setAgent(chain.Agent{Address: a, RatePerTaskWei: big.NewInt(1), Active: true})
	v := New(src)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if _, err := v.Agent(ctx, ethsig.Address(a)); err != nil {
		t.Fatal(err)
	}
	// Deactivated in a block before the watcher's starting head: no event
	// will reach the view.
	src.setAgent(chain.Agent{Address: a, RatePerTaskWei: big.NewInt(1), Active: false})
	ls := &logSource{}
	ls.head.Store(7)
	d, _ := NewDecoder(common.Address{1}, common.Address{2})
	go v.Watch(ctx, ls, d, time.Millisecond)
	waitPolls(t, ls, 2)
	if v.LastSync().IsZero() {
		t.Fatal("no LastSync after successful polls")
	}
	if ag, err := v.Agent(ctx, ethsig.Address(a)); err != nil || ag.Active {
		t.Fatalf("record read before the watcher started survived it: %+v %v", ag, err)
	}
}

// TestNegativeTTL: "not registered" is cached for NegativeTTL only.
func TestNegativeTTL(t *testing.T) {
	src := newTestSource()
	clk := &clock{t: time.Unix(1_700_000_000, 0)}
	v := New(src)
	v.now = clk.now
	ctx := context.Background()
	a := common.Address{4}
	for i := 0; i < 3; i++ {
		if _, err := v.Agent(ctx, ethsig.Address(a)); errs.KindOf(err) != errs.AgentNotFound {
			t.Fatal(err)
		}
	}
	if src.agentReads.Load() != 1 {
		t.Fatalf("%d reads", src.agentReads.Load())
	}
	src.setAgent(chain.Agent{Address: a, RatePerTaskWei: big.NewInt(1), Active: true})
	clk.advance(DefaultNegativeTTL)
	if ag, err := v.Agent(ctx, ethsig.Address(a)); err != nil || !ag.Active {
		t.Fatalf("after NegativeTTL: %v %v", ag, err)
	}
}

func BenchmarkAgentHit(b *testing.B) {
	src := newTestSource()
	a := common.Address{9}
	src.setAgent(chain.Agent{Address: a, RatePerTaskWei: big.NewInt(1), Active: true})
	v := New(src)
	ctx := context.Background()
	v.Agent(ctx, ethsig.Address(a))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := v.Agent(ctx, ethsig.Address(a)); err != nil {
			b.Fatal(err)
		}
	}
}
