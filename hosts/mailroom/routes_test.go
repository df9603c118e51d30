package mailroom_test

import (
	"io"
	"math/big"
	"net/http"
	"testing"

	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/recipient"
	"github.com/agentmailroom/mailroom/hosts/mailroom"
)

// TestRoutePrices: Bob's mailroom charges POST /dear 3000 wei and every
// other request its default 1000. Alice pays /cheap and /dear: each is
// charged its route's price (cumulative 1000, 4000); a voucher for /dear at
// the default price is refused (payment_required: the route's price is
// 3000) and charges nothing; a failed /dear request is rolled back by
// exactly 3000; Bob then claims exactly what was served (8000 for
// 1000 + 3000 + 3000 + 1000).
func TestRoutePrices(t *testing.T) {
	n := newBobAndAlice(t)
	ctx, base, bob := n.ctx, n.base, n.bob
	m := n.serveBob(t, mailroom.Options{Price: big.NewInt(1000),
		Routes: []recipient.Route{{Method: "POST", Path: "/dear", Price: big.NewInt(3000)}},
		Task: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			b, _ := io.ReadAll(r.Body)
			if string(b) == "fail" {
				http.Error(w, "upstream down", http.StatusServiceUnavailable)
				return
			}
			w.Write(b)
		})})
	a := n.aliceAgent(t)
	bobAddr := ethsig.Address(bob.Address())
	send := func(path string, price int64, body string, wantCum int64) {
		t.Helper()
		res, err := a.SendTo(ctx, base+path, bobAddr, big.NewInt(price), []byte(body))
		if err != nil || res.Status != 200 || res.Cumulative.Int64() != wantCum {
			t.Fatalf("POST %s at %d: %+v %v; want cumulative %d", path, price, res, err, wantCum)
		}
	}
	send("/cheap", 1000, "a", 1000)
	send("/dear", 3000, "b", 4000)
	// Offered the default price, /dear is refused (its route's terms are
	// 3000) with nothing charged; the 402 states 3000 and the agent pays
	// that on its retry (within its budget).
	res, err := a.SendTo(ctx, base+"/dear", bobAddr, big.NewInt(1000), []byte("c"))
	if err != nil || res.Status != 200 || res.Price.Int64() != 3000 || res.Cumulative.Int64() != 7000 || res.Attempts != 2 {
		t.Fatalf("POST /dear offered 1000: %+v %v; want a retry paying the route's 3000 (cumulative 7000)", res, err)
	}
	// A failed /dear request is rolled back by exactly 3000.
	if res, err := a.SendTo(ctx, base+"/dear", bobAddr, big.NewInt(3000), []byte("fail")); err == nil && res.Status == 200 {
		t.Fatalf("a failing task answered %+v", res)
	}
	send("/cheap", 1000, "d", 8000)
	chs, err := m.Server.Channels()
	if err != nil || len(chs) != 1 || chs[0].Accepted.Int64() != 8000 {
		t.Fatalf("Bob's record %+v %v: want 8000 accepted (1000 + 3000 + 3000 + 1000)", chs, err)
	}
	rs := m.Settler.SettleAll(ctx, false)
	if len(rs) != 1 || rs[0].Err != nil || rs[0].Paid.Int64() != 8000 {
		t.Fatalf("settle %+v", rs)
	}
}
