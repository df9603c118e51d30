package devchain

import (
	"strconv"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/chain"
)

// KeySeed is the prefix hashed with the account index to derive dev keys.
const KeySeed = "agentmailroom dev account "

// MaxAccounts bounds Config.Accounts.
const MaxAccounts = 1000

// DevKey returns dev account i: keccak256(KeySeed + decimal(i)).
func DevKey(i int) (*chain.Signer, error) {
	if i < 0 || i >= MaxAccounts {
		return nil, errs.New(errs.InvalidInput, "dev account %d out of range [0, %d)", i, MaxAccounts)
	}
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(KeySeed + strconv.Itoa(i))))
	if err != nil {
		return nil, errs.New(errs.InvalidPrivateKey, "dev account %d: %v", i, err)
	}
	return chain.SignerFromECDSA(k)
}

// DevKeys returns dev accounts 0..n-1.
func DevKeys(n int) ([]*chain.Signer, error) {
	out := make([]*chain.Signer, n)
	for i := range out {
		k, err := DevKey(i)
		if err != nil {
			return nil, err
		}
		out[i] = k
	}
	return out, nil
}
