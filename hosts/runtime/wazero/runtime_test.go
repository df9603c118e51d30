package wazero

import (
	"bytes"
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
)

var (
	testKeyHex   = "0xc85ef7d79691fe79573b1a7064c19c1a9819ebdbd1faaab1a8ec92344438aaf4"
	testKey, _   = ethsig.ParsePrivateKey(testKeyHex)
	registry, _  = ethsig.ParseAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	channels, _  = ethsig.ParseAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")
	recipient, _ = ethsig.ParseAddress("0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB")
	chainID      = uint64(31337)
	testWindow   = api.Window{Past: 300 * time.Second, Future: 30 * time.Second}
	testRequest  = envelope.Request{
		Sender: testKey.Address(), Recipient: recipient,
		PayloadHash: keccak.Sum256([]byte(`{"task":"summarise"}`)),
		Timestamp:   1700000000, Nonce: 42,
	}
	testVoucher = voucher.Voucher{ChannelID: keccak.Sum256([]byte("channel")), CumulativeAmount: big.NewInt(1_500_000_000_000_000)}
)

// shared is one runtime for the package's tests (instances are pooled).
var shared = sync.OnceValues(func() (*Runtime, error) { return New(Options{}) })

func newTestRuntime(t testing.TB) *Runtime {
	t.Helper()
	rt, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	return rt
}

func wantKind(t *testing.T, err error, k errs.Kind) {
	t.Helper()
	if errs.KindOf(err) != k {
		t.Fatalf("error %v has kind %q, want %q", err, errs.KindOf(err), k)
	}
}

func TestName(t *testing.T) {
	if got := newTestRuntime(t).Name(); got != "wazero" {
		t.Fatalf("Name() = %q", got)
	}
}

func TestGenerateKeysDiffer(t *testing.T) {
	rt := newTestRuntime(t)
	p1, a1, err := rt.GenerateKey(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	p2, a2, err := rt.GenerateKey(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(p1, p2) || a1 == a2 {
		t.Fatalf("two generated keys are equal: %x", p1)
	}
	// A fresh instance must not replay the same "random" stream either
	// (wazero's default random source is deterministic).
	fresh, err := newInstance(t.Context(), rt.pool.e)
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.close(t.Context())
	v, err := fresh.call(t.Context(), opGenerateKey, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(v, []byte(ethsig.Address(a1).Hex())) || bytes.Contains(v, []byte(a2.Hex())) {
		t.Fatalf("a fresh instance generated a key seen before: %s", v)
	}
	for _, p := range [][]byte{p1, p2} {
		k, err := ethsig.PrivateKeyFromBytes(p)
		if err != nil {
			t.Fatal(err)
		}
		if a, err := rt.AddressOf(context.Background(), p); err != nil || a != k.Address() {
			t.Fatalf("AddressOf = %v, %v; want %v", a, err, k.Address())
		}
	}
}

func TestEnvelopeRoundTrip(t *testing.T) {
	rt := newTestRuntime(t)
	s, err := rt.SignEnvelope(context.Background(), testKey.Bytes(), chainID, registry, &testRequest)
	if err != nil {
		t.Fatal(err)
	}
	d := envelope.NewDomain(chainID, registry)
	if want := d.Sign(testKey, &testRequest); s.Signature != want {
		t.Fatalf("signature %v, core gives %v", s.Signature, want)
	}
	if err := rt.VerifyEnvelope(context.Background(), s); err != nil {
		t.Fatal(err)
	}
	s.Nonce++
	wantKind(t, rt.VerifyEnvelope(context.Background(), s), errs.SignerMismatch)
	other := testRequest
	other.Sender = recipient
	_, err = rt.SignEnvelope(context.Background(), testKey.Bytes(), chainID, registry, &other)
	wantKind(t, err, errs.SignerMismatch)
	got, err := rt.EnvelopeDigest(context.Background(), chainID, registry, &testRequest)
	if err != nil || got != d.Digest(&testRequest) {
		t.Fatalf("EnvelopeDigest = %x, %v", got, err)
	}
}

func TestVoucherAndReceipt(t *testing.T) {
	rt := newTestRuntime(t)
	s, err := rt.SignVoucher(context.Background(), testKey.Bytes(), chainID, channels, &testVoucher)
	if err != nil {
		t.Fatal(err)
	}
	if err := rt.VerifyVoucher(context.Background(), chainID, channels, s, testKey.Address()); err != nil {
		t.Fatal(err)
	}
	wantKind(t, rt.VerifyVoucher(context.Background(), chainID, channels, s, recipient), errs.SignerMismatch)
	wantKind(t, rt.VerifyVoucher(context.Background(), chainID+1, channels, s, testKey.Address()), errs.SignerMismatch)
	_, err = rt.VoucherDigest(context.Background(), chainID, channels, &voucher.Voucher{CumulativeAmount: big.NewInt(-1)})
	wantKind(t, err, errs.IntegerOutOfRange)
	_, err = rt.VoucherDigest(context.Background(), chainID, channels, &voucher.Voucher{})
	wantKind(t, err, errs.InvalidInput)

	got, err := rt.AcceptVoucher(context.Background(), big.NewInt(10), big.NewInt(5), big.NewInt(100), big.NewInt(15))
	if err != nil || got.Int64() != 15 {
		t.Fatalf("AcceptVoucher = %v, %v", got, err)
	}
	_, err = rt.AcceptVoucher(context.Background(), big.NewInt(10), big.NewInt(5), big.NewInt(100), big.NewInt(14))
	wantKind(t, err, errs.VoucherInsufficient)
	_, err = rt.AcceptVoucher(context.Background(), big.NewInt(10), big.NewInt(5), big.NewInt(100), big.NewInt(101))
	wantKind(t, err, errs.VoucherExceedsDeposit)

	rc := receipt.Receipt{RequestDigest: keccak.Sum256([]byte("r")), ChannelID: testVoucher.ChannelID,
		CumulativeAmount: big.NewInt(7), ResultHash: keccak.Sum256([]byte("result"))}
	rs, err := rt.SignReceipt(context.Background(), testKey.Bytes(), chainID, registry, &rc)
	if err != nil {
		t.Fatal(err)
	}
	if err := rt.VerifyReceipt(context.Background(), chainID, registry, rs, testKey.Address()); err != nil {
		t.Fatal(err)
	}
	wantKind(t, rt.VerifyReceipt(context.Background(), chainID, registry, rs, recipient), errs.SignerMismatch)
	want, _ := receipt.Digest(envelope.NewDomain(chainID, registry), &rc)
	if d, err := rt.ReceiptDigest(context.Background(), chainID, registry, &rc); err != nil || d != want {
		t.Fatalf("ReceiptDigest = %x, %v; want %x", d, err, want)
	}
}

func TestReplayGuardInGuest(t *testing.T) {
	rt := newTestRuntime(t)
	g, err := rt.NewReplayGuard(context.Background(), testWindow, 2)
	if err != nil {
		t.Fatal(err)
	}
	now := uint64(1_700_000_000)
	if err := g.Use(context.Background(), recipient, 1, now, now); err != nil {
		t.Fatal(err)
	}
	wantKind(t, g.Use(context.Background(), recipient, 1, now, now), errs.NonceReplayed)
	wantKind(t, g.Use(context.Background(), recipient, 2, now-301, now), errs.TimestampExpired)
	wantKind(t, g.Use(context.Background(), recipient, 2, now+31, now), errs.TimestampFuture)
	if err := g.Use(context.Background(), recipient, 2, now, now); err != nil {
		t.Fatal(err)
	}
	wantKind(t, g.Use(context.Background(), recipient, 3, now, now), errs.ReplayCapacity)
	if n, err := g.Len(context.Background()); err != nil || n != 2 {
		t.Fatalf("Len = %d, %v", n, err)
	}
	if err := g.Close(); err != nil {
		t.Fatal(err)
	}
	if err := g.Close(); err != nil {
		t.Fatal(err)
	}
	_, err = g.Len(context.Background())
	wantKind(t, err, errs.InvalidInput)
	_, err = rt.NewReplayGuard(context.Background(), api.Window{Past: -time.Second}, 2)
	wantKind(t, err, errs.InvalidInput)
	_, err = rt.NewReplayGuard(context.Background(), api.Window{}, 0)
	wantKind(t, err, errs.InvalidInput)
}
