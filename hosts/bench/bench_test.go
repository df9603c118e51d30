package bench

import (
	"bytes"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	gmath "github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/agentmailroom/mailroom/core/eip712"
	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
	"github.com/agentmailroom/mailroom/core/voucher"
)

// docs are the typed-data inputs shared with core/eip712's benchmarks.
var docs = []string{"mail", "seaport"}

func loadDoc(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "core", "eip712", "testdata", "bench-"+name+".json"))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func gethHashJSON(data []byte) ([]byte, error) {
	var td apitypes.TypedData
	if err := json.Unmarshal(data, &td); err != nil {
		return nil, err
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	return h, err
}

// Fixed inputs: a key, a registry, a request and a voucher.
var (
	benchKey, _  = ethsig.ParsePrivateKey("0xc85ef7d79691fe79573b1a7064c19c1a9819ebdbd1faaab1a8ec92344438aaf4")
	gethKey, _   = crypto.HexToECDSA("c85ef7d79691fe79573b1a7064c19c1a9819ebdbd1faaab1a8ec92344438aaf4")
	registry, _  = ethsig.ParseAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	recipient, _ = ethsig.ParseAddress("0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB")
	chainID      = uint64(31337)
	envDomain    = envelope.NewDomain(chainID, registry)
	vDomain      = voucher.NewDomain(chainID, registry)
	request      = envelope.Request{
		Sender: benchKey.Address(), Recipient: recipient,
		PayloadHash: keccak.Sum256([]byte(`{"task":"summarise","text":"hello"}`)),
		Timestamp:   1700000000, Nonce: 42,
	}
	vch = voucher.Voucher{ChannelID: keccak.Sum256([]byte("channel")), CumulativeAmount: big.NewInt(1_500_000_000_000_000)}
)

func stdDomainGeth(name string) apitypes.TypedDataDomain {
	return apitypes.TypedDataDomain{
		Name: name, Version: "1",
		ChainId:           gmath.NewHexOrDecimal256(int64(chainID)),
		VerifyingContract: common.Address(registry).Hex(),
	}
}

var stdDomainTypes = []apitypes.Type{
	{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
	{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
}

// gethEnvelopeDigest is what a go-ethereum user writes for an AgentRequest.
func gethEnvelopeDigest(r *envelope.Request) ([]byte, error) {
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": stdDomainTypes,
			"AgentRequest": {
				{Name: "sender", Type: "address"}, {Name: "recipient", Type: "address"},
				{Name: "payloadHash", Type: "bytes32"}, {Name: "timestamp", Type: "uint256"},
				{Name: "nonce", Type: "uint256"},
			},
		},
		PrimaryType: "AgentRequest",
		Domain:      stdDomainGeth(envelope.DomainName),
		Message: apitypes.TypedDataMessage{
			"sender":      common.Address(r.Sender).Hex(),
			"recipient":   common.Address(r.Recipient).Hex(),
			"payloadHash": r.PayloadHash[:],
			"timestamp":   strconv.FormatUint(r.Timestamp, 10),
			"nonce":       strconv.FormatUint(r.Nonce, 10),
		},
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	return h, err
}

// gethVoucherDigest is what a go-ethereum user writes for a Voucher.
func gethVoucherDigest(v *voucher.Voucher) ([]byte, error) {
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": stdDomainTypes,
			"Voucher":      {{Name: "channelId", Type: "bytes32"}, {Name: "cumulativeAmount", Type: "uint256"}},
		},
		PrimaryType: "Voucher",
		Domain:      stdDomainGeth(voucher.DomainName),
		Message: apitypes.TypedDataMessage{
			"channelId":        v.ChannelID[:],
			"cumulativeAmount": v.CumulativeAmount.String(),
		},
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	return h, err
}

// gethVerify recovers with crypto.SigToPub and compares addresses, as a
// go-ethereum user verifies a signature.
func gethVerify(digest, sig []byte, signer common.Address) bool {
	s := append([]byte(nil), sig...)
	if s[64] >= 27 {
		s[64] -= 27
	}
	pub, err := crypto.SigToPub(digest, s)
	return err == nil && crypto.PubkeyToAddress(*pub) == signer
}

// TestSameAnswers guards the benchmarks: both sides compute the same thing.
func TestSameAnswers(t *testing.T) {
	for _, name := range docs {
		data := loadDoc(t, name)
		want, err := gethHashJSON(data)
		if err != nil {
			t.Fatalf("%s: geth: %v", name, err)
		}
		got, err := eip712.HashJSON(data)
		if err != nil {
			t.Fatalf("%s: core: %v", name, err)
		}
		if !bytes.Equal(got[:], want) {
			t.Errorf("%s: core %x, geth %x", name, got, want)
		}
	}
	ge, err := gethEnvelopeDigest(&request)
	if err != nil {
		t.Fatal(err)
	}
	if d := envDomain.Digest(&request); !bytes.Equal(d[:], ge) {
		t.Errorf("envelope digest: core %x, geth %x", d, ge)
	}
	gv, err := gethVoucherDigest(&vch)
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := vDomain.Digest(&vch); !bytes.Equal(d[:], gv) {
		t.Errorf("voucher digest: core %x, geth %x", d, gv)
	}
	digest := envDomain.Digest(&request)
	sig := benchKey.Sign(digest)
	gsig, err := crypto.Sign(digest[:], gethKey)
	if err != nil {
		t.Fatal(err)
	}
	gsig[64] += 27
	if !bytes.Equal(sig[:], gsig) {
		t.Errorf("signatures differ: core %x, geth %x", sig, gsig)
	}
	if !gethVerify(digest[:], sig[:], common.Address(benchKey.Address())) {
		t.Error("geth does not verify the core's signature")
	}
	msg := bytes.Repeat([]byte("abc"), 100)
	if k := keccak.Sum256(msg); !bytes.Equal(k[:], crypto.Keccak256(msg)) {
		t.Error("keccak differs")
	}
}

var sink32 [32]byte
var sinkB []byte
var sinkErr error

func BenchmarkKeccak256(b *testing.B) {
	for _, n := range []int{32, 192, 1024} {
		msg := bytes.Repeat([]byte{0xab}, n)
		b.Run("size="+strconv.Itoa(n)+"/impl=geth", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(n))
			for b.Loop() {
				sinkB = crypto.Keccak256(msg)
			}
		})
		b.Run("size="+strconv.Itoa(n)+"/impl=core", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(n))
			for b.Loop() {
				sink32 = keccak.Sum256(msg)
			}
		})
	}
}

func BenchmarkTypedDataHash(b *testing.B) {
	for _, name := range docs {
		data := loadDoc(b, name)
		b.Run("doc="+name+"/impl=geth", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkB, sinkErr = gethHashJSON(data)
			}
		})
		b.Run("doc="+name+"/impl=core", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sink32, sinkErr = eip712.HashJSON(data)
			}
		})
	}
}

func BenchmarkEnvelopeDigest(b *testing.B) {
	b.Run("impl=geth", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkB, sinkErr = gethEnvelopeDigest(&request)
		}
	})
	b.Run("impl=core", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sink32 = envDomain.Digest(&request)
		}
	})
}

func BenchmarkVoucherDigest(b *testing.B) {
	b.Run("impl=geth", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkB, sinkErr = gethVoucherDigest(&vch)
		}
	})
	b.Run("impl=core", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sink32, sinkErr = vDomain.Digest(&vch)
		}
	})
}

func BenchmarkSign(b *testing.B) {
	digest := envDomain.Digest(&request)
	b.Run("impl=geth", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkB, sinkErr = crypto.Sign(digest[:], gethKey)
		}
	})
	b.Run("impl=core", func(b *testing.B) {
		b.ReportAllocs()
		var s ethsig.Signature
		for b.Loop() {
			s = benchKey.Sign(digest)
		}
		sinkB = s[:]
	})
}

func BenchmarkRecover(b *testing.B) {
	digest := envDomain.Digest(&request)
	sig := benchKey.Sign(digest)
	raw := sig.Bytes()
	raw[64] -= 27 // go-ethereum takes v in {0, 1}
	b.Run("impl=geth", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkB, sinkErr = crypto.Ecrecover(digest[:], raw)
		}
	})
	b.Run("impl=geth-sigtopub", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			pub, err := crypto.SigToPub(digest[:], raw)
			if err == nil {
				sinkB = crypto.PubkeyToAddress(*pub).Bytes()
			}
		}
	})
	b.Run("impl=core", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			a, err := ethsig.Recover(digest, sig)
			sinkB, sinkErr = a[:], err
		}
	})
}

func BenchmarkEnvelopeVerify(b *testing.B) {
	sig := envDomain.Sign(benchKey, &request)
	sender := common.Address(request.Sender)
	b.Run("impl=geth", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			d, err := gethEnvelopeDigest(&request)
			if err != nil || !gethVerify(d, sig[:], sender) {
				b.Fatal("geth does not verify")
			}
		}
	})
	b.Run("impl=core", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := envDomain.Verify(&request, sig); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkVoucherVerify(b *testing.B) {
	sig, err := vDomain.Sign(benchKey, &vch)
	if err != nil {
		b.Fatal(err)
	}
	sender := common.Address(benchKey.Address())
	b.Run("impl=geth", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			d, err := gethVoucherDigest(&vch)
			if err != nil || !gethVerify(d, sig[:], sender) {
				b.Fatal("geth does not verify")
			}
		}
	})
	b.Run("impl=core", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := vDomain.Verify(&vch, sig, benchKey.Address()); err != nil {
				b.Fatal(err)
			}
		}
	})
}
