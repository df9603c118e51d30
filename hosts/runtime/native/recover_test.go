package native_test

import (
	"bytes"
	"context"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/runtime/native"
)

var (
	curveN = mustBig("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
	halfN  = new(big.Int).Rsh(curveN, 1)
)

func mustBig(h string) *big.Int {
	x, ok := new(big.Int).SetString(h, 16)
	if !ok {
		panic(h)
	}
	return x
}

func word(x *big.Int) []byte { return x.FillBytes(make([]byte, 32)) }

func TestBackend(t *testing.T) {
	switch b := native.Backend(); b {
	case "libsecp256k1", "purego":
		t.Logf("recovery backend: %s", b)
	default:
		t.Fatalf("Backend() = %q", b)
	}
}

// TestRecoverAgreesWithGeth signs with core and recovers with the runtime
// and with go-ethereum's crypto.Ecrecover, for v in both encodings.
func TestRecoverAgreesWithGeth(t *testing.T) {
	rt := native.New()
	for i := 0; i < 200; i++ {
		k := detKey(t, i)
		d := detDigest(i)
		sig := k.Sign(d)
		for _, v := range []byte{sig[64], sig[64] - 27} {
			s := sig
			s[64] = v
			got, err := rt.Recover(context.Background(), d[:], s[:])
			if err != nil {
				t.Fatalf("case %d v=%d: %v", i, v, err)
			}
			if got != k.Address() {
				t.Fatalf("case %d v=%d: recovered %s, want %s", i, v, got, k.Address())
			}
		}
		gs := sig
		gs[64] -= 27
		pub, err := crypto.Ecrecover(d[:], gs[:])
		if err != nil {
			t.Fatalf("geth Ecrecover: %v", err)
		}
		if !bytes.Equal(pub, k.PublicKey()) {
			t.Fatalf("case %d: geth recovered another key", i)
		}
		gk, err := crypto.ToECDSA(k.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if crypto.PubkeyToAddress(gk.PublicKey) != [20]byte(k.Address()) {
			t.Fatalf("case %d: address differs from geth", i)
		}
		gsig, err := crypto.Sign(d[:], gk)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(gsig, gs[:]) {
			t.Fatalf("case %d: core signature differs from geth's (RFC 6979)", i)
		}
	}
}

// TestRecoverPolicy checks that the runtime refuses exactly what core
// refuses, with the same kinds, including signatures go-ethereum accepts.
func TestRecoverPolicy(t *testing.T) {
	rt := native.New()
	k := detKey(t, 1)
	d := detDigest(1)
	good := k.Sign(d)
	r := new(big.Int).SetBytes(good[:32])
	s := new(big.Int).SetBytes(good[32:64])
	highS := new(big.Int).Sub(curveN, s)

	mk := func(r, s *big.Int, v byte) []byte {
		return append(append(word(r), word(s)...), v)
	}
	flipV := 55 - good[64] // 27 <-> 28: the high-s twin recovers with the other parity
	cases := []struct {
		name   string
		digest []byte
		sig    []byte
		kind   errs.Kind
	}{
		{"short digest", d[:31], good[:], errs.InvalidDigest},
		{"long digest", append(d[:], 0), good[:], errs.InvalidDigest},
		{"64 bytes", d[:], good[:64], errs.InvalidSignature},
		{"66 bytes", d[:], append(good[:], 0), errs.InvalidSignature},
		{"empty", d[:], nil, errs.InvalidSignature},
		{"v=2", d[:], mk(r, s, 2), errs.InvalidRecoveryID},
		{"v=4", d[:], mk(r, s, 4), errs.InvalidRecoveryID},
		{"v=26", d[:], mk(r, s, 26), errs.InvalidRecoveryID},
		{"v=29", d[:], mk(r, s, 29), errs.InvalidRecoveryID},
		{"v=35", d[:], mk(r, s, 35), errs.InvalidRecoveryID},
		{"r=0", d[:], mk(big.NewInt(0), s, 27), errs.SignatureOutOfRange},
		{"r=n", d[:], mk(curveN, s, 27), errs.SignatureOutOfRange},
		{"r=2^256-1", d[:], mk(mustBig("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"), s, 27), errs.SignatureOutOfRange},
		{"s=0", d[:], mk(r, big.NewInt(0), 27), errs.SignatureOutOfRange},
		{"s=n", d[:], mk(r, curveN, 27), errs.SignatureOutOfRange},
		{"s=n/2+1", d[:], mk(r, new(big.Int).Add(halfN, big.NewInt(1)), 27), errs.SignatureHighS},
		{"high-s twin", d[:], mk(r, highS, flipV), errs.SignatureHighS},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := rt.Recover(context.Background(), c.digest, c.sig)
			wantKind(t, err, c.kind)
			_, cerr := ethsig.RecoverBytes(c.digest, c.sig)
			wantKind(t, cerr, c.kind)
		})
	}

	// go-ethereum's Ecrecover accepts the high-s twin and finds the same
	// key: the policy, not the curve, refuses it.
	twin := mk(r, highS, flipV-27)
	pub, err := crypto.Ecrecover(d[:], twin)
	if err != nil || !bytes.Equal(pub, k.PublicKey()) {
		t.Fatalf("geth should recover the high-s twin: %v", err)
	}
	// s = n/2 exactly is the largest low s and passes the policy.
	if _, err := rt.Recover(context.Background(), d[:], mk(r, halfN, 27)); errs.KindOf(err) == errs.SignatureHighS || errs.KindOf(err) == errs.SignatureOutOfRange {
		t.Fatalf("s = n/2 must pass the policy: %v", err)
	}
}

// TestRecoverAgreesWithCoreOnArbitrarySignatures feeds policy-valid but
// random (r, s, v): both backends must give the same address or the same
// kind, and both outcomes must occur.
func TestRecoverAgreesWithCoreOnArbitrarySignatures(t *testing.T) {
	rt := native.New()
	rng := rand.New(rand.NewPCG(1, 2))
	var ok, failed int
	for i := 0; i < 400; i++ {
		var sig [65]byte
		for j := 0; j < 64; j += 8 {
			v := rng.Uint64()
			for b := 0; b < 8; b++ {
				sig[j+b] = byte(v >> (8 * b))
			}
		}
		sig[0] &= 0x7f  // r < n
		sig[32] &= 0x7f // s < n/2
		sig[64] = byte(rng.IntN(2))
		d := detDigest(1000 + i)
		got, err := rt.Recover(context.Background(), d[:], sig[:])
		want, werr := ethsig.RecoverBytes(d[:], sig[:])
		if errs.KindOf(err) != errs.KindOf(werr) || got != want {
			t.Fatalf("case %d: runtime (%s, %v) != core (%s, %v)", i, got, err, want, werr)
		}
		if err == nil {
			ok++
			pub, gerr := crypto.Ecrecover(d[:], sig[:])
			if gerr != nil {
				t.Fatalf("case %d: geth refuses what both backends accept: %v", i, gerr)
			}
			if a, _ := ethsig.PublicKeyToAddress(pub); a != got {
				t.Fatalf("case %d: geth recovers %s, runtime %s", i, a, got)
			}
		} else {
			wantKind(t, err, errs.RecoveryFailed)
			failed++
		}
	}
	if ok == 0 || failed == 0 {
		t.Fatalf("want both outcomes, got %d recovered and %d failed", ok, failed)
	}
}
