package server_test

// Money-safety attacks against the recipient middleware and the sender SDK
// (issue 8). Each test reproduces an attack that got through before the
// fix; the note of the change lists what each one showed on the old code.

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"math/big"
	"math/rand"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/num"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/chain/chainview"
	"github.com/agentmailroom/mailroom/hosts/mailroom/agent"
	"github.com/agentmailroom/mailroom/hosts/mailroom/server"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// signed is one prepared request: its headers and body, sendable many times.
type signed struct {
	body string
	env  *envelope.Signed
	vs   *voucher.Signed
}

// prepare signs a request with an explicit cumulative amount on Alice's channel.
func (r *rig) prepare(body string, cum int64) signed {
	r.t.Helper()
	ctx := context.Background()
	env, _, err := r.alice.PrepareRequest(ctx, r.bobDID(), []byte(body), nil)
	if err != nil {
		r.t.Fatal(err)
	}
	o := vs0(r.t, r)
	v := voucher.Voucher{ChannelID: o.ChannelID, CumulativeAmount: big.NewInt(cum)}
	sig, err := r.alice.VoucherDomain().Sign(r.aKey, &v)
	if err != nil {
		r.t.Fatal(err)
	}
	return signed{body: body, env: env, vs: &voucher.Signed{Voucher: v, Signature: sig}}
}

type reply struct {
	status int
	header http.Header
	body   []byte
	eb     x402.ErrorBody
}

func (r *rig) do(s signed) reply {
	r.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, r.srv.URL+"/task", strings.NewReader(s.body))
	if err := agent.SetHeaders(req.Header, s.env, r.payment(s.vs)); err != nil {
		r.t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		r.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var eb x402.ErrorBody
	json.Unmarshal(b, &eb)
	return reply{resp.StatusCode, resp.Header, b, eb}
}

func (r *rig) accepted() int64 {
	r.t.Helper()
	st, ok := r.bob.ChannelState(vs0(r.t, r).ChannelID)
	if !ok {
		r.t.Fatal("bob has no record of the channel")
	}
	return st.Accepted.Int64()
}

func wantCode(t *testing.T, got reply, status int, code errs.Kind) {
	t.Helper()
	if got.status != status || got.eb.Code != string(code) {
		t.Fatalf("got %d %q (%s), want %d %q", got.status, got.eb.Code, got.eb.Message, status, code)
	}
}

// A channel whose withdraw delay is below the recipient's minimum lets the
// sender requestClose and withdraw before the recipient can claim.
func TestAttackZeroDelayChannelRefused(t *testing.T) {
	r := newRig(t)
	id := r.fc.Open(common.Address(r.aKey.Address()), common.Address(r.bobKey.Address()), big.NewInt(5000), 0)
	if err := r.aDB.PutOutgoing(context.Background(), ethsig.Address{}, &store.Outgoing{Recipient: r.bobKey.Address(), ChannelID: id, Deposit: big.NewInt(5000), Cumulative: new(big.Int)}); err != nil {
		t.Fatal(err)
	}
	got := r.do(r.prepare("x", 1000))
	wantCode(t, got, 402, errs.WithdrawDelayTooShort)
	pr, err := x402.DecodePaymentRequired(got.header.Get(x402.HeaderPaymentRequired))
	if err != nil {
		t.Fatal(err)
	}
	if pr.Accepts[0].Extra.MinWithdrawDelay != server.DefaultMinWithdrawDelay {
		t.Fatalf("402 advertises minWithdrawDelay %d, want %d", pr.Accepts[0].Extra.MinWithdrawDelay, server.DefaultMinWithdrawDelay)
	}
	if st, ok := r.bob.ChannelState(id); ok && st.Accepted.Sign() != 0 {
		t.Fatalf("accepted %s on a zero-delay channel", st.Accepted)
	}
}

// The SDK opens channels that satisfy the advertised minimum and refuses,
// before any transaction, when configured for less.
func TestSDKWithdrawDelay(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	if _, err := r.alice.Send(ctx, r.bobDID(), []byte("x")); err != nil {
		t.Fatal(err)
	}
	ch, err := r.fc.GetChannel(ctx, vs0(t, r).ChannelID)
	if err != nil || ch.WithdrawDelay < server.DefaultMinWithdrawDelay {
		t.Fatalf("SDK opened a channel with delay %d (%v), below the advertised %d", ch.WithdrawDelay, err, server.DefaultMinWithdrawDelay)
	}
	mallory := key(t, 6)
	r.fc.Register(mallory.Address(), "", new(big.Int))
	db, _ := store.Open(t.TempDir())
	defer db.Close()
	cfg := r.agentConfig(mallory, db, agent.Budget{})
	cfg.WithdrawDelay = 10
	a, err := agent.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	before := r.fc.Opened()
	if _, err := a.Send(ctx, r.bobDID(), []byte("x")); errs.KindOf(err) != errs.WithdrawDelayTooShort {
		t.Fatalf("send with a 10 s delay: %v, want withdraw_delay_too_short", err)
	}
	if r.fc.Opened() != before {
		t.Fatal("a channel was opened on chain before the refusal")
	}
}

// The same request sent twice (a client retry) is served once and charged
// once; the second answer is the first one again.
func TestRetryIsIdempotent(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	if _, err := r.alice.Send(ctx, r.bobDID(), []byte("open")); err != nil {
		t.Fatal(err)
	}
	var runs int
	var mu sync.Mutex
	r.task = http.HandlerFunc(func(w http.ResponseWriter, q *http.Request) {
		mu.Lock()
		runs++
		mu.Unlock()
		echo.ServeHTTP(w, q)
	})
	s := r.prepare("p", 2000)
	first := r.do(s)
	if first.status != 200 {
		t.Fatalf("first: %d %s", first.status, first.body)
	}
	again := r.do(s)
	if again.status != 200 || !bytes.Equal(again.body, first.body) ||
		again.header.Get(x402.HeaderPaymentResponse) != first.header.Get(x402.HeaderPaymentResponse) {
		t.Fatalf("retry: %d %s (%s), want the first response again", again.status, again.body, again.eb.Code)
	}
	if runs != 1 || r.accepted() != 2000 {
		t.Fatalf("task ran %d times, accepted %d; want 1 and 2000", runs, r.accepted())
	}
	// A different request reusing the nonce is still a replay.
	other := s
	other.vs = nil
	wantCode(t, r.do(other), 409, errs.NonceReplayed)
	other = s
	other.body = "q"
	req := other.env.Request
	req.PayloadHash = envelope.RequestPayloadHash(http.MethodPost, "/task", []byte("q"))
	other.env = &envelope.Signed{Request: req, ChainID: s.env.ChainID, Registry: s.env.Registry, Signature: r.alice.RequestDomain().Sign(r.aKey, &req)}
	wantCode(t, r.do(other), 409, errs.NonceReplayed)
}

// A request that never reached the mailroom (connection refused) costs
// nothing: after a restart the recipient holds exactly 2 × price for 2
// served requests.
func TestAttackRequestThatNeverArrived(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	if _, err := r.alice.Send(ctx, r.bobDID(), []byte("one")); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := "http://" + ln.Addr().String() + "/task"
	ln.Close()
	if _, err := r.alice.SendTo(ctx, dead, r.bobKey.Address(), price, []byte("lost")); errs.KindOf(err) != errs.TransportError {
		t.Fatalf("send to a closed port: %v, want transport_error", err)
	}
	res, err := r.alice.Send(ctx, r.bobDID(), []byte("two"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Cumulative.Int64() != 2000 || r.accepted() != 2000 {
		t.Fatalf("after a request that never left: cumulative %s, bob accepted %d; want 2000 and 2000", res.Cumulative, r.accepted())
	}
}

// The recipient takes exactly the price: a voucher above accepted + price
// is refused and nothing is recorded.
func TestAttackVoucherAbovePrice(t *testing.T) {
	r := newRig(t)
	if _, err := r.alice.Send(context.Background(), r.bobDID(), []byte("open")); err != nil {
		t.Fatal(err)
	}
	got := r.do(r.prepare("p", 3000))
	wantCode(t, got, 409, errs.VoucherExcessive)
	if got.eb.AcceptedCumulative != "1000" || r.accepted() != 1000 {
		t.Fatalf("accepted %d (body says %q) after an excessive voucher, want 1000", r.accepted(), got.eb.AcceptedCumulative)
	}
}

// Sixteen requests of one sender on one channel, sent at once (so they
// arrive in any order), all succeed, and the recipient holds exactly
// 16 × price.
func TestConcurrentRequestsOneChannel(t *testing.T) {
	r := newRig(t)
	if _, err := r.alice.Send(context.Background(), r.bobDID(), []byte("open")); err != nil {
		t.Fatal(err)
	}
	if err := r.fc.TopUp(vs0(t, r).ChannelID, big.NewInt(20000)); err != nil {
		t.Fatal(err)
	}
	var reqs []signed
	for i := 2; i <= 17; i++ {
		reqs = append(reqs, r.prepare("c", int64(i)*1000))
	}
	rand.New(rand.NewSource(3)).Shuffle(len(reqs), func(i, j int) { reqs[i], reqs[j] = reqs[j], reqs[i] })
	var wg sync.WaitGroup
	got := make([]reply, len(reqs))
	for i := range reqs {
		wg.Add(1)
		go func(i int) { defer wg.Done(); got[i] = r.do(reqs[i]) }(i)
	}
	wg.Wait()
	for i, g := range got {
		if g.status != 200 {
			t.Errorf("request for %s: %d %s %s", reqs[i].vs.CumulativeAmount, g.status, g.eb.Code, g.eb.Message)
		}
	}
	if r.accepted() != 17000 {
		t.Fatalf("accepted %d, want 17000", r.accepted())
	}
}

// The SDK: 16 concurrent sends from one agent all succeed; the recipient
// holds served × price.
func TestConcurrentSendsOneAgent(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errc := make(chan error, 16)
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := r.alice.Send(ctx, r.bobDID(), []byte("c")); err != nil {
				errc <- err
			}
		}()
	}
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Error(err)
	}
	if served := r.bob.Metrics().Paid(); r.accepted() != int64(served)*1000 || served != 16 {
		t.Fatalf("served %d, accepted %d", served, r.accepted())
	}
}

// forger answers every request with a 402 whose correction says the
// sender's whole deposit was accepted, without any proof.
func forger(t *testing.T, r *rig, channel [32]byte, amount string) *httptest.Server {
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, q *http.Request) {
		req := x402.Requirement{Scheme: x402.Scheme, Network: x402.Network(r.fc.ChainID), Asset: x402.Asset, PayTo: r.bobKey.Address(), MaxTimeoutSeconds: 60,
			Extra: x402.Extra{ChannelContract: r.fc.ChannelContract, Registry: r.fc.Registry, ChannelID: "0x" + common.Bytes2Hex(channel[:]), MinWithdrawDelay: 1}}
		req.Amount.Set(price)
		req.Extra.AcceptedCumulative = new(num.Uint256)
		req.Extra.AcceptedCumulative.SetString(amount, 10)
		h, _ := x402.Encode(&x402.PaymentRequired{X402Version: x402.Version, Error: "stale", Resource: x402.Resource{URL: q.URL.String()}, Accepts: []x402.Requirement{req}})
		w.Header().Set(x402.HeaderPaymentRequired, h)
		w.WriteHeader(http.StatusConflict)
		json.NewEncoder(w).Encode(x402.ErrorBody{Code: string(errs.VoucherInsufficient), Message: "stale", AcceptedCumulative: amount, ChannelID: req.Extra.ChannelID})
	}))
	t.Cleanup(s.Close)
	return s
}

// A forged correction (acceptedCumulative = the deposit) must not make the
// SDK sign the deposit away, and must change no local state.
func TestAttackForgedCorrection(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	if _, err := r.alice.Send(ctx, r.bobDID(), []byte("open")); err != nil {
		t.Fatal(err)
	}
	before := *vs0(t, r)
	evil := forger(t, r, before.ChannelID, "5000")
	_, err := r.alice.SendTo(ctx, evil.URL, r.bobKey.Address(), price, []byte("x"))
	if errs.KindOf(err) != errs.CorrectionUnproven {
		t.Fatalf("forged correction: %v, want correction_unproven", err)
	}
	after := vs0(t, r)
	ch, _ := r.fc.GetChannel(ctx, before.ChannelID)
	if after.Cumulative.Cmp(before.Cumulative) < 0 || ch.Deposit.Int64() != 5000 {
		t.Fatalf("state changed: cumulative %s -> %s, deposit %s", before.Cumulative, after.Cumulative, ch.Deposit)
	}
	// The real mailroom still takes the next voucher at 2000.
	res, err := r.alice.Send(ctx, r.bobDID(), []byte("y"))
	if err != nil || res.Cumulative.Int64() != 2000 {
		t.Fatalf("after the forgery: %v %v", res, err)
	}
}

// The drain: forged corrections and automatic top-ups must stay within
// MaxPerDay, which counts what the sender signs, deposits and top-ups
// included.
func TestAttackCorrectionDrainsPastBudget(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	db, _ := store.Open(t.TempDir())
	defer db.Close()
	a := r.newAgent(r.aKey, db, agent.Budget{MaxPerDay: big.NewInt(20000)})
	if _, err := a.Send(ctx, r.bobDID(), []byte("open")); err != nil {
		t.Fatal(err)
	}
	o, _, _ := a.Channel(r.bobKey.Address())
	for i := 0; i < 20; i++ {
		d, _ := r.fc.GetChannel(ctx, o.ChannelID)
		evil := forger(t, r, o.ChannelID, d.Deposit.String())
		a.SendTo(ctx, evil.URL, r.bobKey.Address(), price, []byte("x"))
		evil.Close()
	}
	ch, _ := r.fc.GetChannel(ctx, o.ChannelID)
	o, _, _ = a.Channel(r.bobKey.Address())
	if ch.Deposit.Int64() > 20000 || o.Cumulative.Int64() > 20000 {
		t.Fatalf("budget 20000 wei/day, but the channel holds a deposit of %s and %s wei is signed", ch.Deposit, o.Cumulative)
	}
}

// After the recipient's own redeem closed the channel, its vouchers are
// refused at once (not when the chain view catches up).
func TestAttackVoucherAfterOwnRedeem(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	if _, err := r.alice.Send(ctx, r.bobDID(), []byte("open")); err != nil {
		t.Fatal(err)
	}
	id := vs0(t, r).ChannelID
	st, _ := r.bob.ChannelState(id)
	if err := r.fc.Claim(common.Address(r.bobKey.Address()), id, st.Accepted, st.Signature.Bytes(), true); err != nil {
		t.Fatal(err)
	}
	if err := r.bob.MarkClaimed(ctx, id, st.Accepted, true); err != nil {
		t.Fatal(err)
	}
	wantCode(t, r.do(r.prepare("late", 2000)), 402, errs.ChannelClosed)
}

// After the sender requests close, new work is refused with channel_closing.
func TestChannelClosingRefused(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	if _, err := r.alice.Send(ctx, r.bobDID(), []byte("open")); err != nil {
		t.Fatal(err)
	}
	id := vs0(t, r).ChannelID
	r.fc.RequestClose(id, 1)
	r.view.Apply(chainview.Event{Name: "CloseRequested", ChannelID: id})
	wantCode(t, r.do(r.prepare("late", 2000)), 402, errs.ChannelClosing)
}

// The envelope binds method and target: a signed request replayed at
// another path (or with another method) before the original arrives is
// refused, and nothing is charged.
func TestSignedRequestBoundToTarget(t *testing.T) {
	r := newRig(t)
	if _, err := r.alice.Send(context.Background(), r.bobDID(), []byte("open")); err != nil {
		t.Fatal(err)
	}
	s := r.prepare("p", 2000)
	for _, q := range []struct{ method, path string }{{http.MethodPost, "/admin"}, {http.MethodPost, "/task?x=1"}, {http.MethodPut, "/task"}} {
		req, _ := http.NewRequest(q.method, r.srv.URL+q.path, strings.NewReader(s.body))
		agent.SetHeaders(req.Header, s.env, r.payment(s.vs))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var eb x402.ErrorBody
		json.NewDecoder(resp.Body).Decode(&eb)
		resp.Body.Close()
		if resp.StatusCode != 401 || eb.Code != string(errs.PayloadMismatch) {
			t.Fatalf("%s %s: %d %s, want 401 payload_mismatch", q.method, q.path, resp.StatusCode, eb.Code)
		}
	}
	if r.accepted() != 1000 {
		t.Fatalf("accepted %d", r.accepted())
	}
	if got := r.do(s); got.status != 200 {
		t.Fatalf("the original at its own target: %d %s", got.status, got.eb.Code)
	}
}

// PAYMENT-REQUIRED names the resource by its absolute URL, and a payment
// whose accepted terms are not the recipient's is refused.
func TestTermsOnTheWire(t *testing.T) {
	r := newRig(t)
	if _, err := r.alice.Send(context.Background(), r.bobDID(), []byte("open")); err != nil {
		t.Fatal(err)
	}
	got := r.do(signed{body: "x", env: r.prepare("x", 2000).env})
	pr, err := x402.DecodePaymentRequired(got.header.Get(x402.HeaderPaymentRequired))
	if err != nil || pr.Resource.URL != r.srv.URL+"/task" || got.header.Get("Cache-Control") != "no-store" {
		t.Fatalf("402: resource %q, cache-control %q, %v", pr.Resource.URL, got.header.Get("Cache-Control"), err)
	}
	s := r.prepare("y", 2000)
	pay := r.payment(s.vs)
	pay.Accepted.PayTo = key(t, 9).Address()
	req, _ := http.NewRequest(http.MethodPost, r.srv.URL+"/task", strings.NewReader("y"))
	agent.SetHeaders(req.Header, s.env, pay)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var eb x402.ErrorBody
	json.NewDecoder(resp.Body).Decode(&eb)
	resp.Body.Close()
	if resp.StatusCode != 402 || eb.Code != string(errs.WrongRecipient) || r.accepted() != 1000 {
		t.Fatalf("payment to another payee: %d %s, accepted %d", resp.StatusCode, eb.Code, r.accepted())
	}
}

// With a Logger, every request gets one structured line.
func TestRequestLog(t *testing.T) {
	r := newRig(t)
	var buf bytes.Buffer
	var mu sync.Mutex
	r.bob.SetLogger(slog.New(slog.NewJSONHandler(&lockedWriter{w: &buf, mu: &mu}, nil)))
	if _, err := r.alice.Send(context.Background(), r.bobDID(), []byte("open")); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	var last map[string]any
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &last); err != nil {
		t.Fatal(err)
	}
	if len(lines) != 2 || last["code"] != "ok" || last["status"] != float64(200) || last["paid"] != "1000" || last["asset"] != "native" ||
		last["sender"] != r.aKey.Address().String() || last["path"] != "/task" || last["id"] == "" {
		t.Fatalf("log lines %q", lines)
	}
}

type lockedWriter struct {
	w  io.Writer
	mu *sync.Mutex
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// A prepared (dry-run) request is delivered by any HTTP client; its voucher
// counted as handed out, and the next send learns what was accepted first.
func TestPreparedRequest(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	if _, err := r.alice.Send(ctx, r.bobDID(), []byte("open")); err != nil {
		t.Fatal(err)
	}
	p, err := r.alice.Prepare(ctx, r.bobDID(), []byte(`{"task":"later"}`))
	if err != nil || p.Cumulative.Int64() != 2000 {
		t.Fatalf("prepare: %+v %v", p, err)
	}
	b, _ := json.Marshal(p)
	var wire struct {
		URL, Method, Body string
		Headers           map[string]string
	}
	json.Unmarshal(b, &wire)
	req, _ := http.NewRequest(wire.Method, wire.URL, strings.NewReader(wire.Body))
	for k, v := range wire.Headers {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != 200 || r.accepted() != 2000 {
		t.Fatalf("delivered: %v %v, accepted %d", resp, err, r.accepted())
	}
	resp.Body.Close()
	res, err := r.alice.Send(ctx, r.bobDID(), []byte("next"))
	if err != nil || res.Cumulative.Int64() != 3000 {
		t.Fatalf("next send: %+v %v", res, err)
	}
	// Prepared but never delivered: the next send still pays exactly once.
	if _, err := r.alice.Prepare(ctx, r.bobDID(), []byte("dropped")); err != nil {
		t.Fatal(err)
	}
	res, err = r.alice.Send(ctx, r.bobDID(), []byte("after a dropped one"))
	if err != nil || res.Cumulative.Int64() != 4000 || r.accepted() != 4000 {
		t.Fatalf("after a dropped prepared request: %+v %v, accepted %d", res, err, r.accepted())
	}
}
