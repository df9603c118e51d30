// Package chain is the typed Go client of AgentMailroom's contracts: the
// AgentRegistry and the AgentPaymentChannel, over any JSON-RPC endpoint
// (mailroom node, geth --dev, anvil, a public chain) or any
// go-ethereum bind backend (e.g. ethclient/simulated in tests).
//
// # Use
//
//	be, _ := chain.Dial(ctx, "http://127.0.0.1:8545")
//	d, _ := chain.LoadDeployment("deployments.json")
//	c, _ := chain.New(ctx, be, d)
//	id, res, _ := c.Channels.Open(ctx, sender, recipient, amount, 3600)
//
// Every transaction waits for its receipt and returns a [Receipt] (hash,
// gas used, block). Failures are core/errs errors: errs.Reverted with the
// decoded revert reason (Error(string), Panic(uint256) or a custom error of
// either contract, e.g. "VoucherNotIncreasing(claimed=5, cumulativeAmount=5)"),
// errs.ChainError for RPC and transport failures, errs.AgentNotFound and
// errs.ChannelNotFound for missing records.
//
// # Keys
//
// A [Signer] wraps a secp256k1 key for transactions; build one from a
// core/ethsig key ([NewSigner]), a key file ([LoadKeyFile], 0x-hex on the
// first line, as written by `mailroom keygen`) or an *ecdsa.PrivateKey.
//
// # Digests
//
// Voucher and consent digests come from core/voucher and core/registration;
// the contract tests prove they equal the contracts' hashVoucher,
// consentDigest, activateDigest and transferDigest.
//
// # Deploying
//
// [Deploy] deploys with the payment channel's minimum withdraw delay at
// [DefaultMinWithdrawDelay] (1 h); [DeployWith] takes [DeployOptions] (the
// dev chain uses MinWithdrawDelay 0). [Channels.MinWithdrawDelay] reads it
// back from the contract.
//
// # Refunds and consents
//
// A redeemVoucher refund the sender's address does not take is credited:
// [Channels.RefundOf], [Channels.WithdrawRefund], [Channels.WithdrawRefundTo].
// Reactivating an agent that deactivated itself, and every ownership
// transfer, need the agent key's consent: [Registry.SignActivate] /
// [Registry.ActivateWithConsent], [Registry.SignTransfer] /
// [Registry.TransferOwnershipWithConsent], with the nonce from
// [Registry.ConsentNonce].
//
// # Amounts
//
// [ParseAmount] accepts wei ("1000"), or a decimal with a unit
// ("0.05ether", "10gwei", "3wei"); the result must be a whole number of wei.
package chain
