package recipient

import (
	"math/big"
	"strings"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
)

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

// price is what a request costs and in which asset: the first route that
// matches it, else Config.Price in Config.Asset.
type price struct {
	amount *big.Int
	asset  ethsig.Address
}

func (m *Machine) priceOf(method, target string) price {
	for i := range m.cfg.Routes {
		if r := &m.cfg.Routes[i]; r.Matches(method, target) {
			return price{r.Price, r.Asset}
		}
	}
	return price{m.cfg.Price, m.cfg.Asset}
}

// PriceOf is what a request of method to target costs, and in which asset.
func (m *Machine) PriceOf(method, target string) (*big.Int, ethsig.Address) {
	p := m.priceOf(method, target)
	return new(big.Int).Set(p.amount), p.asset
}

func checkRoutes(rs []Route) error {
	for i, r := range rs {
		switch {
		case r.Price == nil || r.Price.Sign() < 0:
			return errs.New(errs.InvalidInput, "route %d (%s %s): a non-negative price is required", i, r.Method, r.Path)
		case r.Path == "" || (r.Path != "*" && !strings.HasPrefix(r.Path, "/")):
			return errs.New(errs.InvalidInput, "route %d: path %q must be \"*\" or start with \"/\"", i, r.Path)
		case strings.Contains(strings.TrimSuffix(r.Path, "/*"), "*") && r.Path != "*":
			return errs.New(errs.InvalidInput, "route %d: path %q: \"*\" only as the whole path or a final \"/*\"", i, r.Path)
		case strings.ContainsAny(r.Path, "?#"):
			return errs.New(errs.InvalidInput, "route %d: path %q has a query or fragment", i, r.Path)
		}
	}
	return nil
}
