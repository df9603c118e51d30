package native_test

import (
	"bytes"
	"context"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
	"github.com/agentmailroom/mailroom/hosts/runtime/native"
)

var registry = ethsig.Address{0xa1, 0xb2, 0xc3, 19: 0x01}

func TestKeysAndDIDs(t *testing.T) {
	rt := native.New()
	if rt.Name() != "native" {
		t.Fatalf("Name() = %q", rt.Name())
	}
	priv, addr, err := rt.GenerateKey(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	gk, err := crypto.ToECDSA(priv)
	if err != nil {
		t.Fatal(err)
	}
	if crypto.PubkeyToAddress(gk.PublicKey) != [20]byte(addr) {
		t.Fatal("GenerateKey address differs from go-ethereum's")
	}
	if a, err := rt.AddressOf(context.Background(), priv); err != nil || a != addr {
		t.Fatalf("AddressOf = %s, %v", a, err)
	}
	for _, bad := range [][]byte{nil, make([]byte, 31), make([]byte, 32), bytes.Repeat([]byte{0xff}, 32)} {
		_, err := rt.AddressOf(context.Background(), bad)
		wantKind(t, err, errs.InvalidPrivateKey)
	}
	d, err := rt.FormatDID(context.Background(), addr)
	if err != nil || d != "did:agent:eth:"+addr.String() {
		t.Fatalf("FormatDID = %q, %v", d, err)
	}
	if a, err := rt.ParseDID(context.Background(), d); err != nil || a != addr {
		t.Fatalf("ParseDID = %s, %v", a, err)
	}
	_, err = rt.ParseDID(context.Background(), "did:web:example.com")
	wantKind(t, err, errs.InvalidDID)
	_, err = rt.ParseAddress(context.Background(), "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
	if err != nil {
		t.Fatal(err)
	}
	_, err = rt.ParseAddress(context.Background(), "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")
	wantKind(t, err, errs.BadChecksum)
	h, _ := rt.Keccak256(context.Background(), []byte("abc"))
	if !bytes.Equal(h[:], crypto.Keccak256([]byte("abc"))) {
		t.Fatal("Keccak256 differs from go-ethereum")
	}
}

func TestSign(t *testing.T) {
	rt := native.New()
	k := detKey(t, 7)
	d := detDigest(7)
	sig, err := rt.Sign(context.Background(), k.Bytes(), d[:])
	if err != nil {
		t.Fatal(err)
	}
	if sig != k.Sign(d) {
		t.Fatal("Sign differs from core")
	}
	_, err = rt.Sign(context.Background(), k.Bytes(), d[:31])
	wantKind(t, err, errs.InvalidDigest)
	_, err = rt.Sign(context.Background(), nil, d[:])
	wantKind(t, err, errs.InvalidPrivateKey)
}

const mailJSON = `{"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"version","type":"string"},{"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],"Person":[{"name":"name","type":"string"},{"name":"wallet","type":"address"}],"Mail":[{"name":"from","type":"Person"},{"name":"to","type":"Person"},{"name":"contents","type":"string"}]},"primaryType":"Mail","domain":{"name":"Ether Mail","version":"1","chainId":1,"verifyingContract":"0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"},"message":{"from":{"name":"Cow","wallet":"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"},"to":{"name":"Bob","wallet":"0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"},"contents":"Hello, Bob!"}}`

func TestTypedData(t *testing.T) {
	rt := native.New()
	h, err := rt.HashTypedData(context.Background(), []byte(mailJSON))
	if err != nil {
		t.Fatal(err)
	}
	const want = "be609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2" // EIP-712 spec
	if h.Digest != gethTypedDataDigest(t, []byte(mailJSON)) {
		t.Fatal("digest differs from go-ethereum")
	}
	if hexOf(h.Digest[:]) != want {
		t.Fatalf("digest %x, want %s", h.Digest, want)
	}
	cow := crypto.Keccak256([]byte("cow"))
	sig, h2, err := rt.SignTypedData(context.Background(), cow, []byte(mailJSON))
	if err != nil || h2 != h {
		t.Fatalf("SignTypedData: %v", err)
	}
	// The spec's signature for the Mail example (v = 28, r, s below).
	const wantSig = "4355c47d63924e8a72e509b65029052eb6c299d53a04e167c5775fd466751c9d07299936d304c153f6443dfa05f40ff007d72911b6f72307f996231605b915621c"
	if hexOf(sig[:]) != wantSig {
		t.Fatalf("signature %x, want %s", sig, wantSig)
	}
	a, err := rt.Recover(context.Background(), h.Digest[:], sig[:])
	if err != nil || a.String() != "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826" {
		t.Fatalf("Recover = %s, %v", a, err)
	}
	_, err = rt.HashTypedData(context.Background(), []byte(`{"types":{}}`))
	if errs.KindOf(err) == "" || errs.KindOf(err) == errs.Internal {
		t.Fatalf("bad typed data: %v", err)
	}
	_, _, err = rt.SignTypedData(context.Background(), nil, []byte(mailJSON))
	wantKind(t, err, errs.InvalidPrivateKey)
}

func hexOf(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 2*len(b))
	for i, c := range b {
		out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
	}
	return string(out)
}

func TestEnvelope(t *testing.T) {
	rt := native.New()
	sender, recipient := detKey(t, 1), detKey(t, 2)
	req := &envelope.Request{
		Sender: sender.Address(), Recipient: recipient.Address(),
		PayloadHash: envelope.PayloadHash([]byte(`{"task":"summarise"}`)),
		Timestamp:   1_700_000_000, Nonce: 3,
	}
	for _, chainID := range []uint64{1, 31337, 1<<64 - 1} {
		digest, err := rt.EnvelopeDigest(context.Background(), chainID, registry, req)
		if err != nil {
			t.Fatal(err)
		}
		d := envelope.NewDomain(chainID, registry)
		if digest != gethTypedDataDigest(t, d.TypedDataJSON(req)) {
			t.Fatalf("chain %d: envelope digest differs from go-ethereum apitypes", chainID)
		}
		s, err := rt.SignEnvelope(context.Background(), sender.Bytes(), chainID, registry, req)
		if err != nil {
			t.Fatal(err)
		}
		if s.Signature != sender.Sign(digest) || s.ChainID != chainID || s.Registry != registry || s.Request != *req {
			t.Fatal("signed envelope is not what core gives")
		}
		if err := rt.VerifyEnvelope(context.Background(), s); err != nil {
			t.Fatal(err)
		}
		// Any change to the signed content breaks the signature.
		for name, mutate := range map[string]func(*envelope.Signed){
			"nonce":     func(s *envelope.Signed) { s.Nonce++ },
			"timestamp": func(s *envelope.Signed) { s.Timestamp++ },
			"recipient": func(s *envelope.Signed) { s.Recipient[0] ^= 1 },
			"payload":   func(s *envelope.Signed) { s.PayloadHash[31] ^= 1 },
			"chain":     func(s *envelope.Signed) { s.ChainID++ },
			"registry":  func(s *envelope.Signed) { s.Registry[19] ^= 1 },
			"sender":    func(s *envelope.Signed) { s.Sender = recipient.Address() },
		} {
			c := *s
			mutate(&c)
			if err := rt.VerifyEnvelope(context.Background(), &c); errs.KindOf(err) != errs.SignerMismatch && errs.KindOf(err) != errs.RecoveryFailed {
				t.Fatalf("mutated %s: %v", name, err)
			}
		}
	}
	_, err := rt.SignEnvelope(context.Background(), recipient.Bytes(), 1, registry, req)
	wantKind(t, err, errs.SignerMismatch)
	_, err = rt.SignEnvelope(context.Background(), sender.Bytes(), 1, registry, nil)
	wantKind(t, err, errs.InvalidInput)
	wantKind(t, rt.VerifyEnvelope(context.Background(), nil), errs.InvalidInput)

	// A Signed built by hand with an unvalidated signature still meets the
	// policy: its high-s twin is refused, not recovered.
	s, _ := rt.SignEnvelope(context.Background(), sender.Bytes(), 1, registry, req)
	twin := *s
	sv := new(big.Int).SetBytes(s.Signature[32:64])
	copy(twin.Signature[32:64], word(new(big.Int).Sub(curveN, sv)))
	twin.Signature[64] = 55 - s.Signature[64]
	wantKind(t, rt.VerifyEnvelope(context.Background(), &twin), errs.SignatureHighS)
	twin.Signature[64] = 3
	wantKind(t, rt.VerifyEnvelope(context.Background(), &twin), errs.InvalidRecoveryID)
}

func TestVoucher(t *testing.T) {
	rt := native.New()
	sender := detKey(t, 3)
	contract := ethsig.Address{0xc0, 19: 0xde}
	amount, _ := new(big.Int).SetString("1000000000000000000", 10)
	v := &voucher.Voucher{ChannelID: [32]byte{1, 2, 3, 31: 4}, CumulativeAmount: amount}
	digest, err := rt.VoucherDigest(context.Background(), 31337, contract, v)
	if err != nil {
		t.Fatal(err)
	}
	if digest != gethTypedDataDigest(t, voucher.NewDomain(31337, contract).TypedDataJSON(v)) {
		t.Fatal("voucher digest differs from go-ethereum apitypes")
	}
	s, err := rt.SignVoucher(context.Background(), sender.Bytes(), 31337, contract, v)
	if err != nil {
		t.Fatal(err)
	}
	amount.SetInt64(1) // the signed voucher keeps its own copy
	if s.CumulativeAmount.String() != "1000000000000000000" || s.Signature != sender.Sign(digest) {
		t.Fatal("signed voucher is not what core gives")
	}
	if err := rt.VerifyVoucher(context.Background(), 31337, contract, s, sender.Address()); err != nil {
		t.Fatal(err)
	}
	wantKind(t, rt.VerifyVoucher(context.Background(), 31337, contract, s, detKey(t, 4).Address()), errs.SignerMismatch)
	if err := rt.VerifyVoucher(context.Background(), 1, contract, s, sender.Address()); errs.KindOf(err) != errs.SignerMismatch && errs.KindOf(err) != errs.RecoveryFailed {
		t.Fatalf("other chain: %v", err)
	}
	wantKind(t, rt.VerifyVoucher(context.Background(), 1, contract, nil, sender.Address()), errs.InvalidInput)
	_, err = rt.VoucherDigest(context.Background(), 1, contract, &voucher.Voucher{})
	wantKind(t, err, errs.InvalidInput)
	_, err = rt.SignVoucher(context.Background(), sender.Bytes(), 1, contract, &voucher.Voucher{CumulativeAmount: new(big.Int).Lsh(big.NewInt(1), 256)})
	wantKind(t, err, errs.IntegerOutOfRange)
	_, err = rt.SignVoucher(context.Background(), sender.Bytes(), 1, contract, nil)
	wantKind(t, err, errs.InvalidInput)

	got, err := rt.AcceptVoucher(context.Background(), big.NewInt(10), big.NewInt(5), big.NewInt(100), big.NewInt(15))
	if err != nil || got.Int64() != 15 {
		t.Fatalf("AcceptVoucher = %v, %v", got, err)
	}
	_, err = rt.AcceptVoucher(context.Background(), big.NewInt(10), big.NewInt(5), big.NewInt(100), big.NewInt(14))
	wantKind(t, err, errs.VoucherInsufficient)
	_, err = rt.AcceptVoucher(context.Background(), big.NewInt(10), big.NewInt(5), big.NewInt(100), big.NewInt(101))
	wantKind(t, err, errs.VoucherExceedsDeposit)
}

func TestReceipt(t *testing.T) {
	rt := native.New()
	recipient := detKey(t, 5)
	r := &receipt.Receipt{RequestDigest: detDigest(1), ChannelID: detDigest(2), CumulativeAmount: big.NewInt(42), ResultHash: detDigest(3)}
	digest, err := rt.ReceiptDigest(context.Background(), 5, registry, r)
	if err != nil {
		t.Fatal(err)
	}
	if digest != gethTypedDataDigest(t, receipt.TypedDataJSON(envelope.NewDomain(5, registry), r)) {
		t.Fatal("receipt digest differs from go-ethereum apitypes")
	}
	s, err := rt.SignReceipt(context.Background(), recipient.Bytes(), 5, registry, r)
	if err != nil {
		t.Fatal(err)
	}
	if err := rt.VerifyReceipt(context.Background(), 5, registry, s, recipient.Address()); err != nil {
		t.Fatal(err)
	}
	wantKind(t, rt.VerifyReceipt(context.Background(), 5, registry, s, detKey(t, 6).Address()), errs.SignerMismatch)
	wantKind(t, rt.VerifyReceipt(context.Background(), 5, registry, nil, recipient.Address()), errs.InvalidInput)
	_, err = rt.ReceiptDigest(context.Background(), 5, registry, nil)
	wantKind(t, err, errs.InvalidInput)
}

// TestDomainCacheBound signs over more domains than the cache holds and
// checks every digest against a fresh core domain.
func TestDomainCacheBound(t *testing.T) {
	rt := native.New()
	req := &envelope.Request{Nonce: 1}
	v := &voucher.Voucher{CumulativeAmount: big.NewInt(1)}
	for round := 0; round < 2; round++ {
		for c := uint64(0); c < 200; c++ {
			got, _ := rt.EnvelopeDigest(context.Background(), c, registry, req)
			if got != envelope.NewDomain(c, registry).Digest(req) {
				t.Fatalf("chain %d: cached request domain is wrong", c)
			}
			gv, _ := rt.VoucherDigest(context.Background(), c, registry, v)
			wv, _ := voucher.NewDomain(c, registry).Digest(v)
			if gv != wv {
				t.Fatalf("chain %d: cached voucher domain is wrong", c)
			}
		}
	}
}

func TestReplayGuard(t *testing.T) {
	rt := native.New()
	w := api.Window{Past: 300 * time.Second, Future: 30 * time.Second}
	g, err := rt.NewReplayGuard(context.Background(), w, 2)
	if err != nil {
		t.Fatal(err)
	}
	a, b := detKey(t, 1).Address(), detKey(t, 2).Address()
	const now = 1_700_000_000
	if err := g.Use(context.Background(), a, 0, now, now); err != nil {
		t.Fatal(err)
	}
	wantKind(t, g.Use(context.Background(), a, 0, now, now), errs.NonceReplayed)
	wantKind(t, g.Use(context.Background(), a, 1, now-301, now), errs.TimestampExpired)
	wantKind(t, g.Use(context.Background(), a, 1, now+31, now), errs.TimestampFuture)
	if err := g.Use(context.Background(), b, 0, now, now); err != nil { // another sender, same nonce
		t.Fatal(err)
	}
	wantKind(t, g.Use(context.Background(), a, 2, now, now), errs.ReplayCapacity) // full: fails closed
	if n, err := g.Len(context.Background()); err != nil || n != 2 {
		t.Fatalf("Len = %d, %v", n, err)
	}
	// Once the first timestamps leave the window the nonces are forgotten.
	later := uint64(now + 301)
	if err := g.Use(context.Background(), a, 2, later, later); err != nil {
		t.Fatal(err)
	}
	if n, _ := g.Len(context.Background()); n != 1 {
		t.Fatalf("Len after expiry = %d, want 1", n)
	}
	if err := g.Close(); err != nil {
		t.Fatal(err)
	}
	wantKind(t, g.Use(context.Background(), a, 3, later, later), errs.InvalidInput)
	_, err = g.Len(context.Background())
	wantKind(t, err, errs.InvalidInput)

	_, err = rt.NewReplayGuard(context.Background(), w, 0)
	wantKind(t, err, errs.InvalidInput)
	_, err = rt.NewReplayGuard(context.Background(), api.Window{Past: -time.Second}, 10)
	wantKind(t, err, errs.InvalidInput)
}

// TestReplayGuardConcurrent races many goroutines on one nonce: exactly
// one wins.
func TestReplayGuardConcurrent(t *testing.T) {
	rt := native.New()
	g, err := rt.NewReplayGuard(context.Background(), api.Window{Past: 300 * time.Second, Future: 30 * time.Second}, 1000)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	a := detKey(t, 1).Address()
	var wins, replays atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := uint64(0); n < 50; n++ {
				switch err := g.Use(context.Background(), a, n, 1000, 1000); errs.KindOf(err) {
				case "":
					wins.Add(1)
				case errs.NonceReplayed:
					replays.Add(1)
				default:
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	if wins.Load() != 50 || replays.Load() != 15*50 {
		t.Fatalf("wins %d, replays %d", wins.Load(), replays.Load())
	}
}

// TestZeroValues feeds zero and nil values to every method that takes a
// pointer: each returns an error kind, none panics.
func TestZeroValues(t *testing.T) {
	rt := native.New()
	k := detKey(t, 1).Bytes()
	wantKind(t, rt.VerifyVoucher(context.Background(), 1, registry, &voucher.Signed{}, ethsig.Address{}), errs.InvalidInput)
	wantKind(t, rt.VerifyReceipt(context.Background(), 1, registry, &receipt.Signed{}, ethsig.Address{}), errs.InvalidInput)
	_, err := rt.SignReceipt(context.Background(), k, 1, registry, &receipt.Receipt{})
	wantKind(t, err, errs.InvalidInput)
	_, err = rt.SignReceipt(context.Background(), k, 1, registry, nil)
	wantKind(t, err, errs.InvalidInput)
	_, err = rt.SignVoucher(context.Background(), k, 1, registry, &voucher.Voucher{})
	wantKind(t, err, errs.InvalidInput)
	// A zero envelope has a zero signature: r = 0 is out of range.
	wantKind(t, rt.VerifyEnvelope(context.Background(), &envelope.Signed{}), errs.SignatureOutOfRange)
	_, err = rt.Recover(context.Background(), nil, nil)
	wantKind(t, err, errs.InvalidDigest)
	_, err = rt.AcceptVoucher(context.Background(), nil, nil, nil, nil)
	wantKind(t, err, errs.InvalidInput)
	_, _, err = rt.SignTypedData(context.Background(), k, nil)
	if errs.KindOf(err) == "" {
		t.Fatal("empty typed data accepted")
	}
}
