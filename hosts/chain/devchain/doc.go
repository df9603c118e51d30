// Package devchain runs an in-process go-ethereum development chain that
// mines a block as soon as a transaction arrives, serves JSON-RPC over HTTP,
// prefunds deterministic dev accounts and deploys AgentMailroom's contracts.
// `mailroom node` and `mailroom demo` embed it.
//
// # Chain
//
// It does what `geth --dev` does, in process: node.New with the
// HTTP endpoint, eth.New with a genesis whose config is a copy of
// params.AllDevChainProtocolChanges with ChainID 31337 and whose alloc holds
// core.SystemContractAllocs() and the dev accounts, the filter API,
// catalyst.NewSimulatedBeacon(0, …) registered with
// RegisterSimulatedBeaconAPIs (period 0: a block per transaction) and as a
// lifecycle, then stack.Start(). Note that go-ethereum's dev config enables
// every fork, including Amsterdam/Bogota (EIP-8037 state-gas), so gas
// figures on this chain are higher than on mainnet; see contracts' gas report.
//
// # Dev accounts
//
// Account i (i = 0, 1, …) is the key at m/44'/60'/0'/0/i of the standard
// test mnemonic "test test test test test test test test test test test
// junk" (BIP-39 seed, BIP-32 derivation): the accounts anvil, Hardhat and
// Ganache fund, so `--dev-account N` names the same key on mailroom node,
// anvil and Hardhat. Account 0 is 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266.
// Each is funded with Config.Balance (default 10000 ether, as anvil).
// Account 0 deploys the contracts as its first two transactions, so on a
// fresh chain they live at CREATE(account 0, nonce 0 and 1) (DeployedAt),
// where `mailroom deploy --dev-account 0` puts them on a fresh anvil too.
// These keys are public: never use them on a real chain.
//
// The derivation uses github.com/cosmos/go-bip39 (the seed, with the
// mnemonic's checksum checked) and btcd's btcutil/hdkeychain (BIP-32);
// TestDevchainKeysAreAnvils pins accounts 0..9 to anvil's keys.
//
// # Contracts
//
// The AgentPaymentChannel is deployed with minWithdrawDelay 0 (unless
// Config.MinWithdrawDelay says otherwise), so channels with any withdraw
// delay, even 0, can be opened here; what refuses a too-short delay on a
// dev chain is the recipient mailroom's own minimum. `mailroom deploy`
// deploys with a one-hour minimum (chain.DefaultMinWithdrawDelay).
//
// # Use
//
//	c, err := devchain.Start(ctx, devchain.Config{Port: 0}) // random free port
//	defer c.Close()
//	c.RPC                 // "http://127.0.0.1:54321"
//	c.Deployment          // registry and payment-channel addresses
//	c.Keys[1]             // a funded dev account
//
// Several chains may run in one process. With DataDir set, the chain
// persists; pass the previous Deployment as Config.Existing and it is reused
// when both contracts still have code.
package devchain
