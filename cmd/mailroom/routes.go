package main

import (
	"bytes"
	"encoding/json"
	"os"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/recipient"
)

// routeFile is one entry of `serve --routes FILE`, a JSON array of
// {"method": "POST", "path": "/task", "price": "0.001ether"} or
// {"path": "/api/*", "accepts": [{"price": "0.001ether"}, {"price": "0.25tUSDC"}]}
// ("method" optional: any method). A price is as --price takes it: an ETH
// amount, a decimal with the test token's symbol, or base units with
// "asset" ("native", "token" or a token address).
type routeFile struct {
	Method  string      `json:"method"`
	Path    string      `json:"path"`
	Price   string      `json:"price"`
	Asset   string      `json:"asset"`
	Accepts []priceFile `json:"accepts"`
}

type priceFile struct {
	Price string `json:"price"`
	Asset string `json:"asset"`
}

// loadRoutes reads a route table (first match wins; a request no route
// matches costs --price).
func loadRoutes(book *assetBook, path string) ([]recipient.Route, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, errs.New(errs.InvalidInput, "--routes: %v", unwrapPathError(err))
	}
	var rs []routeFile
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rs); err != nil {
		return nil, errs.New(errs.InvalidJSON, "--routes %s: %v (want a JSON array of {\"method\",\"path\",\"price\",\"asset\"} or {\"method\",\"path\",\"accepts\":[{\"price\",\"asset\"}]})", path, err)
	}
	out := make([]recipient.Route, 0, len(rs))
	for i, r := range rs {
		ps := r.Accepts
		switch {
		case len(ps) > 0 && (r.Price != "" || r.Asset != ""):
			return nil, errs.New(errs.InvalidInput, "--routes %s: route %d (%s %s): \"price\" or \"accepts\", not both", path, i, r.Method, r.Path)
		case len(ps) == 0 && r.Price == "":
			return nil, errs.New(errs.InvalidInput, "--routes %s: route %d (%s %s) has no price", path, i, r.Method, r.Path)
		case len(ps) == 0:
			ps = []priceFile{{r.Price, r.Asset}}
		}
		rt := recipient.Route{Method: r.Method, Path: r.Path}
		for j, p := range ps {
			pr, err := routePrice(book, p)
			if err != nil {
				return nil, errs.New(errs.KindOf(err), "--routes %s: route %d, price %d: %s", path, i, j, errs.Message(err))
			}
			rt.Accepts = append(rt.Accepts, pr)
		}
		out = append(out, rt)
	}
	return out, nil
}

func routePrice(book *assetBook, p priceFile) (recipient.Price, error) {
	if p.Price == "" {
		return recipient.Price{}, errs.New(errs.InvalidInput, "no price")
	}
	if p.Asset == "" {
		return book.price(p.Price)
	}
	a, err := book.resolve(p.Asset)
	if err != nil {
		return recipient.Price{}, err
	}
	v, err := book.amount(p.Price, a)
	if err != nil {
		return recipient.Price{}, err
	}
	return recipient.Price{Amount: v, Asset: a}, nil
}
