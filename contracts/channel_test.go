package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

func keccakString(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

// domainSeparator computes the EIP-712 domain separator with go-ethereum's generic code.
func domainSeparator(t *testing.T, name string, chainID *big.Int, contract common.Address) [32]byte {
	t.Helper()
	td := apitypes.TypedData{
		Types: apitypes.Types{"EIP712Domain": {
			{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
			{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
		}},
		Domain: apitypes.TypedDataDomain{Name: name, Version: "1", ChainId: (*math.HexOrDecimal256)(chainID), VerifyingContract: contract.Hex()},
	}
	h, err := td.HashStruct("EIP712Domain", td.Domain.Map())
	if err != nil {
		t.Fatal(err)
	}
	return [32]byte(h)
}

func TestChannelCreate(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	before := e.balance(e.chAddr)
	rc := e.ok(e.ch.CreateChannel(e.opts(s, eth(1)), e.addrs[r], big.NewInt(3600)))
	ev, err := e.ch.ParseChannelCreated(*rc.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	// channelId = keccak256(abi.encode(chainid, this, sender, recipient, token, nonce)), token 0 for ETH
	want := crypto.Keccak256Hash(
		common.LeftPadBytes(e.chainID.Bytes(), 32), common.LeftPadBytes(e.chAddr[:], 32),
		common.LeftPadBytes(e.addrs[s][:], 32), common.LeftPadBytes(e.addrs[r][:], 32), make([]byte, 32), make([]byte, 32))
	if ev.ChannelId != want || ev.Nonce.Sign() != 0 || ev.Token != (common.Address{}) || ev.Deposit.Cmp(eth(1)) != 0 || ev.Sender != e.addrs[s] || ev.Recipient != e.addrs[r] {
		t.Fatalf("ChannelCreated %+v, want id %x", ev, want)
	}
	c := e.channel(ev.ChannelId)
	if c.Sender != e.addrs[s] || c.Recipient != e.addrs[r] || c.Deposit.Cmp(eth(1)) != 0 || c.Claimed.Sign() != 0 ||
		c.WithdrawDelay.Int64() != 3600 || c.CloseRequestedAt.Sign() != 0 || !c.Open || c.Token != (common.Address{}) {
		t.Fatalf("getChannel %+v", c)
	}
	if got := new(big.Int).Sub(e.balance(e.chAddr), before); got.Cmp(eth(1)) != 0 {
		t.Fatalf("contract received %s", got)
	}
	if n, _ := e.ch.PairNonce(e.call(), e.addrs[s], e.addrs[r]); n.Int64() != 1 {
		t.Fatalf("pairNonce %s", n)
	}
	// A second channel of the same pair gets a new id.
	if id2 := e.open(s, r, eth(1), 0); id2 == ev.ChannelId {
		t.Fatal("same id for the second channel")
	}
	// Unknown channel reads as empty.
	if c := e.channel([32]byte{1}); c.Sender != (common.Address{}) || c.Open {
		t.Fatalf("unknown channel %+v", c)
	}
	e.refused("InvalidRecipient")(e.ch.CreateChannel(e.opts(s, eth(1)), common.Address{}, big.NewInt(0)))
	e.refused("InvalidRecipient")(e.ch.CreateChannel(e.opts(s, eth(1)), e.addrs[s], big.NewInt(0)))
	e.refused("ZeroValue")(e.ch.CreateChannel(e.opts(s, nil), e.addrs[r], big.NewInt(0)))
	e.refused("WithdrawDelayTooLong")(e.ch.CreateChannel(e.opts(s, eth(1)), e.addrs[r], big.NewInt(365*24*3600+1)))
}

func TestChannelTopUp(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	id := e.open(s, r, milli(10), 60)
	rc := e.ok(e.ch.TopUp(e.opts(s, milli(5)), id))
	ev, err := e.ch.ParseChannelToppedUp(*rc.Logs[0])
	if err != nil || ev.Amount.Cmp(milli(5)) != 0 || ev.Deposit.Cmp(milli(15)) != 0 {
		t.Fatalf("ChannelToppedUp %+v %v", ev, err)
	}
	// Top-up raises the cap: a voucher above the old deposit is now claimable.
	e.ok(e.ch.Claim(e.opts(r, nil), id, milli(12), e.sign(s, id, milli(12))))
	e.refused("NotSender")(e.ch.TopUp(e.opts(r, milli(1)), id))
	e.refused("ZeroValue")(e.ch.TopUp(e.opts(s, nil), id))
	e.refused("ChannelNotFound")(e.ch.TopUp(e.opts(s, milli(1)), [32]byte{9}))
	e.ok(e.ch.RequestClose(e.opts(s, nil), id))
	e.refused("CloseAlreadyRequested")(e.ch.TopUp(e.opts(s, milli(1)), id))
	e.ok(e.ch.RedeemVoucher(e.opts(r, nil), id, milli(13), e.sign(s, id, milli(13))))
	e.refused("ChannelNotOpen")(e.ch.TopUp(e.opts(s, milli(1)), id))
}

func TestChannelClaim(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	id := e.open(s, r, milli(100), 60)
	rBefore, sBefore := e.balance(e.addrs[r]), e.balance(e.addrs[s])
	gasBefore := new(big.Int).Set(e.gasSpent)
	rc := e.ok(e.ch.Claim(e.opts(r, nil), id, milli(30), e.sign(s, id, milli(30))))
	ev, err := e.ch.ParseClaimed(*rc.Logs[0])
	if err != nil || ev.Amount.Cmp(milli(30)) != 0 || ev.CumulativeAmount.Cmp(milli(30)) != 0 || ev.Recipient != e.addrs[r] {
		t.Fatalf("Claimed %+v %v", ev, err)
	}
	rc = e.ok(e.ch.Claim(e.opts(r, nil), id, milli(45), e.sign(s, id, milli(45))))
	if ev, _ := e.ch.ParseClaimed(*rc.Logs[0]); ev.Amount.Cmp(milli(15)) != 0 {
		t.Fatalf("second claim paid %s", ev.Amount)
	}
	gas := new(big.Int).Sub(e.gasSpent, gasBefore)
	gotR := new(big.Int).Sub(e.balance(e.addrs[r]), rBefore)
	if want := new(big.Int).Sub(milli(45), gas); gotR.Cmp(want) != 0 {
		t.Fatalf("recipient gained %s, want %s", gotR, want)
	}
	if e.balance(e.addrs[s]).Cmp(sBefore) != 0 {
		t.Fatal("sender balance changed on claim")
	}
	c := e.channel(id)
	if !c.Open || c.Claimed.Cmp(milli(45)) != 0 || e.balance(e.chAddr).Cmp(milli(55)) != 0 {
		t.Fatalf("after claims %+v, contract %s", c, e.balance(e.chAddr))
	}
	// A malformed signature is refused.
	e.refused("InvalidSignatureLength")(e.ch.Claim(e.opts(r, nil), id, milli(50), []byte{1, 2, 3}))
	e.refused("InvalidSignatureLength")(e.ch.Claim(e.opts(r, nil), id, milli(50), nil))
	// Claiming the whole deposit is allowed; the channel stays open.
	e.ok(e.ch.Claim(e.opts(r, nil), id, milli(100), e.sign(s, id, milli(100))))
	if c := e.channel(id); !c.Open || e.balance(e.chAddr).Sign() != 0 {
		t.Fatalf("after full claim %+v", c)
	}
	e.refused("ChannelNotFound")(e.ch.Claim(e.opts(r, nil), [32]byte{7}, milli(1), e.sign(s, [32]byte{7}, milli(1))))
}

func TestChannelSignatureForms(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	id := e.open(s, r, milli(100), 60)
	sig := e.sign(s, id, milli(10))
	// v as 0/1 is accepted.
	low := append([]byte(nil), sig...)
	low[64] -= 27
	e.ok(e.ch.Claim(e.opts(r, nil), id, milli(10), low))
	sig = e.sign(s, id, milli(20))
	bad := append([]byte(nil), sig...)
	bad[64] = 29
	e.refused("InvalidSignatureV")(e.ch.Claim(e.opts(r, nil), id, milli(20), bad))
	zr := append([]byte(nil), sig...)
	copy(zr[:32], make([]byte, 32))
	e.refused("InvalidSignatureRS")(e.ch.Claim(e.opts(r, nil), id, milli(20), zr))
	// r = n: ecrecover fails, returns zero.
	nr := append([]byte(nil), sig...)
	copy(nr[:32], math.U256Bytes(new(big.Int).Set(crypto.S256().Params().N)))
	e.refused("InvalidSignature")(e.ch.Claim(e.opts(r, nil), id, milli(20), nr))
	e.ok(e.ch.Claim(e.opts(r, nil), id, milli(20), sig))
}

func TestChannelRedeem(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	id := e.open(s, r, milli(100), 60)
	e.ok(e.ch.Claim(e.opts(r, nil), id, milli(10), e.sign(s, id, milli(10))))
	sBefore := e.balance(e.addrs[s])
	rc := e.ok(e.ch.RedeemVoucher(e.opts(r, nil), id, milli(40), e.sign(s, id, milli(40))))
	var claimed, closed bool
	for _, l := range rc.Logs {
		if ev, err := e.ch.ParseClaimed(*l); err == nil {
			claimed = ev.Amount.Cmp(milli(30)) == 0
		}
		if ev, err := e.ch.ParseChannelClosed(*l); err == nil {
			closed = ev.Refund.Cmp(milli(60)) == 0 && ev.Claimed.Cmp(milli(40)) == 0
		}
	}
	if !claimed || !closed {
		t.Fatalf("events: claimed %v closed %v", claimed, closed)
	}
	if got := new(big.Int).Sub(e.balance(e.addrs[s]), sBefore); got.Cmp(milli(60)) != 0 {
		t.Fatalf("sender refunded %s", got)
	}
	c := e.channel(id)
	if c.Open || c.Claimed.Cmp(milli(40)) != 0 || e.balance(e.chAddr).Sign() != 0 {
		t.Fatalf("after redeem %+v", c)
	}
	e.refused("ChannelNotOpen")(e.ch.Claim(e.opts(r, nil), id, milli(50), e.sign(s, id, milli(50))))
	e.refused("ChannelNotOpen")(e.ch.RedeemVoucher(e.opts(r, nil), id, milli(50), e.sign(s, id, milli(50))))
	e.refused("ChannelNotOpen")(e.ch.RequestClose(e.opts(s, nil), id))
	e.refused("ChannelNotOpen")(e.ch.Withdraw(e.opts(s, nil), id))
}

func TestChannelRequestCloseWithdraw(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	id := e.open(s, r, milli(100), 600)
	e.refused("CloseNotRequested")(e.ch.Withdraw(e.opts(s, nil), id))
	e.refused("NotSender")(e.ch.RequestClose(e.opts(r, nil), id))
	rc := e.ok(e.ch.RequestClose(e.opts(s, nil), id))
	ev, err := e.ch.ParseCloseRequested(*rc.Logs[0])
	c := e.channel(id)
	if err != nil || c.CloseRequestedAt.Sign() == 0 || ev.AvailableAt.Uint64() != c.CloseRequestedAt.Uint64()+600 {
		t.Fatalf("CloseRequested %+v %v, channel %+v", ev, err, c)
	}
	e.refused("CloseAlreadyRequested")(e.ch.RequestClose(e.opts(s, nil), id))
	// The recipient can still claim during the delay.
	e.ok(e.ch.Claim(e.opts(r, nil), id, milli(25), e.sign(s, id, milli(25))))
	e.refused("WithdrawTooEarly")(e.ch.Withdraw(e.opts(s, nil), id))
	e.advance(601 * time.Second)
	e.refused("NotSender")(e.ch.Withdraw(e.opts(r, nil), id))
	sBefore := e.balance(e.addrs[s])
	gasBefore := new(big.Int).Set(e.gasSpent)
	rc = e.ok(e.ch.Withdraw(e.opts(s, nil), id))
	if ev, err := e.ch.ParseChannelClosed(*rc.Logs[0]); err != nil || ev.Refund.Cmp(milli(75)) != 0 {
		t.Fatalf("ChannelClosed %+v %v", ev, err)
	}
	gas := new(big.Int).Sub(e.gasSpent, gasBefore)
	if got := new(big.Int).Sub(e.balance(e.addrs[s]), sBefore); got.Cmp(new(big.Int).Sub(milli(75), gas)) != 0 {
		t.Fatalf("sender got %s", got)
	}
	if c := e.channel(id); c.Open || e.balance(e.chAddr).Sign() != 0 {
		t.Fatalf("after withdraw %+v", c)
	}
	// The recipient can no longer claim.
	e.refused("ChannelNotOpen")(e.ch.Claim(e.opts(r, nil), id, milli(30), e.sign(s, id, milli(30))))
}

func TestChannelRedeemDuringDelay(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	id := e.open(s, r, milli(100), 600)
	e.ok(e.ch.RequestClose(e.opts(s, nil), id))
	e.advance(300 * time.Second)
	e.ok(e.ch.RedeemVoucher(e.opts(r, nil), id, milli(70), e.sign(s, id, milli(70))))
	e.advance(400 * time.Second)
	e.refused("ChannelNotOpen")(e.ch.Withdraw(e.opts(s, nil), id))
}

func TestChannelViews(t *testing.T) {
	e := newEnv(t)
	th, _ := e.ch.VOUCHERTYPEHASH(e.call())
	if th != keccakString("Voucher(bytes32 channelId,uint256 cumulativeAmount)") {
		t.Fatalf("VOUCHER_TYPEHASH %x", th)
	}
	ds, _ := e.ch.DomainSeparator(e.call())
	if want := domainSeparator(t, "AgentPaymentChannel", e.chainID, e.chAddr); ds != want {
		t.Fatalf("domainSeparator %x, want %x", ds, want)
	}
	if d, _ := e.ch.MAXWITHDRAWDELAY(e.call()); d.Int64() != 365*24*3600 {
		t.Fatalf("MAX_WITHDRAW_DELAY %s", d)
	}
	if g, _ := e.ch.REFUNDGASSTIPEND(e.call()); g.Int64() != 30_000 {
		t.Fatalf("REFUND_GAS_STIPEND %s", g)
	}
	if m, _ := e.ch.MinWithdrawDelay(e.call()); m.Sign() != 0 {
		t.Fatalf("minWithdrawDelay %s, the test env deploys with 0", m)
	}
	if r, _ := e.ch.RefundOf(e.call(), e.addrs[1]); r.Sign() != 0 {
		t.Fatalf("refundOf %s", r)
	}
}

// TestChannelMinWithdrawDelay: createChannel accepts exactly [minimum, MAX_WITHDRAW_DELAY].
func TestChannelMinWithdrawDelay(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	_, ch := e.deployChannel(0, 600)
	e.refused("WithdrawDelayTooShort")(ch.CreateChannel(e.opts(s, milli(1)), e.addrs[r], big.NewInt(599)))
	e.ok(ch.CreateChannel(e.opts(s, milli(1)), e.addrs[r], big.NewInt(600)))
	e.ok(ch.CreateChannel(e.opts(s, milli(1)), e.addrs[r], big.NewInt(365*24*3600)))
	e.refused("WithdrawDelayTooLong")(ch.CreateChannel(e.opts(s, milli(1)), e.addrs[r], big.NewInt(365*24*3600+1)))
}

// TestChannelRefundToWalletCode: a sender whose address runs code that takes
// ETH and writes storage (a smart-contract wallet) still gets its refund
// pushed within REFUND_GAS_STIPEND.
func TestChannelRefundToWalletCode(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	id := e.open(s, r, milli(100), 60)
	v := e.sign(s, id, milli(30))
	e.delegate(s, e.deployCode(0, []byte{0x60, 0x01, 0x5f, 0x55, 0x00})) // PUSH1 1 PUSH0 SSTORE STOP: a cold 0→1 store
	before := e.balance(e.addrs[s])
	rc := e.ok(e.ch.RedeemVoucher(e.opts(r, nil), id, milli(30), v))
	for _, l := range rc.Logs {
		if _, err := e.ch.ParseRefundCredited(*l); err == nil {
			t.Fatal("refund credited instead of pushed")
		}
	}
	if got := new(big.Int).Sub(e.balance(e.addrs[s]), before); got.Cmp(milli(70)) != 0 {
		t.Fatalf("sender refunded %s", got)
	}
	if slot, _ := e.client.StorageAt(t.Context(), e.addrs[s], common.Hash{}, nil); new(big.Int).SetBytes(slot).Int64() != 1 {
		t.Fatal("the wallet code did not run")
	}
}
