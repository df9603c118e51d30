// Package contracts holds AgentMailroom's Solidity contracts, their
// pinned-compiler artifacts and the go-ethereum (abigen v1) Go bindings.
//
// # Layout
//
//	src/AgentRegistry.sol         agent key -> owner, endpoint, capabilities, rate
//	src/AgentPaymentChannel.sol   uni-directional ETH channels with EIP-712 vouchers
//	src/EIP712.sol, Signatures.sol shared domain separator and strict ecrecover
//	test/ReentrantRecipient.sol   a malicious recipient used by the attack tests
//	solc.json                     pinned compiler version, source list, settings
//	compile.js                    standard-JSON compile with the npm solc package
//	artifacts/<Name>.json         ABI, bytecode, NatSpec, compiler, settings, sourceHash
//	artifacts/<Name>.abi|.bin     the abigen inputs
//	gen/<lower name>/             abigen v1 bindings (Deploy<Name>, New<Name>, ...)
//
// # Regenerating
//
// `make contracts` runs `npm ci`, `node compile.js` and abigen (via
// `go run github.com/ethereum/go-ethereum/cmd/abigen`, the version in
// go.mod). Everything generated is checked in.
//
// # Drift
//
// Every artifact records sourceHash, a sha256 over solc.json and every
// source (see [SourceHash]). TestDrift recomputes it, regenerates the
// bindings from the artifacts in memory and compares them byte for byte, so
// `go test` fails when sources, artifacts or bindings disagree — without
// npm. `make contracts-check` additionally recompiles with solc and
// compares the artifacts.
//
// # Tests
//
// The tests run the contracts on go-ethereum's simulated backend (a real
// EVM in process): every function, the attack list of issue 4 and the
// money-safety attacks (zero withdraw delay, refund griefing by a sender
// whose EIP-7702 code rejects ETH, the registry's owner reviving or moving
// an agent without the agent key), a random property test of the balance
// invariant (credited refunds and force-sent ETH included), the digest
// vectors in testdata/digests.json and the gas report (`make gas`).
package contracts
