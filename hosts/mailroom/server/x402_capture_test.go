package server_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"math/big"
	"net/http"
	"os"
	"sync"
	"testing"

	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/mailroom/agent"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// headerRecorder keeps every x402 header of the exchanges through it.
type headerRecorder struct {
	mu   sync.Mutex
	seen []capturedHeader
}

type capturedHeader struct {
	Name   string `json:"name"`
	Header string `json:"header"`
	Value  string `json:"value"`
}

func (h *headerRecorder) RoundTrip(q *http.Request) (*http.Response, error) {
	resp, err := http.DefaultTransport.RoundTrip(q)
	h.mu.Lock()
	defer h.mu.Unlock()
	if v := q.Header.Get(x402.HeaderPaymentSignature); v != "" {
		h.seen = append(h.seen, capturedHeader{"sent voucher", x402.HeaderPaymentSignature, v})
	}
	if resp != nil {
		for _, k := range []string{x402.HeaderPaymentRequired, x402.HeaderPaymentResponse} {
			if v := resp.Header.Get(k); v != "" {
				h.seen = append(h.seen, capturedHeader{"HTTP " + resp.Status, k, v})
			}
		}
	}
	return resp, err
}

// TestX402CapturedExchange runs a real paid exchange (402, paid request,
// corrective 409) and decodes every x402 header it carried. With
// MAILROOM_X402_CAPTURE=FILE it writes them there, with the pre-v2 forms as
// cases that must be refused, for the x402 reference implementations
// (bindings/x402check, `make test-x402`).
func TestX402CapturedExchange(t *testing.T) {
	r := newRig(t)
	rec := &headerRecorder{}
	db, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cfg := r.agentConfig(r.aKey, db, agent.Budget{})
	cfg.HTTP = &http.Client{Transport: rec}
	a, err := agent.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for i := 0; i < 2; i++ {
		if _, err := a.Send(ctx, r.bobDID(), []byte(`{"task":"x402"}`)); err != nil {
			t.Fatal(err)
		}
	}
	// Forget the last voucher: the next send gets a corrective 409 first.
	o, _, _ := a.Channel(r.bobKey.Address())
	o.Cumulative = new(big.Int)
	db.PutOutgoing(ctx, ethsig.Address{}, o)
	if _, err := a.Send(ctx, r.bobDID(), []byte(`{"task":"x402"}`)); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, c := range rec.seen {
		kinds[c.Header]++
		var err error
		switch c.Header {
		case x402.HeaderPaymentRequired:
			_, err = x402.DecodePaymentRequired(c.Value)
		case x402.HeaderPaymentSignature:
			_, err = x402.DecodePaymentPayload(c.Value)
		case x402.HeaderPaymentResponse:
			_, err = x402.DecodePaymentResponse(c.Value)
		}
		if err != nil {
			t.Errorf("%s %s: %v", c.Name, c.Header, err)
		}
	}
	if kinds[x402.HeaderPaymentRequired] < 2 || kinds[x402.HeaderPaymentSignature] < 3 || kinds[x402.HeaderPaymentResponse] < 3 {
		t.Fatalf("captured %v: want 402 and 409 terms, vouchers and receipts", kinds)
	}
	path := os.Getenv("MAILROOM_X402_CAPTURE")
	if path == "" {
		return
	}
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	invalid := []capturedHeader{
		{"pre-v2 voucher: accepted without amount, asset, payTo, maxTimeoutSeconds", x402.HeaderPaymentSignature,
			b64(`{"x402Version":2,"accepted":{"scheme":"mailroom-channel","network":"eip155:31337"},"payload":{"channelId":"0x01","cumulativeAmount":"1000","signature":"0x02"}}`)},
		{"pre-v2 receipt: no transaction", x402.HeaderPaymentResponse,
			b64(`{"success":true,"payer":"0x0000000000000000000000000000000000000001","network":"eip155:31337","receipt":{"cumulativeAmount":"1000"}}`)},
		{"pre-v2 terms: relative resource.url", x402.HeaderPaymentRequired,
			b64(`{"x402Version":2,"resource":{"url":"/task"},"accepts":[{"scheme":"mailroom-channel","network":"eip155:31337","amount":"1000","asset":"native","payTo":"0x0000000000000000000000000000000000000002","maxTimeoutSeconds":60,"extra":{}}]}`)},
	}
	out, _ := json.MarshalIndent(map[string]any{"valid": rec.seen, "invalid": invalid}, "", " ")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
}
