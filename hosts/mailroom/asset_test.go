package mailroom_test

import (
	"bytes"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/hosts/mailroom"
	"github.com/agentmailroom/mailroom/hosts/mailroom/agent"
)

// TestTokenChannelDoesNotPayForEther: Bob's mailroom prices its task in
// ETH (1000 wei). Alice opens a channel to Bob in a token (any ERC-20: here
// the dev chain's test token, but it could be one she minted herself) and
// pays with its vouchers: the channel's asset is not the one the terms name,
// so the request is refused (asset_mismatch, 402) and the task never runs.
// Her own SDK refuses to adopt the channel too (a voucher in token units is
// no payment in wei).
func TestTokenChannelDoesNotPayForEther(t *testing.T) {
	n := newBobAndAlice(t)
	ctx, c, alice, bob := n.ctx, n.c, n.alice, n.bob
	url := n.base + "/task"
	ran := 0
	n.serveBob(t, mailroom.Options{Task: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { ran++; b, _ := io.ReadAll(r.Body); w.Write(b) })})

	tokID, _, err := c.Channels.OpenToken(ctx, alice, c.Token, bob.Address(), big.NewInt(1_000_000), 3600)
	if err != nil {
		t.Fatal(err)
	}

	// Alice's SDK will not adopt it for a payment in wei.
	a := n.aliceAgent(t)
	if err := a.UseChannel(ctx, ethsig.Address(bob.Address()), tokID); errs.KindOf(err) != errs.AssetMismatch {
		t.Fatalf("UseChannel of a token channel for an ETH payment: %v, want asset_mismatch", err)
	}

	// A hand-made request with a voucher of the token channel: refused by Bob.
	bobAddr := ethsig.Address(bob.Address())
	body := []byte(`{"n":1}`)
	env, err := a.Client().Envelope(bobAddr, url, body, 1, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	sig, err := c.Channels.SignVoucher(alice, tokID, big.NewInt(1000))
	if err != nil {
		t.Fatal(err)
	}
	vs := &voucher.Signed{Voucher: voucher.Voucher{ChannelID: tokID, CumulativeAmount: big.NewInt(1000)}, Signature: sig}
	pay := a.Payment(url, bobAddr, big.NewInt(1000), nil, vs)
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if err := agent.SetHeaders(hreq.Header, env, pay); err != nil {
		t.Fatal(err)
	}
	hres, err := http.DefaultClient.Do(hreq)
	if err != nil {
		t.Fatal(err)
	}
	rb, _ := io.ReadAll(hres.Body)
	hres.Body.Close()
	var eb struct {
		Code string `json:"code"`
	}
	_ = json.Unmarshal(rb, &eb)
	res := struct {
		status     int
		code, body string
	}{hres.StatusCode, eb.Code, string(rb)}
	if res.status != http.StatusPaymentRequired || res.code != string(errs.AssetMismatch) {
		t.Fatalf("token voucher for an ETH price: %d %s %s, want 402 asset_mismatch", res.status, res.code, res.body)
	}
	if ran != 0 {
		t.Fatalf("the task ran %d times", ran)
	}
	if _, err := a.Send(ctx, did.Format(bobAddr), []byte(`{"n":2}`)); err != nil {
		t.Fatalf("a payment in ETH still goes through: %v", err)
	}
	if ran != 1 {
		t.Fatalf("the task ran %d times after the ETH payment", ran)
	}
}
