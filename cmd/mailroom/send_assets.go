package main

import (
	"fmt"
	"math/big"

	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/mailroom/agent"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// sendAmounts are send's amount flags as given.
type sendAmounts struct {
	deposit, maxPerRequest, maxPerDay []string
}

// sendConfigs is one agent config per --asset, the preferred first. With
// one asset, each amount flag is given once, in that asset (base units, or
// a decimal with its unit: 0.01ether, 5tUSDC); with several, each amount
// names its asset (as --price does: 0.01ether, 5tUSDC, 5000000@token) and
// goes to that asset's agent.
func sendConfigs(c *chain.Client, s *chain.Signer, db store.Sender, book *assetBook, assets []string, am sendAmounts) ([]agent.Config, error) {
	if len(assets) == 0 {
		assets = []string{x402.Asset}
	}
	cfgs := make([]agent.Config, len(assets))
	at := map[ethsig.Address]int{}
	for i, name := range assets {
		cfg, err := withAsset(c, s, agentConfig(c, s, db), name)
		if err != nil {
			return nil, err
		}
		if _, dup := at[cfg.Asset]; dup {
			return nil, errs.New(errs.InvalidInput, "--asset names %s twice", x402.AssetOf(cfg.Asset))
		}
		at[cfg.Asset] = i
		cfgs[i] = cfg
	}
	for _, f := range []struct {
		flag string
		vals []string
		to   func(*agent.Config) **big.Int
	}{
		{"--max-per-request", am.maxPerRequest, func(c *agent.Config) **big.Int { return &c.Budget.MaxPerRequest }},
		{"--max-per-day", am.maxPerDay, func(c *agent.Config) **big.Int { return &c.Budget.MaxPerDay }},
		{"--deposit", am.deposit, func(c *agent.Config) **big.Int { return &c.Deposit }},
	} {
		if len(cfgs) == 1 {
			if len(f.vals) > 1 {
				return nil, errs.New(errs.InvalidInput, "%s given %d times for one --asset", f.flag, len(f.vals))
			}
			if len(f.vals) == 1 {
				v, err := book.amount(f.vals[0], cfgs[0].Asset)
				if err != nil {
					return nil, errs.Wrap(errs.KindOf(err), f.flag, err)
				}
				*f.to(&cfgs[0]) = v
			}
			continue
		}
		for _, v := range f.vals {
			p, err := book.price(v)
			if err != nil {
				return nil, errs.Wrap(errs.KindOf(err), f.flag, err)
			}
			i, ok := at[p.Asset]
			if !ok {
				return nil, errs.New(errs.InvalidInput, "%s %s is in %s, which no --asset names", f.flag, v, x402.AssetOf(p.Asset))
			}
			if *f.to(&cfgs[i]) != nil {
				return nil, errs.New(errs.InvalidInput, "%s given twice for %s", f.flag, x402.AssetOf(p.Asset))
			}
			*f.to(&cfgs[i]) = p.Amount
		}
	}
	return cfgs, nil
}

// sendChoosing sends with one agent per asset: the recipient's 402 decides
// which pays (agent.Chooser).
func sendChoosing(cmd *cobra.Command, asJSON bool, book *assetBook, cfgs []agent.Config, to, endpoint string, payload []byte) error {
	agents := make([]*agent.Agent, len(cfgs))
	for i, cfg := range cfgs {
		a, err := agent.New(cfg)
		if err != nil {
			return err
		}
		agents[i] = a
	}
	ch, err := agent.NewChooser(agents...)
	if err != nil {
		return err
	}
	ctx := cmd.Context()
	var res *agent.Result
	var asset ethsig.Address
	if endpoint != "" {
		addr, perr := did.ParseAddressOrDID(to)
		if perr != nil {
			return perr
		}
		res, asset, err = ch.SendTo(ctx, endpoint, addr, payload)
	} else {
		res, asset, err = ch.Send(ctx, to, payload)
	}
	if err != nil {
		return err
	}
	return printSent(cmd, asJSON, book, asset, res)
}

// printSent prints a paid request's answer: --json's sendOut, else the
// body on stdout and what was paid on stderr.
func printSent(cmd *cobra.Command, asJSON bool, book *assetBook, asset ethsig.Address, res *agent.Result) error {
	if asJSON {
		return printJSON(cmd, sendOut{Status: res.Status, Body: string(res.Body), Asset: x402.AssetOf(asset), Price: res.Price.String(),
			Cumulative: res.Cumulative.String(), Display: book.format(asset, res.Price), PriceWei: res.Price.String(),
			CumulativeWei: res.Cumulative.String(), ChannelID: fmt.Sprintf("0x%x", res.ChannelID), Receipt: res.Receipt})
	}
	out := cmd.OutOrStdout()
	out.Write(res.Body)
	if len(res.Body) == 0 || res.Body[len(res.Body)-1] != '\n' {
		fmt.Fprintln(out)
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "paid %s (cumulative %s on channel 0x%x); receipt verified\n", book.format(asset, res.Price), book.format(asset, res.Cumulative), res.ChannelID)
	return nil
}
