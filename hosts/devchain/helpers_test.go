package devchain_test

import (
	"encoding/hex"

	"github.com/ethereum/go-ethereum/crypto"
)

func keccakHex(s string) string { return hex.EncodeToString(crypto.Keccak256([]byte(s))) }
