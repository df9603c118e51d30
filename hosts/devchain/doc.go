// Package devchain runs an in-process go-ethereum development chain that
// mines a block as soon as a transaction arrives, serves JSON-RPC over HTTP,
// prefunds deterministic dev accounts and deploys AgentMailroom's contracts.
// `mailroom node` and `mailroom demo` embed it.
//
// # Chain
//
// It does what `geth --dev` does, in process (DESIGN §9): node.New with the
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
// Key i (i = 0, 1, …) is keccak256("agentmailroom dev account " + decimal(i)),
// e.g. keccak256(utf8 "agentmailroom dev account 0") — reproducible in any
// language. Each is funded with Config.Balance (default 10000 ether).
// Account 0 deploys the contracts. These keys are public: never use them on a
// real chain.
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
