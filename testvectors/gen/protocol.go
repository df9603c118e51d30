package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/agentmailroom/mailroom/core/eip712"
	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/registration"
	"github.com/agentmailroom/mailroom/core/replay"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/testvectors/internal/schema"
)

var (
	registryAddr, _ = ethsig.ParseAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	channelAddr, _  = ethsig.ParseAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")
	chains          = []uint64{1, 31337, 8453}
)

func h32(s string) [32]byte { var h [32]byte; copy(h[:], kc(s)); return h }

func hx(b [32]byte) string { return hexutil.Encode(b[:]) }

// generic checks a specialised digest against the generic eip712 path.
func generic(id string, doc []byte, want [32]byte) error {
	got, err := eip712.HashJSON(doc)
	if err != nil || got != want {
		return fmt.Errorf("%s: specialised digest %x != generic %x (%v)", id, want, got, err)
	}
	return nil
}

// protocolTyped adds the protocol objects as generic eip712 vectors.
func (g *gen) protocolTyped(f *family, id string, doc []byte, key *ethsig.PrivateKey, digest [32]byte) error {
	if err := generic(id, doc, digest); err != nil {
		return err
	}
	return g.addTyped(f, typedCase{id: id, source: "hand", doc: doc, key: key, digest: hx(digest),
		comment: "protocol object through the generic EIP-712 path"})
}

func alice() *ethsig.PrivateKey { return mustKey(namedKeys()[3][1]) }
func bob() *ethsig.PrivateKey   { return mustKey(namedKeys()[4][1]) }

func requests() []envelope.Request {
	a, b := alice().Address(), bob().Address()
	return []envelope.Request{
		{Sender: a, Recipient: b, PayloadHash: h32(`{"task":"summarize"}`), Timestamp: 1700000000, Nonce: 0},
		{Sender: a, Recipient: b, PayloadHash: h32(""), Timestamp: 1700000001, Nonce: 1},
		{Sender: a, Recipient: b, PayloadHash: h32("x"), Timestamp: 1<<64 - 1, Nonce: 1<<64 - 1},
		{Sender: b, Recipient: a, PayloadHash: h32("reply"), Timestamp: 0, Nonce: 42},
	}
}

func (g *gen) envelopeFamily() (*family, error) {
	f := &family{file: "envelope.json", name: "envelope", desc: "Signed AgentRequest envelopes: digest, pinned signature and wire JSON for fixed keys; verification of wire forms, positive and negative.", sources: []string{"hand"}}
	keys := map[ethsig.Address]*ethsig.PrivateKey{alice().Address(): alice(), bob().Address(): bob()}
	var firstWire []byte
	for _, chain := range chains {
		d := envelope.NewDomain(chain, registryAddr)
		for i, r := range requests() {
			key := keys[r.Sender]
			dg := d.Digest(&r)
			if err := generic("envelope", d.TypedDataJSON(&r), dg); err != nil {
				return nil, err
			}
			sig := d.Sign(key, &r)
			s := envelope.Signed{Request: r, ChainID: chain, Registry: registryAddr, Signature: sig}
			wire, err := json.Marshal(s)
			if err != nil {
				return nil, err
			}
			if firstWire == nil {
				firstWire = wire
			}
			in := schema.EnvelopeIn{PrivateKey: key.Hex(), ChainID: fmt.Sprint(chain), Registry: registryAddr.String(),
				Request: schema.Request{Sender: r.Sender.String(), Recipient: r.Recipient.String(), PayloadHash: hx(r.PayloadHash),
					Timestamp: fmt.Sprint(r.Timestamp), Nonce: fmt.Sprint(r.Nonce)}}
			id := fmt.Sprintf("hand/envelope/chain-%d/request-%d", chain, i)
			f.add(id, schema.TEnvelope, "hand", nil, "", in, schema.SignedOut{Digest: hx(dg), Signature: sig.Hex(), Wire: string(wire)})
			f.add(id+"/verify", schema.TEnvelopeVerify, "hand", nil, "", schema.WireIn{Wire: string(wire)}, schema.ResultOut{Result: schema.Valid})
		}
	}
	negs := negativeWires(firstWire, bob())
	for _, name := range sortedKeys(negs) {
		wire := negs[name]
		s, err := envelope.Decode([]byte(wire))
		if err == nil {
			err = s.Domain().Verify(&s.Request, s.Signature)
		}
		k := errs.KindOf(err)
		if k == "" || k == errs.Internal {
			return nil, fmt.Errorf("envelope negative %s: %v", name, err)
		}
		f.add("hand/envelope/verify-"+name, schema.TEnvelopeVerify, "hand", nil, "", schema.WireIn{Wire: wire}, schema.ResultOut{Error: string(k)})
	}
	return f, nil
}

// negativeWires derives broken wire forms from a valid one.
func negativeWires(valid []byte, other *ethsig.PrivateKey) map[string]string {
	var m map[string]any
	_ = json.Unmarshal(valid, &m)
	edit := func(fn func(map[string]any)) string {
		c := map[string]any{}
		for k, v := range m {
			c[k] = v
		}
		fn(c)
		b, _ := json.Marshal(c)
		return string(b)
	}
	sig, _ := hexutil.Decode(m["signature"].(string))
	s := new(big.Int).SetBytes(sig[32:64])
	high := append(append(append([]byte{}, sig[:32]...), word(new(big.Int).Sub(curveN, s))...), 55-sig[64])
	v29 := append([]byte{}, sig...)
	v29[64] = 29
	otherSig := other.Sign(h32("not this"))
	return map[string]string{
		"tampered-nonce": edit(func(c map[string]any) { c["nonce"] = "7" }),
		"other-signer":   edit(func(c map[string]any) { c["signature"] = otherSig.Hex() }),
		"high-s":         edit(func(c map[string]any) { c["signature"] = hexutil.Encode(high) }),
		"v-29":           edit(func(c map[string]any) { c["signature"] = hexutil.Encode(v29) }),
		"signature-64":   edit(func(c map[string]any) { c["signature"] = hexutil.Encode(sig[:64]) }),
		"missing-field":  edit(func(c map[string]any) { delete(c, "nonce") }),
		"unknown-field":  edit(func(c map[string]any) { c["extra"] = 1 }),
		"bad-checksum": edit(func(c map[string]any) {
			c["sender"] = "0x" + flipCase(c["sender"].(string)[2:])
		}),
		"short-hash":      edit(func(c map[string]any) { c["payloadHash"] = "0x1234" }),
		"nonce-too-large": edit(func(c map[string]any) { c["nonce"] = "18446744073709551616" }),
		"nonce-fraction":  edit(func(c map[string]any) { c["nonce"] = 1.5 }),
		"not-json":        `{"sender":`,
		"trailing-data":   string(valid) + "{}",
		"array":           `[]`,
	}
}

// flipCase flips the case of the first letter in s.
func flipCase(s string) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'f':
			b[i] = c - 32
			return string(b)
		case c >= 'A' && c <= 'F':
			b[i] = c + 32
			return string(b)
		}
	}
	return s
}

func vouchers() []voucher.Voucher {
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	return []voucher.Voucher{
		{ChannelID: h32("channel-1"), CumulativeAmount: big.NewInt(0)},
		{ChannelID: h32("channel-1"), CumulativeAmount: big.NewInt(1000000000000000)},
		{ChannelID: h32("channel-2"), CumulativeAmount: max},
	}
}

func (g *gen) voucherFamily() (*family, error) {
	f := &family{file: "voucher.json", name: "voucher", desc: "Cumulative payment vouchers: digest, pinned signature and wire JSON; verification of wire forms against the channel sender.", sources: []string{"hand"}}
	key := alice()
	var firstWire []byte
	for _, chain := range chains {
		d := voucher.NewDomain(chain, channelAddr)
		for i, v := range vouchers() {
			dg, err := d.Digest(&v)
			if err != nil {
				return nil, err
			}
			if err := generic("voucher", d.TypedDataJSON(&v), dg); err != nil {
				return nil, err
			}
			sig, err := d.Sign(key, &v)
			if err != nil {
				return nil, err
			}
			wire, err := json.Marshal(voucher.Signed{Voucher: v, Signature: sig})
			if err != nil {
				return nil, err
			}
			if firstWire == nil {
				firstWire = wire
			}
			id := fmt.Sprintf("hand/voucher/chain-%d/voucher-%d", chain, i)
			in := schema.VoucherIn{PrivateKey: key.Hex(), ChainID: fmt.Sprint(chain), Contract: channelAddr.String(),
				Voucher: schema.Voucher{ChannelID: hx(v.ChannelID), CumulativeAmount: v.CumulativeAmount.String()}}
			f.add(id, schema.TVoucher, "hand", nil, "", in, schema.SignedOut{Digest: hx(dg), Signature: sig.Hex(), Wire: string(wire)})
			f.add(id+"/verify", schema.TVoucherVerify, "hand", nil, "", schema.VoucherVerifyIn{ChainID: fmt.Sprint(chain), Contract: channelAddr.String(), Sender: key.Address().String(), Wire: string(wire)}, schema.ResultOut{Result: schema.Valid})
		}
	}
	// Amount above uint256.
	over := new(big.Int).Lsh(big.NewInt(1), 256)
	_, err := voucher.NewDomain(1, channelAddr).Digest(&voucher.Voucher{ChannelID: h32("c"), CumulativeAmount: over})
	if k := errs.KindOf(err); k != errs.IntegerOutOfRange {
		return nil, fmt.Errorf("voucher over uint256: %v", err)
	}
	f.add("hand/voucher/amount-2^256", schema.TVoucher, "hand", nil, "", schema.VoucherIn{PrivateKey: key.Hex(), ChainID: "1", Contract: channelAddr.String(),
		Voucher: schema.Voucher{ChannelID: hx(h32("c")), CumulativeAmount: over.String()}}, schema.SignedOut{Error: string(errs.IntegerOutOfRange)})
	var m map[string]any
	_ = json.Unmarshal(firstWire, &m)
	edit := func(fn func(map[string]any)) string {
		c := map[string]any{}
		for k, v := range m {
			c[k] = v
		}
		fn(c)
		b, _ := json.Marshal(c)
		return string(b)
	}
	negs := map[string]struct {
		wire, sender, chain string
	}{
		"wrong-sender":    {string(firstWire), bob().Address().String(), "1"},
		"wrong-chain":     {string(firstWire), key.Address().String(), "2"},
		"tampered-amount": {edit(func(c map[string]any) { c["cumulativeAmount"] = "1" }), key.Address().String(), "1"},
		"missing-field":   {edit(func(c map[string]any) { delete(c, "signature") }), key.Address().String(), "1"},
		"unknown-field":   {edit(func(c map[string]any) { c["x"] = 1 }), key.Address().String(), "1"},
		"negative-amount": {edit(func(c map[string]any) { c["cumulativeAmount"] = "-1" }), key.Address().String(), "1"},
		"short-channel":   {edit(func(c map[string]any) { c["channelId"] = "0x00" }), key.Address().String(), "1"},
	}
	for _, name := range sortedKeys(negs) {
		n := negs[name]
		s, err := voucher.Decode([]byte(n.wire))
		if err == nil {
			sender, _ := ethsig.ParseAddress(n.sender)
			var chain uint64
			fmt.Sscan(n.chain, &chain)
			err = voucher.NewDomain(chain, channelAddr).Verify(&s.Voucher, s.Signature, sender)
		}
		k := errs.KindOf(err)
		if k == "" || k == errs.Internal {
			return nil, fmt.Errorf("voucher negative %s: %v", name, err)
		}
		f.add("hand/voucher/verify-"+name, schema.TVoucherVerify, "hand", nil, "", schema.VoucherVerifyIn{ChainID: n.chain, Contract: channelAddr.String(), Sender: n.sender, Wire: n.wire}, schema.ResultOut{Error: string(k)})
	}
	return f, nil
}

func (g *gen) receiptFamily() (*family, error) {
	f := &family{file: "receipt.json", name: "receipt", desc: "Receipts signed by the recipient under the request domain: digest, pinned signature and wire JSON; verification positive and negative.", sources: []string{"hand"}}
	key := bob()
	d := envelope.NewDomain(31337, registryAddr)
	r0 := requests()[0]
	rs := []receipt.Receipt{
		{RequestDigest: d.Digest(&r0), ChannelID: h32("channel-1"), CumulativeAmount: big.NewInt(1000000000000000), ResultHash: h32(`{"summary":"ok"}`)},
		{RequestDigest: h32("r"), ChannelID: [32]byte{}, CumulativeAmount: big.NewInt(0), ResultHash: h32("")},
	}
	var firstWire []byte
	for i, r := range rs {
		dg, err := receipt.Digest(d, &r)
		if err != nil {
			return nil, err
		}
		if err := generic("receipt", receipt.TypedDataJSON(d, &r), dg); err != nil {
			return nil, err
		}
		sig, err := receipt.Sign(d, key, &r)
		if err != nil {
			return nil, err
		}
		wire, err := json.Marshal(receipt.Signed{Receipt: r, Signature: sig})
		if err != nil {
			return nil, err
		}
		if firstWire == nil {
			firstWire = wire
		}
		id := fmt.Sprintf("hand/receipt/receipt-%d", i)
		in := schema.ReceiptIn{PrivateKey: key.Hex(), ChainID: "31337", Registry: registryAddr.String(), Receipt: schema.Receipt{
			RequestDigest: hx(r.RequestDigest), ChannelID: hx(r.ChannelID), CumulativeAmount: r.CumulativeAmount.String(), ResultHash: hx(r.ResultHash)}}
		f.add(id, schema.TReceipt, "hand", nil, "", in, schema.SignedOut{Digest: hx(dg), Signature: sig.Hex(), Wire: string(wire)})
		f.add(id+"/verify", schema.TReceiptVerify, "hand", nil, "", schema.ReceiptVerifyIn{ChainID: "31337", Registry: registryAddr.String(), Recipient: key.Address().String(), Wire: string(wire)}, schema.ResultOut{Result: schema.Valid})
	}
	rnegs := map[string]struct{ recipient, chain string }{
		"wrong-recipient": {alice().Address().String(), "31337"}, "wrong-chain": {key.Address().String(), "1"},
	}
	for _, name := range sortedKeys(rnegs) {
		n := rnegs[name]
		s, _ := receipt.Decode(firstWire)
		var chain uint64
		fmt.Sscan(n.chain, &chain)
		rcpt, _ := ethsig.ParseAddress(n.recipient)
		err := receipt.Verify(envelope.NewDomain(chain, registryAddr), &s.Receipt, s.Signature, rcpt)
		k := errs.KindOf(err)
		if k == "" || k == errs.Internal {
			return nil, fmt.Errorf("receipt negative %s: %v", name, err)
		}
		f.add("hand/receipt/verify-"+name, schema.TReceiptVerify, "hand", nil, "", schema.ReceiptVerifyIn{ChainID: n.chain, Registry: registryAddr.String(), Recipient: n.recipient, Wire: string(firstWire)}, schema.ResultOut{Error: string(k)})
	}
	return f, nil
}

// addProtocolTyped puts envelope, voucher, receipt and registration
// documents through the generic path (eip712.json).
func (g *gen) addProtocolTyped(f *family) error {
	ed := envelope.NewDomain(1, registryAddr)
	r := requests()[0]
	if err := g.protocolTyped(f, "protocol/envelope", ed.TypedDataJSON(&r), alice(), ed.Digest(&r)); err != nil {
		return err
	}
	vd := voucher.NewDomain(1, channelAddr)
	v := vouchers()[1]
	vdg, _ := vd.Digest(&v)
	if err := g.protocolTyped(f, "protocol/voucher", vd.TypedDataJSON(&v), alice(), vdg); err != nil {
		return err
	}
	rc := receipt.Receipt{RequestDigest: ed.Digest(&r), ChannelID: h32("channel-1"), CumulativeAmount: big.NewInt(5), ResultHash: h32("ok")}
	rdg, _ := receipt.Digest(ed, &rc)
	if err := g.protocolTyped(f, "protocol/receipt", receipt.TypedDataJSON(ed, &rc), bob(), rdg); err != nil {
		return err
	}
	for _, chain := range chains {
		rd := registration.NewDomain(chain, registryAddr)
		c := registration.Consent{Agent: alice().Address(), Owner: bob().Address(), Deadline: 1700003600}
		dg := rd.Digest(&c)
		sig := rd.Sign(alice(), &c)
		if sig != alice().Sign(dg) {
			return fmt.Errorf("registration: Sign differs from signing the digest")
		}
		if err := g.protocolTyped(f, fmt.Sprintf("protocol/registration/chain-%d", chain), rd.TypedDataJSON(&c), alice(), dg); err != nil {
			return err
		}
	}
	return nil
}

func (g *gen) acceptFamily() (*family, error) {
	f := &family{file: "voucher_accept.json", name: "voucher_accept", desc: "The voucher acceptance rule: accepted iff lastAccepted + price <= cumulative <= deposit; the new accepted amount is cumulative.", sources: []string{"hand"}}
	big256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)).String()
	cases := []struct {
		name                             string
		last, price, deposit, cumulative string
		want                             errs.Kind
	}{
		{"exact-price", "0", "100", "1000", "100", ""},
		{"overpay", "0", "100", "1000", "150", ""},
		{"exact-deposit", "900", "100", "1000", "1000", ""},
		{"zero-price-same", "500", "0", "1000", "500", ""},
		{"underpay", "100", "100", "1000", "199", errs.VoucherInsufficient},
		{"replayed-voucher", "100", "100", "1000", "100", errs.VoucherInsufficient},
		{"exceeds-deposit", "900", "100", "1000", "1001", errs.VoucherExceedsDeposit},
		{"big-values", "0", "1", big256, big256, ""},
	}
	for _, c := range cases {
		n := func(s string) *big.Int { x, _ := new(big.Int).SetString(s, 10); return x }
		got, err := voucher.Accept(n(c.last), n(c.price), n(c.deposit), n(c.cumulative))
		out := schema.VoucherAcceptOut{}
		if c.want == "" {
			if err != nil {
				return nil, fmt.Errorf("accept %s: %v", c.name, err)
			}
			out.Accepted = got.String()
		} else {
			k, e := expectKind("accept/"+c.name, err, c.want)
			if e != nil {
				return nil, e
			}
			out.Error = k
		}
		f.add("hand/voucher-accept/"+c.name, schema.TVoucherAccept, "hand", nil, "", schema.VoucherAcceptIn{LastAccepted: c.last, Price: c.price, Deposit: c.deposit, Cumulative: c.cumulative}, out)
	}
	return f, nil
}

func (g *gen) replayFamily() (*family, error) {
	f := &family{file: "replay.json", name: "replay", desc: "The replay rule through a guard: now-past <= timestamp <= now+future, (sender, nonce) unused inside the window, fail closed when full.", sources: []string{"hand"}}
	a, b := alice().Address().String(), bob().Address().String()
	type st struct {
		sender         string
		nonce, ts, now uint64
		want           string
	}
	const now = 1700000000
	cases := []struct {
		name         string
		past, future uint64
		capacity     int
		steps        []st
		wantLen      int
	}{
		{"accept-then-replay", 300, 30, 16, []st{{a, 1, now, now, "ok"}, {a, 1, now, now + 1, "nonce_replayed"}, {a, 2, now, now + 1, "ok"}, {b, 1, now, now + 1, "ok"}}, 3},
		{"window-bounds", 300, 30, 16, []st{{a, 1, now - 300, now, "ok"}, {a, 2, now + 30, now, "ok"}, {a, 3, now - 301, now, "timestamp_expired"}, {a, 4, now + 31, now, "timestamp_future"}}, 2},
		{"expired-replay-refused-by-window", 300, 30, 16, []st{{a, 1, now, now, "ok"}, {a, 1, now, now + 301, "timestamp_expired"}}, 0},
		{"capacity-fails-closed", 300, 30, 2, []st{{a, 1, now, now, "ok"}, {a, 2, now, now, "ok"}, {a, 3, now, now, "replay_capacity"}, {b, 1, now + 400, now + 400, "ok"}}, 1},
		{"timestamp-zero", 300, 30, 4, []st{{a, 1, 0, 0, "ok"}, {a, 1, 0, 10, "nonce_replayed"}}, 1},
		{"max-timestamp", 300, 30, 4, []st{{a, 1, 1<<64 - 1, 1<<64 - 1, "ok"}, {a, 2, 1<<64 - 1, 1<<64 - 20, "ok"}}, 2},
	}
	for _, c := range cases {
		w := replay.Window{Past: time.Duration(c.past) * time.Second, Future: time.Duration(c.future) * time.Second}
		guard := replay.NewGuard(w, c.capacity)
		in := schema.ReplayIn{PastSeconds: fmt.Sprint(c.past), FutureSeconds: fmt.Sprint(c.future), Capacity: c.capacity}
		out := schema.ReplayOut{}
		for i, s := range c.steps {
			addr, _ := ethsig.ParseAddress(s.sender)
			got := string(errs.KindOf(guard.Use(replay.Key{Sender: addr, Nonce: s.nonce}, s.ts, s.now)))
			if got == "" {
				got = schema.OK
			}
			if got != s.want {
				return nil, fmt.Errorf("replay %s step %d: core %s, want %s", c.name, i, got, s.want)
			}
			in.Steps = append(in.Steps, schema.ReplayStep{Sender: s.sender, Nonce: fmt.Sprint(s.nonce), Timestamp: fmt.Sprint(s.ts), Now: fmt.Sprint(s.now)})
			out.Results = append(out.Results, got)
		}
		if guard.Len() != c.wantLen {
			return nil, fmt.Errorf("replay %s: core Len %d, want %d", c.name, guard.Len(), c.wantLen)
		}
		out.Len = c.wantLen
		f.add("hand/replay/"+c.name, schema.TReplay, "hand", nil, "", in, out)
	}
	return f, nil
}
