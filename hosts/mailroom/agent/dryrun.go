package agent

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"unicode/utf8"

	"github.com/agentmailroom/mailroom/core/client"
	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
)

// Prepared is a signed paid request that was not sent: any HTTP client can
// deliver it (`mailroom send --dry-run`, as `cast mktx` does for a
// transaction).
type Prepared struct {
	URL        string      `json:"url"`
	Method     string      `json:"method"`
	Header     http.Header `json:"headers"`
	Body       []byte      `json:"-"`
	Cumulative *big.Int    `json:"-"`
	ChannelID  [32]byte    `json:"-"`
}

// MarshalJSON writes {"url","method","headers":{name: value},"body"} (a
// body that is not UTF-8 as "bodyHex", 0x hex).
func (p *Prepared) MarshalJSON() ([]byte, error) {
	h := make(map[string]string, len(p.Header))
	for k, v := range p.Header {
		h[k] = v[0]
	}
	out := map[string]any{"url": p.URL, "method": p.Method, "headers": h}
	if utf8.Valid(p.Body) {
		out["body"] = string(p.Body)
	} else {
		out["bodyHex"] = hexutil.Encode(p.Body)
	}
	return json.Marshal(out)
}

// Prepare signs the next paid request for payload to recipientDID (its
// registered endpoint and rate) without sending it. Whatever the request
// needs first happens as in Send (learning the terms from a 402, opening or
// topping up the channel, resynchronising). The voucher counts as handed
// out: it is persisted and budgeted, and the channel is marked uncertain,
// so the next request first asks the recipient what it accepted.
func (a *Agent) Prepare(ctx context.Context, recipientDID string, payload []byte) (*Prepared, error) {
	recipient, err := did.ParseAddressOrDID(recipientDID)
	if err != nil {
		return nil, err
	}
	prof, err := a.profileToPay(ctx, recipient, recipientDID)
	if err != nil {
		return nil, err
	}
	return a.PrepareTo(ctx, prof.Endpoint, recipient, a.RateOf(prof), payload)
}

// PrepareTo is Prepare with the endpoint and the expected price given.
func (a *Agent) PrepareTo(ctx context.Context, url string, recipient ethsig.Address, price *big.Int, payload []byte) (*Prepared, error) {
	defer a.lock(recipient)()
	terms := client.Terms{Price: price}
	o, p, err := a.ready(ctx, url, recipient, payload, &terms)
	if err != nil {
		return nil, err
	}
	env, err := a.envelopeLocked(ctx, recipient, url, payload)
	if err != nil {
		return nil, err
	}
	after, vs, err := a.signLocked(ctx, o, p)
	if err != nil {
		return nil, err
	}
	after.Uncertain = true
	if err := a.cfg.Store.PutOutgoing(ctx, a.cfg.Asset, &after); err != nil {
		return nil, err
	}
	h := http.Header{}
	if err := SetHeaders(h, env, a.c.Payment(url, recipient, terms, vs)); err != nil {
		return nil, err
	}
	if json.Valid(payload) {
		h.Set("Content-Type", "application/json")
	} else {
		h.Set("Content-Type", "application/octet-stream")
	}
	return &Prepared{URL: url, Method: client.Method, Header: h, Body: append([]byte(nil), payload...),
		Cumulative: new(big.Int).Set(vs.CumulativeAmount), ChannelID: vs.ChannelID}, nil
}
