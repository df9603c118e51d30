package runner

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
	"github.com/agentmailroom/mailroom/testvectors/internal/schema"
)

func hash32(field, s string) ([32]byte, error) {
	var h [32]byte
	b, err := mustHex(field, s)
	if err == nil && len(b) != 32 {
		err = fmt.Errorf("%s: want 32 bytes", field)
	}
	copy(h[:], b)
	return h, err
}

// checkWire compares the Go wire encoding of a signed object with the
// expected JSON text, and decodes the expected text as a host would.
func checkWire(got any, want string) string {
	b, err := json.Marshal(got)
	if err != nil {
		return "wire: " + err.Error()
	}
	return diff("wire", string(b), want)
}

func runEnvelope(rt api.Runtime, v *schema.Vector) (string, error) {
	var in schema.EnvelopeIn
	var out schema.SignedOut
	if err := decode(v, &in, &out); err != nil {
		return "", err
	}
	if err := need(true, out.Error, out.Digest, out.Signature, out.Wire); err != nil {
		return "", err
	}
	priv, err := mustHex("privateKey", in.PrivateKey)
	if err != nil {
		return "", err
	}
	chain, err := mustU64("chainId", in.ChainID)
	if err != nil {
		return "", err
	}
	reg, err := mustAddr("registry", in.Registry)
	if err != nil {
		return "", err
	}
	r, err := request(in.Request)
	if err != nil {
		return "", err
	}
	d, err := rt.EnvelopeDigest(context.Background(), chain, reg, r)
	if f, done := outcome(err, out.Error); done {
		return f, nil
	}
	s, err := rt.SignEnvelope(context.Background(), priv, chain, reg, r)
	if f, done := outcome(err, ""); done {
		return "sign: " + f, nil
	}
	if f := first(diff("digest", hexOf(d[:]), out.Digest), diff("signature", s.Signature.Hex(), out.Signature), checkWire(s, out.Wire)); f != "" {
		return f, nil
	}
	f, _ := outcome(rt.VerifyEnvelope(context.Background(), s), "")
	return f, nil
}

func request(q schema.Request) (*envelope.Request, error) {
	var r envelope.Request
	var err error
	if r.Sender, err = mustAddr("sender", q.Sender); err != nil {
		return nil, err
	}
	if r.Recipient, err = mustAddr("recipient", q.Recipient); err != nil {
		return nil, err
	}
	if r.PayloadHash, err = hash32("payloadHash", q.PayloadHash); err != nil {
		return nil, err
	}
	if r.Timestamp, err = mustU64("timestamp", q.Timestamp); err != nil {
		return nil, err
	}
	if r.Nonce, err = mustU64("nonce", q.Nonce); err != nil {
		return nil, err
	}
	return &r, nil
}

func runEnvelopeVerify(rt api.Runtime, v *schema.Vector) (string, error) {
	var in schema.WireIn
	var out schema.ResultOut
	if err := decode(v, &in, &out); err != nil {
		return "", err
	}
	if err := resultShape(out); err != nil {
		return "", err
	}
	s, err := envelope.Decode([]byte(in.Wire))
	if err == nil {
		err = rt.VerifyEnvelope(context.Background(), s)
	}
	f, _ := outcome(err, out.Error)
	return f, nil
}

func resultShape(out schema.ResultOut) error {
	if (out.Result == schema.Valid) == (out.Error != "") || (out.Result != "" && out.Result != schema.Valid) {
		return fmt.Errorf("expect: exactly one of result %q and error", schema.Valid)
	}
	return nil
}

func runVoucher(rt api.Runtime, v *schema.Vector) (string, error) {
	var in schema.VoucherIn
	var out schema.SignedOut
	if err := decode(v, &in, &out); err != nil {
		return "", err
	}
	if err := need(true, out.Error, out.Digest, out.Signature, out.Wire); err != nil {
		return "", err
	}
	priv, err := mustHex("privateKey", in.PrivateKey)
	if err != nil {
		return "", err
	}
	chain, err := mustU64("chainId", in.ChainID)
	if err != nil {
		return "", err
	}
	contract, err := mustAddr("contract", in.Contract)
	if err != nil {
		return "", err
	}
	vo := &voucher.Voucher{}
	if vo.ChannelID, err = hash32("channelId", in.Voucher.ChannelID); err != nil {
		return "", err
	}
	if vo.CumulativeAmount, err = mustBig("cumulativeAmount", in.Voucher.CumulativeAmount); err != nil {
		return "", err
	}
	d, err := rt.VoucherDigest(context.Background(), chain, contract, vo)
	if f, done := outcome(err, out.Error); done {
		return f, nil
	}
	s, err := rt.SignVoucher(context.Background(), priv, chain, contract, vo)
	if f, done := outcome(err, ""); done {
		return "sign: " + f, nil
	}
	if f := first(diff("digest", hexOf(d[:]), out.Digest), diff("signature", s.Signature.Hex(), out.Signature), checkWire(s, out.Wire)); f != "" {
		return f, nil
	}
	sender, err := rt.AddressOf(context.Background(), priv)
	if f, done := outcome(err, ""); done {
		return f, nil
	}
	f, _ := outcome(rt.VerifyVoucher(context.Background(), chain, contract, s, sender), "")
	return f, nil
}

func runVoucherVerify(rt api.Runtime, v *schema.Vector) (string, error) {
	var in schema.VoucherVerifyIn
	var out schema.ResultOut
	if err := decode(v, &in, &out); err != nil {
		return "", err
	}
	if err := resultShape(out); err != nil {
		return "", err
	}
	chain, err := mustU64("chainId", in.ChainID)
	if err != nil {
		return "", err
	}
	contract, err := mustAddr("contract", in.Contract)
	if err != nil {
		return "", err
	}
	sender, err := mustAddr("sender", in.Sender)
	if err != nil {
		return "", err
	}
	s, err := voucher.Decode([]byte(in.Wire))
	if err == nil {
		err = rt.VerifyVoucher(context.Background(), chain, contract, s, sender)
	}
	f, _ := outcome(err, out.Error)
	return f, nil
}

func runReceipt(rt api.Runtime, v *schema.Vector) (string, error) {
	var in schema.ReceiptIn
	var out schema.SignedOut
	if err := decode(v, &in, &out); err != nil {
		return "", err
	}
	if err := need(true, out.Error, out.Digest, out.Signature, out.Wire); err != nil {
		return "", err
	}
	priv, err := mustHex("privateKey", in.PrivateKey)
	if err != nil {
		return "", err
	}
	chain, err := mustU64("chainId", in.ChainID)
	if err != nil {
		return "", err
	}
	reg, err := mustAddr("registry", in.Registry)
	if err != nil {
		return "", err
	}
	r := &receipt.Receipt{}
	if r.RequestDigest, err = hash32("requestDigest", in.Receipt.RequestDigest); err != nil {
		return "", err
	}
	if r.ChannelID, err = hash32("channelId", in.Receipt.ChannelID); err != nil {
		return "", err
	}
	if r.CumulativeAmount, err = mustBig("cumulativeAmount", in.Receipt.CumulativeAmount); err != nil {
		return "", err
	}
	if r.ResultHash, err = hash32("resultHash", in.Receipt.ResultHash); err != nil {
		return "", err
	}
	d, err := rt.ReceiptDigest(context.Background(), chain, reg, r)
	if f, done := outcome(err, out.Error); done {
		return f, nil
	}
	s, err := rt.SignReceipt(context.Background(), priv, chain, reg, r)
	if f, done := outcome(err, ""); done {
		return "sign: " + f, nil
	}
	if f := first(diff("digest", hexOf(d[:]), out.Digest), diff("signature", s.Signature.Hex(), out.Signature), checkWire(s, out.Wire)); f != "" {
		return f, nil
	}
	me, err := rt.AddressOf(context.Background(), priv)
	if f, done := outcome(err, ""); done {
		return f, nil
	}
	f, _ := outcome(rt.VerifyReceipt(context.Background(), chain, reg, s, me), "")
	return f, nil
}

func runReceiptVerify(rt api.Runtime, v *schema.Vector) (string, error) {
	var in schema.ReceiptVerifyIn
	var out schema.ResultOut
	if err := decode(v, &in, &out); err != nil {
		return "", err
	}
	if err := resultShape(out); err != nil {
		return "", err
	}
	chain, err := mustU64("chainId", in.ChainID)
	if err != nil {
		return "", err
	}
	reg, err := mustAddr("registry", in.Registry)
	if err != nil {
		return "", err
	}
	me, err := mustAddr("recipient", in.Recipient)
	if err != nil {
		return "", err
	}
	s, err := receipt.Decode([]byte(in.Wire))
	if err == nil {
		err = rt.VerifyReceipt(context.Background(), chain, reg, s, me)
	}
	f, _ := outcome(err, out.Error)
	return f, nil
}

func runVoucherAccept(rt api.Runtime, v *schema.Vector) (string, error) {
	var in schema.VoucherAcceptIn
	var out schema.VoucherAcceptOut
	if err := decode(v, &in, &out); err != nil {
		return "", err
	}
	if err := need(true, out.Error, out.Accepted); err != nil {
		return "", err
	}
	var n [4]*big.Int
	for i, s := range []string{in.LastAccepted, in.Price, in.Deposit, in.Cumulative} {
		x, err := mustBig("amount", s)
		if err != nil {
			return "", err
		}
		n[i] = x
	}
	got, err := rt.AcceptVoucher(context.Background(), n[0], n[1], n[2], n[3])
	if f, done := outcome(err, out.Error); done {
		return f, nil
	}
	return diff("accepted", got.String(), out.Accepted), nil
}

func runReplay(rt api.Runtime, v *schema.Vector) (failure string, err error) {
	var in schema.ReplayIn
	var out schema.ReplayOut
	if err := decode(v, &in, &out); err != nil {
		return "", err
	}
	if len(out.Results) != len(in.Steps) || len(in.Steps) == 0 {
		return "", fmt.Errorf("expect: one result per step")
	}
	past, err := mustU64("pastSeconds", in.PastSeconds)
	if err != nil {
		return "", err
	}
	future, err := mustU64("futureSeconds", in.FutureSeconds)
	if err != nil {
		return "", err
	}
	w := api.Window{Past: time.Duration(past) * time.Second, Future: time.Duration(future) * time.Second}
	g, err := rt.NewReplayGuard(context.Background(), w, in.Capacity)
	if f, done := outcome(err, ""); done {
		return "new guard: " + f, nil
	}
	defer func() {
		if cerr := g.Close(); cerr != nil && failure == "" && err == nil {
			failure = "close: " + cerr.Error()
		}
	}()
	for i, st := range in.Steps {
		var sender ethsig.Address
		var nonce, ts, now uint64
		if sender, err = mustAddr("sender", st.Sender); err != nil {
			return "", err
		}
		if nonce, err = mustU64("nonce", st.Nonce); err != nil {
			return "", err
		}
		if ts, err = mustU64("timestamp", st.Timestamp); err != nil {
			return "", err
		}
		if now, err = mustU64("now", st.Now); err != nil {
			return "", err
		}
		want := out.Results[i]
		if want == schema.OK {
			want = ""
		}
		if f, _ := outcome(g.Use(context.Background(), sender, nonce, ts, now), want); f != "" {
			return fmt.Sprintf("step %d: %s", i, f), nil
		}
	}
	n, err := g.Len(context.Background())
	if f, done := outcome(err, ""); done {
		return "len: " + f, nil
	}
	if n != out.Len {
		return fmt.Sprintf("len: got %d, want %d", n, out.Len), nil
	}
	return "", nil
}
