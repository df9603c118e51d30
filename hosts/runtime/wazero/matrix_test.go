package wazero

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/keccak"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
	"github.com/agentmailroom/mailroom/hosts/runtime/native"
)

const mailTypedData = `{"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"version","type":"string"},{"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],"Person":[{"name":"name","type":"string"},{"name":"wallet","type":"address"}],"Mail":[{"name":"from","type":"Person"},{"name":"to","type":"Person"},{"name":"contents","type":"string"}]},"primaryType":"Mail","domain":{"name":"Ether Mail","version":"1","chainId":1,"verifyingContract":"0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"},"message":{"from":{"name":"Cow","wallet":"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"},"to":{"name":"Bob","wallet":"0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"},"contents":"Hello, Bob!"}}`

// TestSignVerifyMatrix signs in one runtime and verifies in the other, for
// every signed object, and checks both produce byte-identical signatures
// (RFC 6979) and digests.
func TestSignVerifyMatrix(t *testing.T) {
	rts := []api.Runtime{native.New(), newTestRuntime(t)}
	priv := testKey.Bytes()
	digest := keccak.Sum256([]byte("matrix"))
	rc := receipt.Receipt{RequestDigest: digest, ChannelID: testVoucher.ChannelID, CumulativeAmount: big.NewInt(9), ResultHash: keccak.Sum256([]byte("x"))}
	for _, signer := range rts {
		for _, verifier := range rts {
			t.Run(fmt.Sprintf("%s->%s", signer.Name(), verifier.Name()), func(t *testing.T) {
				sig, err := signer.Sign(context.Background(), priv, digest[:])
				if err != nil {
					t.Fatal(err)
				}
				if a, err := verifier.Recover(context.Background(), digest[:], sig[:]); err != nil || a != testKey.Address() {
					t.Fatalf("Recover = %v, %v", a, err)
				}
				tsig, th, err := signer.SignTypedData(context.Background(), priv, []byte(mailTypedData))
				if err != nil {
					t.Fatal(err)
				}
				vh, err := verifier.HashTypedData(context.Background(), []byte(mailTypedData))
				if err != nil || vh != th {
					t.Fatalf("HashTypedData = %x, %v; signer had %x", vh, err, th)
				}
				if a, err := verifier.Recover(context.Background(), th.Digest[:], tsig[:]); err != nil || a != testKey.Address() {
					t.Fatalf("typed-data Recover = %v, %v", a, err)
				}
				env, err := signer.SignEnvelope(context.Background(), priv, chainID, registry, &testRequest)
				if err != nil {
					t.Fatal(err)
				}
				if err := verifier.VerifyEnvelope(context.Background(), env); err != nil {
					t.Fatal(err)
				}
				vs, err := signer.SignVoucher(context.Background(), priv, chainID, channels, &testVoucher)
				if err != nil {
					t.Fatal(err)
				}
				if err := verifier.VerifyVoucher(context.Background(), chainID, channels, vs, testKey.Address()); err != nil {
					t.Fatal(err)
				}
				rs, err := signer.SignReceipt(context.Background(), priv, chainID, registry, &rc)
				if err != nil {
					t.Fatal(err)
				}
				if err := verifier.VerifyReceipt(context.Background(), chainID, registry, rs, testKey.Address()); err != nil {
					t.Fatal(err)
				}
				// Same bytes from both runtimes.
				vsig, _ := verifier.Sign(context.Background(), priv, digest[:])
				venv, _ := verifier.SignEnvelope(context.Background(), priv, chainID, registry, &testRequest)
				vvs, _ := verifier.SignVoucher(context.Background(), priv, chainID, channels, &testVoucher)
				vrs, _ := verifier.SignReceipt(context.Background(), priv, chainID, registry, &rc)
				if vsig != sig || venv.Signature != env.Signature || vvs.Signature != vs.Signature || vrs.Signature != rs.Signature {
					t.Fatal("the runtimes produced different signatures")
				}
			})
		}
	}
}

// TestSameAnswersAsNative compares results and error kinds on good and bad
// inputs, operation by operation.
func TestSameAnswersAsNative(t *testing.T) {
	n, w := native.New(), newTestRuntime(t)
	same := func(name string, a, b any, ea, eb error) {
		t.Helper()
		if errs.KindOf(ea) != errs.KindOf(eb) || fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("%s: native %v (%v), wazero %v (%v)", name, a, ea, b, eb)
		}
	}
	for _, s := range []string{"0x5FbDB2315678afecb367f032d93F642f64180aa3", "0x5fbdb2315678afecb367f032d93f642f64180aa3",
		"0x5FbDB2315678afecb367f032d93F642f64180aA3", "0x12", "5FbDB2315678afecb367f032d93F642f64180aa3", "", "0xzz", "\xff"} {
		a, ea := n.ParseAddress(context.Background(), s)
		b, eb := w.ParseAddress(context.Background(), s)
		same("ParseAddress "+s, a, b, ea, eb)
		d, ed := n.ParseDID(context.Background(), "did:agent:eth:"+s)
		e, ee := w.ParseDID(context.Background(), "did:agent:eth:"+s)
		same("ParseDID "+s, d, e, ed, ee)
	}
	fa, _ := n.FormatDID(context.Background(), registry)
	fb, err := w.FormatDID(context.Background(), registry)
	same("FormatDID", fa, fb, nil, err)
	for _, priv := range [][]byte{nil, make([]byte, 32), bytes.Repeat([]byte{0xff}, 32), testKey.Bytes(), make([]byte, 33)} {
		a, ea := n.AddressOf(context.Background(), priv)
		b, eb := w.AddressOf(context.Background(), priv)
		same(fmt.Sprintf("AddressOf %x", priv), a, b, ea, eb)
		sa, ea := n.Sign(context.Background(), priv, make([]byte, 32))
		sb, eb := w.Sign(context.Background(), priv, make([]byte, 32))
		same(fmt.Sprintf("Sign %x", priv), sa, sb, ea, eb)
	}
	sig := testKey.Sign([32]byte{1})
	highS := sig
	highS[64] = 29
	for _, c := range []struct{ d, s []byte }{{make([]byte, 32), sig[:]}, {make([]byte, 31), sig[:]}, {make([]byte, 32), sig[:64]},
		{make([]byte, 32), highS[:]}, {make([]byte, 32), make([]byte, 65)}} {
		a, ea := n.Recover(context.Background(), c.d, c.s)
		b, eb := w.Recover(context.Background(), c.d, c.s)
		same(fmt.Sprintf("Recover %x %x", c.d, c.s), a, b, ea, eb)
	}
	for _, data := range [][]byte{nil, []byte("abc"), make([]byte, 1000)} {
		a, ea := n.Keccak256(context.Background(), data)
		b, eb := w.Keccak256(context.Background(), data)
		same("Keccak256", a, b, ea, eb)
	}
	for _, td := range []string{mailTypedData, "", "{}", "[]", "null", mailTypedData + " {}", `{"types":{}}`, mailTypedData[:100]} {
		a, ea := n.HashTypedData(context.Background(), []byte(td))
		b, eb := w.HashTypedData(context.Background(), []byte(td))
		same("HashTypedData "+td, a, b, ea, eb)
		sa, ha, ea := n.SignTypedData(context.Background(), testKey.Bytes(), []byte(td))
		sb, hb, eb := w.SignTypedData(context.Background(), testKey.Bytes(), []byte(td))
		same("SignTypedData "+td, fmt.Sprint(sa, ha), fmt.Sprint(sb, hb), ea, eb)
	}
	big2 := func(x int64) *big.Int { return big.NewInt(x) }
	huge := new(big.Int).Lsh(big2(1), 256)
	for _, v := range []*voucher.Voucher{&testVoucher, {CumulativeAmount: huge}, {CumulativeAmount: big2(-1)}, {}} {
		a, ea := n.VoucherDigest(context.Background(), chainID, channels, v)
		b, eb := w.VoucherDigest(context.Background(), chainID, channels, v)
		same(fmt.Sprintf("VoucherDigest %v", v.CumulativeAmount), a, b, ea, eb)
	}
	for _, c := range [][4]*big.Int{{big2(0), big2(1), big2(10), big2(1)}, {big2(5), big2(1), big2(10), big2(5)},
		{big2(0), big2(1), big2(10), big2(11)}, {nil, big2(1), big2(1), big2(1)}, {big2(-1), big2(1), big2(1), big2(1)}} {
		a, ea := n.AcceptVoucher(context.Background(), c[0], c[1], c[2], c[3])
		b, eb := w.AcceptVoucher(context.Background(), c[0], c[1], c[2], c[3])
		same(fmt.Sprintf("AcceptVoucher %v", c), a, b, ea, eb)
	}
}

// TestConformanceCases runs the checked-in EIP-712 conformance cases.
func TestConformanceCases(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "testvectors", "conformance", "cases")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no conformance cases at %s yet", dir)
	}
	res, err := runConformance(newTestRuntime(t), dir)
	if err != nil {
		t.Fatal(err)
	}
	if res.Failed != 0 || res.Passed == 0 {
		t.Fatalf("%s: %v", res.Summary(), res.Failures)
	}
	t.Log(res.Summary())
}
