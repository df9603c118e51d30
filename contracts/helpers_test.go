package contracts_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/agentmailroom/mailroom/contracts/gen/agentpaymentchannel"
	"github.com/agentmailroom/mailroom/contracts/gen/agentregistry"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/registration"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/hosts/chain"
)

const nAccounts = 6

var (
	ether       = big.NewInt(1e18)
	gwei        = big.NewInt(1e9)
	initBalance = new(big.Int).Mul(big.NewInt(1000), ether)
)

// env is a simulated chain with both contracts deployed by account 0.
type env struct {
	t       *testing.T
	sim     *simulated.Backend
	client  simulated.Client
	chainID *big.Int
	keys    []*ecdsa.PrivateKey
	addrs   []common.Address
	signers []*chain.Signer

	reg     *agentregistry.AgentRegistry
	regAddr common.Address
	ch      *agentpaymentchannel.AgentPaymentChannel
	chAddr  common.Address

	gasSpent *big.Int // Σ gasUsed × effectiveGasPrice of every mined transaction
}

// testKey i is keccak256("contracts test key <i>").
func testKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("contracts test key " + strconv.Itoa(i))))
	if err != nil {
		panic(err)
	}
	return k
}

// osakaRules is go-ethereum's dev config without the forks after Osaka
// (Amsterdam/Bogota reprice state growth, EIP-8037): the rules of mainnet
// today. Tests run under it unless they say otherwise.
func osakaRules() *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	c.AmsterdamTime = nil
	c.BogotaTime = nil
	return &c
}

// devRules is go-ethereum's dev config as is (what `mailroom node` runs).
func devRules() *params.ChainConfig { return params.AllDevChainProtocolChanges }

func newEnv(t *testing.T) *env { return newEnvRules(t, osakaRules()) }

func newEnvRules(t *testing.T, rules *params.ChainConfig) *env {
	t.Helper()
	e := &env{t: t, gasSpent: new(big.Int)}
	alloc := types.GenesisAlloc{}
	for i := 0; i < nAccounts; i++ {
		k := testKey(i)
		e.keys = append(e.keys, k)
		e.addrs = append(e.addrs, crypto.PubkeyToAddress(k.PublicKey))
		s, err := chain.SignerFromECDSA(k)
		if err != nil {
			t.Fatal(err)
		}
		e.signers = append(e.signers, s)
		alloc[e.addrs[i]] = types.Account{Balance: new(big.Int).Set(initBalance)}
	}
	e.sim = simulated.NewBackend(alloc, func(_ *node.Config, ec *ethconfig.Config) { ec.Genesis.Config = rules })
	t.Cleanup(func() { e.sim.Close() })
	e.client = e.sim.Client()
	id, err := e.client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	e.chainID = id

	addr, tx, reg, err := agentregistry.DeployAgentRegistry(e.opts(0, nil), e.client)
	if err != nil {
		t.Fatal(err)
	}
	e.mine(tx)
	e.reg, e.regAddr = reg, addr
	// No minimum withdraw delay, so the tests may use short delays; the
	// minimum has tests of its own (deployChannel with one).
	e.chAddr, e.ch = e.deployChannel(0, 0)
	return e
}

// deployChannel deploys an AgentPaymentChannel from account from with the
// given minWithdrawDelay.
func (e *env) deployChannel(from int, minWithdrawDelay uint64) (common.Address, *agentpaymentchannel.AgentPaymentChannel) {
	e.t.Helper()
	addr, tx, ch, err := agentpaymentchannel.DeployAgentPaymentChannel(e.opts(from, nil), e.client, new(big.Int).SetUint64(minWithdrawDelay))
	if err != nil {
		e.t.Fatal(err)
	}
	e.mine(tx)
	return addr, ch
}

func (e *env) opts(i int, value *big.Int) *bind.TransactOpts {
	o, err := bind.NewKeyedTransactorWithChainID(e.keys[i], e.chainID)
	if err != nil {
		e.t.Fatal(err)
	}
	o.Value = value
	return o
}

func (e *env) call() *bind.CallOpts { return &bind.CallOpts{} }

// mine commits a block and returns the successful receipt of tx.
func (e *env) mine(tx *types.Transaction) *types.Receipt {
	e.t.Helper()
	e.sim.Commit()
	rc, err := e.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		e.t.Fatalf("receipt: %v", err)
	}
	e.gasSpent.Add(e.gasSpent, new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice))
	if rc.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("transaction %s reverted", tx.Hash().Hex())
	}
	return rc
}

// ok requires that sending succeeded and mines it.
func (e *env) ok(tx *types.Transaction, err error) *types.Receipt {
	e.t.Helper()
	if err != nil {
		e.t.Fatalf("transaction refused: %v (%s)", err, chain.RevertName(err))
	}
	return e.mine(tx)
}

// refused requires that the transaction was refused with the named custom error.
// Use: e.refused("Name")(e.ch.Claim(...)).
func (e *env) refused(want string) func(*types.Transaction, error) {
	return func(tx *types.Transaction, err error) { e.t.Helper(); e.checkRefused(want, tx, err) }
}

func (e *env) checkRefused(want string, tx *types.Transaction, err error) {
	e.t.Helper()
	if err == nil {
		e.mine(tx)
		e.t.Fatalf("transaction accepted, want revert %s", want)
	}
	if got := chain.RevertName(err); got != want {
		e.t.Fatalf("revert %q (%v), want %s", got, err, want)
	}
}

func (e *env) balance(a common.Address) *big.Int {
	e.t.Helper()
	b, err := e.client.BalanceAt(context.Background(), a, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func (e *env) now() uint64 {
	e.t.Helper()
	h, err := e.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// advance moves block time forward by d (and mines an empty block). The
// simulated txpool drops included transactions asynchronously after a
// Commit, so AdjustTime may briefly see a "non-empty block"; retry.
func (e *env) advance(d time.Duration) {
	e.t.Helper()
	var err error
	for i := 0; i < 200; i++ {
		if err = e.sim.AdjustTime(d); err == nil {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	e.t.Fatal(err)
}

func (e *env) coreKey(i int) *ethsig.PrivateKey {
	k, err := ethsig.PrivateKeyFromBytes(crypto.FromECDSA(e.keys[i]))
	if err != nil {
		e.t.Fatal(err)
	}
	return k
}

func (e *env) voucherDomain() *voucher.Domain {
	return voucher.NewDomain(e.chainID.Uint64(), ethsig.Address(e.chAddr))
}

// sign signs Voucher(id, amount) with account i's key under the channel contract's domain.
func (e *env) sign(i int, id [32]byte, amount *big.Int) []byte {
	return e.signWith(e.voucherDomain(), i, id, amount)
}

func (e *env) signWith(d *voucher.Domain, i int, id [32]byte, amount *big.Int) []byte {
	e.t.Helper()
	sig, err := d.Sign(e.coreKey(i), &voucher.Voucher{ChannelID: id, CumulativeAmount: amount})
	if err != nil {
		e.t.Fatal(err)
	}
	return sig.Bytes()
}

// consent signs RegisterAgent(agent i, owner, deadline) with agent i's key.
func (e *env) consent(agent int, owner common.Address, deadline uint64) []byte {
	d := registration.NewDomain(e.chainID.Uint64(), ethsig.Address(e.regAddr))
	sig := d.Sign(e.coreKey(agent), &registration.Consent{Agent: ethsig.Address(e.addrs[agent]), Owner: ethsig.Address(owner), Deadline: deadline})
	return sig.Bytes()
}

func (e *env) regDomain() *registration.Domain {
	return registration.NewDomain(e.chainID.Uint64(), ethsig.Address(e.regAddr))
}

// nonce reads the agent's consentNonce.
func (e *env) nonce(agent int) uint64 {
	e.t.Helper()
	n, err := e.reg.ConsentNonce(e.call(), e.addrs[agent])
	if err != nil {
		e.t.Fatal(err)
	}
	return n.Uint64()
}

// activateConsent signs ActivateAgent(agent, nonce, deadline) with signer's key
// (the agent's own key unless a test forges it).
func (e *env) activateConsent(signer, agent int, nonce, deadline uint64) []byte {
	return e.regDomain().SignActivate(e.coreKey(signer), &registration.ActivateConsent{Agent: ethsig.Address(e.addrs[agent]), Nonce: nonce, Deadline: deadline}).Bytes()
}

// transferConsent signs TransferAgent(agent, newOwner, nonce, deadline) with signer's key.
func (e *env) transferConsent(signer, agent int, newOwner common.Address, nonce, deadline uint64) []byte {
	return e.regDomain().SignTransfer(e.coreKey(signer), &registration.TransferConsent{Agent: ethsig.Address(e.addrs[agent]), NewOwner: ethsig.Address(newOwner), Nonce: nonce, Deadline: deadline}).Bytes()
}

// transfer moves agent from owner to newOwner with the agent's fresh consent.
func (e *env) transfer(owner, agent, newOwner int) *types.Receipt {
	e.t.Helper()
	deadline := e.now() + 3600
	return e.ok(e.reg.TransferAgentOwnership(e.opts(owner, nil), e.addrs[agent], e.addrs[newOwner], u64(deadline),
		e.transferConsent(agent, agent, e.addrs[newOwner], e.nonce(agent), deadline)))
}

func u64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// open creates a channel from account s to account r and returns its id.
func (e *env) open(s, r int, deposit *big.Int, delay int64) [32]byte {
	e.t.Helper()
	rc := e.ok(e.ch.CreateChannel(e.opts(s, deposit), e.addrs[r], big.NewInt(delay)))
	for _, l := range rc.Logs {
		if ev, err := e.ch.ParseChannelCreated(*l); err == nil {
			return ev.ChannelId
		}
	}
	e.t.Fatal("no ChannelCreated event")
	return [32]byte{}
}

// chanState is the getChannel result.
type chanState = struct {
	Sender           common.Address
	Recipient        common.Address
	Deposit          *big.Int
	Claimed          *big.Int
	WithdrawDelay    *big.Int
	CloseRequestedAt *big.Int
	Open             bool
	Token            common.Address
}

func (e *env) channel(id [32]byte) chanState {
	e.t.Helper()
	c, err := e.ch.GetChannel(e.call(), id)
	if err != nil {
		e.t.Fatal(err)
	}
	return c
}

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

func milli(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e15)) }

// Runtime codes for EIP-7702 delegation targets that reject ETH: a sender
// EOA delegating to one of them still signs vouchers with its key, but its
// receive() fails. Raw bytecode, so no test contract needs compiling.
var (
	rejectRevert = []byte{0x5f, 0x5f, 0xfd}                   // PUSH0 PUSH0 REVERT: revert()
	rejectBurn   = []byte{0xfe}                               // INVALID: burns all gas it is given
	rejectBomb   = []byte{0x62, 0x01, 0x00, 0x00, 0x5f, 0xfd} // PUSH3 0x010000 PUSH0 REVERT: revert with 64 KiB of data
)

// deployCode deploys runtime code (behind a minimal init code) from account
// from and returns its address.
func (e *env) deployCode(from int, runtime []byte) common.Address {
	e.t.Helper()
	// PUSH32 <runtime, left-aligned> PUSH0 MSTORE PUSH1 len PUSH0 RETURN
	if len(runtime) > 32 {
		e.t.Fatal("runtime code longer than 32 bytes")
	}
	word := make([]byte, 32)
	copy(word, runtime)
	initCode := append(append([]byte{0x7f}, word...), 0x5f, 0x52, 0x60, byte(len(runtime)), 0x5f, 0xf3)
	tx := e.rawTx(from, nil, nil, initCode, 200_000)
	rc := e.mine(tx)
	if code, _ := e.client.CodeAt(context.Background(), rc.ContractAddress, nil); !bytes.Equal(code, runtime) {
		e.t.Fatalf("deployed code %x, want %x", code, runtime)
	}
	return rc.ContractAddress
}

// rawTx signs and sends a dynamic-fee transaction from account i (to nil:
// a contract creation) and returns it unmined.
func (e *env) rawTx(i int, to *common.Address, value *big.Int, data []byte, gas uint64) *types.Transaction {
	e.t.Helper()
	ctx := context.Background()
	nonce, err := e.client.PendingNonceAt(ctx, e.addrs[i])
	if err != nil {
		e.t.Fatal(err)
	}
	head, err := e.client.HeaderByNumber(ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	tip := big.NewInt(1e9)
	fee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(e.keys[i], types.LatestSignerForChainID(e.chainID), &types.DynamicFeeTx{
		ChainID: e.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: fee, Gas: gas, To: to, Value: value, Data: data,
	})
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.client.SendTransaction(ctx, tx); err != nil {
		e.t.Fatal(err)
	}
	return tx
}

// delegate makes account i an EIP-7702 delegated EOA running the code at
// target (the zero address clears the delegation), in a self-sponsored
// set-code transaction.
func (e *env) delegate(i int, target common.Address) {
	e.t.Helper()
	ctx := context.Background()
	nonce, err := e.client.PendingNonceAt(ctx, e.addrs[i])
	if err != nil {
		e.t.Fatal(err)
	}
	head, err := e.client.HeaderByNumber(ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	// The uint256 values go-ethereum's SetCodeTx wants, typed by inference
	// (so this package needs no direct holiman/uint256 import).
	var auth types.SetCodeAuthorization
	chainID, tip, fee := auth.ChainID, auth.ChainID, auth.ChainID
	chainID.SetFromBig(e.chainID)
	tip.SetFromBig(big.NewInt(1e9))
	fee.SetFromBig(new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1e9)))
	// The transaction's own nonce is used first, so the authorization carries nonce+1.
	auth.ChainID, auth.Address, auth.Nonce = chainID, target, nonce+1
	signed, err := types.SignSetCode(e.keys[i], auth)
	if err != nil {
		e.t.Fatal(err)
	}
	sink := common.Address{0xde, 0xad}
	tx, err := types.SignNewTx(e.keys[i], types.LatestSignerForChainID(e.chainID), &types.SetCodeTx{
		ChainID: &chainID, Nonce: nonce, GasTipCap: &tip, GasFeeCap: &fee, Gas: 100_000, To: sink,
		AuthList: []types.SetCodeAuthorization{signed},
	})
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.client.SendTransaction(ctx, tx); err != nil {
		e.t.Fatal(err)
	}
	e.mine(tx)
	code, _ := e.client.CodeAt(ctx, e.addrs[i], nil)
	if target == (common.Address{}) {
		if len(code) != 0 {
			e.t.Fatalf("delegation not cleared: code %x", code)
		}
	} else if want := append([]byte{0xef, 0x01, 0x00}, target[:]...); !bytes.Equal(code, want) {
		e.t.Fatalf("account %d code %x, want delegation %x", i, code, want)
	}
}
