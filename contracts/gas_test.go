package contracts_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agentmailroom/mailroom/contracts/gen/mailroomtestusd"
)

// TestGasReport measures the gas of every state-changing function on a
// real EVM and checks it against generous ceilings. `make gas` prints the
// table (run with -v).
func TestGasReport(t *testing.T) {
	osaka := measureGas(t, newEnv(t))
	dev := measureGas(t, newEnvRules(t, devRules()))
	if testing.Verbose() {
		fmt.Println("| function | gas (Osaka, mainnet rules) | × 21000 | gas (go-ethereum dev: Amsterdam/Bogota, EIP-8037) |")
		fmt.Println("| --- | ---: | ---: | ---: |")
		for i, r := range osaka {
			fmt.Printf("| %s | %d | %.2f | %d |\n", r.name, r.gas, float64(r.gas)/21000, dev[i].gas)
		}
	}
	for _, r := range osaka {
		if r.gas > r.max {
			t.Errorf("%s used %d gas under Osaka rules, ceiling %d", r.name, r.gas, r.max)
		}
	}
}

type gasRow struct {
	name string
	gas  uint64
	max  uint64 // ceiling under Osaka rules
}

func measureGas(t *testing.T, e *env) []gasRow {
	s, r := 1, 2
	var rows []gasRow
	add := func(name string, max uint64, rc *types.Receipt) {
		rows = append(rows, gasRow{name, rc.GasUsed, max})
	}

	// Plain transfer, for scale.
	nonce, _ := e.client.PendingNonceAt(context.Background(), e.addrs[s])
	tip := big.NewInt(1e9)
	head, _ := e.client.HeaderByNumber(context.Background(), nil)
	fee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(e.keys[s], types.LatestSignerForChainID(e.chainID), &types.DynamicFeeTx{
		ChainID: e.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: fee, Gas: 21000, To: &e.addrs[r], Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.client.SendTransaction(context.Background(), tx); err != nil {
		t.Fatal(err)
	}
	add("plain ETH transfer", 21000, e.mine(tx))

	add("registerAgent (self, 2 capabilities)", 200_000, e.ok(e.reg.RegisterAgent(e.opts(3, nil), e.addrs[3], "https://agent.example/api", []string{"llm:chat", "tool:search"}, big.NewInt(1e12), big.NewInt(0), nil)))
	deadline := e.now() + 3600
	add("registerAgent (owner + consent signature)", 220_000, e.ok(e.reg.RegisterAgent(e.opts(0, nil), e.addrs[4], "https://agent.example/api", []string{"llm:chat", "tool:search"}, big.NewInt(1e12), new(big.Int).SetUint64(deadline), e.consent(4, e.addrs[0], deadline))))
	add("updateAgent", 120_000, e.ok(e.reg.UpdateAgent(e.opts(0, nil), e.addrs[4], "https://agent.example/v2", []string{"llm:chat"}, big.NewInt(2e12))))
	add("deactivateAgent (owner)", 40_000, e.ok(e.reg.DeactivateAgent(e.opts(0, nil), e.addrs[4])))
	add("activateAgent (owner)", 40_000, e.ok(e.reg.ActivateAgent(e.opts(0, nil), e.addrs[4], big.NewInt(0), nil)))
	add("deactivateAgent (agent key)", 40_000, e.ok(e.reg.DeactivateAgent(e.opts(4, nil), e.addrs[4])))
	deadline = e.now() + 3600
	add("activateAgent (owner + agent consent)", 50_000, e.ok(e.reg.ActivateAgent(e.opts(0, nil), e.addrs[4], u64(deadline), e.activateConsent(4, 4, e.nonce(4), deadline))))
	add("transferAgentOwnership (owner + agent consent)", 50_000, e.ok(e.reg.TransferAgentOwnership(e.opts(0, nil), e.addrs[4], e.addrs[5], u64(deadline),
		e.transferConsent(4, 4, e.addrs[5], e.nonce(4), deadline))))

	rc := e.ok(e.ch.CreateChannel(e.opts(s, milli(100)), e.addrs[r], big.NewInt(60)))
	add("createChannel (first of the pair)", 140_000, rc)
	ev, _ := e.ch.ParseChannelCreated(*rc.Logs[0])
	id := ev.ChannelId
	add("createChannel (next of the pair)", 120_000, e.ok(e.ch.CreateChannel(e.opts(s, milli(100)), e.addrs[r], big.NewInt(60))))
	add("topUp", 50_000, e.ok(e.ch.TopUp(e.opts(s, milli(50)), id)))
	add("claim (first)", 80_000, e.ok(e.ch.Claim(e.opts(r, nil), id, milli(10), e.sign(s, id, milli(10)))))
	add("claim (next)", 70_000, e.ok(e.ch.Claim(e.opts(r, nil), id, milli(20), e.sign(s, id, milli(20)))))
	add("requestClose", 50_000, e.ok(e.ch.RequestClose(e.opts(s, nil), id)))
	add("redeemVoucher (refund pushed)", 90_000, e.ok(e.ch.RedeemVoucher(e.opts(r, nil), id, milli(30), e.sign(s, id, milli(30)))))
	id2 := e.open(s, r, milli(100), 60)
	e.ok(e.ch.RequestClose(e.opts(s, nil), id2))
	e.advance(61 * time.Second)
	add("withdraw", 60_000, e.ok(e.ch.Withdraw(e.opts(s, nil), id2)))
	// A sender whose address rejects ETH (EIP-7702 code that burns all gas):
	// the refund is credited, at a bounded cost to the recipient.
	id3 := e.open(s, r, milli(100), 60)
	v3 := e.sign(s, id3, milli(30))
	e.delegate(s, e.deployCode(0, rejectBurn))
	add("redeemVoucher (sender burns the stipend: refund credited)", 130_000, e.ok(e.ch.RedeemVoucher(e.opts(r, nil), id3, milli(30), v3)))
	e.delegate(s, common.Address{})
	add("withdrawRefund", 50_000, e.ok(e.ch.WithdrawRefund(e.opts(s, nil))))

	// Token channels, in MailroomTestUSD (OpenZeppelin ERC-20 + EIP-2612 + EIP-3009).
	tk, usdc := e.deployUSD()
	tk.mint(s, usd(1000))
	add("approve (token, for createTokenChannel)", 60_000, e.ok(usdc.Approve(e.opts(s, nil), e.chAddr, usd(10))))
	rc = e.ok(e.ch.CreateTokenChannel(e.opts(s, nil), tk.addr, e.addrs[r], usd(10), big.NewInt(60)))
	add("createTokenChannel (after approve)", 190_000, rc)
	tid := e.createdID(rc)
	deadline = e.now() + 3600
	v, pr, ps := e.permitSig(tk, s, usd(10), permitNonce(t, usdc, e, s), deadline)
	add("createTokenChannelWithPermit (one transaction)", 230_000, e.ok(e.ch.CreateTokenChannelWithPermit(e.opts(s, nil), tk.addr, e.addrs[r], usd(10), big.NewInt(60), u64(deadline), v, pr, ps)))
	e.ok(usdc.Approve(e.opts(s, nil), e.chAddr, usd(5)))
	add("topUpToken", 70_000, e.ok(e.ch.TopUpToken(e.opts(s, nil), tid, usd(5))))
	add("claim (token, first)", 100_000, e.ok(e.ch.Claim(e.opts(r, nil), tid, usd(1), e.sign(s, tid, usd(1)))))
	add("claim (token, next)", 80_000, e.ok(e.ch.Claim(e.opts(r, nil), tid, usd(2), e.sign(s, tid, usd(2)))))
	add("redeemVoucher (token, refund pushed)", 100_000, e.ok(e.ch.RedeemVoucher(e.opts(r, nil), tid, usd(3), e.sign(s, tid, usd(3)))))
	valid := e.now() + 3600
	v, pr, ps = e.transferAuthSig(tk, s, e.addrs[5], usd(1), valid, [32]byte{1})
	add("EIP-3009 transferWithAuthorization (to a new holder)", 110_000, e.ok(usdc.TransferWithAuthorization(e.opts(5, nil), e.addrs[s], e.addrs[5], usd(1), big.NewInt(0), u64(valid), [32]byte{1}, v, pr, ps)))
	v, pr, ps = e.transferAuthSig(tk, s, e.addrs[5], usd(1), valid, [32]byte{2})
	add("EIP-3009 transferWithAuthorization (to a holder)", 90_000, e.ok(usdc.TransferWithAuthorization(e.opts(5, nil), e.addrs[s], e.addrs[5], usd(1), big.NewInt(0), u64(valid), [32]byte{2}, v, pr, ps)))

	return rows
}

// TestGasPerPaidRequest is the on-chain cost of one paid request in the
// test token: a channel that carries N requests costs its open (one
// transaction, EIP-2612 permit) plus one settlement (redeemVoucher, or one
// claim), whatever N is, so per request it is that sum / N; x402's exact
// scheme settles every request with its own EIP-3009
// transferWithAuthorization (payer → payee, both already holders). Measured
// on a real EVM under mainnet (Osaka) rules and under the dev chain's;
// `make gas` prints the table. The test checks that the channel pays for
// itself within 5 requests (it does from 4 under Osaka rules).
func TestGasPerPaidRequest(t *testing.T) {
	type cost struct{ open, redeem, claim, transfer uint64 }
	measure := func(e *env) cost {
		s, r := 1, 2
		tk, usdc := e.deployUSD()
		tk.mint(s, usd(1000))
		tk.mint(r, usd(1)) // the payee already holds the token, as a service does
		var c cost
		// A first channel of the pair, so the measured one is a typical (next) open.
		e.openToken(tk, s, r, usd(1), 60)
		deadline := e.now() + 3600
		v, pr, ps := e.permitSig(tk, s, usd(100), permitNonce(t, usdc, e, s), deadline)
		rc := e.ok(e.ch.CreateTokenChannelWithPermit(e.opts(s, nil), tk.addr, e.addrs[r], usd(100), big.NewInt(60), u64(deadline), v, pr, ps))
		c.open = rc.GasUsed
		id := e.createdID(rc)
		c.claim = e.ok(e.ch.Claim(e.opts(r, nil), id, usd(10), e.sign(s, id, usd(10)))).GasUsed
		// The redeem of a channel that was never claimed (its one settlement).
		v, pr, ps = e.permitSig(tk, s, usd(100), permitNonce(t, usdc, e, s), deadline)
		id2 := e.createdID(e.ok(e.ch.CreateTokenChannelWithPermit(e.opts(s, nil), tk.addr, e.addrs[r], usd(100), big.NewInt(60), u64(deadline), v, pr, ps)))
		c.redeem = e.ok(e.ch.RedeemVoucher(e.opts(r, nil), id2, usd(10), e.sign(s, id2, usd(10)))).GasUsed
		// Steady-state EIP-3009: the mean of 5 transfers between two holders.
		var sum uint64
		for i := byte(1); i <= 5; i++ {
			v, pr, ps := e.transferAuthSig(tk, s, e.addrs[r], usd(1), e.now()+3600, [32]byte{i})
			sum += e.ok(usdc.TransferWithAuthorization(e.opts(r, nil), e.addrs[s], e.addrs[r], usd(1), big.NewInt(0), u64(e.now()+3600), [32]byte{i}, v, pr, ps)).GasUsed
		}
		c.transfer = sum / 5
		return c
	}
	osaka, dev := measure(newEnv(t)), measure(newEnvRules(t, devRules()))
	per := func(c cost, n uint64) float64 { return float64(c.open+c.redeem) / float64(n) }
	if testing.Verbose() {
		fmt.Println("| requests per channel N | channel: (permit open + redeem) / N, Osaka | channel / N, dev chain | EIP-3009 transfer per request, Osaka | EIP-3009, dev chain |")
		fmt.Println("| ---: | ---: | ---: | ---: | ---: |")
		for _, n := range []uint64{1, 10, 100, 1000} {
			fmt.Printf("| %d | %.0f | %.0f | %d | %d |\n", n, per(osaka, n), per(dev, n), osaka.transfer, dev.transfer)
		}
		fmt.Printf("| (parts) | open %d + redeem %d (one claim instead: %d) | open %d + redeem %d | | |\n", osaka.open, osaka.redeem, osaka.claim, dev.open, dev.redeem)
	}
	breakEven := (osaka.open + osaka.redeem + osaka.transfer - 1) / osaka.transfer // smallest N with channel/N <= transfer
	if testing.Verbose() {
		fmt.Printf("| break-even | a channel is cheaper than a transfer per request from N = %d (Osaka) | | | |\n", breakEven)
	}
	if breakEven > 5 {
		t.Fatalf("a channel pays for itself only from %d requests (open %d + redeem %d vs transfer %d)", breakEven, osaka.open, osaka.redeem, osaka.transfer)
	}
	if osaka.open == 0 || osaka.redeem == 0 || osaka.transfer == 0 {
		t.Fatalf("nothing measured: %+v", osaka)
	}
}

func permitNonce(t *testing.T, c *mailroomtestusd.MailroomTestUSD, e *env, owner int) uint64 {
	t.Helper()
	n, err := c.Nonces(e.call(), e.addrs[owner])
	if err != nil {
		t.Fatal(err)
	}
	return n.Uint64()
}
