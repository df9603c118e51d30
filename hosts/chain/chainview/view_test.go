package chainview_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agentmailroom/mailroom/contracts/gen/agentpaymentchannel"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/chain/chainview"
	"github.com/agentmailroom/mailroom/hosts/chain/fakechain"
)

func TestCacheAndEvents(t *testing.T) {
	fc := fakechain.New()
	v := chainview.New(fc)
	ctx := context.Background()
	a := ethsig.Address{9}
	fc.Register(a, "http://x", big.NewInt(5))
	for i := 0; i < 3; i++ {
		if ag, err := v.Agent(ctx, a); err != nil || !ag.Active {
			t.Fatal(err)
		}
	}
	if fc.Reads != 1 {
		t.Fatalf("%d reads for 3 lookups", fc.Reads)
	}
	fc.SetActive(a, false)
	if ag, _ := v.Agent(ctx, a); !ag.Active {
		t.Fatal("cache bypassed without an event")
	}
	var seen []string
	v.OnEvent(func(e chainview.Event) { seen = append(seen, e.Name) })
	v.Apply(chainview.Event{Name: "AgentDeactivated", Agent: common.Address(a)})
	if ag, _ := v.Agent(ctx, a); ag.Active || len(seen) != 1 {
		t.Fatal("event did not refresh the record")
	}
	if _, err := v.Agent(ctx, ethsig.Address{8}); errs.KindOf(err) != errs.AgentNotFound {
		t.Fatal(err)
	}
	id := fc.Open(common.Address{1}, common.Address{2}, big.NewInt(10), 0)
	ch, _ := v.Channel(ctx, id, false)
	fc.TopUp(id, big.NewInt(5))
	if c2, _ := v.Channel(ctx, id, false); c2.Deposit.Cmp(ch.Deposit) != 0 {
		t.Fatal("cached channel changed")
	}
	if c3, _ := v.Channel(ctx, id, true); c3.Deposit.Int64() != 15 {
		t.Fatal("fresh read")
	}
}

func TestDecoder(t *testing.T) {
	reg, chs := common.Address{1}, common.Address{2}
	d, err := chainview.NewDecoder(reg, chs)
	if err != nil {
		t.Fatal(err)
	}
	abi, _ := agentpaymentchannel.AgentPaymentChannelMetaData.GetAbi()
	id := common.Hash{7}
	l := types.Log{Address: chs, Topics: []common.Hash{abi.Events["CloseRequested"].ID, id}}
	e, ok := d.Decode(l)
	if !ok || e.Name != "CloseRequested" || e.ChannelID != id {
		t.Fatalf("%+v %v", e, ok)
	}
	l.Address = common.Address{3}
	if _, ok := d.Decode(l); ok {
		t.Fatal("log of another contract decoded")
	}
}
