package contracts_test

import (
	"flag"
	"math/big"
	"math/rand"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agentmailroom/mailroom/hosts/chain"
)

var (
	propertySeed = flag.Int64("property.seed", 20260401, "seed of TestPropertyRandomOps")
	propertyOps  = flag.Int("property.ops", 300, "operations in TestPropertyRandomOps")
)

// model is the test's own idea of a channel.
type model struct {
	id                   [32]byte
	sender, recipient    int
	deposit, claimed     *big.Int
	delay                uint64
	closeAt              uint64 // closeRequestedAt, 0 if none
	open                 bool
	lastSigned, lastSent *big.Int
}

// TestPropertyRandomOps drives a seeded random sequence of channel
// operations — valid and invalid — and checks after every step that each
// outcome matches a model, that the contract's balance equals Σ(deposit −
// claimed) over open channels + Σ refundOf + the ETH force-sent to it, and
// that no wei is created or lost: the accounts' and the contract's balances
// plus all gas paid stay constant. Account 5 is a sender whose address
// sometimes rejects ETH (EIP-7702 code that reverts or burns its gas), so
// its redeemVoucher refunds get credited and pulled later; account 0 now
// and then force-sends ETH to the contract (selfdestruct), which stays
// stranded. It runs under mainnet (Osaka) rules and under go-ethereum's dev rules.
func TestPropertyRandomOps(t *testing.T) {
	t.Run("osaka", func(t *testing.T) { randomOps(t, newEnv(t)) })
	t.Run("dev", func(t *testing.T) { randomOps(t, newEnvRules(t, devRules())) })
}

func randomOps(t *testing.T, e *env) {
	rng := rand.New(rand.NewSource(*propertySeed))
	users := []int{1, 2, 3, 4}
	const hostile = 5 // a sender (never a recipient) whose code may reject ETH
	senders := append(append([]int(nil), users...), hostile)
	rejecters := []common.Address{e.deployCode(0, rejectRevert), e.deployCode(0, rejectBurn)}
	rejecting := false
	refunds := map[int]*big.Int{} // the model of refundOf
	refundOf := func(i int) *big.Int {
		if refunds[i] == nil {
			refunds[i] = new(big.Int)
		}
		return refunds[i]
	}
	forced := new(big.Int) // ETH force-sent to the contract: stranded
	// pays reports whether a payment of amount to account i goes through.
	pays := func(i int, amount *big.Int) bool { return amount.Sign() == 0 || i != hostile || !rejecting }
	total := func() *big.Int {
		s := new(big.Int).Set(e.gasSpent)
		for _, a := range e.addrs {
			s.Add(s, e.balance(a))
		}
		return s.Add(s, e.balance(e.chAddr))
	}
	start := total()
	var chans []*model
	pick := func() *model {
		if len(chans) == 0 {
			return nil
		}
		// Prefer open channels.
		for i := 0; i < 4; i++ {
			if c := chans[rng.Intn(len(chans))]; c.open {
				return c
			}
		}
		return chans[rng.Intn(len(chans))]
	}
	// expect runs one operation and checks its outcome against want ("" = success).
	counts := map[string]int{}
	expect := func(op, want string, tx *types.Transaction, err error) bool {
		t.Helper()
		if want == "" {
			if err != nil {
				t.Fatalf("%s refused (%s: %v), model expected success", op, chain.RevertName(err), err)
			}
			e.mine(tx)
			counts[op+" ok"]++
			return true
		}
		e.checkRefused(want, tx, err)
		counts[op+" refused"]++
		return false
	}
	amountIn := func(lo, hi *big.Int) *big.Int { // uniform-ish in [lo, hi]
		span := new(big.Int).Sub(hi, lo)
		if span.Sign() <= 0 {
			return new(big.Int).Set(lo)
		}
		return new(big.Int).Add(lo, new(big.Int).Rand(rng, new(big.Int).Add(span, big.NewInt(1))))
	}
	for step := 0; step < *propertyOps; step++ {
		c := pick()
		op := rng.Intn(13)
		if c == nil {
			op = 0
		}
		switch op {
		case 0: // create
			s, r := senders[rng.Intn(len(senders))], users[rng.Intn(len(users))]
			if rng.Intn(3) == 0 {
				s = hostile
			}
			dep := amountIn(big.NewInt(1), milli(50))
			delay := []uint64{0, 30, 120}[rng.Intn(3)]
			want := ""
			if s == r {
				want = "InvalidRecipient"
			}
			tx, err := e.ch.CreateChannel(e.opts(s, dep), e.addrs[r], new(big.Int).SetUint64(delay))
			if expect("create", want, tx, err) {
				rc, _ := e.client.TransactionReceipt(t.Context(), tx.Hash())
				ev, perr := e.ch.ParseChannelCreated(*rc.Logs[0])
				if perr != nil {
					t.Fatal(perr)
				}
				chans = append(chans, &model{id: ev.ChannelId, sender: s, recipient: r, deposit: dep, claimed: new(big.Int), delay: delay, open: true})
			}
		case 1: // top up
			from := c.sender
			if rng.Intn(4) == 0 {
				from = users[rng.Intn(len(users))]
			}
			amt := amountIn(big.NewInt(1), milli(10))
			want := ""
			switch {
			case !c.open:
				want = "ChannelNotOpen"
			case from != c.sender:
				want = "NotSender"
			case c.closeAt != 0:
				want = "CloseAlreadyRequested"
			}
			tx, err := e.ch.TopUp(e.opts(from, amt), c.id)
			if expect("topUp", want, tx, err) {
				c.deposit.Add(c.deposit, amt)
			}
		case 2, 3, 4, 5: // claim or redeem
			redeem := op == 5
			from := c.recipient
			if rng.Intn(5) == 0 {
				from = users[rng.Intn(len(users))]
			}
			// Mostly valid amounts, sometimes stale or above the deposit.
			var amt *big.Int
			switch rng.Intn(6) {
			case 0:
				amt = amountIn(big.NewInt(0), c.claimed)
			case 1:
				amt = amountIn(new(big.Int).Add(c.deposit, big.NewInt(1)), new(big.Int).Add(c.deposit, milli(5)))
			default:
				amt = amountIn(new(big.Int).Add(c.claimed, big.NewInt(1)), c.deposit)
			}
			signer := c.sender
			if rng.Intn(10) == 0 {
				signer = users[rng.Intn(len(users))]
			}
			want := ""
			switch {
			case !c.open:
				want = "ChannelNotOpen"
			case from != c.recipient:
				want = "NotRecipient"
			case amt.Cmp(c.claimed) <= 0:
				want = "VoucherNotIncreasing"
			case amt.Cmp(c.deposit) > 0:
				want = "VoucherExceedsDeposit"
			case signer != c.sender:
				want = "VoucherSignerMismatch"
			}
			sig := e.sign(signer, c.id, amt)
			name := "claim"
			var tx *types.Transaction
			var err error
			if redeem {
				name = "redeem"
				tx, err = e.ch.RedeemVoucher(e.opts(from, nil), c.id, amt, sig)
			} else {
				tx, err = e.ch.Claim(e.opts(from, nil), c.id, amt, sig)
			}
			if expect(name, want, tx, err) {
				if redeem {
					c.open = false
					if refund := new(big.Int).Sub(c.deposit, amt); !pays(c.sender, refund) {
						refundOf(c.sender).Add(refundOf(c.sender), refund)
						counts["redeem credited"]++
					}
				}
				c.claimed = amt
			}
		case 6: // request close
			from := c.sender
			if rng.Intn(4) == 0 {
				from = users[rng.Intn(len(users))]
			}
			want := ""
			switch {
			case !c.open:
				want = "ChannelNotOpen"
			case from != c.sender:
				want = "NotSender"
			case c.closeAt != 0:
				want = "CloseAlreadyRequested"
			}
			tx, err := e.ch.RequestClose(e.opts(from, nil), c.id)
			if expect("requestClose", want, tx, err) {
				c.closeAt = e.channel(c.id).CloseRequestedAt.Uint64()
			}
		case 7: // withdraw
			want := ""
			now := e.now()
			switch {
			case !c.open:
				want = "ChannelNotOpen"
			case c.closeAt == 0:
				want = "CloseNotRequested"
			case now+3 < c.closeAt+c.delay:
				want = "WithdrawTooEarly"
			case now < c.closeAt+c.delay+3:
				continue // too close to the boundary to predict the next block's time
			case !pays(c.sender, new(big.Int).Sub(c.deposit, c.claimed)):
				want = "TransferFailed" // withdraw pays msg.sender and reverts: nothing moves
			}
			tx, err := e.ch.Withdraw(e.opts(c.sender, nil), c.id)
			if expect("withdraw", want, tx, err) {
				c.open = false
			}
		case 10: // the hostile sender's code starts or stops rejecting ETH
			if rng.Intn(2) == 0 {
				e.advance(time.Duration(rng.Intn(90)) * time.Second)
				break
			}
			if rejecting {
				e.delegate(hostile, common.Address{})
			} else {
				e.delegate(hostile, rejecters[rng.Intn(len(rejecters))])
			}
			rejecting = !rejecting
			counts["toggle"]++
		case 11: // pull credited refunds, to oneself or elsewhere
			from := senders[rng.Intn(len(senders))]
			if rng.Intn(3) != 0 {
				from = hostile
			}
			owed := new(big.Int).Set(refundOf(from))
			if owed.Sign() == 0 && rng.Intn(3) != 0 {
				break // mostly pull when something is owed
			}
			var tx *types.Transaction
			var err error
			name, to := "withdrawRefund", from
			if rng.Intn(3) == 0 {
				name, to = "withdrawRefundTo", users[rng.Intn(len(users))]
				tx, err = e.ch.WithdrawRefundTo(e.opts(from, nil), e.addrs[to])
			} else {
				tx, err = e.ch.WithdrawRefund(e.opts(from, nil))
			}
			want := ""
			switch {
			case owed.Sign() == 0:
				want = "NoRefund"
			case !pays(to, owed):
				want = "TransferFailed"
			}
			if expect(name, want, tx, err) {
				refundOf(from).SetInt64(0)
			}
		case 12: // force-send ETH (a contract created to selfdestruct to the channel contract)
			if rng.Intn(4) != 0 {
				e.advance(time.Duration(rng.Intn(90)) * time.Second)
				break
			}
			amt := amountIn(big.NewInt(1), milli(3))
			initCode := append(append([]byte{0x73}, e.chAddr[:]...), 0xff) // PUSH20 channel contract, SELFDESTRUCT
			e.mine(e.rawTx(0, nil, amt, initCode, 100_000))
			forced.Add(forced, amt)
			counts["forceSend ok"]++
		default: // let time pass
			e.advance(time.Duration(rng.Intn(90)) * time.Second)
		}

		// Invariants.
		sum := new(big.Int)
		for _, m := range chans {
			onchain := e.channel(m.id)
			if onchain.Open != m.open || onchain.Deposit.Cmp(m.deposit) != 0 || onchain.Claimed.Cmp(m.claimed) != 0 {
				t.Fatalf("step %d: channel %x on chain %+v, model %+v", step, m.id[:4], onchain, m)
			}
			if m.open {
				sum.Add(sum, new(big.Int).Sub(m.deposit, m.claimed))
			}
		}
		credited := new(big.Int)
		for _, i := range senders {
			onchain, err := e.ch.RefundOf(e.call(), e.addrs[i])
			if err != nil {
				t.Fatal(err)
			}
			if onchain.Cmp(refundOf(i)) != 0 {
				t.Fatalf("step %d: refundOf(%d) on chain %s, model %s", step, i, onchain, refundOf(i))
			}
			credited.Add(credited, onchain)
		}
		if bal, want := e.balance(e.chAddr), new(big.Int).Add(new(big.Int).Add(sum, credited), forced); bal.Cmp(want) != 0 {
			t.Fatalf("step %d: contract balance %s != Σ(deposit − claimed) %s + Σ refundOf %s + force-sent %s", step, bal, sum, credited, forced)
		}
		if now := total(); now.Cmp(start) != 0 {
			t.Fatalf("step %d: wei created or lost: total %s, started with %s", step, now, start)
		}
	}
	t.Logf("seed %d, %d channels, outcomes %v", *propertySeed, len(chans), counts)
	for _, must := range []string{"create ok", "claim ok", "redeem ok", "topUp ok", "requestClose ok", "withdraw ok", "claim refused",
		"redeem credited", "withdrawRefund ok", "withdrawRefund refused", "withdrawRefundTo ok", "withdraw refused", "forceSend ok"} {
		if counts[must] == 0 {
			t.Errorf("no %q in %d ops: the generator is too narrow", must, *propertyOps)
		}
	}
}
