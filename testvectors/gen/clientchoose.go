package main

import (
	"encoding/json"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/x402"
)

// clientChoose: a 402 offering ETH (1000 wei) and the token (250000
// units). The sender's preferences, in its order, with a cap each, decide
// which it pays in: the first offered within its cap.
func clientChoose(s *cscene) error {
	s.begin("choose")
	flags := []string{"asset"}
	eth, tok := s.terms(), s.terms()
	tok.Asset = testToken
	tok.Amount.SetInt64(250000)
	offer := func(reqs ...x402.Requirement) obj {
		pr, _ := x402.Encode(&x402.PaymentRequired{X402Version: x402.Version, Error: "payment_required", Resource: x402.Resource{URL: s.url}, Accepts: reqs})
		body, _ := json.Marshal(x402.ErrorBody{Code: string(errs.PaymentRequired), Message: "pay"})
		return obj{"status": 402, "paymentRequired": pr, "body": hexutil.Encode(body)}
	}
	pref := func(asset, max string) obj {
		p := obj{"asset": asset}
		if max != "" {
			p["maxPerRequest"] = max
		}
		return p
	}
	other := "0x5FbDB2315678afecb367f032d93F642f64180aa3"
	evil := s.terms()
	evil.Asset, evil.PayTo = testToken, s.eve.Address()
	for _, c := range []struct {
		name, comment string
		resp          obj
		prefs         []any
		want          string // the asset chosen, or an error kind
	}{
		{"token-first", "token preferred and offered within its cap: the token's terms (250000)", offer(eth, tok), []any{pref(testToken, "300000"), pref(x402.Asset, "")}, testToken},
		{"ether-first", "ETH preferred: ETH's terms although the token is offered too", offer(eth, tok), []any{pref(x402.Asset, ""), pref(testToken, "")}, x402.Asset},
		{"over-cap", "the token preferred but its price 250000 is above its cap 200000: ETH, the next preference", offer(eth, tok), []any{pref(testToken, "200000"), pref(x402.Asset, "5000")}, x402.Asset},
		{"day-spent", "the token preferred but its day's budget has 100000 left, below its price 250000: ETH, the next preference", offer(eth, tok), []any{obj{"asset": testToken, "dayLeft": "100000"}, pref(x402.Asset, "")}, x402.Asset},
		{"day-left-exactly", "the token's day budget has exactly its price left: the token", offer(eth, tok), []any{obj{"asset": testToken, "dayLeft": "250000"}, pref(x402.Asset, "")}, testToken},
		{"all-over-cap", "every offered asset above its cap: budget_exceeded", offer(eth, tok), []any{pref(testToken, "200000"), pref(x402.Asset, "999")}, string(errs.BudgetExceeded)},
		{"not-offered", "only another token preferred: asset_mismatch naming what is offered", offer(eth, tok), []any{pref(other, "")}, string(errs.AssetMismatch)},
		{"only-ether-offered", "the token preferred, only ETH offered: ETH, the second preference", offer(eth), []any{pref(testToken, ""), pref(x402.Asset, "")}, x402.Asset},
		{"pay-eve", "the token's entry asks to pay Eve: wrong_recipient (a bad entry is an error, not skipped)", offer(eth, evil), []any{pref(testToken, ""), pref(x402.Asset, "")}, string(errs.WrongRecipient)},
		{"no-preferences", "no preferences: invalid_input", offer(eth, tok), []any{}, string(errs.InvalidInput)},
		{"bad-asset", "a preference naming no asset: invalid_input", offer(eth, tok), []any{pref("usdc", "")}, string(errs.InvalidInput)},
	} {
		r, k := s.call(c.name, "client_choose", flags, c.comment, obj{"config": s.cfg, "recipient": s.bob.Address().String(), "response": c.resp, "preferences": c.prefs})
		if x402.Asset == c.want || len(c.want) == 42 {
			if err := expect(c.name, r, k, "asset", c.want); err != nil {
				return err
			}
			continue
		}
		if err := expect(c.name, nil, k, "", c.want); err != nil {
			return err
		}
	}
	return nil
}
