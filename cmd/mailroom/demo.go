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
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
	"github.com/agentmailroom/mailroom/hosts/mailroom"
	"github.com/agentmailroom/mailroom/hosts/mailroom/agent"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

func init() { register(newDemoCmd) }

// demoSummary is the last line of `mailroom demo --json`.
type demoSummary struct {
	Requests           int      `json:"requests"`
	Accepted           int      `json:"accepted"`
	Rejected           int      `json:"rejected"`
	RejectedCodes      []string `json:"rejectedCodes"`
	SettledWei         string   `json:"settledWei"`
	RatePerTaskWei     string   `json:"ratePerTaskWei"`
	DepositWei         string   `json:"depositWei"`
	AliceRefundWei     string   `json:"aliceRefundWei"`
	BobBalanceDeltaWei string   `json:"bobBalanceDeltaWei"`
	BobGasWei          string   `json:"bobGasWei"`
	ChannelID          string   `json:"channelId"`
	Seconds            float64  `json:"seconds"`
}

// recorder keeps the last request an agent sent (to replay it).
type recorder struct {
	mu     sync.Mutex
	header http.Header
	body   []byte
	url    string
}

func (r *recorder) RoundTrip(q *http.Request) (*http.Response, error) {
	b, _ := io.ReadAll(q.Body)
	r.mu.Lock()
	r.header, r.body, r.url = q.Header.Clone(), b, q.URL.String()
	r.mu.Unlock()
	q.Body = io.NopCloser(bytes.NewReader(b))
	return http.DefaultTransport.RoundTrip(q)
}

func newDemoCmd() *cobra.Command {
	var n int
	var jsonOut bool
	var rateS, depositS string
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run the whole story on an embedded chain: register, open a channel, pay for tasks over HTTP, refuse attacks, settle",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			rate, err := chain.ParseAmount(rateS)
			if err != nil {
				return err
			}
			deposit, err := chain.ParseAmount(depositS)
			if err != nil {
				return err
			}
			if n < 1 {
				return errs.New(errs.InvalidInput, "--tasks must be at least 1")
			}
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			s, err := runDemo(ctx, cmd.OutOrStdout(), n, rate, deposit)
			if err != nil {
				return err
			}
			if jsonOut {
				b, _ := json.Marshal(s)
				fmt.Fprintln(cmd.OutOrStdout(), string(b))
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.IntVar(&n, "tasks", 5, "number of paid tasks Alice sends")
	fl.StringVar(&rateS, "rate", "0.001ether", "Bob's rate per task")
	fl.StringVar(&depositS, "deposit", "0.01ether", "Alice's channel deposit")
	fl.BoolVar(&jsonOut, "json", false, "end with a one-line JSON summary")
	return cmd
}

func runDemo(ctx context.Context, out io.Writer, n int, rate, deposit *big.Int) (*demoSummary, error) {
	start := time.Now()
	say := func(format string, args ...any) { fmt.Fprintf(out, format+"\n", args...) }
	eth := func(w *big.Int) string { return chain.FormatEther(w) + " ETH" }
	sum := &demoSummary{RatePerTaskWei: rate.String(), DepositWei: deposit.String()}

	say("1. Starting an embedded Ethereum dev chain (chain id %d) and deploying the contracts...", devchain.ChainID)
	dc, err := devchain.Start(ctx, devchain.Config{Port: 0})
	if err != nil {
		return nil, err
	}
	defer dc.Close()
	c := dc.Contracts
	say("   RPC %s; AgentRegistry at %s; AgentPaymentChannel at %s", dc.RPC, addrOut(dc.Deployment.Registry), addrOut(dc.Deployment.PaymentChannel))
	aliceS, bobS, malloryS := dc.Keys[1], dc.Keys[2], dc.Keys[3]
	alice, bob := ethsig.Address(aliceS.Address()), ethsig.Address(bobS.Address())
	say("   Alice is %s", did.Format(alice))
	say("   Bob   is %s", did.Format(bob))

	balance := func(a ethsig.Address) *big.Int {
		b, _ := c.Balance(ctx, common.Address(a))
		return b
	}
	aliceStart, bobStart := balance(alice), balance(bob)
	say("   Balances before: Alice %s, Bob %s", eth(aliceStart), eth(bobStart))

	// Bob's mailroom listens first so that its endpoint can be registered.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, errs.New(errs.Internal, "listen: %v", err)
	}
	endpoint := "http://" + ln.Addr().String() + "/task"

	say("2. Registering both agents in the AgentRegistry...")
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	if _, err := c.Registry.Register(ctx, bobS, bobS.Address(), chain.Profile{Endpoint: endpoint, Capabilities: []string{"echo", "contract-audit"}, RatePerTaskWei: rate}, deadline, nil); err != nil {
		return nil, err
	}
	if _, err := c.Registry.Register(ctx, aliceS, aliceS.Address(), chain.Profile{Capabilities: []string{"client"}, RatePerTaskWei: new(big.Int)}, deadline, nil); err != nil {
		return nil, err
	}
	say("   Bob: endpoint %s, rate %s per task; Alice: a client (rate 0)", endpoint, eth(rate))

	tmp, err := os.MkdirTemp("", "mailroom-demo-")
	if err != nil {
		return nil, errs.New(errs.Internal, "temp dir: %v", err)
	}
	defer os.RemoveAll(tmp)

	say("3. Starting Bob's mailroom on %s (durable store in a temp dir)...", ln.Addr())
	st, err := startMailroom(ctx, c, bobS, mailroom.Options{StoreDir: tmp + "/bob", WatchInterval: 100 * time.Millisecond})
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: st.Handler}
	go srv.Serve(ln)
	defer srv.Close()

	adb, err := store.Open(tmp + "/alice")
	if err != nil {
		return nil, err
	}
	defer adb.Close()
	rec := &recorder{}
	cfg := agentConfig(c, aliceS, adb)
	cfg.HTTP = &http.Client{Transport: rec, Timeout: 30 * time.Second}
	cfg.Deposit = deposit
	cfg.Budget = agent.Budget{MaxPerRequest: rate}
	al, err := agent.New(cfg)
	if err != nil {
		return nil, err
	}
	prof, err := al.Profile(ctx, did.Format(bob))
	if err != nil {
		return nil, err
	}
	say("4. Alice looks Bob up on chain: endpoint %s, rate %s, active %v", prof.Endpoint, eth(prof.RatePerTaskWei), prof.Active)
	id, err := al.OpenChannel(ctx, bob, deposit)
	if err != nil {
		return nil, err
	}
	sum.ChannelID = fmt.Sprintf("0x%x", id)
	say("   Alice opens a payment channel to Bob with a %s deposit: channel 0x%x", eth(deposit), id)

	say("5. Alice sends %d paid tasks over HTTP (envelope + cumulative voucher each)...", n)
	for i := 1; i <= n; i++ {
		payload := fmt.Sprintf(`{"task":"contract-audit","n":%d}`, i)
		res, err := al.Send(ctx, did.Format(bob), []byte(payload))
		if err != nil {
			return nil, err
		}
		sum.Requests++
		sum.Accepted++
		say("   task %d: HTTP %d, paid %s (voucher total %s), receipt signed by Bob verified; result %s",
			i, res.Status, eth(res.Price), eth(res.Cumulative), bytes.TrimSpace(res.Body))
	}

	say("6. Three bad requests, each refused by Bob's mailroom:")
	post := func(h http.Header, body []byte) (int, x402.ErrorBody) {
		q, _ := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
		for k, v := range h {
			q.Header[k] = v
		}
		resp, err := http.DefaultClient.Do(q)
		if err != nil {
			return 0, x402.ErrorBody{Code: string(errs.Internal), Message: err.Error()}
		}
		defer resp.Body.Close()
		var eb x402.ErrorBody
		json.NewDecoder(resp.Body).Decode(&eb)
		return resp.StatusCode, eb
	}
	refused := func(what string, status int, eb x402.ErrorBody, wantCode errs.Kind) error {
		sum.Requests++
		if status == http.StatusOK || eb.Code != string(wantCode) {
			sum.Accepted++
			return errs.New(errs.Internal, "%s: got HTTP %d %q, expected refusal %q", what, status, eb.Code, wantCode)
		}
		sum.Rejected++
		sum.RejectedCodes = append(sum.RejectedCodes, eb.Code)
		say("   %s: refused with HTTP %d %s (%s)", what, status, eb.Code, eb.Message)
		return nil
	}
	// a. The last task's envelope, replayed with another payment. (The
	// very same request again would be a retry: answered from the record,
	// not charged or run twice.)
	rec.mu.Lock()
	h, body := rec.header.Clone(), rec.body
	rec.mu.Unlock()
	h.Del(x402.HeaderPaymentSignature)
	status, eb := post(h, body)
	if err := refused("a replayed envelope (the last task's envelope sent again)", status, eb, errs.NonceReplayed); err != nil {
		return nil, err
	}
	// b. Mallory signs an envelope that claims to come from Alice.
	env, vs, err := al.PrepareRequest(ctx, did.Format(bob), []byte(`{"task":"steal"}`), nil)
	if err != nil {
		return nil, err
	}
	forged := *env
	forged.Signature = al.RequestDomain().Sign(malloryS.Core(), &env.Request)
	h = http.Header{}
	agent.SetHeaders(h, &forged, nil)
	status, eb = post(h, []byte(`{"task":"steal"}`))
	if err := refused("an envelope in Alice's name signed by Mallory's key", status, eb, errs.SignerMismatch); err != nil {
		return nil, err
	}
	// c. A voucher for more than the deposit.
	env, _, err = al.PrepareRequest(ctx, did.Format(bob), []byte(`{"task":"big"}`), nil)
	if err != nil {
		return nil, err
	}
	over := voucher.Voucher{ChannelID: id, CumulativeAmount: new(big.Int).Add(deposit, big.NewInt(1))}
	sig, err := al.VoucherDomain().Sign(aliceS.Core(), &over)
	if err != nil {
		return nil, err
	}
	vs = &voucher.Signed{Voucher: over, Signature: sig}
	h = http.Header{}
	agent.SetHeaders(h, env, al.Payment(endpoint, bob, rate, nil, vs))
	status, eb = post(h, []byte(`{"task":"big"}`))
	if err := refused(fmt.Sprintf("a voucher for %s, above the %s deposit", eth(over.CumulativeAmount), eth(deposit)), status, eb, errs.VoucherExceedsDeposit); err != nil {
		return nil, err
	}

	say("7. Bob settles on chain: he redeems Alice's latest voucher (paid to Bob, the rest refunded to Alice, channel closed)...")
	srv.Close()
	aliceBefore, bobBefore := balance(alice), balance(bob)
	r := st.Settler.SettleOne(ctx, id, true)
	st.Close(ctx)
	if r.Err != nil {
		return nil, r.Err
	}
	aliceAfter, bobAfter := balance(alice), balance(bob)
	ch, err := c.Channels.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	refund := new(big.Int).Sub(aliceAfter, aliceBefore)
	bobDelta := new(big.Int).Sub(bobAfter, bobBefore)
	gas := new(big.Int).Sub(r.Paid, bobDelta)
	sum.SettledWei = r.Amount.String()
	sum.AliceRefundWei = refund.String()
	sum.BobBalanceDeltaWei = bobDelta.String()
	sum.BobGasWei = gas.String()
	say("   claimed %s for %d tasks at %s; channel open on chain: %v; claimed on chain: %s", eth(r.Amount), sum.Accepted, eth(rate), ch.Open, eth(ch.Claimed))
	say("   Alice: %s -> %s (refund %s)", eth(aliceBefore), eth(aliceAfter), eth(refund))
	say("   Bob:   %s -> %s (+%s = %s claimed - %s gas)", eth(bobBefore), eth(bobAfter), eth(bobDelta), eth(r.Amount), eth(gas))
	want := new(big.Int).Mul(rate, big.NewInt(int64(n)))
	if r.Amount.Cmp(want) != 0 || refund.Cmp(new(big.Int).Sub(deposit, want)) != 0 || ch.Open {
		return nil, errs.New(errs.Internal, "settlement mismatch: claimed %s, refund %s, want %s and %s", r.Amount, refund, want, new(big.Int).Sub(deposit, want))
	}
	say("   Over the whole demo: Alice %s -> %s, Bob %s -> %s (registration and channel gas included)", eth(aliceStart), eth(aliceAfter), eth(bobStart), eth(bobAfter))
	sum.Seconds = float64(time.Since(start).Milliseconds()) / 1000
	say("Done in %.1f s: %d requests, %d accepted and paid, %d refused (%v).", sum.Seconds, sum.Requests, sum.Accepted, sum.Rejected, sum.RejectedCodes)
	return sum, nil
}
