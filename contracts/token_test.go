package contracts_test

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agentmailroom/mailroom/contracts/gen/agentpaymentchannel"
)

func usd(n int64) *big.Int { return big.NewInt(n * 1_000_000) } // 6 decimals

// TestTokenChannelLifecycle: a channel in MailroomTestUSD opens with approve +
// createTokenChannel, binds the token in its id, pays claims and the
// redeem's refund in the token, tops up in the token only, and withdraws in
// the token after the delay. The contract holds exactly deposit − claimed.
func TestTokenChannelLifecycle(t *testing.T) {
	e := newEnv(t)
	tk, c := e.deployUSD()
	if d, err := c.Decimals(e.call()); err != nil || d != 6 {
		t.Fatalf("decimals %d %v", d, err)
	}
	s, r := 1, 2
	tk.mint(s, usd(100))
	ethBefore := e.balance(e.chAddr)

	id := e.openToken(tk, s, r, usd(10), 0)
	// channelId = keccak256(abi.encode(chainid, this, sender, recipient, token, nonce))
	want := crypto.Keccak256Hash(common.LeftPadBytes(e.chainID.Bytes(), 32), common.LeftPadBytes(e.chAddr[:], 32),
		common.LeftPadBytes(e.addrs[s][:], 32), common.LeftPadBytes(e.addrs[r][:], 32), common.LeftPadBytes(tk.addr[:], 32), make([]byte, 32))
	if id != want {
		t.Fatalf("token channel id %x, want %x", id, want)
	}
	ch := e.channel(id)
	if ch.Token != tk.addr || ch.Deposit.Cmp(usd(10)) != 0 || !ch.Open {
		t.Fatalf("getChannel %+v", ch)
	}
	if b := tk.balanceOf(e.chAddr); b.Cmp(usd(10)) != 0 {
		t.Fatalf("contract holds %s", b)
	}
	// Top-ups stay in the channel's asset.
	e.refused("WrongAsset")(e.ch.TopUp(e.opts(s, eth(1)), id))
	tk.approve(s, usd(5))
	e.ok(e.ch.TopUpToken(e.opts(s, nil), id, usd(5)))
	ethID := e.open(s, r, eth(1), 0)
	e.refused("WrongAsset")(e.ch.TopUpToken(e.opts(s, nil), ethID, usd(1)))
	e.refused("ZeroValue")(e.ch.TopUpToken(e.opts(s, nil), id, big.NewInt(0)))

	// Claim 3, then redeem at 7: recipient 7, sender refunded 8, all in the token.
	e.ok(e.ch.Claim(e.opts(r, nil), id, usd(3), e.sign(s, id, usd(3))))
	if b := tk.balanceOf(e.addrs[r]); b.Cmp(usd(3)) != 0 {
		t.Fatalf("recipient got %s after the claim", b)
	}
	e.ok(e.ch.RedeemVoucher(e.opts(r, nil), id, usd(7), e.sign(s, id, usd(7))))
	if b := tk.balanceOf(e.addrs[r]); b.Cmp(usd(7)) != 0 {
		t.Fatalf("recipient got %s after the redeem", b)
	}
	if b := tk.balanceOf(e.addrs[s]); b.Cmp(usd(100-15+8)) != 0 {
		t.Fatalf("sender holds %s after the refund", b)
	}
	if b := tk.balanceOf(e.chAddr); b.Sign() != 0 {
		t.Fatalf("contract still holds %s tokens", b)
	}
	// The ETH channel was untouched by all of it.
	if got := new(big.Int).Sub(e.balance(e.chAddr), ethBefore); got.Cmp(eth(1)) != 0 {
		t.Fatalf("contract's ETH changed by %s", got)
	}

	// Withdraw after the delay pays the token back.
	id2 := e.openToken(tk, s, r, usd(4), 60)
	e.ok(e.ch.Claim(e.opts(r, nil), id2, usd(1), e.sign(s, id2, usd(1))))
	e.ok(e.ch.RequestClose(e.opts(s, nil), id2))
	e.refused("WithdrawTooEarly")(e.ch.Withdraw(e.opts(s, nil), id2))
	e.advance(61 * time.Second)
	before := tk.balanceOf(e.addrs[s])
	e.ok(e.ch.Withdraw(e.opts(s, nil), id2))
	if got := new(big.Int).Sub(tk.balanceOf(e.addrs[s]), before); got.Cmp(usd(3)) != 0 {
		t.Fatalf("withdraw paid %s", got)
	}

	// Refused opens: a token address without code, no allowance, zero amount.
	e.refused("NotAToken")(e.ch.CreateTokenChannel(e.opts(s, nil), e.addrs[5], e.addrs[r], usd(1), big.NewInt(0)))
	e.refused("ERC20InsufficientAllowance")(e.ch.CreateTokenChannel(e.opts(s, nil), tk.addr, e.addrs[r], usd(1), big.NewInt(0)))
	e.refused("ZeroValue")(e.ch.CreateTokenChannel(e.opts(s, nil), tk.addr, e.addrs[r], big.NewInt(0), big.NewInt(0)))
	e.refused("InvalidRecipient")(e.ch.CreateTokenChannel(e.opts(s, nil), tk.addr, e.addrs[s], usd(1), big.NewInt(0)))
}

// TestTokenChannelWithPermit opens in one transaction with an EIP-2612
// permit (no approve first); a permit already used by a front-runner still
// opens when the allowance it set is there; a forged permit without an
// allowance is refused.
func TestTokenChannelWithPermit(t *testing.T) {
	e := newEnv(t)
	tk, c := e.deployUSD()
	s, r := 1, 2
	tk.mint(s, usd(50))
	deadline := e.now() + 3600

	v, rr, ss := e.permitSig(tk, s, usd(10), 0, deadline)
	rc := e.ok(e.ch.CreateTokenChannelWithPermit(e.opts(s, nil), tk.addr, e.addrs[r], usd(10), big.NewInt(0), new(big.Int).SetUint64(deadline), v, rr, ss))
	id := e.createdID(rc)
	if ch := e.channel(id); ch.Deposit.Cmp(usd(10)) != 0 || ch.Token != tk.addr {
		t.Fatalf("permit channel %+v", ch)
	}
	if a, _ := c.Allowance(e.call(), e.addrs[s], e.chAddr); a.Sign() != 0 {
		t.Fatalf("allowance left %s", a)
	}
	t.Logf("createTokenChannelWithPermit: %d gas", rc.GasUsed)

	// A front-runner submits the permit first: the open still goes through.
	v, rr, ss = e.permitSig(tk, s, usd(5), 1, deadline)
	e.ok(c.Permit(e.opts(3, nil), e.addrs[s], e.chAddr, usd(5), new(big.Int).SetUint64(deadline), v, rr, ss))
	e.ok(e.ch.CreateTokenChannelWithPermit(e.opts(s, nil), tk.addr, e.addrs[r], usd(5), big.NewInt(0), new(big.Int).SetUint64(deadline), v, rr, ss))

	// A permit signed by someone else sets no allowance: refused.
	v, rr, ss = e.permitSig(tk, 4, usd(5), 2, deadline)
	e.refused("ERC20InsufficientAllowance")(e.ch.CreateTokenChannelWithPermit(e.opts(s, nil), tk.addr, e.addrs[r], usd(5), big.NewInt(0), new(big.Int).SetUint64(deadline), v, rr, ss))
}

// TestAttackTokenNoReturnValue: a USDT-like token (transfer returns
// nothing) works end to end; one that returns false is refused.
func TestAttackTokenNoReturnValue(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	nr := e.deployNoReturn()
	nr.mint(s, usd(10))
	id := e.openToken(nr, s, r, usd(10), 0)
	e.ok(e.ch.Claim(e.opts(r, nil), id, usd(2), e.sign(s, id, usd(2))))
	e.ok(e.ch.RedeemVoucher(e.opts(r, nil), id, usd(4), e.sign(s, id, usd(4))))
	if b := nr.balanceOf(e.addrs[r]); b.Cmp(usd(4)) != 0 {
		t.Fatalf("recipient got %s", b)
	}
	if b := nr.balanceOf(e.addrs[s]); b.Cmp(usd(6)) != 0 {
		t.Fatalf("sender refunded to %s", b)
	}

	fr := e.deployFalseReturn()
	fr.mint(s, usd(10))
	e.refused("SafeERC20FailedOperation")(e.ch.CreateTokenChannel(e.opts(s, nil), fr.addr, e.addrs[r], usd(1), big.NewInt(0)))
}

// TestAttackTokenFeeOnTransfer: a token that delivers less than sent is
// refused at open and at top-up (balance delta), so a channel never holds
// less than its deposit says.
func TestAttackTokenFeeOnTransfer(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	fee := e.deployFee()
	fee.mint(s, usd(100))
	fee.approve(s, usd(100))
	e.refused("FeeOnTransferToken")(e.ch.CreateTokenChannel(e.opts(s, nil), fee.addr, e.addrs[r], usd(10), big.NewInt(0)))
	if b := fee.balanceOf(e.chAddr); b.Sign() != 0 {
		t.Fatalf("contract holds %s", b)
	}
}

// TestAttackTokenReentrancy: a token that calls back into the channel
// contract from its transfer (claim during a claim, withdraw during a
// top-up, a second open during an open) is refused with ReentrantCall; the
// outer call then completes once, paying once.
func TestAttackTokenReentrancy(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	tk, c := e.deployReentrant()
	tk.mint(s, usd(100))
	id := e.openToken(tk, s, r, usd(10), 0)
	reentryCall := func(method string, args ...any) []byte {
		a, err := agentpaymentchannel.AgentPaymentChannelMetaData.GetAbi()
		if err != nil {
			t.Fatal(err)
		}
		data, err := a.Pack(method, args...)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	selector := crypto.Keccak256([]byte("ReentrantCall()"))[:4]
	check := func(what string) {
		t.Helper()
		ok, _ := c.Reentered(e.call())
		ret, _ := c.ReentryError(e.call())
		if ok || !bytes.Equal(ret, selector) {
			t.Fatalf("%s: reentered=%v, error %x (want ReentrantCall %x)", what, ok, ret, selector)
		}
	}
	// During the recipient's claim, the token re-enters claim.
	sig := e.sign(s, id, usd(3))
	e.ok(c.Arm(e.opts(0, nil), e.chAddr, reentryCall("claim", id, usd(3), sig)))
	e.ok(e.ch.Claim(e.opts(r, nil), id, usd(3), sig))
	check("claim in claim")
	if b := tk.balanceOf(e.addrs[r]); b.Cmp(usd(3)) != 0 {
		t.Fatalf("recipient got %s", b)
	}
	// During a top-up, the token re-enters createTokenChannel.
	tk.approve(s, usd(20))
	e.ok(c.Arm(e.opts(0, nil), e.chAddr, reentryCall("createTokenChannel", tk.addr, e.addrs[r], usd(1), big.NewInt(0))))
	e.ok(e.ch.TopUpToken(e.opts(s, nil), id, usd(5)))
	check("open in top-up")
	if ch := e.channel(id); ch.Deposit.Cmp(usd(15)) != 0 || tk.balanceOf(e.chAddr).Cmp(usd(12)) != 0 {
		t.Fatalf("deposit %s, contract holds %s", ch.Deposit, tk.balanceOf(e.chAddr))
	}
}

// TestAttackTokenRefundBlocked: a redeem whose token refund the sender
// cannot take (a blocklisted sender, USDC-style) still pays the recipient;
// the refund is credited to refunds[token][sender] and withdrawn to another
// address. ETH refunds are a separate balance.
func TestAttackTokenRefundBlocked(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	tk, c := e.deployBlocklist()
	tk.mint(s, usd(10))
	id := e.openToken(tk, s, r, usd(10), 0)
	e.ok(c.SetBlocked(e.opts(0, nil), e.addrs[s], true))
	e.ok(e.ch.RedeemVoucher(e.opts(r, nil), id, usd(4), e.sign(s, id, usd(4))))
	if b := tk.balanceOf(e.addrs[r]); b.Cmp(usd(4)) != 0 {
		t.Fatalf("recipient got %s", b)
	}
	if got, _ := e.ch.Refunds(e.call(), tk.addr, e.addrs[s]); got.Cmp(usd(6)) != 0 {
		t.Fatalf("credited %s", got)
	}
	if got, _ := e.ch.RefundOf(e.call(), e.addrs[s]); got.Sign() != 0 {
		t.Fatalf("ETH refund %s", got)
	}
	e.refused("NoRefund")(e.ch.WithdrawRefund(e.opts(s, nil)))
	e.ok(e.ch.WithdrawTokenRefund(e.opts(s, nil), tk.addr, e.addrs[3]))
	if b := tk.balanceOf(e.addrs[3]); b.Cmp(usd(6)) != 0 {
		t.Fatalf("refund withdrawn to %s", b)
	}
	e.refused("NoRefund")(e.ch.WithdrawTokenRefund(e.opts(s, nil), tk.addr, e.addrs[3]))
}

// TestAttackVoucherAcrossAssets: the sender has an ETH channel and a token
// channel to the same recipient; a voucher of one never pays on the other
// (the ids differ because the id binds the asset, and the voucher signs the id).
func TestAttackVoucherAcrossAssets(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	tk, _ := e.deployUSD()
	tk.mint(s, eth(10)) // plenty of base units: amounts below are the same numbers
	ethID := e.open(s, r, eth(1), 0)
	tokID := e.openToken(tk, s, r, eth(1), 0)
	if ethID == tokID {
		t.Fatal("ETH and token channels share an id")
	}
	ethVoucher := e.sign(s, ethID, milli(500))
	e.refused("VoucherSignerMismatch")(e.ch.Claim(e.opts(r, nil), tokID, milli(500), ethVoucher))
	tokVoucher := e.sign(s, tokID, milli(500))
	e.refused("VoucherSignerMismatch")(e.ch.Claim(e.opts(r, nil), ethID, milli(500), tokVoucher))
	e.ok(e.ch.Claim(e.opts(r, nil), tokID, milli(500), tokVoucher))
	if b := tk.balanceOf(e.addrs[r]); b.Cmp(milli(500)) != 0 {
		t.Fatalf("token claim paid %s", b)
	}
}

// TestTestUSDTransferWithAuthorization: the dev token's EIP-3009 transfer
// (what x402's exact scheme settles with) moves the amount once; the same
// authorization again is refused.
func TestTestUSDTransferWithAuthorization(t *testing.T) {
	e := newEnv(t)
	tk, c := e.deployUSD()
	tk.mint(1, usd(10))
	nonce := [32]byte{7}
	valid := e.now() + 3600
	v, r, s := e.transferAuthSig(tk, 1, e.addrs[2], usd(3), valid, nonce)
	rc := e.ok(c.TransferWithAuthorization(e.opts(3, nil), e.addrs[1], e.addrs[2], usd(3), big.NewInt(0), new(big.Int).SetUint64(valid), nonce, v, r, s))
	if b := tk.balanceOf(e.addrs[2]); b.Cmp(usd(3)) != 0 {
		t.Fatalf("moved %s", b)
	}
	t.Logf("transferWithAuthorization: %d gas", rc.GasUsed)
	e.refused("ERC3009UsedAuthorization")(c.TransferWithAuthorization(e.opts(3, nil), e.addrs[1], e.addrs[2], usd(3), big.NewInt(0), new(big.Int).SetUint64(valid), nonce, v, r, s))
	if _, err := c.Mint(e.opts(1, nil), e.addrs[1], usd(1)); err == nil {
		t.Fatal("a non-owner minted")
	}
}
