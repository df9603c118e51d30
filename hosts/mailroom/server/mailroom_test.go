package server_test

import (
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/chain/chainview"
	"github.com/agentmailroom/mailroom/hosts/chain/fakechain"
	"github.com/agentmailroom/mailroom/hosts/mailroom/agent"
	"github.com/agentmailroom/mailroom/hosts/mailroom/server"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

var price = big.NewInt(1000)

type rig struct {
	t      *testing.T
	fc     *fakechain.Chain
	view   *chainview.View
	bobKey *ethsig.PrivateKey
	bob    *server.Mailroom
	bobDB  *store.DB
	dir    string
	srv    *httptest.Server
	task   http.Handler
	alice  *agent.Agent
	aKey   *ethsig.PrivateKey
	aDB    *store.DB
}

func key(t *testing.T, b byte) *ethsig.PrivateKey {
	var raw [32]byte
	raw[31] = b
	raw[0] = 0x11
	k, err := ethsig.PrivateKeyFromBytes(raw[:])
	if err != nil {
		t.Fatal(err)
	}
	return k
}

var echo = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte(`{"echo":`))
	w.Write([]byte(jsonString(string(b))))
	w.Write([]byte("}"))
})

func jsonString(s string) string { b, _ := json.Marshal(s); return string(b) }

func newRig(t *testing.T) *rig {
	t.Helper()
	r := &rig{t: t, fc: fakechain.New(), bobKey: key(t, 2), aKey: key(t, 1), dir: t.TempDir()}
	r.view = chainview.New(r.fc)
	r.task = echo
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, q *http.Request) { r.bob.Wrap(r.task).ServeHTTP(w, q) }))
	t.Cleanup(r.srv.Close)
	r.fc.Register(r.bobKey.Address(), r.srv.URL+"/task", price)
	r.fc.Register(r.aKey.Address(), "", new(big.Int))
	r.startBob()
	var err error
	r.aDB, err = store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.aDB.Close() })
	r.alice = r.newAgent(r.aKey, r.aDB, agent.Budget{})
	return r
}

func (r *rig) agentConfig(k *ethsig.PrivateKey, db *store.DB, b agent.Budget) agent.Config {
	return agent.Config{Key: k, ChainID: r.fc.ChainID, Registry: r.fc.Registry, ChannelContract: r.fc.ChannelContract,
		Directory: r.view, Channels: fakechain.Ops{C: r.fc, Sender: common.Address(k.Address())}, Store: db,
		Deposit: big.NewInt(5000), Budget: b}
}

func (r *rig) newAgent(k *ethsig.PrivateKey, db *store.DB, b agent.Budget) *agent.Agent {
	a, err := agent.New(r.agentConfig(k, db, b))
	if err != nil {
		r.t.Fatal(err)
	}
	return a
}

func (r *rig) startBob() {
	if r.bob != nil {
		r.bob.Drain()
	}
	if r.bobDB != nil {
		r.bobDB.Close()
	}
	db, err := store.Open(r.dir)
	if err != nil {
		r.t.Fatal(err)
	}
	r.bobDB = db
	r.t.Cleanup(func() { db.Close() })
	m, err := server.New(server.Config{Key: r.bobKey, ChainID: r.fc.ChainID, Registry: r.fc.Registry, ChannelContract: r.fc.ChannelContract,
		Price: price, Chain: r.view, Store: db, ReorderWait: 300 * time.Millisecond})
	if err != nil {
		r.t.Fatal(err)
	}
	r.bob = m
}

// payment is Alice's PAYMENT-SIGNATURE for vs (nil: none).
func (r *rig) payment(vs *voucher.Signed) *x402.PaymentPayload {
	if vs == nil {
		return nil
	}
	return r.alice.Payment(r.srv.URL+"/task", r.bobKey.Address(), price, nil, vs)
}

func (r *rig) bobDID() string { return "did:agent:eth:" + r.bobKey.Address().String() }

// raw posts with explicit headers.
func (r *rig) raw(body string, env *envelope.Signed, vs *voucher.Signed) (*http.Response, x402.ErrorBody) {
	req, _ := http.NewRequest(http.MethodPost, r.srv.URL+"/task", strings.NewReader(body))
	if env != nil {
		if err := agent.SetHeaders(req.Header, env, r.payment(vs)); err != nil {
			r.t.Fatal(err)
		}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		r.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var eb x402.ErrorBody
	json.Unmarshal(b, &eb)
	return resp, eb
}

func want(t *testing.T, resp *http.Response, eb x402.ErrorBody, status int, code errs.Kind) {
	t.Helper()
	if resp.StatusCode != status || eb.Code != string(code) {
		t.Fatalf("got %d %q (%s), want %d %q", resp.StatusCode, eb.Code, eb.Message, status, code)
	}
}

func TestSendPaysAndVerifies(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	for i := 1; i <= 5; i++ {
		res, err := r.alice.Send(ctx, r.bobDID(), []byte(`{"task":"audit"}`))
		if err != nil {
			t.Fatalf("send %d: %v", i, err)
		}
		if res.Cumulative.Int64() != int64(i)*price.Int64() || !strings.Contains(string(res.Body), "audit") {
			t.Fatalf("send %d: cumulative %s body %s", i, res.Cumulative, res.Body)
		}
	}
	o, _, _ := r.alice.Channel(r.bobKey.Address())
	st, ok, err := r.bobDB.Channel(o.ChannelID)
	if err != nil || !ok || st.Accepted.Int64() != 5000 {
		t.Fatalf("stored %v %v %v", st.Accepted, ok, err)
	}
	// Channel deposit was 5000: the 6th send tops up by itself.
	if _, err := r.alice.Send(ctx, r.bobDID(), []byte("x")); err != nil {
		t.Fatal(err)
	}
	if ch, _ := r.fc.GetChannel(ctx, o.ChannelID); ch.Deposit.Int64() != 10000 {
		t.Fatalf("deposit %s", ch.Deposit)
	}
	// Reads are cached: one agent + one channel read each side, plus refreshes for the top-up.
	if r.fc.Reads > 8 {
		t.Fatalf("%d chain reads for 6 requests: cache not used", r.fc.Reads)
	}
}

func TestRefusals(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	if _, err := r.alice.Send(ctx, r.bobDID(), []byte("first")); err != nil {
		t.Fatal(err)
	}
	bob := r.bobDID()

	// No envelope: 402 with requirements.
	resp, eb := r.raw("hi", nil, nil)
	want(t, resp, eb, 402, errs.PaymentRequired)
	pr, err := x402.DecodePaymentRequired(resp.Header.Get(x402.HeaderPaymentRequired))
	if err != nil || pr.Accepts[0].Amount.Cmp(price) != 0 || pr.Accepts[0].PayTo != r.bobKey.Address() {
		t.Fatalf("requirements %+v %v", pr, err)
	}

	// Replay of an accepted envelope.
	env, vs, err := r.alice.PrepareRequest(ctx, bob, []byte("p"), price)
	if err != nil {
		t.Fatal(err)
	}
	resp, _ = r.raw("p", env, vs)
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	// The identical request again is a retry: the same answer, no charge.
	resp, _ = r.raw("p", env, vs)
	if resp.StatusCode != 200 || resp.Header.Get(server.HeaderReplayed) != "true" {
		t.Fatalf("retry: status %d replayed %q", resp.StatusCode, resp.Header.Get(server.HeaderReplayed))
	}
	// The same nonce with another voucher is a replay.
	resp, eb = r.raw("p", env, nil)
	want(t, resp, eb, 409, errs.NonceReplayed)

	// Envelope without payment from a known sender: corrective 402.
	env, _, _ = r.alice.PrepareRequest(ctx, bob, []byte("p"), nil)
	resp, eb = r.raw("p", env, nil)
	want(t, resp, eb, 402, errs.PaymentRequired)
	if eb.AcceptedCumulative != "2000" {
		t.Fatalf("acceptedCumulative %q", eb.AcceptedCumulative)
	}

	// Forged signature: signed by another key.
	env, vs, _ = r.alice.PrepareRequest(ctx, bob, []byte("p"), price)
	forged := *env
	forged.Signature = r.alice.RequestDomain().Sign(key(t, 9), &env.Request)
	resp, eb = r.raw("p", &forged, vs)
	want(t, resp, eb, 401, errs.SignerMismatch)

	// Payload mismatch.
	resp, eb = r.raw("not p", env, vs)
	want(t, resp, eb, 401, errs.PayloadMismatch)

	// Voucher above the deposit (5000).
	env, _, _ = r.alice.PrepareRequest(ctx, bob, []byte("p"), nil)
	big1 := voucher.Voucher{ChannelID: vs.ChannelID, CumulativeAmount: big.NewInt(999999)}
	sig, _ := r.alice.VoucherDomain().Sign(r.aKey, &big1)
	resp, eb = r.raw("p", env, &voucher.Signed{Voucher: big1, Signature: sig})
	want(t, resp, eb, 402, errs.VoucherExceedsDeposit)

	// Stale voucher: 409 with the accepted total.
	env, _, _ = r.alice.PrepareRequest(ctx, bob, []byte("p"), nil)
	old := voucher.Voucher{ChannelID: vs.ChannelID, CumulativeAmount: big.NewInt(1000)}
	sig, _ = r.alice.VoucherDomain().Sign(r.aKey, &old)
	resp, eb = r.raw("p", env, &voucher.Signed{Voucher: old, Signature: sig})
	want(t, resp, eb, 409, errs.VoucherInsufficient)
	if resp.Header.Get(x402.HeaderPaymentRequired) == "" || eb.AcceptedCumulative != "2000" {
		t.Fatalf("stale voucher: no corrective header (%q)", eb.AcceptedCumulative)
	}

	// Short voucher: 402.
	env, _, _ = r.alice.PrepareRequest(ctx, bob, []byte("p"), nil)
	short := voucher.Voucher{ChannelID: vs.ChannelID, CumulativeAmount: big.NewInt(2500)}
	sig, _ = r.alice.VoucherDomain().Sign(r.aKey, &short)
	resp, eb = r.raw("p", env, &voucher.Signed{Voucher: short, Signature: sig})
	want(t, resp, eb, 402, errs.VoucherInsufficient)

	// Voucher signed by someone else.
	env, _, _ = r.alice.PrepareRequest(ctx, bob, []byte("p"), nil)
	good := voucher.Voucher{ChannelID: vs.ChannelID, CumulativeAmount: big.NewInt(3000)}
	sig, _ = r.alice.VoucherDomain().Sign(key(t, 9), &good)
	resp, eb = r.raw("p", env, &voucher.Signed{Voucher: good, Signature: sig})
	want(t, resp, eb, 401, errs.SignerMismatch)

	// Wrong recipient.
	req := env.Request
	req.Recipient = key(t, 7).Address()
	other := envelope.Signed{Request: req, ChainID: env.ChainID, Registry: env.Registry, Signature: r.alice.RequestDomain().Sign(r.aKey, &req)}
	resp, eb = r.raw("p", &other, nil)
	want(t, resp, eb, 401, errs.WrongRecipient)

	// Expired timestamp.
	req = env.Request
	req.Timestamp = uint64(time.Now().Add(-time.Hour).Unix())
	old2 := envelope.Signed{Request: req, ChainID: env.ChainID, Registry: env.Registry, Signature: r.alice.RequestDomain().Sign(r.aKey, &req)}
	resp, eb = r.raw("p", &old2, nil)
	want(t, resp, eb, 401, errs.TimestampExpired)

	// Body too large.
	resp, eb = r.raw(strings.Repeat("x", 2<<20), env, nil)
	want(t, resp, eb, 413, errs.BodyTooLarge)

	// Unregistered sender.
	mallory := key(t, 5)
	mdb, _ := store.Open(t.TempDir())
	defer mdb.Close()
	m := r.newAgent(mallory, mdb, agent.Budget{})
	env, _, _ = m.PrepareRequest(ctx, bob, []byte("p"), nil)
	resp, eb = r.raw("p", env, nil)
	want(t, resp, eb, 403, errs.SenderUnregistered)

	// Deactivated sender (the event drops the cached record).
	r.fc.SetActive(r.aKey.Address(), false)
	r.view.Apply(chainview.Event{Name: "AgentDeactivated", Agent: common.Address(r.aKey.Address())})
	env, vs, _ = r.alice.PrepareRequest(ctx, bob, []byte("p"), nil)
	resp, eb = r.raw("p", env, nil)
	want(t, resp, eb, 403, errs.SenderInactive)

	// Nothing refused was charged.
	st, _, _ := r.bobDB.Channel(vs0(t, r).ChannelID)
	if st.Accepted.Int64() != 2000 {
		t.Fatalf("accepted %s after refusals, want 2000", st.Accepted)
	}
}

func vs0(t *testing.T, r *rig) *store.Outgoing {
	o, ok, err := r.alice.Channel(r.bobKey.Address())
	if err != nil || !ok {
		t.Fatal("no channel", err)
	}
	return o
}

func TestRollbackOnTaskFailure(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	if _, err := r.alice.Send(ctx, r.bobDID(), []byte("ok")); err != nil {
		t.Fatal(err)
	}
	r.task = http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { http.Error(w, "boom", 500) })
	_, err := r.alice.Send(ctx, r.bobDID(), []byte("fail"))
	if errs.KindOf(err) != errs.TaskFailed {
		t.Fatalf("got %v, want task_failed", err)
	}
	st, _, _ := r.bobDB.Channel(vs0(t, r).ChannelID)
	if st.Accepted.Int64() != 1000 {
		t.Fatalf("accepted %s after rollback, want 1000", st.Accepted)
	}
	r.task = http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom") })
	if _, err := r.alice.Send(ctx, r.bobDID(), []byte("panic")); errs.KindOf(err) != errs.TaskFailed {
		t.Fatalf("panic: %v", err)
	}
	r.task = echo
	res, err := r.alice.Send(ctx, r.bobDID(), []byte("again"))
	if err != nil {
		t.Fatal(err)
	}
	// The failed request's amount is reused: 2000, not 4000.
	if res.Cumulative.Int64() != 2000 {
		t.Fatalf("cumulative %s, want 2000", res.Cumulative)
	}
}

func TestRestartKeepsNoncesAndVouchers(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	env, vs, err := func() (*envelope.Signed, *voucher.Signed, error) {
		if _, err := r.alice.Send(ctx, r.bobDID(), []byte("open")); err != nil {
			return nil, nil, err
		}
		return r.alice.PrepareRequest(ctx, r.bobDID(), []byte("p"), price)
	}()
	if err != nil {
		t.Fatal(err)
	}
	if resp, _ := r.raw("p", env, vs); resp.StatusCode != 200 {
		t.Fatal(resp.Status)
	}
	r.startBob() // a new process on the same store
	resp, eb := r.raw("p", env, nil)
	want(t, resp, eb, 409, errs.NonceReplayed)
	// The identical request is answered again from the store, uncharged.
	if resp, _ := r.raw("p", env, vs); resp.StatusCode != 200 || resp.Header.Get(server.HeaderReplayed) != "true" {
		t.Fatalf("retry after restart: %d", resp.StatusCode)
	}
	st, ok := r.bob.ChannelState(vs.ChannelID)
	if !ok || st.Accepted.Cmp(vs.CumulativeAmount) != 0 {
		t.Fatalf("restored accepted %v", st.Accepted)
	}
	if _, err := r.alice.Send(ctx, r.bobDID(), []byte("after")); err != nil {
		t.Fatal(err)
	}
}

func TestCorrectiveResync(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		if _, err := r.alice.Send(ctx, r.bobDID(), []byte("x")); err != nil {
			t.Fatal(err)
		}
	}
	// Alice forgets her last two vouchers (restored from an old backup).
	o := vs0(t, r)
	o.Cumulative = big.NewInt(1000)
	if err := r.aDB.PutOutgoing(ctx, ethsig.Address{}, o); err != nil {
		t.Fatal(err)
	}
	res, err := r.alice.Send(ctx, r.bobDID(), []byte("x"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Cumulative.Int64() != 4000 || res.Attempts != 2 {
		t.Fatalf("after resync: cumulative %s attempts %d", res.Cumulative, res.Attempts)
	}
	// And the other way: Alice thinks Bob accepted more than he did. Bob
	// takes exactly accepted + price: her 5500 is refused with the accepted
	// 4000, a correction downward she adopts without proof.
	o = vs0(t, r)
	o.Cumulative = big.NewInt(4500)
	r.aDB.PutOutgoing(ctx, ethsig.Address{}, o)
	res, err = r.alice.Send(ctx, r.bobDID(), []byte("x"))
	if err != nil || res.Cumulative.Int64() != 5000 {
		t.Fatalf("over: %v %v", res, err)
	}
}

func TestBudget(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	db, _ := store.Open(t.TempDir())
	defer db.Close()
	a := r.newAgent(r.aKey, db, agent.Budget{MaxPerRequest: big.NewInt(999)})
	if _, err := a.Send(ctx, r.bobDID(), []byte("x")); errs.KindOf(err) != errs.BudgetExceeded {
		t.Fatalf("per request: %v", err)
	}
	// MaxPerDay counts what Alice signs: the new channel's 5000 wei deposit
	// and each voucher's increase.
	a = r.newAgent(r.aKey, db, agent.Budget{MaxPerDay: big.NewInt(7500)})
	for i := 0; i < 2; i++ {
		if _, err := a.Send(ctx, r.bobDID(), []byte("x")); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := a.Send(ctx, r.bobDID(), []byte("x")); errs.KindOf(err) != errs.BudgetExceeded {
		t.Fatalf("per day: %v", err)
	}
	// Persisted: a new agent on the same store sees today's spend.
	a = r.newAgent(r.aKey, db, agent.Budget{MaxPerDay: big.NewInt(7500)})
	if _, err := a.Send(ctx, r.bobDID(), []byte("x")); errs.KindOf(err) != errs.BudgetExceeded {
		t.Fatalf("per day after restart: %v", err)
	}
}
