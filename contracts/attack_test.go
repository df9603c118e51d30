package contracts_test

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"

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
		otherAddr, _ := e.deployChannel(3)
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
