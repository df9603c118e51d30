package client

import (
	"math/big"
	"strings"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/x402"
)

// Preference is an asset a sender will pay in and what it pays at most
// per request in it (in its base units; nil: no cap). A sender lists its
// preferences in its order: the first offered within its cap is chosen.
type Preference struct {
	Asset         ethsig.Address // a token address, or zero for ETH
	MaxPerRequest *big.Int
	// DayLeft is what the day's budget in the asset has left (the host
	// knows its spend: MaxPerDay − spent today; nil: no day budget). An
	// asset whose price is above it is passed over like one above its cap
	// (a new channel's deposit may still exceed it: the spend check then
	// refuses that).
	DayLeft *big.Int
}

// Choose picks which of the recipient's terms to pay when its 402 offers
// several assets (docs/PROTOCOL.md §7): the first preference whose asset r's
// PAYMENT-REQUIRED offers (payable to recipient, on the sender's network
// and channel contract) at a price within the preference's cap and what its
// day's budget has left. It
// returns the index of the preference chosen and its terms. None of the
// preferences offered: errs.AssetMismatch naming what is offered; offered
// only above their caps: errs.BudgetExceeded; a requirement that fails the
// sender's checks: its error (errs.WrongRecipient, errs.Unsupported).
func (s *Sender) Choose(recipient ethsig.Address, r *Response, prefs []Preference) (int, Terms, error) {
	if len(prefs) == 0 {
		return 0, Terms{}, errs.New(errs.InvalidInput, "no preferences: name at least one asset to pay in")
	}
	if r.PaymentRequired == "" {
		return 0, Terms{}, r.Err()
	}
	pr, err := x402.DecodePaymentRequired(r.PaymentRequired)
	if err != nil {
		return 0, Terms{}, err
	}
	var over []string
	for i, p := range prefs {
		req, err := pr.FindAsset(x402.AssetOf(p.Asset))
		if errs.KindOf(err) == errs.AssetMismatch {
			continue
		}
		if err != nil {
			return 0, Terms{}, err
		}
		if err := s.payable(recipient, req); err != nil {
			return 0, Terms{}, err
		}
		if p.MaxPerRequest != nil && req.Amount.Cmp(p.MaxPerRequest) > 0 {
			over = append(over, req.Amount.String()+" "+req.Asset+" (cap "+p.MaxPerRequest.String()+")")
			continue
		}
		if p.DayLeft != nil && req.Amount.Cmp(p.DayLeft) > 0 {
			over = append(over, req.Amount.String()+" "+req.Asset+" (left today "+p.DayLeft.String()+")")
			continue
		}
		return i, Stated(req), nil
	}
	if len(over) > 0 {
		return 0, Terms{}, errs.New(errs.BudgetExceeded, "the recipient's price is above the budget (per request or what is left today) in every asset this agent pays in: %s", strings.Join(over, ", "))
	}
	var offered, wanted []string
	for i := range pr.Accepts {
		if pr.Accepts[i].Scheme == x402.Scheme {
			offered = append(offered, pr.Accepts[i].Asset)
		}
	}
	for _, p := range prefs {
		wanted = append(wanted, x402.AssetOf(p.Asset))
	}
	if len(offered) == 0 {
		return 0, Terms{}, errs.New(errs.Unsupported, "no %q requirement among %d", x402.Scheme, len(pr.Accepts))
	}
	return 0, Terms{}, errs.New(errs.AssetMismatch, "the recipient takes %s; this agent pays in %s", strings.Join(offered, ", "), strings.Join(wanted, ", "))
}
