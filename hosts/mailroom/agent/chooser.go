package agent

import (
	"context"
	"math/big"
	"sync"

	"github.com/agentmailroom/mailroom/core/client"
	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/x402"
)

// Chooser pays each recipient in the asset the sender prefers among those
// the recipient takes: its agents, one per asset, are its preferences in
// order, each with its own budget and deposit; which one pays is the
// core's decision (client.Sender.Choose) on the recipient's 402: the first
// asset offered at a price within that agent's MaxPerRequest and what its
// MaxPerDay has left today. The agents
// share one store (a channel per recipient and asset, one nonce counter).
type Chooser struct {
	agents []*Agent
	prefs  []client.Preference

	mu     sync.Mutex
	chosen map[ethsig.Address]choice // per recipient, until it refuses the asset
}

// choice is the asset chosen for a recipient and the terms known per URL
// of it: a request to a URL not seen yet learns its terms (a route may
// cost more or less), so the agent never signs a voucher for another
// route's higher price.
type choice struct {
	i     int
	terms map[string]client.Terms
}

// maxURLs bounds the URLs whose terms a choice keeps.
const maxURLs = 64

// NewChooser makes a Chooser of agents, the preferred first; each pays in
// another asset.
func NewChooser(agents ...*Agent) (*Chooser, error) {
	if len(agents) == 0 {
		return nil, errs.New(errs.InvalidInput, "a chooser needs at least one agent")
	}
	c := &Chooser{agents: agents, chosen: map[ethsig.Address]choice{}}
	seen := map[ethsig.Address]bool{}
	for _, a := range agents {
		if seen[a.cfg.Asset] {
			return nil, errs.New(errs.InvalidInput, "two agents pay in %s", x402.AssetOf(a.cfg.Asset))
		}
		if a.addr != agents[0].addr {
			return nil, errs.New(errs.InvalidInput, "the agents of a chooser are one sender (%s and %s)", agents[0].addr, a.addr)
		}
		seen[a.cfg.Asset] = true
		c.prefs = append(c.prefs, client.Preference{Asset: a.cfg.Asset, MaxPerRequest: a.cfg.Budget.MaxPerRequest})
	}
	return c, nil
}

// Agent is the agent that pays in asset (nil: none).
func (c *Chooser) Agent(asset ethsig.Address) *Agent {
	for _, a := range c.agents {
		if a.cfg.Asset == asset {
			return a
		}
	}
	return nil
}

// Send pays recipientDID for one request at the endpoint the registry
// lists, in the asset chosen for it.
func (c *Chooser) Send(ctx context.Context, recipientDID string, payload []byte) (*Result, ethsig.Address, error) {
	recipient, err := did.ParseAddressOrDID(recipientDID)
	if err != nil {
		return nil, ethsig.Address{}, err
	}
	prof, err := c.agents[0].profileToPay(ctx, recipient, recipientDID)
	if err != nil {
		return nil, ethsig.Address{}, err
	}
	return c.SendTo(ctx, prof.Endpoint, recipient, payload)
}

// SendTo is Send at url. The first request to a recipient learns its
// terms (the envelope alone, answered by a 402) and chooses; later ones
// pay in that asset, and choose again once when the recipient no longer
// takes it (asset_mismatch, unsupported) or its budget is spent
// (budget_exceeded: the next choice passes over an asset whose day has
// too little left).
func (c *Chooser) SendTo(ctx context.Context, url string, recipient ethsig.Address, payload []byte) (*Result, ethsig.Address, error) {
	c.mu.Lock()
	ch, known := c.chosen[recipient]
	c.mu.Unlock()
	for try := 0; ; try++ {
		if !known {
			var err error
			if ch, err = c.choose(ctx, url, recipient, payload); err != nil {
				return nil, ethsig.Address{}, err
			}
			c.mu.Lock()
			c.chosen[recipient] = ch
			c.mu.Unlock()
		}
		a := c.agents[ch.i]
		c.mu.Lock()
		terms := ch.terms[url] // absent: learnt (ready sends the envelope alone)
		c.mu.Unlock()
		res, err := a.sendWith(ctx, url, recipient, &terms, payload)
		if err == nil {
			c.mu.Lock()
			if len(ch.terms) >= maxURLs {
				clear(ch.terms)
			}
			ch.terms[url] = terms
			c.mu.Unlock()
		}
		if k := errs.KindOf(err); known && try == 0 && (k == errs.AssetMismatch || k == errs.Unsupported || k == errs.BudgetExceeded) {
			c.mu.Lock()
			delete(c.chosen, recipient)
			c.mu.Unlock()
			known = false
			continue
		}
		return res, a.cfg.Asset, err
	}
}

// choose sends the envelope alone and lets the core choose among the
// assets the 402 offers.
func (c *Chooser) choose(ctx context.Context, url string, recipient ethsig.Address, payload []byte) (choice, error) {
	a := c.agents[0]
	defer a.lock(recipient)()
	resp, err := a.probe(ctx, url, recipient, payload)
	if err != nil {
		return choice{}, err
	}
	prefs := make([]client.Preference, len(c.prefs))
	copy(prefs, c.prefs)
	for i, ag := range c.agents {
		if max := ag.cfg.Budget.MaxPerDay; max != nil {
			spent, err := ag.cfg.Store.Spent(client.DayIn(ag.cfg.Now(), ag.cfg.Asset))
			if err != nil {
				return choice{}, err
			}
			left := new(big.Int).Sub(max, spent)
			if left.Sign() < 0 {
				left.SetInt64(0)
			}
			prefs[i].DayLeft = left
		}
	}
	i, terms, err := a.c.Choose(recipient, &resp.Response, prefs)
	if err != nil {
		return choice{}, err
	}
	return choice{i: i, terms: map[string]client.Terms{url: terms}}, nil
}
