package contracts_test

import (
	"bytes"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agentmailroom/mailroom/contracts/gen/agentpaymentchannel"
	"github.com/agentmailroom/mailroom/contracts/gen/reentrantrecipient"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/registration"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/hosts/chain"
)

// Each test here is one attack of issue 4; every one must be refused.

func TestAttackVoucherForOtherChannel(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	a := e.open(s, r, milli(100), 60)
	b := e.open(s, r, milli(100), 60)
	e.refused("VoucherSignerMismatch")(e.ch.Claim(e.opts(r, nil), b, milli(10), e.sign(s, a, milli(10))))
	e.refused("VoucherSignerMismatch")(e.ch.RedeemVoucher(e.opts(r, nil), b, milli(10), e.sign(s, a, milli(10))))
	// A voucher signed by someone else than the sender is refused too.
	e.refused("VoucherSignerMismatch")(e.ch.Claim(e.opts(r, nil), a, milli(10), e.sign(r, a, milli(10))))
}

func TestAttackReplayAfterReopen(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	first := e.open(s, r, milli(100), 60)
	old := e.sign(s, first, milli(50))
	e.ok(e.ch.RedeemVoucher(e.opts(r, nil), first, milli(10), e.sign(s, first, milli(10))))
	second := e.open(s, r, milli(100), 60)
	if second == first {
		t.Fatal("reopened channel has the old id")
	}
	e.refused("ChannelNotOpen")(e.ch.Claim(e.opts(r, nil), first, milli(50), old))
	e.refused("VoucherSignerMismatch")(e.ch.Claim(e.opts(r, nil), second, milli(50), old))
	e.refused("VoucherSignerMismatch")(e.ch.RedeemVoucher(e.opts(r, nil), second, milli(50), old))
}

func TestAttackVoucherNotIncreasing(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	id := e.open(s, r, milli(100), 60)
	e.refused("VoucherNotIncreasing")(e.ch.Claim(e.opts(r, nil), id, big.NewInt(0), e.sign(s, id, big.NewInt(0))))
	e.ok(e.ch.Claim(e.opts(r, nil), id, milli(30), e.sign(s, id, milli(30))))
	for _, amt := range []*big.Int{milli(30), milli(29), milli(1)} {
		e.refused("VoucherNotIncreasing")(e.ch.Claim(e.opts(r, nil), id, amt, e.sign(s, id, amt)))
		e.refused("VoucherNotIncreasing")(e.ch.RedeemVoucher(e.opts(r, nil), id, amt, e.sign(s, id, amt)))
	}
}

func TestAttackVoucherAboveDeposit(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	id := e.open(s, r, milli(100), 60)
	over := new(big.Int).Add(milli(100), big.NewInt(1))
	e.refused("VoucherExceedsDeposit")(e.ch.Claim(e.opts(r, nil), id, over, e.sign(s, id, over)))
	e.refused("VoucherExceedsDeposit")(e.ch.RedeemVoucher(e.opts(r, nil), id, over, e.sign(s, id, over)))
	huge := new(big.Int).Lsh(big.NewInt(1), 200)
	e.refused("VoucherExceedsDeposit")(e.ch.Claim(e.opts(r, nil), id, huge, e.sign(s, id, huge)))
}

func TestAttackHighS(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	id := e.open(s, r, milli(100), 60)
	sig := e.sign(s, id, milli(10))
	// Malleate: (r, n-s, v flipped between 27 and 28) recovers the same key.
	n := crypto.S256().Params().N
	hs := append([]byte(nil), sig...)
	copy(hs[32:64], math.U256Bytes(new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))))
	hs[64] = 55 - hs[64] // 27 <-> 28
	if new(big.Int).SetBytes(hs[32:64]).Cmp(new(big.Int).Rsh(n, 1)) <= 0 {
		t.Fatal("malleated s is not high; the test is broken")
	}
	e.refused("SignatureHighS")(e.ch.Claim(e.opts(r, nil), id, milli(10), hs))
	e.refused("SignatureHighS")(e.ch.RedeemVoucher(e.opts(r, nil), id, milli(10), hs))
	// High-s consent signatures are refused by the registry too.
	deadline := e.now() + 600
	c := e.consent(3, e.addrs[0], deadline)
	copy(c[32:64], math.U256Bytes(new(big.Int).Sub(n, new(big.Int).SetBytes(c[32:64]))))
	c[64] = 55 - c[64]
	e.refused("SignatureHighS")(e.reg.RegisterAgent(e.opts(0, nil), e.addrs[3], "x", nil, big.NewInt(0), new(big.Int).SetUint64(deadline), c))
}

func TestAttackWrongDomain(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	id := e.open(s, r, milli(100), 60)
	t.Run("chainId", func(t *testing.T) {
		d := voucher.NewDomain(e.chainID.Uint64()+1, ethsig.Address(e.chAddr))
		e.refused("VoucherSignerMismatch")(e.ch.Claim(e.opts(r, nil), id, milli(10), e.signWith(d, s, id, milli(10))))
	})
	t.Run("contract", func(t *testing.T) {
		otherAddr, _ := e.deployChannel(3, 0)
		d := voucher.NewDomain(e.chainID.Uint64(), ethsig.Address(otherAddr))
		e.refused("VoucherSignerMismatch")(e.ch.Claim(e.opts(r, nil), id, milli(10), e.signWith(d, s, id, milli(10))))
	})
	t.Run("registry", func(t *testing.T) {
		// A consent for another chain or another registry does not register.
		deadline := e.now() + 600
		consent := &registration.Consent{Agent: ethsig.Address(e.addrs[3]), Owner: ethsig.Address(e.addrs[0]), Deadline: deadline}
		for _, d := range []*registration.Domain{
			registration.NewDomain(e.chainID.Uint64()+1, ethsig.Address(e.regAddr)),
			registration.NewDomain(e.chainID.Uint64(), ethsig.Address(e.chAddr)),
		} {
			sig := d.Sign(e.coreKey(3), consent)
			e.refused("ConsentSignerMismatch")(e.reg.RegisterAgent(e.opts(0, nil), e.addrs[3], "x", nil, big.NewInt(0), new(big.Int).SetUint64(deadline), sig.Bytes()))
		}
	})
}

func TestAttackNotRecipient(t *testing.T) {
	e := newEnv(t)
	s, r, x := 1, 2, 3
	id := e.open(s, r, milli(100), 60)
	sig := e.sign(s, id, milli(10))
	for _, who := range []int{s, x, 0} {
		e.refused("NotRecipient")(e.ch.Claim(e.opts(who, nil), id, milli(10), sig))
		e.refused("NotRecipient")(e.ch.RedeemVoucher(e.opts(who, nil), id, milli(10), sig))
	}
	// Other sender-only functions refuse strangers.
	e.refused("NotSender")(e.ch.RequestClose(e.opts(x, nil), id))
	e.refused("NotSender")(e.ch.Withdraw(e.opts(x, nil), id))
	e.refused("NotSender")(e.ch.TopUp(e.opts(x, milli(1)), id))
}

func TestAttackEarlyWithdraw(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	id := e.open(s, r, milli(100), 3600)
	e.refused("CloseNotRequested")(e.ch.Withdraw(e.opts(s, nil), id))
	e.ok(e.ch.RequestClose(e.opts(s, nil), id))
	e.refused("WithdrawTooEarly")(e.ch.Withdraw(e.opts(s, nil), id))
	e.advance(3500 * time.Second)
	e.refused("WithdrawTooEarly")(e.ch.Withdraw(e.opts(s, nil), id))
	e.advance(101 * time.Second)
	e.ok(e.ch.Withdraw(e.opts(s, nil), id))
}

func TestAttackRegisterWithoutConsent(t *testing.T) {
	e := newEnv(t)
	thief, victim := 0, 3
	deadline := new(big.Int).SetUint64(e.now() + 600)
	// No signature.
	e.refused("InvalidSignatureLength")(e.reg.RegisterAgent(e.opts(thief, nil), e.addrs[victim], "x", nil, big.NewInt(0), deadline, nil))
	// The thief's own signature.
	e.refused("ConsentSignerMismatch")(e.reg.RegisterAgent(e.opts(thief, nil), e.addrs[victim], "x", nil, big.NewInt(0), deadline, e.consent(thief, e.addrs[thief], deadline.Uint64())))
	// The victim's consent for another owner.
	e.refused("ConsentSignerMismatch")(e.reg.RegisterAgent(e.opts(thief, nil), e.addrs[victim], "x", nil, big.NewInt(0), deadline, e.consent(victim, e.addrs[1], deadline.Uint64())))
	// The victim's consent with another deadline.
	later := new(big.Int).Add(deadline, big.NewInt(1))
	e.refused("ConsentSignerMismatch")(e.reg.RegisterAgent(e.opts(thief, nil), e.addrs[victim], "x", nil, big.NewInt(0), later, e.consent(victim, e.addrs[thief], deadline.Uint64())))
	if a, _ := e.reg.GetAgent(e.call(), e.addrs[victim]); a.Registered {
		t.Fatal("victim got registered")
	}
}

func TestAttackExpiredConsent(t *testing.T) {
	e := newEnv(t)
	owner, agent := 0, 3
	deadline := e.now() + 60
	sig := e.consent(agent, e.addrs[owner], deadline)
	e.advance(120 * time.Second)
	e.refused("ConsentExpired")(e.reg.RegisterAgent(e.opts(owner, nil), e.addrs[agent], "x", nil, big.NewInt(0), new(big.Int).SetUint64(deadline), sig))
}

func TestAttackReentrancy(t *testing.T) {
	e := newEnv(t)
	s := 1
	atkAddr, tx, atk, err := reentrantrecipient.DeployReentrantRecipient(e.opts(4, nil), e.client)
	if err != nil {
		t.Fatal(err)
	}
	e.mine(tx)
	rc := e.ok(e.ch.CreateChannel(e.opts(s, milli(100)), atkAddr, big.NewInt(60)))
	ev, _ := e.ch.ParseChannelCreated(*rc.Logs[0])
	id := ev.ChannelId

	for _, tc := range []struct {
		name string
		mode uint8
	}{{"claim", 1}, {"redeem", 2}} {
		t.Run(tc.name+"/bubble", func(t *testing.T) {
			// The re-entry reverts with ReentrantCall and the revert propagates:
			// the whole claim fails and nothing moves.
			e.ok(atk.Arm(e.opts(4, nil), e.chAddr, tc.mode, true, id, milli(60), e.sign(s, id, milli(60))))
			before := e.balance(e.chAddr)
			_, err := atk.Claim(e.opts(4, nil), e.chAddr, id, milli(20), e.sign(s, id, milli(20)))
			if err == nil {
				t.Fatal("claim with a re-entering recipient succeeded")
			}
			if got := chain.RevertName(err); got != "TransferFailed" && got != "ReentrantCall" {
				t.Fatalf("revert %q (%v)", got, err)
			}
			if e.balance(e.chAddr).Cmp(before) != 0 || e.channel(id).Claimed.Sign() != 0 {
				t.Fatal("state changed")
			}
		})
	}
	t.Run("swallow", func(t *testing.T) {
		// The attacker swallows the failed re-entry: the outer claim pays exactly once.
		e.ok(atk.Arm(e.opts(4, nil), e.chAddr, 2, false, id, milli(60), e.sign(s, id, milli(60))))
		e.ok(atk.Claim(e.opts(4, nil), e.chAddr, id, milli(20), e.sign(s, id, milli(20))))
		if f, _ := atk.ReentryFailures(e.call()); f.Int64() != 1 {
			t.Fatalf("reentryFailures %s", f)
		}
		if n, _ := atk.ReentrySuccesses(e.call()); n.Sign() != 0 {
			t.Fatal("re-entry succeeded")
		}
		last, _ := atk.LastRevert(e.call())
		sel := crypto.Keccak256([]byte("ReentrantCall()"))[:4]
		if !bytes.Equal(last, sel) {
			t.Fatalf("re-entry reverted with %x, want ReentrantCall %x", last, sel)
		}
		if bal := e.balance(atkAddr); bal.Cmp(milli(20)) != 0 {
			t.Fatalf("attacker holds %s, want 20 finney", bal)
		}
		c := e.channel(id)
		if c.Claimed.Cmp(milli(20)) != 0 || !c.Open || e.balance(e.chAddr).Cmp(milli(80)) != 0 {
			t.Fatalf("channel %+v, contract %s", c, e.balance(e.chAddr))
		}
		// Redeeming with a re-entering claim also pays once and closes.
		e.ok(atk.Arm(e.opts(4, nil), e.chAddr, 1, false, id, milli(90), e.sign(s, id, milli(90))))
		e.ok(atk.Redeem(e.opts(4, nil), e.chAddr, id, milli(60), e.sign(s, id, milli(60))))
		if bal := e.balance(atkAddr); bal.Cmp(milli(60)) != 0 {
			t.Fatalf("attacker holds %s, want 60 finney", bal)
		}
		if e.balance(e.chAddr).Sign() != 0 || e.channel(id).Open {
			t.Fatal("channel not closed cleanly")
		}
	})
}

// ---- Money-safety attacks (withdraw delay, refund griefing, registry powers) ----

// TestAttackWithdrawDelayTheft: a sender opens a channel with withdrawDelay
// 0, is served against vouchers, then mines requestClose and withdraw in
// consecutive blocks, and the recipient is paid nothing. A deployment with
// a minimum withdraw delay refuses such a channel, and within the minimum
// the recipient redeems what it served.
func TestAttackWithdrawDelayTheft(t *testing.T) {
	e := newEnv(t)
	s, r := 1, 2
	min := uint64(chain.DefaultMinWithdrawDelay)
	addr, ch := e.deployChannel(0, min)
	if got, _ := ch.MinWithdrawDelay(e.call()); got.Uint64() != min {
		t.Fatalf("minWithdrawDelay %s", got)
	}
	for _, delay := range []uint64{0, 1, min - 1} {
		tx, err := ch.CreateChannel(e.opts(s, milli(100)), e.addrs[r], u64(delay))
		if err == nil {
			rc := e.mine(tx)
			ev, _ := ch.ParseChannelCreated(*rc.Logs[0])
			id := ev.ChannelId
			d := voucher.NewDomain(e.chainID.Uint64(), ethsig.Address(addr))
			served := e.signWith(d, s, id, milli(40)) // the recipient served 40 finney of work
			e.ok(ch.RequestClose(e.opts(s, nil), id))
			e.ok(ch.Withdraw(e.opts(s, nil), id)) // the very next block
			_, rerr := ch.RedeemVoucher(e.opts(r, nil), id, milli(40), served)
			t.Fatalf("withdrawDelay %d accepted: the sender withdrew in the block after requestClose and the recipient's redeem of a 40 finney voucher fails with %s",
				delay, chain.RevertName(rerr))
		}
		e.checkRefused("WithdrawDelayTooShort", tx, err)
		if want := fmt.Sprintf("WithdrawDelayTooShort(withdrawDelay=%d, minimum=%d)", delay, min); !strings.Contains(err.Error(), want) && !strings.Contains(chain.DecodeRevert(revertData(err)), want) {
			t.Errorf("revert %v, want %s", err, want)
		}
	}
	// At the minimum, the sender's requestClose leaves the recipient the whole delay to redeem.
	rc := e.ok(ch.CreateChannel(e.opts(s, milli(100)), e.addrs[r], u64(min)))
	ev, _ := ch.ParseChannelCreated(*rc.Logs[0])
	id := ev.ChannelId
	served := e.signWith(voucher.NewDomain(e.chainID.Uint64(), ethsig.Address(addr)), s, id, milli(40))
	e.ok(ch.RequestClose(e.opts(s, nil), id))
	e.refused("WithdrawTooEarly")(ch.Withdraw(e.opts(s, nil), id))
	e.advance(time.Duration(min-60) * time.Second)
	e.refused("WithdrawTooEarly")(ch.Withdraw(e.opts(s, nil), id))
	rBefore := e.balance(e.addrs[r])
	rc = e.ok(ch.RedeemVoucher(e.opts(r, nil), id, milli(40), served))
	gas := new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice)
	if got := new(big.Int).Sub(e.balance(e.addrs[r]), rBefore); got.Cmp(new(big.Int).Sub(milli(40), gas)) != 0 {
		t.Fatalf("recipient gained %s", got)
	}
	// A minimum above MAX_WITHDRAW_DELAY is refused at deployment.
	o := e.opts(0, nil)
	o.GasLimit = 3_000_000
	_, tx, _, err := agentpaymentchannel.DeployAgentPaymentChannel(o, e.client, u64(365*24*3600+1))
	if err != nil {
		t.Fatal(err)
	}
	e.sim.Commit()
	if rc, _ := e.client.TransactionReceipt(t.Context(), tx.Hash()); rc.Status == types.ReceiptStatusSuccessful {
		t.Fatal("deployed with a minimum above MAX_WITHDRAW_DELAY")
	}
	if _, _, _, err := agentpaymentchannel.DeployAgentPaymentChannel(e.opts(0, nil), e.client, u64(365*24*3600+1)); chain.RevertName(err) != "WithdrawDelayTooLong" {
		t.Fatalf("estimate of a deployment with a minimum above the maximum: %v", err)
	}
	// The maximum itself is a valid minimum.
	e.deployChannel(0, 365*24*3600)
}

// revertData returns the revert data an RPC error carries, or nil.
func revertData(err error) []byte {
	d, _ := chain.RevertData(err)
	return d
}

// TestAttackRefundGriefing: the sender's address rejects ETH at redeem time
// (an EIP-7702 delegated EOA whose code reverts, burns all gas, or reverts
// with 64 KiB of data); the recipient's redeemVoucher must still pay the
// recipient and close the channel, at a bounded gas cost, and the refund
// is credited to the sender, who pulls it later.
func TestAttackRefundGriefing(t *testing.T) {
	for _, tc := range []struct {
		name string
		code []byte
	}{{"revert", rejectRevert}, {"burn-all-gas", rejectBurn}, {"return-bomb", rejectBomb}} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			s, r := 1, 2
			id := e.open(s, r, milli(100), 60)
			voucher := e.sign(s, id, milli(40))
			e.delegate(s, e.deployCode(0, tc.code)) // after being served, the sender turns hostile
			rBefore := e.balance(e.addrs[r])
			o := e.opts(r, nil)
			o.GasLimit = 1_000_000
			tx, err := e.ch.RedeemVoucher(o, id, milli(40), voucher)
			if err != nil {
				t.Fatalf("redeemVoucher refused: %v (%s)", err, chain.RevertName(err))
			}
			e.sim.Commit()
			rc, _ := e.client.TransactionReceipt(t.Context(), tx.Hash())
			gas := new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice)
			e.gasSpent.Add(e.gasSpent, gas)
			if rc.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("redeemVoucher reverted (gas used %d of %d): a sender rejecting its refund blocks the recipient's redeem; recipient paid %s",
					rc.GasUsed, o.GasLimit, new(big.Int).Sub(e.balance(e.addrs[r]), rBefore))
			}
			if rc.GasUsed > 150_000 {
				t.Errorf("redeemVoucher used %d gas: the hostile sender made the recipient pay for it", rc.GasUsed)
			}
			t.Logf("redeemVoucher against a %s sender: %d gas", tc.name, rc.GasUsed)
			if got := new(big.Int).Sub(e.balance(e.addrs[r]), rBefore); got.Cmp(new(big.Int).Sub(milli(40), gas)) != 0 {
				t.Fatalf("recipient gained %s", got)
			}
			var credited bool
			for _, l := range rc.Logs {
				if ev, err := e.ch.ParseRefundCredited(*l); err == nil {
					credited = ev.Account == e.addrs[s] && ev.Amount.Cmp(milli(60)) == 0 && ev.Balance.Cmp(milli(60)) == 0
				}
			}
			if !credited {
				t.Fatal("no RefundCredited(sender, 60 finney) event")
			}
			if c := e.channel(id); c.Open || c.Claimed.Cmp(milli(40)) != 0 {
				t.Fatalf("channel %+v", c)
			}
			if got, _ := e.ch.RefundOf(e.call(), e.addrs[s]); got.Cmp(milli(60)) != 0 {
				t.Fatalf("refundOf(sender) %s", got)
			}
			if e.balance(e.chAddr).Cmp(milli(60)) != 0 {
				t.Fatalf("contract holds %s, want the credited 60 finney", e.balance(e.chAddr))
			}
			// While its code rejects ETH the sender cannot pull to itself, but can pull elsewhere.
			e.refused("TransferFailed")(e.ch.WithdrawRefund(e.opts(s, nil)))
			e.refused("NoRefund")(e.ch.WithdrawRefund(e.opts(r, nil)))
			e.refused("InvalidRecipient")(e.ch.WithdrawRefundTo(e.opts(s, nil), common.Address{}))
			sink := e.addrs[5]
			before := e.balance(sink)
			rc = e.ok(e.ch.WithdrawRefundTo(e.opts(s, nil), sink))
			if ev, err := e.ch.ParseRefundWithdrawn(*rc.Logs[0]); err != nil || ev.Account != e.addrs[s] || ev.To != sink || ev.Amount.Cmp(milli(60)) != 0 {
				t.Fatalf("RefundWithdrawn %+v %v", ev, err)
			}
			if got := new(big.Int).Sub(e.balance(sink), before); got.Cmp(milli(60)) != 0 {
				t.Fatalf("sink received %s", got)
			}
			if got, _ := e.ch.RefundOf(e.call(), e.addrs[s]); got.Sign() != 0 || e.balance(e.chAddr).Sign() != 0 {
				t.Fatalf("after the pull: refundOf %s, contract %s", got, e.balance(e.chAddr))
			}
			e.refused("NoRefund")(e.ch.WithdrawRefund(e.opts(s, nil)))
		})
	}
	t.Run("credit-then-pull-to-self", func(t *testing.T) {
		// Credits add up; once the sender's code takes ETH again it pulls to itself.
		e := newEnv(t)
		s, r := 1, 2
		a, b := e.open(s, r, milli(100), 60), e.open(s, r, milli(50), 60)
		va, vb := e.sign(s, a, milli(10)), e.sign(s, b, milli(20))
		e.delegate(s, e.deployCode(0, rejectRevert))
		e.ok(e.ch.RedeemVoucher(e.opts(r, nil), a, milli(10), va))
		e.ok(e.ch.RedeemVoucher(e.opts(r, nil), b, milli(20), vb))
		if got, _ := e.ch.RefundOf(e.call(), e.addrs[s]); got.Cmp(milli(120)) != 0 {
			t.Fatalf("refundOf %s, want 90 + 30 finney", got)
		}
		e.delegate(s, common.Address{})
		before := e.balance(e.addrs[s])
		rc := e.ok(e.ch.WithdrawRefund(e.opts(s, nil)))
		gas := new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice)
		if got := new(big.Int).Sub(e.balance(e.addrs[s]), before); got.Cmp(new(big.Int).Sub(milli(120), gas)) != 0 {
			t.Fatalf("sender pulled %s", got)
		}
	})
	t.Run("claim-and-withdraw-still-revert", func(t *testing.T) {
		// claim and withdraw pay msg.sender: a payee that rejects ETH only
		// fails its own transaction, and nothing moves.
		e := newEnv(t)
		s, r := 1, 2
		id := e.open(s, r, milli(100), 0)
		sig := e.sign(s, id, milli(10))
		e.delegate(r, e.deployCode(0, rejectRevert))
		e.refused("TransferFailed")(e.ch.Claim(e.opts(r, nil), id, milli(10), sig))
		e.delegate(s, e.deployCode(0, rejectRevert))
		e.ok(e.ch.RequestClose(e.opts(s, nil), id))
		e.refused("TransferFailed")(e.ch.Withdraw(e.opts(s, nil), id))
		if c := e.channel(id); !c.Open || c.Claimed.Sign() != 0 || e.balance(e.chAddr).Cmp(milli(100)) != 0 {
			t.Fatalf("state moved: %+v", c)
		}
	})
}

// registered registers agent with owner through the agent's consent.
func (e *env) registered(owner, agent int) {
	e.t.Helper()
	deadline := e.now() + 3600
	e.ok(e.reg.RegisterAgent(e.opts(owner, nil), e.addrs[agent], "http://agent", nil, big.NewInt(1), u64(deadline), e.consent(agent, e.addrs[owner], deadline)))
}

// TestAttackOwnerReactivatesAfterSelfDeactivation: the owner key leaked, so
// the agent key deactivates itself; the owner (the thief) must not be able
// to turn it back on alone, nor with a consent the agent signed earlier.
func TestAttackOwnerReactivatesAfterSelfDeactivation(t *testing.T) {
	e := newEnv(t)
	owner, agent, other := 0, 3, 4
	e.registered(owner, agent)
	deadline := e.now() + 3600
	early := e.activateConsent(agent, agent, e.nonce(agent), deadline) // signed before the leak, never used
	e.ok(e.reg.DeactivateAgent(e.opts(agent, nil), e.addrs[agent]))
	e.refused("AgentConsentRequired")(e.reg.ActivateAgent(e.opts(owner, nil), e.addrs[agent], big.NewInt(0), nil))
	e.refused("ConsentSignerMismatch")(e.reg.ActivateAgent(e.opts(owner, nil), e.addrs[agent], u64(deadline), early))
	// A consent signed by the owner or anyone but the agent key is refused.
	for _, forger := range []int{owner, other} {
		e.refused("ConsentSignerMismatch")(e.reg.ActivateAgent(e.opts(owner, nil), e.addrs[agent], u64(deadline), e.activateConsent(forger, agent, e.nonce(agent), deadline)))
	}
	// Deactivating again as owner and re-activating "as owner" changes nothing.
	e.ok(e.reg.DeactivateAgent(e.opts(owner, nil), e.addrs[agent]))
	e.refused("AgentConsentRequired")(e.reg.ActivateAgent(e.opts(owner, nil), e.addrs[agent], big.NewInt(0), nil))
	// Nor can the thief move it to a fresh owner who would not need consent.
	e.refused("AgentConsentRequired")(e.reg.TransferAgentOwnership(e.opts(owner, nil), e.addrs[agent], e.addrs[other], big.NewInt(0), nil))
	if a, _ := e.reg.IsActive(e.call(), e.addrs[agent]); a {
		t.Fatal("the owner re-activated a self-deactivated agent")
	}
	// The agent's fresh consent is what revives it, once.
	n := e.nonce(agent)
	fresh := e.activateConsent(agent, agent, n, deadline)
	e.ok(e.reg.ActivateAgent(e.opts(owner, nil), e.addrs[agent], u64(deadline), fresh))
	e.ok(e.reg.DeactivateAgent(e.opts(agent, nil), e.addrs[agent]))
	e.refused("ConsentSignerMismatch")(e.reg.ActivateAgent(e.opts(owner, nil), e.addrs[agent], u64(deadline), fresh))
	// An expired consent is refused.
	deadline = e.now() + 60
	late := e.activateConsent(agent, agent, e.nonce(agent), deadline)
	e.advance(120 * time.Second)
	e.refused("ConsentExpired")(e.reg.ActivateAgent(e.opts(owner, nil), e.addrs[agent], u64(deadline), late))
}

// TestAttackTransferWithoutConsent: the owner (or a thief holding the owner
// key) must not move the agent to a new owner without the agent key's consent.
func TestAttackTransferWithoutConsent(t *testing.T) {
	e := newEnv(t)
	owner, agent, thief := 0, 3, 4
	e.registered(owner, agent)
	deadline := e.now() + 3600
	e.refused("AgentConsentRequired")(e.reg.TransferAgentOwnership(e.opts(owner, nil), e.addrs[agent], e.addrs[thief], u64(deadline), nil))
	// A consent for another new owner does not do either.
	e.refused("ConsentSignerMismatch")(e.reg.TransferAgentOwnership(e.opts(owner, nil), e.addrs[agent], e.addrs[thief], u64(deadline),
		e.transferConsent(agent, agent, e.addrs[1], e.nonce(agent), deadline)))
	// Nor does a registration consent (another type).
	e.refused("ConsentSignerMismatch")(e.reg.TransferAgentOwnership(e.opts(owner, nil), e.addrs[agent], e.addrs[thief], u64(deadline),
		e.consent(agent, e.addrs[thief], deadline)))
	// The agent key alone cannot take its ownership either (a leaked agent key must not lock out the owner).
	e.refused("NotAgentOwner")(e.reg.TransferAgentOwnership(e.opts(agent, nil), e.addrs[agent], e.addrs[agent], big.NewInt(0), nil))
	if got, _ := e.reg.GetAgent(e.call(), e.addrs[agent]); got.Owner != e.addrs[owner] {
		t.Fatalf("owner is now %s", got.Owner.Hex())
	}
}

// TestAttackTransferConsentReplay: a consent the agent gave for A→B must not
// move the agent A→B again after it came back B→A.
func TestAttackTransferConsentReplay(t *testing.T) {
	e := newEnv(t)
	a, b, agent := 0, 1, 3
	e.registered(a, agent)
	deadline := e.now() + 3600
	aToB := e.transferConsent(agent, agent, e.addrs[b], e.nonce(agent), deadline)
	e.ok(e.reg.TransferAgentOwnership(e.opts(a, nil), e.addrs[agent], e.addrs[b], u64(deadline), aToB))
	e.transfer(b, agent, a)
	e.refused("ConsentSignerMismatch")(e.reg.TransferAgentOwnership(e.opts(a, nil), e.addrs[agent], e.addrs[b], u64(deadline), aToB))
	if got, _ := e.reg.GetAgent(e.call(), e.addrs[agent]); got.Owner != e.addrs[a] {
		t.Fatalf("owner is now %s", got.Owner.Hex())
	}
}

// TestAttackTransferConsentExpired: a transfer consent past its deadline is refused.
func TestAttackTransferConsentExpired(t *testing.T) {
	e := newEnv(t)
	owner, agent, next := 0, 3, 4
	e.registered(owner, agent)
	deadline := e.now() + 60
	sig := e.transferConsent(agent, agent, e.addrs[next], e.nonce(agent), deadline)
	e.advance(2 * time.Minute)
	e.refused("ConsentExpired")(e.reg.TransferAgentOwnership(e.opts(owner, nil), e.addrs[agent], e.addrs[next], u64(deadline), sig))
}

// TestAttackTransferConsentWrongSigner: a transfer consent signed by anyone
// but the agent key (the owner, the new owner), or under another domain, is refused.
func TestAttackTransferConsentWrongSigner(t *testing.T) {
	e := newEnv(t)
	owner, agent, next := 0, 3, 4
	e.registered(owner, agent)
	deadline := e.now() + 3600
	for _, forger := range []int{owner, next, 5} {
		e.refused("ConsentSignerMismatch")(e.reg.TransferAgentOwnership(e.opts(owner, nil), e.addrs[agent], e.addrs[next], u64(deadline),
			e.transferConsent(forger, agent, e.addrs[next], e.nonce(agent), deadline)))
	}
	for _, d := range []*registration.Domain{
		registration.NewDomain(e.chainID.Uint64()+1, ethsig.Address(e.regAddr)),
		registration.NewDomain(e.chainID.Uint64(), ethsig.Address(e.chAddr)),
	} {
		sig := d.SignTransfer(e.coreKey(agent), &registration.TransferConsent{Agent: ethsig.Address(e.addrs[agent]), NewOwner: ethsig.Address(e.addrs[next]), Nonce: e.nonce(agent), Deadline: deadline})
		e.refused("ConsentSignerMismatch")(e.reg.TransferAgentOwnership(e.opts(owner, nil), e.addrs[agent], e.addrs[next], u64(deadline), sig.Bytes()))
	}
	// The self-deactivation revokes a consent signed before it.
	good := e.transferConsent(agent, agent, e.addrs[next], e.nonce(agent), deadline)
	e.ok(e.reg.DeactivateAgent(e.opts(agent, nil), e.addrs[agent]))
	e.refused("ConsentSignerMismatch")(e.reg.TransferAgentOwnership(e.opts(owner, nil), e.addrs[agent], e.addrs[next], u64(deadline), good))
}
