package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/protoops"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/core/x402"
)

// The protocol machines' vectors (docs/PROTOCOL.md): sequences of calls to
// the recipient machine's JSON operations, each step's snapshot built from
// the previous step's outcome, covering every rule and every money-safety
// attack. A vector's input is {"op","request"}, its expect {"reply"} or
// {"error"}; the expected reply is what the core answers, byte for byte.

// ProtocolIn and ProtocolOut are a protocol vector's input and expect.
type ProtocolIn struct {
	Op      string          `json:"op"`
	Request json.RawMessage `json:"request"`
}

type ProtocolOut struct {
	Reply json.RawMessage `json:"reply,omitempty"`
	Error string          `json:"error,omitempty"`
}

// scene is the fixed world of the recipient vectors.
type scene struct {
	f                *family
	alice, bob, eve  *ethsig.PrivateKey
	reqDom           *envelope.Domain
	vDom             *voucher.Domain
	cfg              map[string]any
	channel          [32]byte
	now, nonce       uint64
	resource, target string
}

func (g *gen) machinesFamily() (*family, error) {
	f := &family{file: "protocol_recipient.json", name: "protocol", desc: "The recipient machine (core/recipient) through its JSON operations: sequences of recipient_decide / recipient_complete steps whose snapshots follow each other, covering every rule of docs/PROTOCOL.md §6-§9 and the money-safety attacks; plus the request payload hash.", sources: []string{"hand"}}
	key := func(b byte) *ethsig.PrivateKey {
		var raw [32]byte
		raw[0], raw[31] = 0x33, b
		k, err := ethsig.PrivateKeyFromBytes(raw[:])
		if err != nil {
			panic(err)
		}
		return k
	}
	reg, cc := ethsig.Address{0x11, 1}, ethsig.Address{0x22, 2}
	s := &scene{f: f, alice: key(1), bob: key(2), eve: key(3), reqDom: envelope.NewDomain(31337, reg), vDom: voucher.NewDomain(31337, cc),
		channel: [32]byte{0xc4, 0x01}, now: 1_700_000_000, resource: "http://bob.example/task", target: "/task"}
	s.cfg = map[string]any{"privateKey": s.bob.Hex(), "chainId": "31337", "registry": reg.String(), "channelContract": cc.String(),
		"price": "1000", "minWithdrawDelay": "3600"}
	for _, c := range []struct{ method, target, body string }{{"POST", "/task", `{"task":"audit"}`}, {"GET", "/", ""}, {"POST", "/a/b?x=1&y=%20", "\x00\xff"}} {
		in := map[string]any{"method": c.method, "target": c.target, "body": hexutil.Encode([]byte(c.body))}
		if err := s.call(fmt.Sprintf("protocol/payload-hash/%s-%s", slug(c.method), slug(c.target)), "request_payload_hash", nil, "", in); err != nil {
			return nil, err
		}
	}
	for _, sc := range []func(*scene) error{sceneHappy, sceneRefusals, sceneCharging, sceneChannels, sceneRetries, sceneRollback, sceneSettle, sceneRender, sceneAssets, sceneRoutes, sceneAccepts} {
		if err := sc(s); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// call runs op on in and records the vector with the core's reply.
func (s *scene) call(id, op string, flags []string, comment string, in any) error {
	_, err := s.callReply(id, op, flags, comment, in)
	return err
}

func (s *scene) callReply(id, op string, flags []string, comment string, in any) (map[string]any, error) {
	req, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	out := ProtocolOut{}
	var reply map[string]any
	b, cerr := protoops.Call(op, req)
	if cerr != nil {
		out.Error = string(errs.KindOf(cerr))
	} else {
		out.Reply = b
		json.Unmarshal(b, &reply)
	}
	s.f.add(id, "protocol", "hand", flags, comment, ProtocolIn{Op: op, Request: req}, out)
	return reply, nil
}

// request signs a POST from `from` (envelope signer `signer`) carrying a
// voucher of cum (0: no PAYMENT-SIGNATURE) signed by vsigner.
func (s *scene) request(from, signer, vsigner *ethsig.PrivateKey, target, body string, cum int64, terms *x402.Requirement) map[string]any {
	s.nonce++
	r := envelope.Request{Sender: from.Address(), Recipient: s.bob.Address(), PayloadHash: envelope.RequestPayloadHash(http.MethodPost, target, []byte(body)),
		Timestamp: s.now - 5, Nonce: s.nonce}
	env, _ := x402.Encode(&envelope.Signed{Request: r, ChainID: 31337, Registry: s.reqDom.Registry, Signature: s.reqDom.Sign(signer, &r)})
	q := map[string]any{"method": "POST", "target": s.target, "envelope": env, "body": hexutil.Encode([]byte(body))}
	if cum > 0 {
		v := voucher.Voucher{ChannelID: s.channel, CumulativeAmount: big.NewInt(cum)}
		sig, _ := s.vDom.Sign(vsigner, &v)
		t := s.terms()
		if terms != nil {
			t = *terms
		}
		q["payment"], _ = x402.Encode(&x402.PaymentPayload{X402Version: 2, Resource: &x402.Resource{URL: s.resource}, Accepted: t, Payload: voucher.Signed{Voucher: v, Signature: sig}})
	}
	return q
}

func (s *scene) paid(body string, cum int64) map[string]any {
	return s.request(s.alice, s.alice, s.alice, s.target, body, cum, nil)
}

func (s *scene) terms() x402.Requirement {
	r := x402.Requirement{Scheme: x402.Scheme, Network: "eip155:31337", Asset: x402.Asset, PayTo: s.bob.Address(), MaxTimeoutSeconds: 60,
		Extra: x402.Extra{ChannelContract: s.vDom.Contract, Registry: s.reqDom.Registry, MinWithdrawDelay: 3600}}
	r.Amount.SetInt64(1000)
	return r
}

func (s *scene) chainChannel(delay uint64, closeAt uint64, open bool) map[string]any {
	return map[string]any{"sender": s.alice.Address().String(), "recipient": s.bob.Address().String(), "deposit": "5000", "claimed": "0",
		"withdrawDelay": fmt.Sprint(delay), "closeRequestedAt": fmt.Sprint(closeAt), "open": open, "token": ethNative}
}

// ethNative is the token address getChannel returns for an ETH channel;
// testToken stands for an ERC-20 (the dev chain's MailroomTestUSD).
const (
	ethNative = "0x0000000000000000000000000000000000000000"
	testToken = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"
)

func (s *scene) own(accepted int64, sig string) map[string]any {
	o := map[string]any{"id": hexutil.Encode(s.channel[:]), "sender": s.alice.Address().String(), "accepted": fmt.Sprint(accepted), "claimed": "0"}
	if sig != "" {
		o["signature"] = sig
	}
	return o
}

func (s *scene) snapshot(own map[string]any, ch map[string]any) map[string]any {
	snap := map[string]any{"sender": map[string]any{"registered": true, "active": true}, "flags": map[string]any{}}
	if ch != nil {
		snap["channel"] = ch
	}
	if own != nil {
		snap["own"] = own
	}
	return snap
}

func (s *scene) decide(id string, flags []string, comment string, req, snap map[string]any) (map[string]any, error) {
	return s.callReply(id, "recipient_decide", flags, comment, map[string]any{"config": s.cfg, "request": req, "now": fmt.Sprint(s.now), "resourceUrl": s.resource, "snapshot": snap})
}

func (s *scene) complete(id string, flags []string, comment string, served any, own map[string]any, held []map[string]any, task map[string]any) (map[string]any, error) {
	in := map[string]any{"config": s.cfg, "served": served, "own": own, "task": task}
	if held != nil {
		in["held"] = held
	}
	return s.callReply(id, "recipient_complete", flags, comment, in)
}

func want(reply map[string]any, action string) error {
	if reply == nil || reply["action"] != action {
		return fmt.Errorf("machines: want action %s, got %v", action, reply)
	}
	return nil
}

// sceneHappy: a paid request is accepted, served with a receipt, and a
// retry of the very same request gets the recorded answer.
func sceneHappy(s *scene) error {
	ch := s.chainChannel(3600, 0, true)
	req := s.paid(`{"task":"audit"}`, 1000)
	r, err := s.decide("protocol/recipient/happy/1-decide", nil, "first paid request on a new channel: accept, record (next)", req, s.snapshot(nil, ch))
	if err := want(r, "accept"); err != nil || r == nil {
		return err
	}
	next := r["next"].(map[string]any)
	c, err := s.complete("protocol/recipient/happy/2-complete", nil, "the task answered 200: receipt in PAYMENT-RESPONSE, answer kept for retries", r["served"], next, nil,
		map[string]any{"status": 200, "header": map[string]any{"Content-Type": "application/json"}, "body": hexutil.Encode([]byte(`{"ok":true}`))})
	if err != nil {
		return err
	}
	snap := s.snapshot(next, ch)
	served := r["served"].(map[string]any)
	snap["used"] = map[string]any{"stored": true, "fingerprint": served["fingerprint"], "answer": c["keep"]}
	if r, err := s.decide("protocol/recipient/happy/3-retry", nil, "the very same request again: the recorded answer, Idempotent-Replayed, no charge", req, snap); err != nil || want(r, "replay") != nil {
		return fmt.Errorf("happy retry: %v %v", r, err)
	}
	return nil
}

// sceneRefusals: the envelope and admission rules.
func sceneRefusals(s *scene) error {
	ch := s.chainChannel(3600, 0, true)
	own := s.own(1000, "")
	steps := []struct {
		id, comment string
		req         map[string]any
		snap        map[string]any
	}{
		{"no-envelope", "no Agent-Envelope: 402 with the terms", map[string]any{"method": "POST", "target": "/task", "body": "0x"}, s.snapshot(nil, nil)},
		{"wrong-target", "signed for /task, sent to /admin: payload_mismatch (the request is bound to its target)", func() map[string]any {
			q := s.paid("x", 2000)
			q["target"] = "/admin"
			return q
		}(), s.snapshot(own, ch)},
		{"wrong-method", "signed for POST, sent as PUT: payload_mismatch", func() map[string]any { q := s.paid("x", 2000); q["method"] = "PUT"; return q }(), s.snapshot(own, ch)},
		{"forged-envelope", "an envelope in Alice's name signed by Eve: signer_mismatch", s.request(s.alice, s.eve, s.alice, s.target, "x", 2000, nil), s.snapshot(own, ch)},
		{"unregistered", "the sender is not in the registry: 403", s.paid("x", 2000), func() map[string]any {
			m := s.snapshot(own, ch)
			m["sender"] = map[string]any{"registered": false, "active": false}
			return m
		}()},
		{"inactive", "the sender's key is deactivated: 403", s.paid("x", 2000), func() map[string]any {
			m := s.snapshot(own, ch)
			m["sender"] = map[string]any{"registered": true, "active": false}
			return m
		}()},
		{"no-voucher", "a known sender without a voucher: 402 with the accepted amount (the correction)", s.paid("x", 0), s.snapshot(own, ch)},
		{"forged-voucher", "a voucher signed by Eve on Alice's channel: signer_mismatch", s.request(s.alice, s.alice, s.eve, s.target, "x", 2000, nil), s.snapshot(own, ch)},
		{"other-payee", "the payment accepted terms paying Eve: wrong_recipient", func() map[string]any {
			t := s.terms()
			t.PayTo = s.eve.Address()
			return s.request(s.alice, s.alice, s.alice, s.target, "x", 2000, &t)
		}(), s.snapshot(own, ch)},
		{"no-channel", "the voucher's channel does not exist on chain: channel_not_found", s.paid("x", 2000), s.snapshot(own, nil)},
	}
	for _, st := range steps {
		if _, err := s.decide("protocol/recipient/refusals/"+st.id, []string{"refusal"}, st.comment, st.req, st.snap); err != nil {
			return err
		}
	}
	return nil
}

// sceneCharging: exactly accepted + price.
func sceneCharging(s *scene) error {
	ch := s.chainChannel(3600, 0, true)
	own := s.own(1000, "")
	if r, err := s.decide("protocol/recipient/charging/exact", nil, "accepted 1000, price 1000: 2000 is accepted", s.paid("x", 2000), s.snapshot(own, ch)); err != nil || want(r, "accept") != nil {
		return fmt.Errorf("exact: %v %v", r, err)
	}
	over := s.paid("x", 3000)
	if r, err := s.decide("protocol/recipient/charging/excessive/1-wait", []string{"attack:overcharge"}, "3000 > accepted + price: wait for the earlier requests", over, s.snapshot(own, ch)); err != nil || want(r, "wait") != nil {
		return fmt.Errorf("excessive wait: %v %v", r, err)
	}
	snap := s.snapshot(own, ch)
	snap["waitedOut"] = true
	if r, err := s.decide("protocol/recipient/charging/excessive/2-refused", []string{"attack:overcharge"}, "still above after the wait: 409 voucher_excessive; the recipient never holds more than it served", over, snap); err != nil || want(r, "refuse") != nil {
		return fmt.Errorf("excessive refused: %v %v", r, err)
	}
	for _, c := range []struct {
		id      string
		cum     int64
		comment string
	}{
		{"stale", 1000, "not above the accepted amount: 409 (the client is behind) with the correction"},
		{"short", 1500, "above accepted but below accepted + price: 402"},
		{"above-deposit", 6000, "above the 5000 deposit: 402 voucher_exceeds_deposit"},
	} {
		if _, err := s.decide("protocol/recipient/charging/"+c.id, []string{"refusal"}, c.comment, s.paid("x", c.cum), s.snapshot(own, ch)); err != nil {
			return err
		}
	}
	// A top-up the host read fresh.
	snap = s.snapshot(own, ch)
	snap["deposit"] = "10000"
	if r, err := s.decide("protocol/recipient/charging/fresh-deposit", nil, "the host read the channel again: the fresh deposit counts", s.paid("x", 2000), snap); err != nil || want(r, "accept") != nil {
		return fmt.Errorf("fresh deposit: %v %v", r, err)
	}
	return nil
}

// sceneChannels: closed, closing, short withdraw delays.
func sceneChannels(s *scene) error {
	own := s.own(1000, "")
	for _, c := range []struct {
		id, comment string
		ch          map[string]any
		flags       map[string]any
	}{
		{"zero-delay", "withdrawDelay 0: the sender could withdraw before the recipient claims: withdraw_delay_too_short", s.chainChannel(0, 0, true), nil},
		{"short-delay", "withdrawDelay 3599 < 3600: withdraw_delay_too_short", s.chainChannel(3599, 0, true), nil},
		{"close-requested", "the sender requested close: channel_closing", s.chainChannel(3600, s.now-10, true), nil},
		{"redeeming", "the recipient is redeeming the channel: channel_closing", s.chainChannel(3600, 0, true), map[string]any{"closing": true}},
		{"closed-by-me", "the recipient closed it itself (the chain view may lag): channel_closed", s.chainChannel(3600, 0, true), map[string]any{"closed": true}},
		{"closed", "closed on chain: channel_closed", s.chainChannel(3600, 0, false), nil},
		{"token-for-ether", "the channel holds an ERC-20 token but the terms are in ETH: its vouchers count token units, not wei: asset_mismatch", withToken(s.chainChannel(3600, 0, true), testToken), nil},
	} {
		snap := s.snapshot(own, c.ch)
		if c.flags != nil {
			snap["flags"] = c.flags
		}
		if _, err := s.decide("protocol/recipient/channels/"+c.id, []string{"attack:channel"}, c.comment, s.paid("x", 2000), snap); err != nil {
			return err
		}
	}
	return nil
}

// sceneRetries: a used nonce.
func sceneRetries(s *scene) error {
	ch := s.chainChannel(3600, 0, true)
	own := s.own(2000, "")
	req := s.paid("y", 2000)
	r, err := s.decide("protocol/recipient/retries/0-accept", nil, "the original request", req, s.snapshot(s.own(1000, ""), ch))
	if err != nil || want(r, "accept") != nil {
		return fmt.Errorf("retries accept: %v %v", r, err)
	}
	fp := r["served"].(map[string]any)["fingerprint"]
	used := func(u map[string]any) map[string]any { m := s.snapshot(own, ch); m["used"] = u; return m }
	steps := []struct {
		id, comment string
		req, snap   map[string]any
	}{
		{"in-flight", "the same request while the first is served: 409 request_in_progress", req, used(map[string]any{"inFlight": true, "fingerprint": fp})},
		{"answer-lost", "the same request after a crash lost its answer: run again under the recorded charge (no new charge)", req, used(map[string]any{"stored": true, "fingerprint": fp})},
		{"other-request", "another request under the same nonce: nonce_replayed", req, used(map[string]any{"stored": true, "fingerprint": "0x" + fmt.Sprintf("%064x", 1)})},
		{"truncated", "the same request whose answer was too large to keep: 410 with the receipt", req, used(map[string]any{"stored": true, "fingerprint": fp,
			"answer": map[string]any{"status": 200, "header": map[string]any{"PAYMENT-RESPONSE": "eyJ9"}, "body": "0x", "truncated": true}})},
	}
	for _, st := range steps {
		if _, err := s.decide("protocol/recipient/retries/"+st.id, []string{"retry"}, st.comment, st.req, st.snap); err != nil {
			return err
		}
	}
	return nil
}

// sceneRollback: a failed task takes its charge back, settling with a
// voucher of exactly what was served even when a later one was accepted.
func sceneRollback(s *scene) error {
	ch := s.chainChannel(3600, 0, true)
	var held []map[string]any
	own := s.own(1000, "")
	var served []any
	for i, cum := range []int64{2000, 3000} {
		r, err := s.decide(fmt.Sprintf("protocol/recipient/rollback/%d-accept", i+1), nil, "accepted in turn", s.paid("z", cum), s.snapshot(own, ch))
		if err != nil || want(r, "accept") != nil {
			return fmt.Errorf("rollback accept: %v %v", r, err)
		}
		own = r["next"].(map[string]any)
		served = append(served, r["served"])
		held = append(held, map[string]any{"amount": fmt.Sprint(cum), "signature": r["served"].(map[string]any)["signature"]})
	}
	_, err := s.complete("protocol/recipient/rollback/3-task-failed", []string{"attack:free-work"}, "the request of 2000 fails after 3000 was accepted: accepted drops to 2000, settled with the 2000 voucher; the failure answer is kept", served[0], own, held,
		map[string]any{"status": 503, "body": hexutil.Encode([]byte("down"))})
	if err != nil {
		return err
	}
	_, err = s.complete("protocol/recipient/rollback/4-panicked", nil, "a panicking task is a failure too (500)", served[1], own, held, map[string]any{"status": 200, "body": "0x", "panicked": true})
	return err
}

// sceneSettle: settlement claims the voucher of what was served, never
// more: after a rolled-back charge whose exact voucher is not held, the
// highest held voucher below it; a claim raises claimed (and accepted to
// it), and a closed channel stays closed.
func sceneSettle(s *scene) error {
	ch := s.chainChannel(3600, 0, true)
	own := s.own(0, "")
	var held []map[string]any
	var served []any
	for i, cum := range []int64{1000, 2000, 3000} {
		r, err := s.decide(fmt.Sprintf("protocol/recipient/settle/%d-accept", i+1), nil, "accepted in turn", s.paid("s", cum), s.snapshot(own, ch))
		if err != nil || want(r, "accept") != nil {
			return fmt.Errorf("settle accept: %v %v", r, err)
		}
		own = r["next"].(map[string]any)
		served = append(served, r["served"])
		if cum != 2000 { // the 2000 voucher is no longer held
			held = append(held, map[string]any{"amount": fmt.Sprint(cum), "signature": r["served"].(map[string]any)["signature"]})
		}
	}
	c, err := s.callReply("protocol/recipient/settle/4-claimable", "recipient_claimable", nil, "all three served: claim the 3000 voucher", map[string]any{"own": own})
	if err != nil || c["amount"] != "3000" {
		return fmt.Errorf("settle claimable: %v %v", c, err)
	}
	r, err := s.complete("protocol/recipient/settle/5-task-failed", []string{"attack:free-work"}, "the 3000 request fails: accepted drops to 2000, whose voucher is not held", served[2], own, held,
		map[string]any{"status": 503, "body": "0x"})
	if err != nil {
		return err
	}
	rolled := r["rollback"].(map[string]any)
	c, err = s.callReply("protocol/recipient/settle/6-claimable-after-rollback", "recipient_claimable", []string{"attack:free-work"}, "served 2000 but only the 1000 voucher is held below it: claim 1000, never 3000", map[string]any{"own": rolled})
	if err != nil || c["amount"] != "1000" {
		return fmt.Errorf("settle claimable after rollback: %v %v", c, err)
	}
	m, err := s.callReply("protocol/recipient/settle/7-mark-claimed", "recipient_mark_claimed", nil, "1000 paid on chain: claimed 1000, nothing more to claim", map[string]any{"own": rolled, "claimed": "1000"})
	if err != nil {
		return err
	}
	c, err = s.callReply("protocol/recipient/settle/8-claimable-after-claim", "recipient_claimable", nil, "nothing unclaimed after the claim", map[string]any{"own": m})
	if err != nil || c["unclaimed"] != "0" {
		return fmt.Errorf("settle after claim: %v %v", c, err)
	}
	_, err = s.callReply("protocol/recipient/settle/9-closed", "recipient_mark_claimed", nil, "the channel closed on chain with 3000 claimed (e.g. by an earlier redeem): claimed and accepted rise to it, closed", map[string]any{"own": m, "claimed": "3000", "closed": true})
	return err
}

// sceneRender: a failure the host met itself is rendered by the machine:
// the code's status and body, the terms for a payment refusal, and, for a
// known sender, the correction of its channel.
func sceneRender(s *scene) error {
	sig := s.sig(1000)
	for _, c := range []struct {
		name, comment, code string
		sender              bool
	}{
		{"store-error", "the store failed: 500 store_error", "store_error", false},
		{"chain-unavailable", "the registry could not be read: 503 chain_unavailable", "chain_unavailable", false},
		{"body-too-large", "the host refused to read past the body limit: 413", "body_too_large", false},
		{"channel-read-failed", "the channel could not be read for a known sender: 503 with the correction of its channel", "chain_unavailable", true},
		{"payment-required", "a payment refusal carries the terms and the correction", "payment_required", true},
	} {
		in := map[string]any{"config": s.cfg, "code": c.code, "message": c.comment, "resourceUrl": s.resource}
		if c.sender {
			in["sender"] = s.alice.Address().String()
			in["own"] = s.own(1000, sig)
		}
		if err := s.call("protocol/recipient/render/"+c.name, "recipient_render", nil, c.comment, in); err != nil {
			return err
		}
	}
	return nil
}

func (s *scene) sig(cum int64) string {
	sig, _ := s.vDom.Sign(s.alice, &voucher.Voucher{ChannelID: s.channel, CumulativeAmount: big.NewInt(cum)})
	return sig.String()
}

// termsIn is Bob's requirement at amount in asset ("native" or a token).
func (s *scene) termsIn(amount int64, asset string) x402.Requirement {
	t := s.terms()
	t.Amount.SetInt64(amount)
	t.Asset = asset
	return t
}

// withToken is ch with its asset set to token.
func withToken(ch map[string]any, token string) map[string]any {
	out := map[string]any{}
	for k, v := range ch {
		out[k] = v
	}
	out["token"] = token
	return out
}

// sceneAssets: a recipient priced in a token (config asset) is paid by a
// channel in that token and refuses an ETH channel; the terms name the
// token; a snapshot whose channel does not say its asset is refused.
func sceneAssets(s *scene) error {
	cfg := map[string]any{}
	for k, v := range s.cfg {
		cfg[k] = v
	}
	cfg["asset"] = testToken
	tok := s.terms()
	tok.Asset = testToken
	decideWith := func(id, comment string, req, snap map[string]any) (map[string]any, error) {
		return s.callReply(id, "recipient_decide", []string{"asset"}, comment, map[string]any{"config": cfg, "request": req, "now": fmt.Sprint(s.now), "resourceUrl": s.resource, "snapshot": snap})
	}
	tokCh := withToken(s.chainChannel(3600, 0, true), testToken)
	r, err := decideWith("protocol/recipient/assets/token-paid", "priced in the token (config asset): a channel in that token pays: accept", s.request(s.alice, s.alice, s.alice, s.target, "t", 1000, &tok), s.snapshot(nil, tokCh))
	if err != nil || want(r, "accept") != nil {
		return fmt.Errorf("token paid: %v %v", r, err)
	}
	if _, err := decideWith("protocol/recipient/assets/ether-for-token", "priced in the token, paid from an ETH channel: asset_mismatch", s.request(s.alice, s.alice, s.alice, s.target, "t", 1000, &tok), s.snapshot(nil, s.chainChannel(3600, 0, true))); err != nil {
		return err
	}
	if _, err := decideWith("protocol/recipient/assets/terms-in-ether", "priced in the token, the payment accepted terms in ETH (native): unsupported", s.paid("t", 1000), s.snapshot(nil, tokCh)); err != nil {
		return err
	}
	if _, err := decideWith("protocol/recipient/assets/no-payment", "priced in the token, no payment: 402 whose terms name the token's address as the asset", s.paid("t", 0), s.snapshot(nil, nil)); err != nil {
		return err
	}
	noToken := s.chainChannel(3600, 0, true)
	delete(noToken, "token")
	if _, err := s.decide("protocol/recipient/assets/channel-without-token", nil, "the host did not say which asset the channel holds: invalid_input, never a token taken for ETH", s.paid("t", 1000), s.snapshot(nil, noToken)); err != nil {
		return err
	}
	bad := map[string]any{}
	for k, v := range s.cfg {
		bad[k] = v
	}
	bad["asset"] = "usdc"
	_, err = s.callReply("protocol/recipient/assets/bad-asset", "recipient_decide", []string{"asset"}, "config asset is neither native nor an address: invalid_input",
		map[string]any{"config": bad, "request": s.paid("t", 1000), "now": fmt.Sprint(s.now), "resourceUrl": s.resource, "snapshot": s.snapshot(nil, tokCh)})
	return err
}

// requestAt is request for a POST to target (signed for it), paying cum on
// the scene's channel under terms t (cum 0: no voucher).
func (s *scene) requestAt(target, body string, cum int64, t x402.Requirement) map[string]any {
	s.nonce++
	r := envelope.Request{Sender: s.alice.Address(), Recipient: s.bob.Address(), PayloadHash: envelope.RequestPayloadHash(http.MethodPost, target, []byte(body)),
		Timestamp: s.now - 5, Nonce: s.nonce}
	env, _ := x402.Encode(&envelope.Signed{Request: r, ChainID: 31337, Registry: s.reqDom.Registry, Signature: s.reqDom.Sign(s.alice, &r)})
	q := map[string]any{"method": "POST", "target": target, "envelope": env, "body": hexutil.Encode([]byte(body))}
	if cum > 0 {
		v := voucher.Voucher{ChannelID: s.channel, CumulativeAmount: big.NewInt(cum)}
		sig, _ := s.vDom.Sign(s.alice, &v)
		q["payment"], _ = x402.Encode(&x402.PaymentPayload{X402Version: 2, Resource: &x402.Resource{URL: "http://bob.example" + target}, Accepted: t, Payload: voucher.Signed{Voucher: v, Signature: sig}})
	}
	return q
}

// sceneRoutes: prices per route. POST /task costs 3000 wei, /api/* 500 of
// the token, GET anything is free; the rest costs the default 1000. A
// payment is judged by its route's terms, the 402 states them, and a failed
// task rolls back exactly what its request was charged.
func sceneRoutes(s *scene) error {
	cfg := map[string]any{}
	for k, v := range s.cfg {
		cfg[k] = v
	}
	cfg["routes"] = []any{
		map[string]any{"method": "POST", "path": "/task", "price": "3000"},
		map[string]any{"path": "/api/*", "price": "500", "asset": testToken},
		map[string]any{"method": "GET", "path": "*", "price": "0"},
	}
	terms := s.termsIn
	decide := func(id, comment string, req, snap map[string]any) (map[string]any, error) {
		return s.callReply("protocol/recipient/routes/"+id, "recipient_decide", []string{"route"}, comment,
			map[string]any{"config": cfg, "request": req, "now": fmt.Sprint(s.now), "resourceUrl": "http://bob.example" + req["target"].(string), "snapshot": snap})
	}
	ch := s.chainChannel(3600, 0, true)
	if _, err := decide("terms", "no voucher at POST /task: the 402 states the route's price, 3000", s.requestAt("/task", "a", 0, terms(3000, x402.Asset)), s.snapshot(nil, nil)); err != nil {
		return err
	}
	r, err := decide("task-paid", "POST /task paid 3000 under its terms: accept, accepted 3000", s.requestAt("/task", "a", 3000, terms(3000, x402.Asset)), s.snapshot(nil, ch))
	if err != nil || want(r, "accept") != nil {
		return fmt.Errorf("routes task-paid: %v %v", r, err)
	}
	served, next := r["served"], r["next"].(map[string]any)
	if _, err := decide("default-price-at-task", "POST /task paying the default price (terms 1000): its route's terms are 3000: payment_required", s.requestAt("/task", "b", 4000, terms(1000, x402.Asset)), s.snapshot(next, ch)); err != nil {
		return err
	}
	if _, err := decide("other-path", "POST /other costs the default 1000: accept at 4000", s.requestAt("/other", "c", 4000, terms(1000, x402.Asset)), s.snapshot(next, ch)); err != nil {
		return err
	}
	if r, err := decide("query-ignored", "POST /task?x=1 is the /task route (the query is not the path): 3000 on a new channel, accept", s.requestAt("/task?x=1", "d", 3000, terms(3000, x402.Asset)), s.snapshot(nil, ch)); err != nil || want(r, "accept") != nil {
		return fmt.Errorf("routes query-ignored: %v %v", r, err)
	}
	tokCh := withToken(s.chainChannel(3600, 0, true), testToken)
	if _, err := decide("api-token", "POST /api/v1/x costs 500 of the token: a token channel pays it", s.requestAt("/api/v1/x", "e", 500, terms(500, testToken)), s.snapshot(nil, tokCh)); err != nil {
		return err
	}
	if _, err := decide("api-ether", "POST /api/v1/x paid from an ETH channel: asset_mismatch", s.requestAt("/api/v1/x", "f", 500, terms(500, testToken)), s.snapshot(nil, ch)); err != nil {
		return err
	}
	c, err := s.callReply("protocol/recipient/routes/failed-task", "recipient_complete", []string{"route"}, "the POST /task request failed (503): rolled back by exactly its price, 3000, to 0",
		map[string]any{"config": cfg, "served": served, "own": next, "task": map[string]any{"status": 503, "header": map[string]any{}, "body": "0x"}})
	if err != nil || c == nil || c["rollback"] == nil || c["rollback"].(map[string]any)["accepted"] != "0" {
		return fmt.Errorf("routes failed-task: %v %v", c, err)
	}
	noPrice := map[string]any{}
	for k, v := range served.(map[string]any) {
		noPrice[k] = v
	}
	delete(noPrice, "price")
	if _, err := s.callReply("protocol/recipient/routes/served-without-price", "recipient_complete", nil, "served without its price: invalid_input (the rollback needs what was charged)",
		map[string]any{"config": cfg, "served": noPrice, "own": next, "task": map[string]any{"status": 503, "header": map[string]any{}, "body": "0x"}}); err != nil {
		return err
	}
	bad := map[string]any{}
	for k, v := range s.cfg {
		bad[k] = v
	}
	bad["routes"] = []any{map[string]any{"path": "task", "price": "1"}}
	_, err = s.callReply("protocol/recipient/routes/bad-path", "recipient_decide", []string{"route"}, "a route path must be \"*\" or start with \"/\": invalid_input",
		map[string]any{"config": bad, "request": s.paid("x", 1000), "now": fmt.Sprint(s.now), "resourceUrl": s.resource, "snapshot": s.snapshot(nil, ch)})
	return err
}
