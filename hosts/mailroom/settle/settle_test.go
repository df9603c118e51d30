package settle_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/chainview"
	"github.com/agentmailroom/mailroom/hosts/chain/fakechain"
	"github.com/agentmailroom/mailroom/hosts/mailroom/settle"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

type claimer struct {
	fc *fakechain.Chain
	me common.Address
}

func (c claimer) Claim(_ context.Context, id [32]byte, a *big.Int, sig []byte) error {
	return c.fc.Claim(c.me, id, a, sig, false)
}
func (c claimer) Redeem(_ context.Context, id [32]byte, a *big.Int, sig []byte) error {
	return c.fc.Claim(c.me, id, a, sig, true)
}
func (c claimer) Get(ctx context.Context, id [32]byte) (*chain.Channel, error) {
	return c.fc.GetChannel(ctx, id)
}

func k(b byte) *ethsig.PrivateKey {
	var raw [32]byte
	raw[0], raw[31] = 0x22, b
	key, _ := ethsig.PrivateKeyFromBytes(raw[:])
	return key
}

type fixture struct {
	fc     *fakechain.Chain
	db     *store.DB
	s      *settle.Settler
	id     [32]byte
	alice  *ethsig.PrivateKey
	bob    common.Address
	ledger settle.StoreLedger
}

func setup(t *testing.T, p settle.Policy) *fixture {
	f := &fixture{fc: fakechain.New(), alice: k(1), bob: common.Address(k(2).Address())}
	var err error
	if f.db, err = store.Open(t.TempDir()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.db.Close() })
	f.id = f.fc.Open(common.Address(f.alice.Address()), f.bob, big.NewInt(10000), 60)
	f.ledger = settle.StoreLedger{S: f.db}
	f.s = settle.New(f.ledger, claimer{f.fc, f.bob}, p)
	return f
}

// accept records a voucher as the mailroom would.
func (f *fixture) accept(t *testing.T, amount int64) store.ChannelState {
	v := voucher.Voucher{ChannelID: f.id, CumulativeAmount: big.NewInt(amount)}
	sig, err := voucher.NewDomain(f.fc.ChainID, f.fc.ChannelContract).Sign(f.alice, &v)
	if err != nil {
		t.Fatal(err)
	}
	st, ok, _ := f.db.Channel(f.id)
	if !ok {
		st = store.ChannelState{ID: f.id, Sender: f.alice.Address(), Claimed: new(big.Int)}
	}
	st.Accepted, st.Signature = big.NewInt(amount), sig
	if err := f.db.Commit(context.Background(), nil, &st); err != nil {
		t.Fatal(err)
	}
	return st
}

func waitClaimed(t *testing.T, f *fixture, want int64) {
	t.Helper()
	for i := 0; i < 200; i++ {
		ch, _ := f.fc.GetChannel(context.Background(), f.id)
		if ch.Claimed.Int64() == want {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	ch, _ := f.fc.GetChannel(context.Background(), f.id)
	t.Fatalf("claimed %s, want %d", ch.Claimed, want)
}

func TestThreshold(t *testing.T) {
	f := setup(t, settle.Policy{Threshold: big.NewInt(3000), Interval: time.Hour})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go f.s.Run(ctx)
	f.s.Notify(f.accept(t, 2000), ethsig.Address{}) // below
	time.Sleep(30 * time.Millisecond)
	waitClaimed(t, f, 0)
	f.s.Notify(f.accept(t, 3000), ethsig.Address{})
	waitClaimed(t, f, 3000)
	// The ledger is marked right after the claim: give it a moment (the
	// chain shows the claim some 50 µs before).
	st, _, _ := f.db.Channel(f.id)
	for start := time.Now(); st.Claimed.Int64() != 3000 && time.Since(start) < time.Second; time.Sleep(time.Millisecond) {
		st, _, _ = f.db.Channel(f.id)
	}
	if st.Claimed.Int64() != 3000 || st.Unclaimed().Sign() != 0 {
		t.Fatalf("ledger claimed %s", st.Claimed)
	}
	if b := f.fc.Balance(f.bob); b.Int64() != 3000 {
		t.Fatalf("bob got %s", b)
	}
}

func TestCloseRequestedEvent(t *testing.T) {
	f := setup(t, settle.Policy{Interval: time.Hour})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go f.s.Run(ctx)
	f.accept(t, 1234)
	f.fc.RequestClose(f.id, uint64(time.Now().Unix()))
	f.s.OnEvent(chainview.Event{Name: "CloseRequested", ChannelID: f.id})
	waitClaimed(t, f, 1234)
}

func TestScanFindsClosingChannel(t *testing.T) {
	f := setup(t, settle.Policy{Interval: 10 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	f.accept(t, 777)
	f.fc.RequestClose(f.id, uint64(time.Now().Unix())) // event missed
	go f.s.Run(ctx)
	waitClaimed(t, f, 777)
}

func TestShutdownRedeems(t *testing.T) {
	f := setup(t, settle.Policy{OnShutdown: true, CloseOnShutdown: true})
	f.accept(t, 4000)
	rs := f.s.Close(context.Background())
	if len(rs) != 1 || rs[0].Err != nil || rs[0].Paid.Int64() != 4000 || !rs[0].Closed {
		t.Fatalf("results %+v", rs)
	}
	if f.fc.Balance(common.Address(f.alice.Address())).Int64() != 6000 {
		t.Fatal("refund")
	}
	// Settling again is a no-op.
	if rs := f.s.SettleAll(context.Background(), false); len(rs) != 0 {
		t.Fatalf("second settle %+v", rs)
	}
}
