package main

import (
	"bytes"
	"encoding/json"
	"os"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/recipient"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/chain"
)

// routeFile is one entry of `serve --routes FILE`: a JSON array of
// {"method": "POST", "path": "/task", "price": "0.001ether", "asset": "native"}
// ("method" and "asset" optional: any method, ETH; "price" as --price takes
// it, in the asset's base units for a token).
type routeFile struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	Price  string `json:"price"`
	Asset  string `json:"asset"`
}

// loadRoutes reads a route table (first match wins; a request no route
// matches costs --price).
func loadRoutes(path string) ([]recipient.Route, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, errs.New(errs.InvalidInput, "--routes: %v", unwrapPathError(err))
	}
	var rs []routeFile
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rs); err != nil {
		return nil, errs.New(errs.InvalidJSON, "--routes %s: %v (want a JSON array of {\"method\",\"path\",\"price\",\"asset\"})", path, err)
	}
	out := make([]recipient.Route, 0, len(rs))
	for i, r := range rs {
		if r.Price == "" {
			return nil, errs.New(errs.InvalidInput, "--routes %s: route %d (%s %s) has no price", path, i, r.Method, r.Path)
		}
		p, err := chain.ParseAmount(r.Price)
		if err != nil {
			return nil, errs.New(errs.InvalidInput, "--routes %s: route %d: %s", path, i, errs.Message(err))
		}
		rt := recipient.Route{Method: r.Method, Path: r.Path, Price: p}
		if r.Asset != "" {
			if rt.Asset, err = x402.ParseAsset(r.Asset); err != nil {
				return nil, errs.New(errs.InvalidInput, "--routes %s: route %d: %s", path, i, errs.Message(err))
			}
		}
		out = append(out, rt)
	}
	return out, nil
}
