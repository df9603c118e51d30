package recipient

import (
	"math/big"
	"strings"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/x402"
)

// Price is what a request costs when it is paid in Asset: Amount in the
// asset's base units (wei for ETH).
type Price struct {
	Amount *big.Int
	// Asset is a token address, or the zero address for ETH.
	Asset ethsig.Address
}

// Route prices the requests it matches (docs/PROTOCOL.md §7): the terms of
// a request are its route's, and the signed request target ties a payment
// to its route (the payload hash binds method and target).
type Route struct {
	// Method is the HTTP method matched exactly ("" or "*": any).
	Method string
	// Path is matched against the target's path (the query left out):
	// exactly ("/task"), as a prefix when it ends in "/*" ("/api/*" matches
	// "/api/x" and "/api/x/y", not "/api"), or "*" for every path.
	Path string
	// Price is what one request costs, in Asset's base units.
	Price *big.Int
	// Asset is what Price is in: a token address, or zero for ETH.
	Asset ethsig.Address
	// Accepts prices the route in several assets, the recipient's
	// preference first (its 402 lists them in this order; a payment in any
	// of them is taken at that asset's price). When set, Price and Asset
	// are its first entry or unset.
	Accepts []Price
}

// Matches reports whether the route prices a request of method to target.
func (r *Route) Matches(method, target string) bool {
	if r.Method != "" && r.Method != "*" && r.Method != method {
		return false
	}
	path := target
	if i := strings.IndexByte(path, '?'); i >= 0 {
		path = path[:i]
	}
	switch {
	case r.Path == "*":
		return true
	case strings.HasSuffix(r.Path, "/*"):
		return strings.HasPrefix(path, r.Path[:len(r.Path)-1])
	}
	return path == r.Path
}

// pricesOf is what a request costs in each asset it may be paid in: the
// first route that matches it, else the default prices.
func (m *Machine) pricesOf(method, target string) []Price {
	for i := range m.cfg.Routes {
		if r := &m.cfg.Routes[i]; r.Matches(method, target) {
			return r.Accepts
		}
	}
	return m.cfg.Accepts
}

// PriceOf is what a request of method to target costs in the recipient's
// first (preferred) asset, and that asset.
func (m *Machine) PriceOf(method, target string) (*big.Int, ethsig.Address) {
	p := m.pricesOf(method, target)[0]
	return new(big.Int).Set(p.Amount), p.Asset
}

// PricesOf is what a request of method to target costs in each asset the
// recipient takes for it, its preference first.
func (m *Machine) PricesOf(method, target string) []Price {
	ps := m.pricesOf(method, target)
	out := make([]Price, len(ps))
	for i, p := range ps {
		out[i] = Price{new(big.Int).Set(p.Amount), p.Asset}
	}
	return out
}

// choose is the entry of ps a payment that accepted asset pays: its index
// (0, the preferred asset, when the payment names none of them; the terms
// check then refuses it).
func choose(ps []Price, asset string) int {
	if len(ps) == 1 {
		return 0 // one asset: nothing to choose (the terms check judges the payment)
	}
	a, err := x402.ParseAsset(asset)
	if err != nil {
		return 0
	}
	for i := range ps {
		if ps[i].Asset == a {
			return i
		}
	}
	return 0
}

// acceptsOf checks one price list (Price in Asset, or Accepts) and returns
// it as Accepts: at least one entry, amounts non-negative, each asset once.
func acceptsOf(what string, price *big.Int, asset ethsig.Address, accepts []Price) ([]Price, error) {
	if len(accepts) == 0 {
		if price == nil || price.Sign() < 0 {
			return nil, errs.New(errs.InvalidInput, "%s: a non-negative price is required", what)
		}
		return []Price{{price, asset}}, nil
	}
	if price != nil && (price.Cmp(accepts[0].Amount) != 0 || asset != accepts[0].Asset) {
		return nil, errs.New(errs.InvalidInput, "%s: a price and accepts: give one of them", what)
	}
	if price == nil && asset != (ethsig.Address{}) {
		return nil, errs.New(errs.InvalidInput, "%s: an asset without a price next to accepts", what)
	}
	seen := make(map[ethsig.Address]bool, len(accepts))
	out := make([]Price, len(accepts))
	for i, p := range accepts {
		switch {
		case p.Amount == nil || p.Amount.Sign() < 0:
			return nil, errs.New(errs.InvalidInput, "%s: accepts[%d] (%s): a non-negative price is required", what, i, x402.AssetOf(p.Asset))
		case seen[p.Asset]:
			return nil, errs.New(errs.InvalidInput, "%s: accepts lists %s twice", what, x402.AssetOf(p.Asset))
		}
		seen[p.Asset] = true
		out[i] = p
	}
	return out, nil
}

func checkRoutes(rs []Route) ([]Route, error) {
	out := make([]Route, len(rs))
	for i, r := range rs {
		switch {
		case r.Path == "" || (r.Path != "*" && !strings.HasPrefix(r.Path, "/")):
			return nil, errs.New(errs.InvalidInput, "route %d: path %q must be \"*\" or start with \"/\"", i, r.Path)
		case strings.Contains(strings.TrimSuffix(r.Path, "/*"), "*") && r.Path != "*":
			return nil, errs.New(errs.InvalidInput, "route %d: path %q: \"*\" only as the whole path or a final \"/*\"", i, r.Path)
		case strings.ContainsAny(r.Path, "?#"):
			return nil, errs.New(errs.InvalidInput, "route %d: path %q has a query or fragment", i, r.Path)
		}
		ps, err := acceptsOf(routeName(i, &r), r.Price, r.Asset, r.Accepts)
		if err != nil {
			return nil, err
		}
		r.Accepts, r.Price, r.Asset = ps, ps[0].Amount, ps[0].Asset
		out[i] = r
	}
	return out, nil
}

func routeName(i int, r *Route) string {
	if r.Method == "" {
		return "route " + itoa(i) + " (" + r.Path + ")"
	}
	return "route " + itoa(i) + " (" + r.Method + " " + r.Path + ")"
}

func itoa(i int) string { return big.NewInt(int64(i)).String() }
