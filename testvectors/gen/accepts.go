package main

import (
	"fmt"

	"github.com/agentmailroom/mailroom/core/x402"
)

// sceneAccepts: one mailroom takes ETH and the token for the same route.
// POST /task costs 3000 wei or 250000 of the token (ETH preferred); every
// other request 1000 wei or 100000 of the token. The 402 lists both, a
// payment is taken at the price of the asset it accepted, its channel must
// hold that asset, and a failed task rolls back what was charged in it.
func sceneAccepts(s *scene) error {
	cfg := map[string]any{}
	for k, v := range s.cfg {
		cfg[k] = v
	}
	delete(cfg, "price")
	cfg["accepts"] = []any{map[string]any{"price": "1000"}, map[string]any{"price": "100000", "asset": testToken}}
	cfg["routes"] = []any{
		map[string]any{"method": "POST", "path": "/task", "accepts": []any{
			map[string]any{"price": "3000", "asset": x402.Asset}, map[string]any{"price": "250000", "asset": testToken}}},
	}
	terms := s.termsIn
	decide := func(id, comment string, req, snap map[string]any) (map[string]any, error) {
		return s.callReply("protocol/recipient/accepts/"+id, "recipient_decide", []string{"route", "asset"}, comment,
			map[string]any{"config": cfg, "request": req, "now": fmt.Sprint(s.now), "resourceUrl": "http://bob.example" + req["target"].(string), "snapshot": snap})
	}
	// stated decodes a refusal's PAYMENT-REQUIRED: the generator checks
	// what the vectors pin.
	stated := func(r map[string]any) (*x402.PaymentRequired, error) {
		resp, _ := r["response"].(map[string]any)
		h, _ := resp["header"].(map[string]any)
		v, _ := h[x402.HeaderPaymentRequired].(string)
		return x402.DecodePaymentRequired(v)
	}
	ch := s.chainChannel(3600, 0, true)
	tokCh := withToken(s.chainChannel(3600, 0, true), testToken)
	tokCh["deposit"] = "5000000"

	r, err := decide("terms", "no voucher at POST /task: the 402 lists 3000 wei and 250000 of the token, ETH first", s.requestAt("/task", "a", 0, terms(3000, x402.Asset)), s.snapshot(nil, nil))
	if err != nil {
		return err
	}
	if pr, err := stated(r); err != nil || len(pr.Accepts) != 2 || pr.Accepts[0].Asset != x402.Asset || pr.Accepts[1].Asset != testToken || pr.Accepts[1].Amount.Int64() != 250000 {
		return fmt.Errorf("accepts terms: %+v %v", pr, err)
	}
	r, err = decide("default-terms", "no voucher at POST /other: the default prices, 1000 wei and 100000 of the token", s.requestAt("/other", "b", 0, terms(1000, x402.Asset)), s.snapshot(nil, nil))
	if pr, e := stated(r); err != nil || e != nil || len(pr.Accepts) != 2 || pr.Accepts[1].Amount.Int64() != 100000 {
		return fmt.Errorf("accepts default-terms: %v %v", r, err)
	}
	if r, err = decide("ether", "POST /task paid 3000 wei from an ETH channel: accept, served in native", s.requestAt("/task", "c", 3000, terms(3000, x402.Asset)), s.snapshot(nil, ch)); err != nil || want(r, "accept") != nil {
		return fmt.Errorf("accepts ether: %v %v", r, err)
	}
	r, err = decide("token", "POST /task paid 250000 of the token from a token channel: accept, served in the token at 250000", s.requestAt("/task", "d", 250000, terms(250000, testToken)), s.snapshot(nil, tokCh))
	if err != nil || want(r, "accept") != nil {
		return fmt.Errorf("accepts token: %v %v", r, err)
	}
	served, next := r["served"].(map[string]any), r["next"].(map[string]any)
	if served["asset"] != testToken || served["price"] != "250000" {
		return fmt.Errorf("accepts token served %v", served)
	}
	if _, err := decide("token-terms-ether-channel", "the payment accepted the token's terms but its channel holds ETH: asset_mismatch", s.requestAt("/task", "e", 250000, terms(250000, testToken)), s.snapshot(nil, ch)); err != nil {
		return err
	}
	if _, err := decide("ether-terms-token-channel", "the payment accepted ETH's terms (3000) from a token channel: asset_mismatch (3000 token units are not 3000 wei)", s.requestAt("/task", "f", 3000, terms(3000, x402.Asset)), s.snapshot(nil, tokCh)); err != nil {
		return err
	}
	if _, err := decide("token-at-ether-price", "the token's terms at ETH's price (3000 of the token): payment_required", s.requestAt("/task", "g", 3000, terms(3000, testToken)), s.snapshot(nil, tokCh)); err != nil {
		return err
	}
	other := "0x5FbDB2315678afecb367f032d93F642f64180aa3"
	if _, err := decide("other-token", "the payment accepted a token the mailroom does not take: unsupported", s.requestAt("/task", "h", 250000, terms(250000, other)), s.snapshot(nil, withToken(tokCh, other))); err != nil {
		return err
	}
	r, err = decide("token-stale", "a second token request re-using the first voucher (250000, already accepted): 409, the correction in the token's entry", s.requestAt("/task", "i", 250000, terms(250000, testToken)), s.snapshot(next, tokCh))
	if err != nil {
		return err
	}
	if pr, e := stated(r); e != nil || len(pr.Accepts) != 2 || pr.Accepts[1].Extra.AcceptedCumulative == nil || pr.Accepts[0].Extra.AcceptedCumulative != nil {
		return fmt.Errorf("accepts token-stale: the correction belongs to the token's entry: %+v %v", pr, e)
	}
	c, err := s.callReply("protocol/recipient/accepts/failed-task", "recipient_complete", []string{"route", "asset"}, "the token request failed (503): rolled back by exactly 250000, to 0",
		map[string]any{"config": cfg, "served": served, "own": next, "task": map[string]any{"status": 503, "header": map[string]any{}, "body": "0x"}})
	if err != nil || c == nil || c["rollback"] == nil || c["rollback"].(map[string]any)["accepted"] != "0" {
		return fmt.Errorf("accepts failed-task: %v %v", c, err)
	}
	for _, b := range []struct {
		id, comment string
		edit        func(map[string]any)
	}{
		{"price-and-accepts", "price and accepts together: invalid_input (which is the price?)", func(c map[string]any) { c["price"] = "1000" }},
		{"asset-twice", "accepts names ETH twice: invalid_input", func(c map[string]any) {
			c["accepts"] = []any{map[string]any{"price": "1000"}, map[string]any{"price": "2000", "asset": x402.Asset}}
		}},
		{"accepts-without-price", "an accepts entry without a price: invalid_input", func(c map[string]any) {
			c["accepts"] = []any{map[string]any{"asset": testToken}}
		}},
		{"route-price-and-accepts", "a route with price and accepts: invalid_input", func(c map[string]any) {
			c["routes"] = []any{map[string]any{"path": "/task", "price": "1", "accepts": []any{map[string]any{"price": "2"}}}}
		}},
	} {
		bad := map[string]any{}
		for k, v := range cfg {
			bad[k] = v
		}
		b.edit(bad)
		if _, err := s.callReply("protocol/recipient/accepts/"+b.id, "recipient_decide", []string{"route", "asset"}, b.comment,
			map[string]any{"config": bad, "request": s.paid("x", 1000), "now": fmt.Sprint(s.now), "resourceUrl": s.resource, "snapshot": s.snapshot(nil, ch)}); err != nil {
			return err
		}
	}
	return nil
}
