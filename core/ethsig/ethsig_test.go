package ethsig

import (
	"bytes"
	"encoding/hex"
	"errors"
	"io"
	"math/big"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/keccak"
)

// The EIP-712 specification's Mail example: key keccak256("cow"), its
// digest and the RFC 6979 signature ethereumjs-util produced.
const (
	cowKey    = "0xc85ef7d79691fe79573b1a7064c19c1a9819ebdbd1faaab1a8ec92344438aaf4"
	cowAddr   = "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"
	mailHash  = "be609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2"
	mailSigRS = "4355c47d63924e8a72e509b65029052eb6c299d53a04e167c5775fd466751c9d" + "07299936d304c153f6443dfa05f40ff007d72911b6f72307f996231605b91562"
)

// n is the secp256k1 group order.
var n, _ = new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)

func digestOf(s string) [32]byte {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != 32 {
		panic(s)
	}
	return [32]byte(b)
}

func word(x *big.Int) []byte { return x.FillBytes(make([]byte, 32)) }

func cow(t *testing.T) *PrivateKey {
	t.Helper()
	k, err := ParsePrivateKey(cowKey)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestEIP55(t *testing.T) {
	// The test cases of EIP-55 itself.
	for _, s := range []string{
		"0x52908400098527886E0F7030069857D2E4169EE7",
		"0x8617E340B3D01FA5F11F306F4090FD50E238070D",
		"0xde709f2102306220921060314715629080e2fb77",
		"0x27b1fdb04752bbc536007a920d24acb045561c26",
		"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
		"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
		"0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
		"0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
	} {
		a, err := ParseAddress(s)
		if err != nil {
			t.Errorf("%s: %v", s, err)
			continue
		}
		if a.String() != s || a.Hex() != s {
			t.Errorf("String() = %s, want %s", a, s)
		}
		txt, _ := a.MarshalText()
		if string(txt) != s {
			t.Errorf("MarshalText = %s", txt)
		}
		// All-lower and all-upper forms are accepted as they are.
		for _, v := range []string{"0x" + strings.ToLower(s[2:]), "0x" + strings.ToUpper(s[2:])} {
			if b, err := ParseAddress(v); err != nil || b != a {
				t.Errorf("%s: %v", v, err)
			}
		}
	}
	// A mixed-case address with one letter's case flipped fails the checksum.
	bad := "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"
	if _, err := ParseAddress(bad); errs.KindOf(err) != errs.BadChecksum {
		t.Errorf("%s: %v, want bad_checksum", bad, err)
	}
	var a Address
	if err := a.UnmarshalText([]byte(bad)); errs.KindOf(err) != errs.BadChecksum {
		t.Errorf("UnmarshalText: %v", err)
	}
	for _, s := range []string{"", "0x", "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
		"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedd", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg"} {
		if _, err := ParseAddress(s); errs.KindOf(err) != errs.InvalidAddress {
			t.Errorf("%q: %v, want invalid_address", s, err)
		}
	}
	if _, err := AddressFromBytes(make([]byte, 19)); errs.KindOf(err) != errs.InvalidAddress {
		t.Errorf("19 bytes: %v", err)
	}
	if b, err := AddressFromBytes(bytes.Repeat([]byte{1}, 20)); err != nil || b[19] != 1 || b.IsZero() {
		t.Errorf("20 bytes: %v", err)
	}
	if !(Address{}).IsZero() {
		t.Error("zero address is not IsZero")
	}
}

func TestKeyAndAddress(t *testing.T) {
	k := cow(t)
	if k.Address().String() != cowAddr {
		t.Errorf("address %s, want %s", k.Address(), cowAddr)
	}
	if k.Hex() != cowKey || len(k.Bytes()) != 32 {
		t.Errorf("Hex = %s", k.Hex())
	}
	pub := k.PublicKey()
	if len(pub) != 65 || pub[0] != 4 {
		t.Fatalf("public key %x", pub)
	}
	h := keccak.Sum256(pub[1:])
	if addr := k.Address(); !bytes.Equal(h[12:], addr[:]) {
		t.Error("address is not the last 20 bytes of keccak256(pubkey)")
	}
	if a, err := PublicKeyToAddress(pub); err != nil || a != k.Address() {
		t.Errorf("PublicKeyToAddress = %s, %v", a, err)
	}
	if _, err := PublicKeyToAddress(pub[:64]); errs.KindOf(err) != errs.InvalidInput {
		t.Errorf("bad public key: %v", err)
	}
	// Without 0x, the same key.
	if k2, err := ParsePrivateKey(cowKey[2:]); err != nil || k2.Address() != k.Address() {
		t.Errorf("no 0x: %v", err)
	}
}

func TestKeyParsingErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		b    []byte
	}{
		{"31 bytes", make([]byte, 31)},
		{"33 bytes", make([]byte, 33)},
		{"zero", make([]byte, 32)},
		{"n", word(n)},
		{"n+1", word(new(big.Int).Add(n, big.NewInt(1)))},
		{"all ff", bytes.Repeat([]byte{0xff}, 32)},
	} {
		if _, err := PrivateKeyFromBytes(c.b); errs.KindOf(err) != errs.InvalidPrivateKey {
			t.Errorf("%s: %v, want invalid_private_key", c.name, err)
		}
	}
	if _, err := PrivateKeyFromBytes(word(new(big.Int).Sub(n, big.NewInt(1)))); err != nil {
		t.Errorf("n-1: %v", err)
	}
	for _, s := range []string{"", "0x", "0xzz", "0x123", cowKey + "00"} {
		if _, err := ParsePrivateKey(s); errs.KindOf(err) != errs.InvalidPrivateKey {
			t.Errorf("%q: %v, want invalid_private_key", s, err)
		}
	}
}

type constReader byte

func (c constReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(c)
	}
	return len(p), nil
}

func TestGenerateKey(t *testing.T) {
	k, err := GenerateKey(constReader(7))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(k.Bytes(), bytes.Repeat([]byte{7}, 32)) {
		t.Errorf("key %x", k.Bytes())
	}
	// A source that only yields invalid scalars, or fails, is an error.
	for _, r := range []io.Reader{constReader(0), constReader(0xff), strings.NewReader("short")} {
		if _, err := GenerateKey(r); errs.KindOf(err) != errs.Internal {
			t.Errorf("%T: %v, want internal", r, err)
		}
	}
}

func TestSignMatchesSpecExample(t *testing.T) {
	k := cow(t)
	sig := k.Sign(digestOf(mailHash))
	if hex.EncodeToString(sig[:64]) != mailSigRS || sig[64] != 28 {
		t.Errorf("signature %x, want %s v=28", sig, mailSigRS)
	}
	if sig != k.Sign(digestOf(mailHash)) {
		t.Error("signing is not deterministic")
	}
	a, err := Recover(digestOf(mailHash), sig)
	if err != nil || a.String() != cowAddr {
		t.Errorf("Recover = %s, %v", a, err)
	}
	if err := Verify(k.Address(), digestOf(mailHash), sig); err != nil {
		t.Error(err)
	}
	other, _ := ParseAddress("0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB")
	if err := Verify(other, digestOf(mailHash), sig); errs.KindOf(err) != errs.SignerMismatch {
		t.Errorf("Verify(other) = %v, want signer_mismatch", err)
	}
	if _, err := k.SignBytes(make([]byte, 31)); errs.KindOf(err) != errs.InvalidDigest {
		t.Errorf("31-byte digest: %v", err)
	}
	d := digestOf(mailHash)
	if s, err := k.SignBytes(d[:]); err != nil || s != sig {
		t.Errorf("SignBytes: %v", err)
	}
}

// TestSignDigestAtLeastN signs digests >= n; the pinned signatures come from
// go-ethereum's crypto.Sign (libsecp256k1), which reduces the digest mod n.
func TestSignDigestAtLeastN(t *testing.T) {
	k := cow(t)
	for _, c := range []struct{ digest, sig string }{
		{strings.Repeat("ff", 32), "aff3102b71e3c7d1ee3c340d312d61a5ed25ea70fef5b99d31c479ded5b4dad23142791074c43fb7b39b0e96484cc019b09d632dd978bfedce3fe835590f971e1b"},
		{hex.EncodeToString(word(n)), "94c362afa48795a6013a65562069c0c1f23b500eac5fb9d6c7e730e4b67a572818fd735d0859d215e57120898307e2d5d275e2b6146f13c07c9e4e891c6854b81b"},
		{strings.Repeat("00", 32), "94c362afa48795a6013a65562069c0c1f23b500eac5fb9d6c7e730e4b67a572818fd735d0859d215e57120898307e2d5d275e2b6146f13c07c9e4e891c6854b81b"},
	} {
		d := digestOf(c.digest)
		sig := k.Sign(d)
		if sig.Hex() != "0x"+c.sig {
			t.Errorf("digest %s: %s, want 0x%s", c.digest, sig.Hex(), c.sig)
		}
		if a, err := Recover(d, sig); err != nil || a != k.Address() {
			t.Errorf("digest %s: recover %s, %v", c.digest, a, err)
		}
	}
}

func TestSignatureRules(t *testing.T) {
	k := cow(t)
	d := digestOf(mailHash)
	good := k.Sign(d)
	with := func(v byte) []byte { b := good.Bytes(); b[64] = v; return b }
	// v in {0, 1, 27, 28} is accepted and normalized; 0/1 mean 27/28.
	for _, v := range []byte{0, 1, 27, 28} {
		s, err := SignatureFromBytes(with(v))
		if err != nil {
			t.Errorf("v=%d: %v", v, err)
			continue
		}
		if s[64] != 27 && s[64] != 28 || s[64]%27 != v%27 {
			t.Errorf("v=%d normalized to %d", v, s[64])
		}
	}
	if a, err := RecoverBytes(d[:], with(good[64]-27)); err != nil || a != k.Address() {
		t.Errorf("v in {0,1}: %s, %v", a, err)
	}
	for v := 2; v < 256; v++ {
		if v == 27 || v == 28 {
			continue
		}
		if _, err := SignatureFromBytes(with(byte(v))); errs.KindOf(err) != errs.InvalidRecoveryID {
			t.Errorf("v=%d: %v, want invalid_recovery_id", v, err)
		}
	}
	// Lengths.
	for _, l := range []int{0, 64, 66} {
		b := make([]byte, l)
		copy(b, good[:])
		if _, err := SignatureFromBytes(b); errs.KindOf(err) != errs.InvalidSignature {
			t.Errorf("%d bytes: %v, want invalid_signature", l, err)
		}
	}
	// High s: the malleable twin (n - s, v flipped) is refused.
	s := new(big.Int).SetBytes(good[32:64])
	twin := good.Bytes()
	copy(twin[32:64], word(new(big.Int).Sub(n, s)))
	twin[64] = 55 - twin[64] // 27 <-> 28
	if _, err := SignatureFromBytes(twin); errs.KindOf(err) != errs.SignatureHighS {
		t.Errorf("high s: %v, want signature_high_s", err)
	}
	half := new(big.Int).Rsh(n, 1)
	for _, c := range []struct {
		name string
		r, s *big.Int
		want errs.Kind
	}{
		{"r = 0", big.NewInt(0), s, errs.SignatureOutOfRange},
		{"s = 0", new(big.Int).SetBytes(good[:32]), big.NewInt(0), errs.SignatureOutOfRange},
		{"r = n", n, s, errs.SignatureOutOfRange},
		{"s = n", new(big.Int).SetBytes(good[:32]), n, errs.SignatureOutOfRange},
		{"r = 2^256-1", new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)), s, errs.SignatureOutOfRange},
		{"s = n/2 + 1", big.NewInt(1), new(big.Int).Add(half, big.NewInt(1)), errs.SignatureHighS},
		{"s = n/2", big.NewInt(1), half, ""},
		{"r = n-1", new(big.Int).Sub(n, big.NewInt(1)), big.NewInt(1), ""},
	} {
		b := append(append(word(c.r), word(c.s)...), 27)
		_, err := SignatureFromBytes(b)
		if errs.KindOf(err) != c.want {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
	// A well-formed signature with no point for r: recovery fails cleanly.
	noPoint := append(append(word(big.NewInt(5)), word(big.NewInt(1))...), 27)
	if _, err := RecoverBytes(d[:], noPoint); err != nil && errs.KindOf(err) != errs.RecoveryFailed {
		t.Errorf("r with no point: %v", err)
	}
	if _, err := RecoverBytes(d[:31], good[:]); errs.KindOf(err) != errs.InvalidDigest {
		t.Errorf("short digest: %v", err)
	}
}

func TestParseSignature(t *testing.T) {
	good := cow(t).Sign(digestOf(mailHash))
	p, err := ParseSignature(good.Hex())
	if err != nil || p != good || p.String() != good.Hex() {
		t.Fatalf("round trip: %v", err)
	}
	txt, _ := good.MarshalText()
	var u Signature
	if err := u.UnmarshalText(txt); err != nil || u != good {
		t.Errorf("UnmarshalText: %v", err)
	}
	for _, c := range []struct {
		s    string
		want errs.Kind
	}{
		{good.Hex()[2:], errs.InvalidSignature},                 // no 0x
		{good.Hex()[:len(good.Hex())-1], errs.InvalidSignature}, // odd
		{good.Hex()[:len(good.Hex())-2], errs.InvalidSignature}, // 64 bytes
		{"0x" + strings.Repeat("zz", 65), errs.InvalidSignature},
		{good.Hex()[:130] + "25", errs.InvalidRecoveryID}, // v = 37 (EIP-155 style)
	} {
		if _, err := ParseSignature(c.s); errs.KindOf(err) != c.want {
			t.Errorf("%.20s…: %v, want %q", c.s, err, c.want)
		}
		if err := u.UnmarshalText([]byte(c.s)); errs.KindOf(err) != c.want {
			t.Errorf("UnmarshalText %.20s…: %v", c.s, err)
		}
	}
	var e *errs.Error
	if _, err := ParseSignature("nope"); !errors.As(err, &e) {
		t.Errorf("error is not an *errs.Error: %T", err)
	}
}

// A high-s signature built by hand (not through SignatureFromBytes) must not
// verify: the policy is re-checked inside Recover and Verify.
func TestHandBuiltHighSIsRefused(t *testing.T) {
	k, err := ParsePrivateKey("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	if err != nil {
		t.Fatal(err)
	}
	d := [32]byte{1, 2, 3}
	sig := k.Sign(d)
	// s' = n - s, v flipped: the malleable twin, which recovers to the same key.
	n, _ := new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)
	s := new(big.Int).SetBytes(sig[32:64])
	var high Signature
	copy(high[:32], sig[:32])
	new(big.Int).Sub(n, s).FillBytes(high[32:64])
	high[64] = 27 + 28 - sig[64]
	if _, err := Recover(d, high); errs.KindOf(err) != errs.SignatureHighS {
		t.Fatalf("Recover(high s) = %v, want signature_high_s", err)
	}
	if err := Verify(k.Address(), d, high); errs.KindOf(err) != errs.SignatureHighS {
		t.Fatalf("Verify(high s) = %v, want signature_high_s", err)
	}
	lax := func([32]byte, Signature) (Address, error) { return k.Address(), nil }
	if err := VerifyWith(lax, k.Address(), d, high); errs.KindOf(err) != errs.SignatureHighS {
		t.Fatalf("VerifyWith(lax backend, high s) = %v, want signature_high_s", err)
	}
	var zeroV Signature = sig
	zeroV[64] = 5
	if err := Verify(k.Address(), d, zeroV); errs.KindOf(err) != errs.InvalidRecoveryID {
		t.Fatalf("Verify(v=5) = %v", err)
	}
}
