package native_test

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
)

// detKey returns a deterministic private key for test i.
func detKey(t testing.TB, i int) *ethsig.PrivateKey {
	t.Helper()
	var seed [8]byte
	binary.BigEndian.PutUint64(seed[:], uint64(i))
	b := sha256.Sum256(append([]byte("hosts/runtime/native test key "), seed[:]...))
	k, err := ethsig.PrivateKeyFromBytes(b[:])
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// detDigest returns a deterministic 32-byte digest for test i.
func detDigest(i int) [32]byte {
	var seed [8]byte
	binary.BigEndian.PutUint64(seed[:], uint64(i))
	return sha256.Sum256(append([]byte("hosts/runtime/native test digest "), seed[:]...))
}

// gethTypedDataDigest hashes typed-data JSON with go-ethereum's apitypes.
func gethTypedDataDigest(t testing.TB, js []byte) [32]byte {
	t.Helper()
	var td apitypes.TypedData
	if err := json.Unmarshal(js, &td); err != nil {
		t.Fatalf("apitypes: %v", err)
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatalf("apitypes: %v", err)
	}
	return [32]byte(h)
}

func wantKind(t testing.TB, err error, k errs.Kind) {
	t.Helper()
	if got := errs.KindOf(err); got != k {
		t.Fatalf("error kind %q (%v), want %q", got, err, k)
	}
}
