package main

import (
	"fmt"

	"github.com/agentmailroom/mailroom/core/errs"
)

// clientRepriced: the agent pays the registry's rate (1000) to a route Bob
// prices at 3000. Bob's 402 payment_required states 3000: the client
// retries at the stated price and is served; a 402 stating the price it
// already paid is not retried; a stated price above the per-request budget
// is refused by the next plan (budget_exceeded), nothing paid.
func clientRepriced(s *cscene) error {
	s.begin("repriced")
	id := s.channel(21)
	rate := obj{"price": "1000"} // the registry's rate, no terms stated yet
	pd, err := s.pay(s.state(id, "10000", "0", ""), rate, "x")
	if err != nil {
		return err
	}
	rcfg := s.rcfg
	s.rcfg = obj{}
	for k, v := range rcfg {
		s.rcfg[k] = v
	}
	s.rcfg["routes"] = []any{obj{"path": "/task", "price": "3000"}}
	defer func() { s.rcfg = rcfg }()
	d, err := s.decide("a voucher at 1000 for the 3000 route: 402 payment_required stating 3000", pd.request, s.chain("10000", 3600), nil)
	if err != nil {
		return err
	}
	dec, k := s.handle("handle", []string{"route"}, "payment_required stating 3000 after paying 1000: retry at the stated price", pd.attempt, answer(d["response"].(obj)))
	if err := expect("repriced retry", dec, k, "outcome", "retry"); err != nil {
		return err
	}
	terms := dec["terms"].(obj)
	if terms["price"] != "3000" {
		return fmt.Errorf("repriced: next terms %v", terms)
	}
	capped := obj{}
	for k, v := range s.cfg {
		capped[k] = v
	}
	capped["maxPerRequest"] = "2000"
	_, k = s.call("over-budget", "client_plan", []string{"route", "refusal"}, "the stated 3000 is above a per-request budget of 2000: budget_exceeded, nothing signed",
		obj{"config": capped, "state": dec["state"], "terms": terms})
	if err := expect("repriced budget", nil, k, "", string(errs.BudgetExceeded)); err != nil {
		return err
	}
	pd2, err := s.pay(dec["state"].(obj), terms, "x")
	if err != nil {
		return err
	}
	pd2.attempt["n"] = "2"
	resp, err := s.serve(pd2.request, s.chain("10000", 3600), nil, `{"ok":1}`)
	if err != nil {
		return err
	}
	dec, k = s.handle("handle", []string{"route"}, "the retry at 3000 is served: done", pd2.attempt, answer(resp))
	if err := expect("repriced done", dec, k, "outcome", "done"); err != nil {
		return err
	}
	// The same price stated again is a plain refusal, not a loop.
	same := s.refusal(402, errs.PaymentRequired, id, "", [65]byte{})
	dec, k = s.handle("same-price", []string{"route"}, "payment_required stating the price the attempt paid (1000 at 1000): fail, no retry", pd.attempt, same)
	return expect("repriced same price", dec, k, "outcome", "fail")
}
