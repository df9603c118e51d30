package contracts_test

import (
	"context"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/agentmailroom/mailroom/contracts/gen/blocklisttoken"
	"github.com/agentmailroom/mailroom/contracts/gen/falsereturntoken"
	"github.com/agentmailroom/mailroom/contracts/gen/feeontransfertoken"
	"github.com/agentmailroom/mailroom/contracts/gen/mailroomtestusd"
	"github.com/agentmailroom/mailroom/contracts/gen/noreturntoken"
	"github.com/agentmailroom/mailroom/contracts/gen/reentranttoken"
)

// erc20ABI is the part of ERC-20 every test token has (the selectors do
// not depend on return types, so it drives NoReturnToken too).
var erc20ABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(`[
	 {"type":"function","name":"mint","inputs":[{"name":"to","type":"address"},{"name":"amount","type":"uint256"}],"outputs":[]},
	 {"type":"function","name":"approve","inputs":[{"name":"spender","type":"address"},{"name":"amount","type":"uint256"}],"outputs":[]},
	 {"type":"function","name":"balanceOf","inputs":[{"name":"a","type":"address"}],"outputs":[{"name":"","type":"uint256"}]}]`))
	if err != nil {
		panic(err)
	}
	return a
}()

// token is a deployed test token.
type token struct {
	e    *env
	addr common.Address
	c    *bind.BoundContract
}

func (e *env) token(addr common.Address) *token {
	return &token{e: e, addr: addr, c: bind.NewBoundContract(addr, erc20ABI, e.client, e.client, e.client)}
}

func (t *token) mint(to int, amount *big.Int) {
	t.e.t.Helper()
	t.e.ok(t.c.Transact(t.e.opts(0, nil), "mint", t.e.addrs[to], amount))
}

func (t *token) approve(owner int, amount *big.Int) {
	t.e.t.Helper()
	t.e.ok(t.c.Transact(t.e.opts(owner, nil), "approve", t.e.chAddr, amount))
}

func (t *token) balanceOf(a common.Address) *big.Int {
	t.e.t.Helper()
	var out []any
	if err := t.c.Call(&bind.CallOpts{Context: context.Background()}, &out, "balanceOf", a); err != nil {
		t.e.t.Fatal(err)
	}
	return out[0].(*big.Int)
}

// deployUSD deploys MailroomTestUSD owned by account 0.
func (e *env) deployUSD() (*token, *mailroomtestusd.MailroomTestUSD) {
	e.t.Helper()
	addr, tx, c, err := mailroomtestusd.DeployMailroomTestUSD(e.opts(0, nil), e.client, e.addrs[0])
	if err != nil {
		e.t.Fatal(err)
	}
	e.mine(tx)
	return e.token(addr), c
}

func (e *env) deployed(addr common.Address, tx *types.Transaction, err error) *token {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
	e.mine(tx)
	return e.token(addr)
}

func (e *env) deployNoReturn() *token {
	a, tx, _, err := noreturntoken.DeployNoReturnToken(e.opts(0, nil), e.client)
	return e.deployed(a, tx, err)
}

func (e *env) deployFalseReturn() *token {
	a, tx, _, err := falsereturntoken.DeployFalseReturnToken(e.opts(0, nil), e.client)
	return e.deployed(a, tx, err)
}

func (e *env) deployFee() *token {
	a, tx, _, err := feeontransfertoken.DeployFeeOnTransferToken(e.opts(0, nil), e.client)
	return e.deployed(a, tx, err)
}

func (e *env) deployReentrant() (*token, *reentranttoken.ReentrantToken) {
	a, tx, c, err := reentranttoken.DeployReentrantToken(e.opts(0, nil), e.client)
	return e.deployed(a, tx, err), c
}

func (e *env) deployBlocklist() (*token, *blocklisttoken.BlocklistToken) {
	a, tx, c, err := blocklisttoken.DeployBlocklistToken(e.opts(0, nil), e.client)
	return e.deployed(a, tx, err), c
}

// openToken opens a token channel s -> r (approve + createTokenChannel).
func (e *env) openToken(tk *token, s, r int, deposit *big.Int, delay int64) [32]byte {
	e.t.Helper()
	tk.approve(s, deposit)
	rc := e.ok(e.ch.CreateTokenChannel(e.opts(s, nil), tk.addr, e.addrs[r], deposit, big.NewInt(delay)))
	return e.createdID(rc)
}

func (e *env) createdID(rc *types.Receipt) [32]byte {
	e.t.Helper()
	for _, l := range rc.Logs {
		if ev, err := e.ch.ParseChannelCreated(*l); err == nil {
			return ev.ChannelId
		}
	}
	e.t.Fatal("no ChannelCreated event")
	return [32]byte{}
}

// typedSig signs EIP-712 typed data with account i's key, hashed by
// go-ethereum's apitypes (an implementation independent of the contracts').
func (e *env) typedSig(i int, td apitypes.TypedData) (v uint8, r, s [32]byte) {
	e.t.Helper()
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		e.t.Fatal(err)
	}
	sig, err := crypto.Sign(h, e.keys[i])
	if err != nil {
		e.t.Fatal(err)
	}
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	return sig[64] + 27, r, s
}

func usdDomain(e *env, tk *token) apitypes.TypedDataDomain {
	return apitypes.TypedDataDomain{Name: "Mailroom Test USD", Version: "1", ChainId: math.NewHexOrDecimal256(e.chainID.Int64()), VerifyingContract: tk.addr.Hex()}
}

var eip712DomainType = []apitypes.Type{{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}}

// permitSig is owner's EIP-2612 permit for the channel contract.
func (e *env) permitSig(tk *token, owner int, value *big.Int, nonce, deadline uint64) (uint8, [32]byte, [32]byte) {
	return e.typedSig(owner, apitypes.TypedData{
		Types: apitypes.Types{"EIP712Domain": eip712DomainType, "Permit": {
			{Name: "owner", Type: "address"}, {Name: "spender", Type: "address"}, {Name: "value", Type: "uint256"}, {Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint256"}}},
		PrimaryType: "Permit", Domain: usdDomain(e, tk),
		Message: apitypes.TypedDataMessage{"owner": e.addrs[owner].Hex(), "spender": e.chAddr.Hex(), "value": value.String(),
			"nonce": new(big.Int).SetUint64(nonce).String(), "deadline": new(big.Int).SetUint64(deadline).String()},
	})
}

// transferAuthSig is from's EIP-3009 TransferWithAuthorization.
func (e *env) transferAuthSig(tk *token, from int, to common.Address, value *big.Int, validBefore uint64, nonce [32]byte) (uint8, [32]byte, [32]byte) {
	return e.typedSig(from, apitypes.TypedData{
		Types: apitypes.Types{"EIP712Domain": eip712DomainType, "TransferWithAuthorization": {
			{Name: "from", Type: "address"}, {Name: "to", Type: "address"}, {Name: "value", Type: "uint256"},
			{Name: "validAfter", Type: "uint256"}, {Name: "validBefore", Type: "uint256"}, {Name: "nonce", Type: "bytes32"}}},
		PrimaryType: "TransferWithAuthorization", Domain: usdDomain(e, tk),
		Message: apitypes.TypedDataMessage{"from": e.addrs[from].Hex(), "to": to.Hex(), "value": value.String(),
			"validAfter": "0", "validBefore": new(big.Int).SetUint64(validBefore).String(), "nonce": common.Hash(nonce).Hex()},
	})
}
