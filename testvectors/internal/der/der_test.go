package der

import (
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"testing"

	"github.com/decred/dcrd/dcrec/secp256k1/v4/ecdsa"
)

var n, _ = new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)

// TestAgainstDecred: on every Wycheproof bitcoin signature, Parse plus the
// range check 0 < r, s < n agrees with decred's strict ParseDERSignature.
func TestAgainstDecred(t *testing.T) {
	raw, err := os.ReadFile("../../third_party/wycheproof/ecdsa_secp256k1_sha256_bitcoin_test.json")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		TestGroups []struct {
			Tests []struct {
				TcID int    `json:"tcId"`
				Sig  string `json:"sig"`
			} `json:"tests"`
		} `json:"testGroups"`
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	count := 0
	for _, g := range f.TestGroups {
		for _, tc := range g.Tests {
			b, _ := hex.DecodeString(tc.Sig)
			rs, err := Parse(b)
			ours := err == nil
			if ours {
				r, s := new(big.Int).SetBytes(rs[:32]), new(big.Int).SetBytes(rs[32:])
				ours = r.Sign() > 0 && s.Sign() > 0 && r.Cmp(n) < 0 && s.Cmp(n) < 0
			}
			_, derr := ecdsa.ParseDERSignature(b)
			if ours != (derr == nil) {
				t.Errorf("tc %d: ours %v, decred %v", tc.TcID, ours, derr)
			}
			count++
		}
	}
	if count != 463 {
		t.Fatalf("%d signatures", count)
	}
}

func TestRejects(t *testing.T) {
	for _, s := range []string{"", "30", "3006020101020101", "300602010102010100", "300702010102020001", "30070201010202007f", "3006020100020101ff"} {
		b, _ := hex.DecodeString(s)
		if _, err := Parse(b); err == nil && s != "3006020101020101" {
			t.Errorf("%s accepted", s)
		}
	}
	if _, err := Parse([]byte{0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01}); err != nil {
		t.Errorf("minimal valid encoding refused: %v", err)
	}
}
