package contracts_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
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

	return rows
}
