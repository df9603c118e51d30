package main

import (
	"context"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/recipient"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/chain"
)

// assetBook names the assets a command deals in and reads and prints their
// amounts: "native" (ETH), "token" (the deployments file's token) or an
// ERC-20 address; a token's symbol and decimals are read from its contract
// once. ETH amounts are as --price takes them ("0.001ether", wei);
// token amounts are base units or a decimal followed by the token's symbol
// ("0.25tUSDC" is 250000 of a 6-decimal token).
type assetBook struct {
	ctx   context.Context
	c     *chain.Client
	units map[ethsig.Address]unitOf
}

type unitOf struct {
	symbol   string
	decimals uint8
}

func newAssetBook(ctx context.Context, c *chain.Client) *assetBook {
	return &assetBook{ctx: ctx, c: c, units: map[ethsig.Address]unitOf{{}: {"ETH", 18}}}
}

// resolve reads an asset name.
func (b *assetBook) resolve(name string) (ethsig.Address, error) {
	switch name {
	case "", x402.Asset:
		return ethsig.Address{}, nil
	case "token":
		if b.c == nil || b.c.Token == nil {
			return ethsig.Address{}, errs.New(errs.InvalidInput, "asset token: the deployments file names no token (mailroom node deploys one; mailroom deploy --test-token)")
		}
		return ethsig.Address(b.c.Token.Address), nil
	}
	a, err := x402.ParseAsset(name)
	if err != nil {
		return ethsig.Address{}, errs.New(errs.InvalidInput, "asset: %s (want native, token or a token address)", errs.Message(err))
	}
	return a, nil
}

// unit is the asset's symbol and decimals (ETH: 18), read from the token.
func (b *assetBook) unit(a ethsig.Address) (unitOf, error) {
	if u, ok := b.units[a]; ok {
		return u, nil
	}
	if b.c == nil {
		return unitOf{}, errs.New(errs.InvalidInput, "token %s: no chain to read its decimals from", a)
	}
	t, err := chain.NewToken(b.c.Backend, b.c.ChainID, common.Address(a))
	if err != nil {
		return unitOf{}, err
	}
	d, err := t.Decimals(b.ctx)
	if err != nil {
		return unitOf{}, errs.Wrap(errs.KindOf(err), "token "+a.String()+": decimals", err)
	}
	sym, err := t.Symbol(b.ctx)
	if err != nil {
		return unitOf{}, errs.Wrap(errs.KindOf(err), "token "+a.String()+": symbol", err)
	}
	u := unitOf{sym, d}
	b.units[a] = u
	return u, nil
}

// amount reads s as an amount of asset a (base units need no chain read).
func (b *assetBook) amount(s string, a ethsig.Address) (*big.Int, error) {
	if a == (ethsig.Address{}) {
		return chain.ParseAmount(s)
	}
	if v, err := chain.ParseUnits(s, "", 0); err == nil {
		return v, nil
	}
	u, err := b.unit(a)
	if err != nil {
		return nil, err
	}
	return chain.ParseUnits(s, u.symbol, u.decimals)
}

// price reads "AMOUNT[@ASSET]": an ETH amount, or a token amount with
// @token or @0x…; an amount followed by the deployments token's symbol
// ("0.25tUSDC") names that token without @.
func (b *assetBook) price(s string) (recipient.Price, error) {
	amt, name, at := strings.Cut(strings.TrimSpace(s), "@")
	var a ethsig.Address
	var err error
	switch {
	case at:
		if a, err = b.resolve(strings.TrimSpace(name)); err != nil {
			return recipient.Price{}, err
		}
	case b.c != nil && b.c.Token != nil:
		if _, err := chain.ParseAmount(amt); err == nil {
			break // an ETH amount
		}
		tok := ethsig.Address(b.c.Token.Address)
		if u, uerr := b.unit(tok); uerr == nil && hasUnit(amt, u.symbol) {
			a = tok
		}
	}
	v, err := b.amount(amt, a)
	if err != nil {
		return recipient.Price{}, err
	}
	return recipient.Price{Amount: v, Asset: a}, nil
}

func hasUnit(s, symbol string) bool {
	s = strings.TrimSpace(s)
	return symbol != "" && len(s) > len(symbol) && strings.EqualFold(s[len(s)-len(symbol):], symbol)
}

// format prints amount of asset a: wei for ETH ("1000 wei"), a token with
// its decimals and symbol ("0.25 tUSDC"); base units when the token cannot
// be read.
func (b *assetBook) format(a ethsig.Address, amount *big.Int) string {
	if amount == nil {
		amount = new(big.Int)
	}
	if a == (ethsig.Address{}) {
		return amount.String() + " wei"
	}
	u, err := b.unit(a)
	if err != nil {
		return amount.String() + " base units of " + a.String()
	}
	return chain.FormatUnits(amount, u.decimals) + " " + u.symbol
}

// formatPrices prints a price list ("1000 wei or 0.25 tUSDC").
func (b *assetBook) formatPrices(ps []recipient.Price) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = b.format(p.Asset, p.Amount)
	}
	return strings.Join(out, " or ")
}
