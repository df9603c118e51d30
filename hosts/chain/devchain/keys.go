package devchain

import (
	"fmt"
	"sync"

	"github.com/btcsuite/btcd/btcutil/hdkeychain"
	"github.com/btcsuite/btcd/chaincfg"
	bip39 "github.com/cosmos/go-bip39"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/chain"
)

// Mnemonic is the standard test mnemonic of anvil, Hardhat and Ganache.
// Its keys are public: never send real value to them.
const Mnemonic = "test test test test test test test test test test test junk"

// DerivationPath is the BIP-44 path of dev account i, with i in place of
// the last component: m/44'/60'/0'/0/i (go-ethereum's
// accounts.DefaultBaseDerivationPath, and anvil's and Hardhat's default).
const DerivationPath = "m/44'/60'/0'/0/i"

// MaxAccounts bounds Config.Accounts and the dev account index.
const MaxAccounts = 1000

// parent is the extended key at m/44'/60'/0'/0, derived once.
var parent = sync.OnceValues(func() (*hdkeychain.ExtendedKey, error) {
	// BIP-39: the seed is PBKDF2-HMAC-SHA512(mnemonic, "mnemonic", 2048);
	// the checksum of the words is checked.
	seed, err := bip39.NewSeedWithErrorChecking(Mnemonic, "")
	if err != nil {
		return nil, err
	}
	// BIP-32 from the seed. The network parameters only name the
	// serialization version bytes (xprv), never used here.
	k, err := hdkeychain.NewMaster(seed, &chaincfg.MainNetParams)
	if err != nil {
		return nil, err
	}
	base := accounts.DefaultBaseDerivationPath // m/44'/60'/0'/0/0
	for _, c := range base[:len(base)-1] {
		// Derive, not DeriveNonStandard: BIP-32 compliant for private keys
		// shorter than 32 bytes (btcutil issue 172).
		if k, err = k.Derive(c); err != nil {
			return nil, err
		}
	}
	return k, nil
})

// DevKey returns dev account i: the key at m/44'/60'/0'/0/i of [Mnemonic],
// the same key as anvil's and Hardhat's account i (account 0 is
// 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266).
func DevKey(i int) (*chain.Signer, error) {
	if i < 0 || i >= MaxAccounts {
		return nil, errs.New(errs.InvalidInput, "dev account %d out of range [0, %d)", i, MaxAccounts)
	}
	p, err := parent()
	if err != nil {
		return nil, errs.New(errs.Internal, "dev key derivation: %v", err)
	}
	c, err := p.Derive(uint32(i))
	if err != nil {
		// BIP-32: an index whose key is invalid (probability < 2^-127) is
		// skipped by wallets; none of the first MaxAccounts is.
		return nil, errs.New(errs.InvalidPrivateKey, "dev account %d: %v", i, err)
	}
	priv, err := c.ECPrivKey()
	if err != nil {
		return nil, errs.New(errs.InvalidPrivateKey, "dev account %d: %v", i, err)
	}
	k, err := crypto.ToECDSA(priv.Serialize())
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

// DevPath returns the derivation path of dev account i, e.g. "m/44'/60'/0'/0/3".
func DevPath(i int) string { return fmt.Sprintf("m/44'/60'/0'/0/%d", i) }

// DeployedAt returns the addresses at which dev account 0 deploys
// AgentRegistry, AgentPaymentChannel and MailroomTestUSD as its first three
// transactions (nonces 0, 1 and 2): where mailroom node puts them, and where
// `mailroom deploy --dev-account 0 --test-token` puts them on a fresh anvil
// or Hardhat.
func DeployedAt() (registry, paymentChannel, token common.Address, err error) {
	k, err := DevKey(0)
	if err != nil {
		return common.Address{}, common.Address{}, common.Address{}, err
	}
	a := k.Address()
	return crypto.CreateAddress(a, 0), crypto.CreateAddress(a, 1), crypto.CreateAddress(a, 2), nil
}
