package settle_test

import (
	"context"
	"sync"
	"testing"

	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/mailroom/settle"
)

// closingLedger is the store ledger plus the server's closing flags: a
// request is accepted only while its channel is not being redeemed, as the
// server's AdmitChannel refuses channel_closing.
type closingLedger struct {
	settle.StoreLedger
	mu        sync.Mutex
	redeeming bool
}

func (l *closingLedger) SetClosing(_ [32]byte, _, redeeming bool) {
	l.mu.Lock()
	l.redeeming = redeeming
	l.mu.Unlock()
}

func (l *closingLedger) isRedeeming() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.redeeming
}

// racingClaimer runs onGet while the settler reads the channel from chain:
// a request served in that round trip.
type racingClaimer struct {
	claimer
	onGet func()
}

func (c racingClaimer) Get(ctx context.Context, id [32]byte) (*chain.Channel, error) {
	if c.onGet != nil {
		c.onGet()
	}
	return c.claimer.Get(ctx, id)
}

// TestRedeemDoesNotLoseARequestServedMeanwhile: the shutdown redeem reads
// the channel's record, then the chain (a round trip), then redeems. A
// request the mailroom accepted during that round trip was served on a
// voucher the redeem did not claim: after the redeem closes the channel it
// is never paid. The channel must stop taking work before its record is read.
func TestRedeemDoesNotLoseARequestServedMeanwhile(t *testing.T) {
	f := setup(t, settle.Policy{OnShutdown: true, CloseOnShutdown: true})
	l := &closingLedger{StoreLedger: f.ledger}
	f.accept(t, 4000)
	served := 4000
	rc := racingClaimer{claimer: claimer{f.fc, f.bob}}
	once := sync.Once{}
	rc.onGet = func() {
		once.Do(func() {
			if !l.isRedeeming() { // the server would accept the next request
				f.accept(t, 5000)
				served = 5000
			}
		})
	}
	s := settle.New(l, rc, settle.Policy{OnShutdown: true, CloseOnShutdown: true})
	rs := s.Close(context.Background())
	if len(rs) != 1 || rs[0].Err != nil || !rs[0].Closed {
		t.Fatalf("results %+v", rs)
	}
	ch, _ := f.fc.GetChannel(context.Background(), f.id)
	if ch.Claimed.Int64() != int64(served) {
		t.Fatalf("served %d on the channel, the redeem claimed %s and closed it: %d never paid", served, ch.Claimed, int64(served)-ch.Claimed.Int64())
	}
}
