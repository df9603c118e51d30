package main

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/protoops"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/core/x402"
)

// The sender's machine vectors (docs/PROTOCOL.md §9, §10): sequences of
// client_* steps whose states follow each other (each step's state, terms,
// envelope and voucher are the previous steps' replies), with the
// recipient's answers made by the recipient machine itself from the very
// requests the client built (recipient_decide / recipient_complete steps in
// the same sequence), and hand-made answers only where a recipient lies
// (the money-safety attacks). Keys and times are fixed: every signature is
// deterministic. The expected replies are core/protoops's.

// obj is a JSON object as the generator handles it.
type obj = map[string]any

// cscene is the fixed world of the client vectors: Alice pays Bob.
type cscene struct {
	f               *family
	alice, bob, eve *ethsig.PrivateKey
	vDom            *voucher.Domain
	cfg, rcfg       obj
	now             uint64
	url, target     string
	nonce           uint64
	// the current sequence: its id prefix and step number
	seq  string
	step int
}

func (g *gen) clientFamily() (*family, error) {
	f := &family{file: "protocol_client.json", name: "protocol", desc: "The sender's machine (core/client) through its JSON operations: sequences of client_plan / client_sign / client_envelope / client_payment / client_handle / client_lost / client_learn_terms / client_resync steps whose states follow each other, the recipient's answers made by recipient_decide / recipient_complete from the very requests the client built; covering docs/PROTOCOL.md §9-§10 and the money-safety attacks (forged or foreign corrections, lost and unknown outcomes, abandoned channels, invalid receipts).", sources: []string{"hand"}}
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
	s := &cscene{f: f, alice: key(1), bob: key(2), eve: key(3), vDom: voucher.NewDomain(31337, cc), now: 1_700_000_000,
		url: "http://bob.example/task", target: "/task"}
	s.cfg = obj{"privateKey": s.alice.Hex(), "chainId": "31337", "registry": reg.String(), "channelContract": cc.String(), "deposit": "5000"}
	s.rcfg = obj{"privateKey": s.bob.Hex(), "chainId": "31337", "registry": reg.String(), "channelContract": cc.String(),
		"price": "1000", "minWithdrawDelay": "3600"}
	for _, sc := range []func(*cscene) error{clientFirstContact, clientTermsAttacks, clientRepriced, clientChoose, clientStaleCorrection, clientForgedCorrection, clientOtherChannel,
		clientLost, clientUnknown, clientUnknownAnswer, clientDelay, clientReceipts, clientTopUp, clientChannelGone, clientBudget, clientRedeliver, clientPrepare, clientWithdrawDelay, clientAdopt} {
		if err := sc(s); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// begin starts sequence name.
func (s *cscene) begin(name string) { s.seq, s.step = "protocol/client/"+name, 0 }

// call records the next step of the sequence: op on in, the core's reply
// (nil and the error kind when it fails).
func (s *cscene) call(name, op string, flags []string, comment string, in obj) (obj, errs.Kind) {
	req, err := json.Marshal(in)
	if err != nil {
		panic(err)
	}
	s.step++
	out := ProtocolOut{}
	b, cerr := protoops.Call(op, req)
	var reply obj
	if cerr != nil {
		out.Error = string(errs.KindOf(cerr))
	} else {
		out.Reply = b
		if len(b) > 0 && b[0] == '{' {
			if err := json.Unmarshal(b, &reply); err != nil {
				panic(err)
			}
		} else {
			reply = obj{"value": json.RawMessage(b)}
		}
	}
	s.f.add(fmt.Sprintf("%s/%02d-%s", s.seq, s.step, name), "protocol", "hand", flags, comment, ProtocolIn{Op: op, Request: req}, out)
	return reply, errs.KindOf(cerr)
}

// expect checks a step's outcome while the generator runs.
func expect(what string, reply obj, kind errs.Kind, field, want string) error {
	if field == "" {
		if reply != nil || kind != errs.Kind(want) {
			return fmt.Errorf("client vectors: %s: %v %q, want error %s", what, reply, kind, want)
		}
		return nil
	}
	if reply == nil || fmt.Sprint(reply[field]) != want {
		return fmt.Errorf("client vectors: %s: %v (%s), want %s = %s", what, reply, kind, field, want)
	}
	return nil
}

func (s *cscene) channel(b byte) [32]byte { return [32]byte{0xc1, 0x1e, b} }

// opened is Alice's record of a channel just opened (client_plan's open).
func (s *cscene) opened(id [32]byte, deposit string) obj {
	return obj{"recipient": s.bob.Address().String(), "channelId": hexutil.Encode(id[:]), "deposit": deposit, "cumulative": "0", "withdrawDelay": "3600"}
}

// state is Alice's record with accepted cumulative (and signed, when not "").
func (s *cscene) state(id [32]byte, deposit, cumulative, signed string) obj {
	st := s.opened(id, deposit)
	st["cumulative"] = cumulative
	if signed != "" {
		st["signed"] = signed
	}
	return st
}

func (s *cscene) sig(k *ethsig.PrivateKey, id [32]byte, amount int64) ethsig.Signature {
	sig, err := s.vDom.Sign(k, &voucher.Voucher{ChannelID: id, CumulativeAmount: big.NewInt(amount)})
	if err != nil {
		panic(err)
	}
	return sig
}

// paid is one paid request's client steps: plan (must pay), sign, envelope,
// payment. It returns the attempt (for client_handle / client_lost) and the
// recipient's request.
type paid struct {
	plan, attempt, request obj
}

func (s *cscene) pay(state, terms obj, payload string) (*paid, error) {
	p, k := s.call("plan", "client_plan", nil, "what to do next: pay accepted + price", obj{"config": s.cfg, "state": state, "terms": terms})
	if err := expect("plan", p, k, "need", "pay"); err != nil {
		return nil, err
	}
	signed, k := s.call("sign", "client_sign", nil, "sign the plan's voucher; the state returned is persisted before the voucher leaves",
		obj{"config": s.cfg, "state": state, "cumulativeAmount": p["voucher"]})
	if signed == nil {
		return nil, fmt.Errorf("client vectors: sign: %s", k)
	}
	env, pay := s.request(payload, terms, signed["voucher"])
	at := obj{"n": "1", "before": state, "after": signed["state"], "terms": terms, "envelope": env, "voucher": signed["voucher"]}
	return &paid{plan: p, attempt: at, request: s.recipientRequest(env, pay, payload)}, nil
}

// request is the envelope and (with a voucher) the PAYMENT-SIGNATURE of a
// POST of payload.
func (s *cscene) request(payload string, terms obj, vs any) (obj, string) {
	s.nonce++
	env, k := s.call("envelope", "client_envelope", nil, "the Agent-Envelope: payloadHash binds POST, /task and the payload",
		obj{"config": s.cfg, "recipient": s.bob.Address().String(), "url": s.url, "payload": hexutil.Encode([]byte(payload)), "nonce": fmt.Sprint(s.nonce), "now": fmt.Sprint(s.now)})
	if env == nil {
		panic(fmt.Sprintf("client vectors: envelope: %s", k))
	}
	if vs == nil {
		return env, ""
	}
	p, k := s.call("payment", "client_payment", nil, "the PAYMENT-SIGNATURE: x402 v2, the terms accepted (without the recipient's corrections) and the voucher",
		obj{"config": s.cfg, "url": s.url, "recipient": s.bob.Address().String(), "terms": terms, "voucher": vs})
	if p == nil {
		panic(fmt.Sprintf("client vectors: payment: %s", k))
	}
	var h string
	if err := json.Unmarshal(p["value"].(json.RawMessage), &h); err != nil {
		panic(err)
	}
	return env, h
}

// recipientRequest is the recipient machine's request for what the client built.
func (s *cscene) recipientRequest(env obj, payment, payload string) obj {
	b, err := json.Marshal(env)
	if err != nil {
		panic(err)
	}
	r := obj{"method": "POST", "target": s.target, "envelope": base64.StdEncoding.EncodeToString(b), "body": hexutil.Encode([]byte(payload))}
	if payment != "" {
		r["payment"] = payment
	}
	return r
}

// chain is the channel on chain (Alice to Bob, deposit and delay).
func (s *cscene) chain(deposit string, delay uint64) obj {
	return obj{"sender": s.alice.Address().String(), "recipient": s.bob.Address().String(), "deposit": deposit, "claimed": "0",
		"withdrawDelay": fmt.Sprint(delay), "closeRequestedAt": "0", "open": true, "token": ethNative}
}

// own is Bob's record of channel id: accepted, proven by Alice's signature.
func (s *cscene) own(id [32]byte, accepted int64) obj {
	o := obj{"id": hexutil.Encode(id[:]), "sender": s.alice.Address().String(), "accepted": fmt.Sprint(accepted), "claimed": "0"}
	if accepted > 0 {
		o["signature"] = s.sig(s.alice, id, accepted).Hex()
	}
	return o
}

// decide is Bob's decision on req with what his host knows.
func (s *cscene) decide(comment string, req, chain, own obj) (obj, error) {
	snap := obj{"sender": obj{"registered": true, "active": true}, "flags": obj{}}
	if chain != nil {
		snap["channel"] = chain
	}
	if own != nil {
		snap["own"] = own
	}
	r, k := s.call("recipient-decide", "recipient_decide", nil, "the recipient machine on the request the client built: "+comment,
		obj{"config": s.rcfg, "request": req, "now": fmt.Sprint(s.now), "resourceUrl": s.url, "snapshot": snap})
	if r == nil {
		return nil, fmt.Errorf("client vectors: recipient_decide: %s", k)
	}
	return r, nil
}

// serve is Bob accepting req on chain/own and answering body: the
// recipient's response.
func (s *cscene) serve(req, chain, own obj, body string) (obj, error) {
	d, err := s.decide("accepted", req, chain, own)
	if err != nil {
		return nil, err
	}
	if d["action"] != "accept" {
		return nil, fmt.Errorf("client vectors: recipient did not accept: %v", d)
	}
	c, k := s.call("recipient-complete", "recipient_complete", nil, "the task answered 200: the recipient signs the receipt",
		obj{"config": s.rcfg, "served": d["served"], "own": d["next"], "task": obj{"status": 200, "header": obj{"Content-Type": "application/json"}, "body": hexutil.Encode([]byte(body))}})
	if c == nil {
		return nil, fmt.Errorf("client vectors: recipient_complete: %s", k)
	}
	return c["response"].(obj), nil
}

// answer is the recipient's HTTP response as the client host read it.
func answer(resp obj) obj {
	h, _ := resp["header"].(obj)
	r := obj{"status": resp["status"], "body": resp["body"]}
	if v, ok := h[x402.HeaderPaymentRequired]; ok {
		r["paymentRequired"] = v
	}
	if v, ok := h[x402.HeaderPaymentResponse]; ok {
		r["paymentResponse"] = v
	}
	return r
}

func (s *cscene) handle(name string, flags []string, comment string, at, resp obj) (obj, errs.Kind) {
	return s.call(name, "client_handle", flags, comment, obj{"config": s.cfg, "attempt": at, "response": resp})
}

// refusal is a hand-made error answer: code and, when acc is not "", the
// correction on id proven by sig (when not zero), with Bob's terms.
func (s *cscene) refusal(status int, code errs.Kind, id [32]byte, acc string, sig ethsig.Signature) obj {
	eb := x402.ErrorBody{Code: string(code), Message: "the recipient says " + string(code)}
	if acc != "" {
		eb.AcceptedCumulative, eb.ChannelID = acc, hexutil.Encode(id[:])
		if sig != (ethsig.Signature{}) {
			eb.AcceptedSignature = sig.Hex()
		}
	}
	body, _ := json.Marshal(eb)
	t := s.terms()
	pr, _ := x402.Encode(&x402.PaymentRequired{X402Version: x402.Version, Error: string(code), Resource: x402.Resource{URL: s.url}, Accepts: []x402.Requirement{t}})
	return obj{"status": status, "paymentRequired": pr, "body": hexutil.Encode(body)}
}

// terms is Bob's requirement.
func (s *cscene) terms() x402.Requirement {
	r := x402.Requirement{Scheme: x402.Scheme, Network: "eip155:31337", Asset: x402.Asset, PayTo: s.bob.Address(), MaxTimeoutSeconds: 60,
		Extra: x402.Extra{ChannelContract: s.vDom.Contract, Registry: ethsig.Address{0x11, 1}, MinWithdrawDelay: 3600}}
	r.Amount.SetInt64(1000)
	return r
}

// stated is the terms object of Bob's requirement (as a 402 states it).
func (s *cscene) stated() obj {
	b, _ := json.Marshal(s.terms())
	var r obj
	json.Unmarshal(b, &r)
	return obj{"price": "1000", "stated": r}
}

// clientFirstContact: no channel and no terms yet. The envelope alone
// learns the terms from Bob's 402, a channel is opened, and the first paid
// request is served with a receipt the client verifies.
func clientFirstContact(s *cscene) error {
	s.begin("first-contact")
	rate := obj{"price": "1000"}
	p, k := s.call("plan", "client_plan", nil, "no channel, no terms stated yet (the registry's rate): learn the terms first", obj{"config": s.cfg, "terms": rate})
	if err := expect("first plan", p, k, "need", "learn-terms"); err != nil {
		return err
	}
	env, _ := s.request(`{"task":"audit"}`, nil, nil)
	d, err := s.decide("no voucher: 402 with the terms", s.recipientRequest(env, "", `{"task":"audit"}`), nil, nil)
	if err != nil {
		return err
	}
	terms, k := s.call("learn-terms", "client_learn_terms", nil, "the 402's requirement, checked: payable to Bob, on this chain and channel contract",
		obj{"config": s.cfg, "recipient": s.bob.Address().String(), "response": answer(d["response"].(obj))})
	if terms == nil {
		return fmt.Errorf("client vectors: learn terms: %s", k)
	}
	p, k = s.call("plan", "client_plan", nil, "terms known, no channel: open one, locking the configured deposit, with the recipient's minimum withdraw delay",
		obj{"config": s.cfg, "terms": terms})
	if err := expect("open plan", p, k, "need", "open"); err != nil {
		return err
	}
	id := s.channel(1)
	st := s.opened(id, fmt.Sprint(p["deposit"]))
	pd, err := s.pay(st, terms, `{"task":"audit"}`)
	if err != nil {
		return err
	}
	resp, err := s.serve(pd.request, s.chain("5000", 3600), nil, `{"ok":true}`)
	if err != nil {
		return err
	}
	dec, k := s.handle("handle", nil, "200 with the recipient's receipt over this request, channel, amount and body: done", pd.attempt, answer(resp))
	return expect("first contact done", dec, k, "outcome", "done")
}

// clientStaleCorrection: Alice's record is behind (Bob accepted 3000 on
// her own vouchers, she knows 1000): the 409's correction carries her own
// signature of 3000, so it is adopted upward and the retry pays 4000.
func clientStaleCorrection(s *cscene) error {
	s.begin("stale-correction")
	id := s.channel(2)
	terms := s.stated()
	pd, err := s.pay(s.state(id, "5000", "1000", ""), terms, "x")
	if err != nil {
		return err
	}
	d, err := s.decide("2000 is not above the 3000 accepted: 409 voucher_insufficient with the correction", pd.request, s.chain("5000", 3600), s.own(id, 3000))
	if err != nil {
		return err
	}
	dec, k := s.handle("handle", []string{"correction"}, "an upward correction proven by the agent's own voucher signature of 3000: adopted, retry", pd.attempt, answer(d["response"].(obj)))
	if err := expect("stale retry", dec, k, "outcome", "retry"); err != nil {
		return err
	}
	pd2, err := s.pay(dec["state"].(obj), dec["terms"].(obj), "x")
	if err != nil {
		return err
	}
	pd2.attempt["n"] = "2"
	resp, err := s.serve(pd2.request, s.chain("5000", 3600), s.own(id, 3000), `{"ok":2}`)
	if err != nil {
		return err
	}
	dec, k = s.handle("handle", nil, "the retry of 4000 is served: done", pd2.attempt, answer(resp))
	return expect("stale done", dec, k, "outcome", "done")
}

// clientForgedCorrection: a recipient claiming more than it can prove.
// Every unproven upward correction is correction_unproven and adopts
// nothing: the record goes back to what was accepted before the voucher.
func clientForgedCorrection(s *cscene) error {
	s.begin("forged-correction")
	id := s.channel(3)
	pd, err := s.pay(s.state(id, "5000", "1000", ""), s.stated(), "x")
	if err != nil {
		return err
	}
	flags := []string{"attack:forged-correction"}
	for _, c := range []struct {
		name, comment string
		sig           ethsig.Signature
	}{
		{"handle-no-signature", "the recipient claims 4000 accepted without the agent's signature: correction_unproven, not adopted", ethsig.Signature{}},
		{"handle-eve-signature", "the claim of 4000 is signed by Eve, not the agent: correction_unproven", s.sig(s.eve, id, 4000)},
		{"handle-other-amount", "the agent's signature of 2000 offered as proof of 4000: correction_unproven", s.sig(s.alice, id, 2000)},
		{"handle-other-channel-sig", "the agent's signature of 4000 on another channel: correction_unproven", s.sig(s.alice, s.channel(9), 4000)},
	} {
		dec, k := s.handle(c.name, flags, c.comment, pd.attempt, s.refusal(409, errs.VoucherInsufficient, id, "4000", c.sig))
		if err := expect(c.name, dec, k, "code", string(errs.CorrectionUnproven)); err != nil {
			return err
		}
		if st := dec["state"].(obj); st["cumulative"] != "1000" {
			return fmt.Errorf("client vectors: %s adopted %v", c.name, st)
		}
	}
	// On an uncertain channel the same lie reaches client_resync.
	st := s.state(id, "5000", "2000", "2000")
	st["uncertain"] = true
	_, k := s.call("resync-forged", "client_resync", flags, "resynchronising an uncertain channel: a 402 claiming 4000 without proof is correction_unproven (the state stays as it is)",
		obj{"config": s.cfg, "state": st, "response": s.refusal(402, errs.PaymentRequired, id, "4000", ethsig.Signature{})})
	if err := expect("resync forged", nil, k, "", string(errs.CorrectionUnproven)); err != nil {
		return err
	}
	p, k := s.call("plan", "client_plan", nil, "after the refusal: the same 2000 again, costing nothing more (already counted)",
		obj{"config": s.cfg, "state": obj{"recipient": s.bob.Address().String(), "channelId": hexutil.Encode(id[:]), "deposit": "5000", "cumulative": "1000", "signed": "2000", "withdrawDelay": "3600"}, "terms": s.stated()})
	return expect("plan after forged", p, k, "increase", "0")
}

// clientOtherChannel: a correction about another channel of the agent's
// is not this channel's business: ignored.
func clientOtherChannel(s *cscene) error {
	s.begin("other-channel")
	id := s.channel(4)
	pd, err := s.pay(s.state(id, "5000", "1000", ""), s.stated(), "x")
	if err != nil {
		return err
	}
	dec, k := s.handle("handle", []string{"attack:other-channel"}, "409 with a correction of 9000 about another channel: ignored (the record goes back to 1000), retry",
		pd.attempt, s.refusal(409, errs.VoucherInsufficient, s.channel(5), "9000", s.sig(s.alice, s.channel(5), 9000)))
	if err := expect("other channel", dec, k, "outcome", "retry"); err != nil {
		return err
	}
	if st := dec["state"].(obj); st["cumulative"] != "1000" || st["channelId"] != hexutil.Encode(id[:]) {
		return fmt.Errorf("client vectors: other channel adopted %v", st)
	}
	return nil
}

// clientLost: a request that provably never left (nothing was written to
// a connection) restores the state and the exposure, and refunds the
// budget; the next plan signs the same voucher at the same cost.
func clientLost(s *cscene) error {
	s.begin("lost-not-sent")
	id := s.channel(6)
	st := s.state(id, "5000", "1000", "")
	pd, err := s.pay(st, s.stated(), "x")
	if err != nil {
		return err
	}
	dec, k := s.call("lost", "client_lost", []string{"lost"}, "connection refused before anything was written: state and exposure restored, the increase refunded",
		obj{"config": s.cfg, "attempt": pd.attempt, "sent": false, "code": "transport_error", "message": "connection refused"})
	if err := expect("lost", dec, k, "refund", "1000"); err != nil {
		return err
	}
	p, k := s.call("plan", "client_plan", nil, "the same voucher again, its increase counted again (it was refunded)", obj{"config": s.cfg, "state": dec["state"], "terms": s.stated()})
	return expect("plan after lost", p, k, "increase", "1000")
}

// clientUnknown: an outcome that stays unknown marks the channel
// uncertain; the next plan resynchronises with the envelope alone, whose
// 402 says what Bob accepted (served or not).
func clientUnknown(s *cscene) error {
	for _, served := range []bool{true, false} {
		name, accepted, next := "unknown-not-served", int64(1000), "0"
		if served {
			name, accepted, next = "unknown-served", 2000, "1000"
		}
		s.begin(name)
		id := s.channel(7)
		if !served {
			id = s.channel(8)
		}
		pd, err := s.pay(s.state(id, "5000", "1000", ""), s.stated(), "x")
		if err != nil {
			return err
		}
		dec, k := s.call("lost", "client_lost", []string{"lost", "uncertain"}, "the connection broke after the request was written: the outcome is unknown, the channel uncertain",
			obj{"config": s.cfg, "attempt": pd.attempt, "sent": true, "code": "transport_error", "message": "connection reset"})
		if err := expect("unknown", dec, k, "outcome", "fail"); err != nil {
			return err
		}
		st := dec["state"].(obj)
		p, k := s.call("plan", "client_plan", []string{"uncertain"}, "an uncertain channel: resynchronise before paying", obj{"config": s.cfg, "state": st, "terms": s.stated()})
		if err := expect("resync plan", p, k, "need", "resync"); err != nil {
			return err
		}
		env, _ := s.request("x", nil, nil)
		d, err := s.decide(fmt.Sprintf("the envelope alone: 402 with what was accepted (%d)", accepted), s.recipientRequest(env, "", "x"), s.chain("5000", 3600), s.own(id, accepted))
		if err != nil {
			return err
		}
		st, k = s.call("resync", "client_resync", []string{"uncertain"}, "the 402's correction applied, uncertain cleared",
			obj{"config": s.cfg, "state": st, "response": answer(d["response"].(obj))})
		if st == nil {
			return fmt.Errorf("client vectors: resync: %s", k)
		}
		p, k = s.call("plan", "client_plan", nil, "paying again from what the recipient accepted", obj{"config": s.cfg, "state": st, "terms": s.stated()})
		if err := expect("plan after resync", p, k, "increase", next); err != nil {
			return err
		}
	}
	return nil
}

// clientDelay: withdraw delays. A configured delay below the recipient's
// minimum is refused before any transaction; a channel the recipient
// refuses for its delay is abandoned and the next plan opens another.
func clientDelay(s *cscene) error {
	s.begin("withdraw-delay")
	short := obj{}
	for k, v := range s.cfg {
		short[k] = v
	}
	short["withdrawDelay"] = "600"
	_, k := s.call("plan-short", "client_plan", []string{"refusal"}, "configured for 600 s, the recipient needs 3600 s: withdraw_delay_too_short before any transaction",
		obj{"config": short, "terms": s.stated()})
	if err := expect("short delay", nil, k, "", string(errs.WithdrawDelayTooShort)); err != nil {
		return err
	}
	id := s.channel(10)
	st := s.state(id, "5000", "0", "")
	st["withdrawDelay"] = "600"
	pd, err := s.pay(st, s.stated(), "x")
	if err != nil {
		return err
	}
	d, err := s.decide("a channel with a 600 s withdraw delay: withdraw_delay_too_short", pd.request, s.chain("5000", 600), nil)
	if err != nil {
		return err
	}
	dec, k := s.handle("handle", []string{"attack:channel"}, "withdraw_delay_too_short: the channel is abandoned (closed), not retried", pd.attempt, answer(d["response"].(obj)))
	if err := expect("delay handle", dec, k, "code", string(errs.WithdrawDelayTooShort)); err != nil {
		return err
	}
	p, k := s.call("plan", "client_plan", nil, "the abandoned channel is unusable: open another", obj{"config": s.cfg, "state": dec["state"], "terms": s.stated()})
	return expect("plan after delay", p, k, "need", "open")
}

// clientReceipts: a 200 is done only with the recipient's receipt over
// this very request, channel, amount and body.
func clientReceipts(s *cscene) error {
	s.begin("receipt")
	id := s.channel(11)
	pd, err := s.pay(s.state(id, "5000", "1000", ""), s.stated(), "x")
	if err != nil {
		return err
	}
	d, err := s.decide("accepted", pd.request, s.chain("5000", 3600), s.own(id, 1000))
	if err != nil {
		return err
	}
	if d["action"] != "accept" {
		return fmt.Errorf("client vectors: receipt: %v", d)
	}
	served := d["served"].(obj)
	other := obj{}
	for k, v := range served {
		other[k] = v
	}
	other["cumulativeAmount"] = "1500"
	complete := func(sv obj, comment string) (obj, error) {
		c, k := s.call("recipient-complete", "recipient_complete", nil, comment,
			obj{"config": s.rcfg, "served": sv, "own": d["next"], "task": obj{"status": 200, "body": hexutil.Encode([]byte(`{"ok":true}`))}})
		if c == nil {
			return nil, fmt.Errorf("client vectors: complete: %s", k)
		}
		return answer(c["response"].(obj)), nil
	}
	good, err := complete(served, "the recipient's receipt for this request")
	if err != nil {
		return err
	}
	lie, err := complete(other, "a receipt the recipient signed for 1500, not the 2000 voucher")
	if err != nil {
		return err
	}
	flags := []string{"attack:receipt"}
	otherBody := obj{}
	for k, v := range good {
		otherBody[k] = v
	}
	otherBody["body"] = hexutil.Encode([]byte(`{"ok":false}`))
	noHeader := obj{"status": 200, "body": good["body"]}
	for _, c := range []struct {
		name, comment string
		resp          obj
	}{
		{"handle-other-amount", "the receipt acknowledges 1500, not the voucher's 2000: receipt_invalid", lie},
		{"handle-other-body", "the receipt's resultHash is of another body than the one received: receipt_invalid", otherBody},
		{"handle-no-receipt", "200 without PAYMENT-RESPONSE: receipt_invalid", noHeader},
	} {
		dec, k := s.handle(c.name, flags, c.comment, pd.attempt, c.resp)
		if err := expect(c.name, dec, k, "code", string(errs.ReceiptInvalid)); err != nil {
			return err
		}
	}
	dec, k := s.handle("handle", nil, "the genuine receipt: done", pd.attempt, good)
	if err := expect("receipt done", dec, k, "outcome", "done"); err != nil {
		return err
	}
	verify := func(name, comment string, r obj) (obj, errs.Kind) {
		return s.call(name, "client_verify_receipt", flags, comment, obj{"config": s.cfg, "recipient": s.bob.Address().String(),
			"paymentResponse": r["paymentResponse"], "body": r["body"], "envelope": pd.attempt["envelope"], "voucher": pd.attempt["voucher"]})
	}
	if r, k := s.call("verify", "client_verify_receipt", nil, "the receipt alone: valid", obj{"config": s.cfg, "recipient": s.bob.Address().String(),
		"paymentResponse": good["paymentResponse"], "body": good["body"], "envelope": pd.attempt["envelope"], "voucher": pd.attempt["voucher"]}); r == nil {
		return fmt.Errorf("client vectors: verify: %s", k)
	}
	_, k = verify("verify-other-body", "the receipt alone, against another body: receipt_invalid", otherBody)
	if err := expect("verify other body", nil, k, "", string(errs.ReceiptInvalid)); err != nil {
		return err
	}
	_, k = s.call("verify-by-eve", "client_verify_receipt", flags, "a genuine receipt checked as Eve's: receipt_invalid (signed by another)", obj{"config": s.cfg,
		"recipient": s.eve.Address().String(), "paymentResponse": good["paymentResponse"], "body": good["body"], "envelope": pd.attempt["envelope"], "voucher": pd.attempt["voucher"]})
	return expect("verify by eve", nil, k, "", string(errs.ReceiptInvalid))
}

// clientTopUp: a voucher above the deposit is never signed: top up first.
func clientTopUp(s *cscene) error {
	s.begin("top-up")
	id := s.channel(12)
	p, k := s.call("plan", "client_plan", nil, "accepted 4500 + price 1000 is above the 5000 deposit: top up by the configured deposit",
		obj{"config": s.cfg, "state": s.state(id, "5000", "4500", ""), "terms": s.stated()})
	if err := expect("top-up", p, k, "need", "top-up"); err != nil {
		return err
	}
	_, err := s.pay(s.state(id, "10000", "4500", ""), s.stated(), "x")
	return err
}

// clientChannelGone: a channel the recipient cannot take (closed, closing,
// not found) is abandoned and the request retried on a new one.
func clientChannelGone(s *cscene) error {
	s.begin("channel-closing")
	id := s.channel(13)
	pd, err := s.pay(s.state(id, "5000", "1000", ""), s.stated(), "x")
	if err != nil {
		return err
	}
	ch := s.chain("5000", 3600)
	ch["closeRequestedAt"] = fmt.Sprint(s.now - 60)
	d, err := s.decide("Alice asked to close the channel: channel_closing", pd.request, ch, s.own(id, 1000))
	if err != nil {
		return err
	}
	dec, k := s.handle("handle", []string{"attack:channel"}, "channel_closing: the channel is abandoned, retry (on a new one)", pd.attempt, answer(d["response"].(obj)))
	if err := expect("closing", dec, k, "outcome", "retry"); err != nil {
		return err
	}
	p, k := s.call("plan", "client_plan", nil, "retrying: open a new channel first", obj{"config": s.cfg, "state": dec["state"], "terms": dec["terms"]})
	return expect("plan after closing", p, k, "need", "open")
}

// clientBudget: the per-request budget bounds the price and what one
// voucher lets the recipient claim.
func clientBudget(s *cscene) error {
	s.begin("budget")
	capped := obj{}
	for k, v := range s.cfg {
		capped[k] = v
	}
	capped["maxPerRequest"] = "500"
	_, k := s.call("plan-price", "client_plan", []string{"refusal"}, "price 1000 above the per-request budget 500: budget_exceeded",
		obj{"config": capped, "state": s.state(s.channel(14), "5000", "1000", ""), "terms": s.stated()})
	if err := expect("budget", nil, k, "", string(errs.BudgetExceeded)); err != nil {
		return err
	}
	capped["maxPerRequest"] = "1000"
	p, k := s.call("plan-cap", "client_plan", nil, "at the budget exactly: pay", obj{"config": capped, "state": s.state(s.channel(14), "5000", "1000", ""), "terms": s.stated()})
	return expect("budget ok", p, k, "need", "pay")
}

// clientRedeliver: the very same request is delivered again only while
// its outcome may still be learned.
func clientRedeliver(s *cscene) error {
	s.begin("redeliver")
	inProgress := s.refusal(409, errs.RequestInProgress, [32]byte{}, "", ethsig.Signature{})
	delete(inProgress, "paymentRequired")
	for _, c := range []struct {
		name, comment string
		in            obj
	}{
		{"in-progress", "409 request_in_progress: deliver the same again after 100 ms", obj{"response": inProgress, "sent": true, "deliveries": "1"}},
		{"in-progress-last", "still in progress after the last try: stop (the outcome stays unknown)", obj{"response": inProgress, "sent": true, "deliveries": "3"}},
		{"reset", "the exchange failed after writing: deliver the same again after 400 ms", obj{"sent": true, "deliveries": "2"}},
		{"never-left", "the exchange failed before anything was written: never again", obj{"sent": false, "deliveries": "1"}},
		{"answered", "an answer that is not request_in_progress: done delivering", obj{"response": obj{"status": 200, "body": "0x"}, "sent": true, "deliveries": "1"}},
	} {
		if r, k := s.call(c.name, "client_redeliver", nil, c.comment, c.in); r == nil {
			return fmt.Errorf("client vectors: redeliver %s: %s", c.name, k)
		}
	}
	return nil
}

// clientTermsAttacks: terms a 402 states are taken only when payable to
// the recipient asked, on the agent's chain and channel contract.
func clientTermsAttacks(s *cscene) error {
	s.begin("learn-terms")
	flags := []string{"attack:terms"}
	required := func(edit func(*x402.Requirement)) obj {
		t := s.terms()
		edit(&t)
		pr, _ := x402.Encode(&x402.PaymentRequired{X402Version: x402.Version, Error: "payment_required", Resource: x402.Resource{URL: s.url}, Accepts: []x402.Requirement{t}})
		body, _ := json.Marshal(x402.ErrorBody{Code: string(errs.PaymentRequired), Message: "pay"})
		return obj{"status": 402, "paymentRequired": pr, "body": hexutil.Encode(body)}
	}
	for _, c := range []struct {
		name, comment string
		resp          obj
		want          errs.Kind
	}{
		{"pay-eve", "the 402 asks to pay Eve, not Bob: wrong_recipient", required(func(t *x402.Requirement) { t.PayTo = s.eve.Address() }), errs.WrongRecipient},
		{"other-contract", "the 402 names another channel contract: unsupported", required(func(t *x402.Requirement) { t.Extra.ChannelContract = ethsig.Address{0x99} }), errs.Unsupported},
		{"other-chain", "the 402 is for another network: unsupported", required(func(t *x402.Requirement) { t.Network = "eip155:1" }), errs.Unsupported},
		{"not-402", "an answer that is not a 402: its own error", obj{"status": 403, "body": hexutil.Encode([]byte(`{"code":"sender_unregistered","message":"register first"}`))}, errs.SenderUnregistered},
		{"token-terms", "the 402 asks for payment in an ERC-20 token; this agent pays in ETH: asset_mismatch (its price is token units, not wei)", required(func(t *x402.Requirement) { t.Asset = testToken }), errs.AssetMismatch},
	} {
		_, k := s.call(c.name, "client_learn_terms", flags, c.comment, obj{"config": s.cfg, "recipient": s.bob.Address().String(), "response": c.resp})
		if err := expect(c.name, nil, k, "", string(c.want)); err != nil {
			return err
		}
	}
	// An agent paying in the token (config asset) takes the token's
	// requirement out of a 402 that offers ETH and the token.
	tokCfg := obj{}
	for k, v := range s.cfg {
		tokCfg[k] = v
	}
	tokCfg["asset"] = testToken
	eth, tok := s.terms(), s.terms()
	tok.Asset = testToken
	tok.Amount.SetInt64(250000)
	pr, _ := x402.Encode(&x402.PaymentRequired{X402Version: x402.Version, Error: "payment_required", Resource: x402.Resource{URL: s.url}, Accepts: []x402.Requirement{eth, tok}})
	body, _ := json.Marshal(x402.ErrorBody{Code: string(errs.PaymentRequired), Message: "pay"})
	terms, k := s.call("token-agent", "client_learn_terms", []string{"asset"}, "an agent paying in the token picks the token's requirement (250000 units) of a 402 offering ETH and the token",
		obj{"config": tokCfg, "recipient": s.bob.Address().String(), "response": obj{"status": 402, "paymentRequired": pr, "body": hexutil.Encode(body)}})
	if err := expect("token-agent", terms, k, "price", "250000"); err != nil {
		return err
	}
	return nil
}

// clientUnknownAnswer: answers that leave the outcome unknown (a 5xx
// without a code, request_in_progress after every try) mark the channel
// uncertain, like a request lost after it was sent.
func clientUnknownAnswer(s *cscene) error {
	s.begin("unknown-answer")
	id := s.channel(15)
	pd, err := s.pay(s.state(id, "5000", "1000", ""), s.stated(), "x")
	if err != nil {
		return err
	}
	inProgress := s.refusal(409, errs.RequestInProgress, [32]byte{}, "", ethsig.Signature{})
	delete(inProgress, "paymentRequired")
	for _, c := range []struct {
		name, comment string
		resp          obj
	}{
		{"handle-bare-502", "502 without an error code (a proxy, a crash): the request may have been served, the channel is uncertain", obj{"status": 502, "body": hexutil.Encode([]byte("bad gateway"))}},
		{"handle-in-progress", "still request_in_progress after the last delivery: uncertain", inProgress},
	} {
		dec, k := s.handle(c.name, []string{"uncertain"}, c.comment, pd.attempt, c.resp)
		if err := expect(c.name, dec, k, "outcome", "fail"); err != nil {
			return err
		}
		if st := dec["state"].(obj); st["uncertain"] != true || st["cumulative"] != "2000" {
			return fmt.Errorf("client vectors: %s: %v", c.name, st)
		}
	}
	return nil
}

// clientPrepare: PrepareRequest signs exactly accepted + amount on an open
// channel, and performs no step: no channel, a voucher above the deposit or
// an increase above the per-request budget is refused.
func clientPrepare(s *cscene) error {
	s.begin("prepare")
	id := s.channel(16)
	p, k := s.call("pay", "client_prepare", nil, "accepted 1000 + 700: the voucher of 1700, raising the exposure by 700",
		obj{"config": s.cfg, "state": s.state(id, "5000", "1000", ""), "amount": "700"})
	if err := expect("prepare", p, k, "voucher", "1700"); err != nil {
		return err
	}
	p, k = s.call("below-signed", "client_prepare", nil, "2000 was signed before (outcome unknown, then corrected to 1000): 1700 raises nothing",
		obj{"config": s.cfg, "state": s.state(id, "5000", "1000", "2000"), "amount": "700"})
	if err := expect("prepare below signed", p, k, "increase", "0"); err != nil {
		return err
	}
	for _, c := range []struct {
		name, comment string
		in            obj
		want          errs.Kind
	}{
		{"no-channel", "no channel recorded: open one first (payment_required)", obj{"config": s.cfg, "amount": "700"}, errs.PaymentRequired},
		{"closed", "the recorded channel is closed: payment_required", obj{"config": s.cfg, "state": func() obj { st := s.state(id, "5000", "1000", ""); st["closed"] = true; return st }(), "amount": "700"}, errs.PaymentRequired},
		{"above-deposit", "1000 + 4500 is above the 5000 deposit: never signed", obj{"config": s.cfg, "state": s.state(id, "5000", "1000", ""), "amount": "4500"}, errs.VoucherExceedsDeposit},
	} {
		_, k := s.call(c.name, "client_prepare", []string{"refusal"}, c.comment, c.in)
		if err := expect(c.name, nil, k, "", string(c.want)); err != nil {
			return err
		}
	}
	capped := obj{}
	for k, v := range s.cfg {
		capped[k] = v
	}
	capped["maxPerRequest"] = "500"
	_, k = s.call("budget", "client_prepare", []string{"refusal"}, "an increase of 700 above the per-request budget 500: budget_exceeded",
		obj{"config": capped, "state": s.state(id, "5000", "1000", ""), "amount": "700"})
	return expect("prepare budget", nil, k, "", string(errs.BudgetExceeded))
}

// clientWithdrawDelay: a new channel's withdraw delay is the configured
// one, or the default 3600 s (the recipient's minimum when higher); a
// configured delay below the minimum is refused before any transaction.
func clientWithdrawDelay(s *cscene) error {
	s.begin("new-channel-delay")
	if _, k := s.call("default", "client_withdraw_delay", nil, "nothing configured, no minimum: 3600", obj{"config": s.cfg}); k != "" {
		return fmt.Errorf("withdraw delay: %s", k)
	}
	if _, k := s.call("min-higher", "client_withdraw_delay", nil, "nothing configured, the recipient needs 7200: 7200", obj{"config": s.cfg, "min": "7200"}); k != "" {
		return fmt.Errorf("withdraw delay: %s", k)
	}
	set := obj{}
	for k, v := range s.cfg {
		set[k] = v
	}
	set["withdrawDelay"] = "600"
	_, k := s.call("too-short", "client_withdraw_delay", []string{"refusal"}, "configured 600 s, the recipient needs 3600: withdraw_delay_too_short", obj{"config": set, "min": "3600"})
	return expect("withdraw delay too short", nil, k, "", string(errs.WithdrawDelayTooShort))
}

// clientAdopt: an existing channel (e.g. opened with `mailroom channel
// open`) becomes the sender's channel to the recipient only when it is from
// the sender to that recipient, open and not closing; its accepted amount
// starts at what was claimed on chain and is uncertain (the next plan
// resynchronises).
func clientAdopt(s *cscene) error {
	s.begin("adopt")
	id := s.channel(32)
	onChain := func(from, to ethsig.Address, open, closing bool) obj {
		c := obj{"id": hexutil.Encode(id[:]), "sender": from.String(), "recipient": to.String(), "deposit": "5000", "claimed": "1000", "withdrawDelay": "3600", "open": open, "token": ethNative}
		if closing {
			c["closeRequested"] = true
		}
		return c
	}
	me, bob := s.alice.Address(), s.bob.Address()
	st, k := s.call("adopt", "client_adopt", nil, "Alice's open channel to Bob: adopted at the claimed 1000, uncertain",
		obj{"config": s.cfg, "recipient": bob.String(), "channel": onChain(me, bob, true, false)})
	if err := expect("adopt", st, k, "cumulative", "1000"); err != nil {
		return err
	}
	if st["uncertain"] != true {
		return fmt.Errorf("adopt: not uncertain: %v", st)
	}
	for _, c := range []struct {
		name, comment string
		ch            obj
		want          errs.Kind
	}{
		{"not-mine", "a channel from Bob to Alice is not Alice's channel to Bob", onChain(bob, me, true, false), errs.ChannelMismatch},
		{"closed", "a closed channel cannot be adopted", onChain(me, bob, false, false), errs.ChannelClosed},
		{"closing", "a channel whose close was requested cannot be adopted", onChain(me, bob, true, true), errs.ChannelClosing},
		{"token", "a channel in an ERC-20 token: the client pays in ETH, and a voucher in token units is no payment in wei", withToken(onChain(me, bob, true, false), testToken), errs.AssetMismatch},
		{"no-token", "the host did not say which asset the channel holds: invalid_input, never a token taken for ETH", func() obj { c := onChain(me, bob, true, false); delete(c, "token"); return c }(), errs.InvalidInput},
	} {
		_, k := s.call(c.name, "client_adopt", []string{"refusal"}, c.comment, obj{"config": s.cfg, "recipient": bob.String(), "channel": c.ch})
		if err := expect(c.name, nil, k, "", string(c.want)); err != nil {
			return err
		}
	}
	return nil
}
