package contracts_test

import (
	"math/big"
	"math/rand"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agentmailroom/mailroom/hosts/chain"
)

// TestPropertyTokenRandomOps drives a seeded random sequence of operations
// over channels in three assets at once — ETH, MailroomTestUSD and a
// USDT-like token without return values — valid and invalid: opens (approve
// + create, for tokens), top-ups in the right and the wrong asset, claims and
// redeems with vouchers of the channel and of another asset's channel,
// requestClose and withdraw. After every step, for each asset, the contract
// holds exactly Σ(deposit − claimed) over its open channels in that asset,
// and no token unit is created or lost (accounts + contract = minted).
func TestPropertyTokenRandomOps(t *testing.T) {
	e := newEnv(t)
	rng := rand.New(rand.NewSource(*propertySeed + 1))
	users := []int{1, 2, 3, 4}
	usdTok, _ := e.deployUSD()
	nr := e.deployNoReturn()
	tokens := []*token{usdTok, nr}
	minted := usd(1_000_000)
	for _, tk := range tokens {
		for _, u := range users {
			tk.mint(u, minted)
			tk.approve(u, new(big.Int).Lsh(big.NewInt(1), 200)) // approve once, generously
		}
	}
	type tmodel struct {
		model
		asset common.Address // zero: ETH
		tk    *token
	}
	var chans []*tmodel
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
	amountIn := func(lo, hi *big.Int) *big.Int {
		span := new(big.Int).Sub(hi, lo)
		if span.Sign() <= 0 {
			return new(big.Int).Set(lo)
		}
		return new(big.Int).Add(lo, new(big.Int).Rand(rng, new(big.Int).Add(span, big.NewInt(1))))
	}
	check := func(step int) {
		t.Helper()
		held := map[common.Address]*big.Int{{}: new(big.Int), usdTok.addr: new(big.Int), nr.addr: new(big.Int)}
		for _, c := range chans {
			if c.open {
				held[c.asset].Add(held[c.asset], new(big.Int).Sub(c.deposit, c.claimed))
			}
		}
		if got := e.balance(e.chAddr); got.Cmp(held[common.Address{}]) != 0 {
			t.Fatalf("step %d: contract holds %s wei, open ETH channels %s", step, got, held[common.Address{}])
		}
		for _, tk := range tokens {
			got := tk.balanceOf(e.chAddr)
			if got.Cmp(held[tk.addr]) != 0 {
				t.Fatalf("step %d: contract holds %s of %s, open channels %s", step, got, tk.addr.Hex(), held[tk.addr])
			}
			sum := new(big.Int).Set(got)
			for _, u := range users {
				sum.Add(sum, tk.balanceOf(e.addrs[u]))
			}
			if want := new(big.Int).Mul(minted, big.NewInt(int64(len(users)))); sum.Cmp(want) != 0 {
				t.Fatalf("step %d: %s units of %s exist, %s were minted", step, sum, tk.addr.Hex(), want)
			}
		}
	}
	ops := *propertyOps
	for step := 0; step < ops; step++ {
		var c *tmodel
		if len(chans) > 0 {
			c = chans[rng.Intn(len(chans))]
		}
		op := rng.Intn(8)
		if c == nil {
			op = 0
		}
		switch op {
		case 0: // open in a random asset
			s, r := users[rng.Intn(len(users))], users[rng.Intn(len(users))]
			dep := amountIn(big.NewInt(1), usd(50))
			which := rng.Intn(3)
			want := ""
			if s == r {
				want = "InvalidRecipient"
			}
			var tx *types.Transaction
			var err error
			var asset common.Address
			var tk *token
			if which == 0 {
				tx, err = e.ch.CreateChannel(e.opts(s, dep), e.addrs[r], big.NewInt(30))
			} else {
				tk = tokens[which-1]
				asset = tk.addr
				tx, err = e.ch.CreateTokenChannel(e.opts(s, nil), asset, e.addrs[r], dep, big.NewInt(30))
			}
			if expect("open", want, tx, err) {
				rc, _ := e.client.TransactionReceipt(t.Context(), tx.Hash())
				chans = append(chans, &tmodel{model: model{id: e.createdID(rc), sender: s, recipient: r, deposit: dep, claimed: new(big.Int), delay: 30, open: true}, asset: asset, tk: tk})
			}
		case 1: // top up, sometimes in the wrong asset
			amt := amountIn(big.NewInt(1), usd(5))
			ethTopUp := rng.Intn(2) == 0
			want := ""
			switch {
			case !c.open:
				want = "ChannelNotOpen"
			case c.closeAt != 0:
				want = "CloseAlreadyRequested"
			case ethTopUp != (c.asset == common.Address{}):
				want = "WrongAsset"
			}
			var tx *types.Transaction
			var err error
			if ethTopUp {
				tx, err = e.ch.TopUp(e.opts(c.sender, amt), c.id)
			} else {
				tx, err = e.ch.TopUpToken(e.opts(c.sender, nil), c.id, amt)
			}
			if expect("topUp", want, tx, err) {
				c.deposit.Add(c.deposit, amt)
			}
		case 2, 3, 4: // claim or redeem, sometimes with another channel's voucher
			redeem := op == 4
			var amt *big.Int
			if rng.Intn(5) == 0 {
				amt = amountIn(big.NewInt(0), c.claimed)
			} else {
				amt = amountIn(new(big.Int).Add(c.claimed, big.NewInt(1)), c.deposit)
			}
			signedFor := c
			if rng.Intn(4) == 0 {
				signedFor = chans[rng.Intn(len(chans))]
			}
			want := ""
			switch {
			case !c.open:
				want = "ChannelNotOpen"
			case amt.Cmp(c.claimed) <= 0:
				want = "VoucherNotIncreasing"
			case signedFor.id != c.id:
				want = "VoucherSignerMismatch"
			}
			sig := e.sign(c.sender, signedFor.id, amt)
			var tx *types.Transaction
			var err error
			name := "claim"
			if redeem {
				name = "redeem"
				tx, err = e.ch.RedeemVoucher(e.opts(c.recipient, nil), c.id, amt, sig)
			} else {
				tx, err = e.ch.Claim(e.opts(c.recipient, nil), c.id, amt, sig)
			}
			if expect(name, want, tx, err) {
				c.claimed = amt
				if redeem {
					c.open = false
				}
			}
		case 5: // requestClose
			want := ""
			switch {
			case !c.open:
				want = "ChannelNotOpen"
			case c.closeAt != 0:
				want = "CloseAlreadyRequested"
			}
			tx, err := e.ch.RequestClose(e.opts(c.sender, nil), c.id)
			if expect("requestClose", want, tx, err) {
				c.closeAt = e.now()
			}
		case 6: // time passes
			e.advance(time.Duration(10+rng.Intn(30)) * time.Second)
			counts["advance"]++
		case 7: // withdraw
			want := ""
			switch {
			case !c.open:
				want = "ChannelNotOpen"
			case c.closeAt == 0:
				want = "CloseNotRequested"
			case e.now()+1 < c.closeAt+c.delay: // the next block is at least now+1
				want = "WithdrawTooEarly"
			}
			if want == "WithdrawTooEarly" || (want == "" && e.now() < c.closeAt+c.delay) {
				// Too close to call: let time pass instead.
				e.advance(time.Duration(c.delay) * time.Second)
				counts["advance"]++
				continue
			}
			tx, err := e.ch.Withdraw(e.opts(c.sender, nil), c.id)
			if expect("withdraw", want, tx, err) {
				c.open = false
			}
		}
		check(step)
	}
	t.Logf("%d operations over %d channels: %v", ops, len(chans), counts)
	for _, k := range []string{"open ok", "claim ok", "redeem ok", "topUp ok", "topUp refused", "claim refused", "withdraw ok"} {
		if counts[k] == 0 {
			t.Errorf("no %q in the run: the sequence does not exercise it", k)
		}
	}
}
