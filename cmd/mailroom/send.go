package main

import (
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/chainview"
	"github.com/agentmailroom/mailroom/hosts/mailroom"
	"github.com/agentmailroom/mailroom/hosts/mailroom/agent"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

func init() { register(newSendCmd) }

// agentConfig is the SDK configuration of signer s on client c with store db.
func agentConfig(c *chain.Client, s *chain.Signer, db store.Sender) agent.Config {
	return agent.Config{
		Key: s.Core(), ChainID: c.ChainID.Uint64(),
		Registry: ethsig.Address(c.Deployment.Registry), ChannelContract: ethsig.Address(c.Deployment.PaymentChannel),
		Directory: chainview.New(chainview.ClientSource{C: c}), Channels: agent.ChainOps{C: c, S: s}, Store: db,
	}
}

// sendOut is `send --json`. Amounts are base units of asset; priceWei and
// cumulativeWei repeat price and cumulative under their names from before
// payments in tokens.
type sendOut struct {
	Status        int    `json:"status"`
	Body          string `json:"body"`
	Asset         string `json:"asset"` // "native" or the token's address
	Price         string `json:"price"`
	Cumulative    string `json:"cumulative"`
	Display       string `json:"priceDisplay"` // the price with its unit: "1000 wei", "0.25 tUSDC"
	PriceWei      string `json:"priceWei"`
	CumulativeWei string `json:"cumulativeWei"`
	ChannelID     string `json:"channelId"`
	Receipt       any    `json:"receipt"`
}

func newSendCmd() *cobra.Command {
	var cf chainFlags
	var storeDir, depositS, maxReqS, maxDayS, endpoint, delayS, channelS, assetS string
	var dryRun bool
	cmd := &cobra.Command{
		Use:   "send <did> <payload|@file>",
		Short: "Send one paid request to an agent and verify its receipt",
		Long: `Send resolves the agent's endpoint and rate from the registry, opens a payment
channel with --deposit when none exists (learning the terms from a 402), signs
an envelope and the next cumulative voucher, POSTs the payload and verifies the
signed receipt. Vouchers, nonces and the day's spend are kept in --store.`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := cf.signer(cmd)
			if err != nil {
				return err
			}
			payload := []byte(args[1])
			if strings.HasPrefix(args[1], "@") {
				if payload, err = os.ReadFile(args[1][1:]); err != nil {
					return errs.New(errs.InvalidInput, "read %s: %v", args[1][1:], err)
				}
			}
			ctx, cancel := cf.context(cmd)
			defer cancel()
			c, err := cf.connect(ctx)
			if err != nil {
				return err
			}
			if storeDir == "" {
				storeDir = defaultStoreDir(ethsig.Address(s.Address()))
			}
			db, err := mailroom.OpenSenderStore(ctx, c, storeDir)
			if err != nil {
				return err
			}
			defer db.Close()
			cfg := agentConfig(c, s, db)
			if cfg, err = withAsset(c, s, cfg, assetS); err != nil {
				return err
			}
			// Amounts are in the asset paid in: ETH as --price takes it, a
			// token in base units or with its symbol ("5tUSDC").
			book := newAssetBook(ctx, c)
			for _, f := range []struct {
				flag, s string
				to      **big.Int
			}{{"--max-per-request", maxReqS, &cfg.Budget.MaxPerRequest}, {"--max-per-day", maxDayS, &cfg.Budget.MaxPerDay}, {"--deposit", depositS, &cfg.Deposit}} {
				if f.s == "" {
					continue
				}
				if *f.to, err = book.amount(f.s, cfg.Asset); err != nil {
					return errs.Wrap(errs.KindOf(err), f.flag, err)
				}
			}
			if delayS != "" {
				if cfg.WithdrawDelay, err = parseDelay(delayS); err != nil {
					return err
				}
				if cfg.WithdrawDelay == 0 {
					return errs.New(errs.WithdrawDelayTooShort, "--withdraw-delay 0 lets the sender withdraw before the recipient can claim; no mailroom accepts it")
				}
			}
			a, err := agent.New(cfg)
			if err != nil {
				return err
			}
			if channelS != "" {
				id, err := parseChannelID(channelS)
				if err != nil {
					return err
				}
				to, err := did.ParseAddressOrDID(args[0])
				if err != nil {
					return err
				}
				if err := a.UseChannel(ctx, to, id); err != nil {
					return err
				}
			}
			if dryRun {
				var p *agent.Prepared
				if endpoint != "" {
					prof, perr := a.Profile(ctx, args[0])
					if perr != nil {
						return perr
					}
					p, err = a.PrepareTo(ctx, endpoint, ethsig.Address(prof.Address), a.RateOf(prof), payload)
				} else {
					p, err = a.Prepare(ctx, args[0], payload)
				}
				if err != nil {
					return err
				}
				if !cf.json {
					fmt.Fprintf(cmd.ErrOrStderr(), "signed, not sent: voucher for %s on channel 0x%x (counted as handed out)\n", book.format(cfg.Asset, p.Cumulative), p.ChannelID)
				}
				return printJSON(cmd, p)
			}
			var res *agent.Result
			if endpoint != "" {
				prof, perr := a.Profile(ctx, args[0])
				if perr != nil {
					return perr
				}
				res, err = a.SendTo(ctx, endpoint, ethsig.Address(prof.Address), a.RateOf(prof), payload)
			} else {
				res, err = a.Send(ctx, args[0], payload)
			}
			if err != nil {
				return err
			}
			if cf.json {
				return printJSON(cmd, sendOut{Status: res.Status, Body: string(res.Body), Asset: x402.AssetOf(cfg.Asset), Price: res.Price.String(),
					Cumulative: res.Cumulative.String(), Display: book.format(cfg.Asset, res.Price), PriceWei: res.Price.String(),
					CumulativeWei: res.Cumulative.String(), ChannelID: fmt.Sprintf("0x%x", res.ChannelID), Receipt: res.Receipt})
			}
			out := cmd.OutOrStdout()
			out.Write(res.Body)
			if len(res.Body) == 0 || res.Body[len(res.Body)-1] != '\n' {
				fmt.Fprintln(out)
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "paid %s (cumulative %s on channel 0x%x); receipt verified\n", book.format(cfg.Asset, res.Price), book.format(cfg.Asset, res.Cumulative), res.ChannelID)
			return nil
		},
	}
	cf.add(cmd, true)
	fl := cmd.Flags()
	fl.StringVar(&storeDir, "store", "", "durable store directory (default .mailroom/<address>)")
	fl.StringVar(&depositS, "deposit", "", "deposit of a new channel (and of each top-up); default 100 × the price")
	fl.StringVar(&maxReqS, "max-per-request", "", "refuse a price above this amount")
	fl.StringVar(&maxDayS, "max-per-day", "", "refuse to spend more than this amount per UTC day")
	fl.StringVar(&endpoint, "endpoint", "", "send to this URL instead of the registry endpoint")
	fl.StringVar(&delayS, "withdraw-delay", "", "withdraw delay of a new channel (seconds or a duration); default 1h, or the recipient's advertised minimum when higher")
	fl.StringVar(&channelS, "channel", "", "pay with this existing channel (e.g. one made by 'mailroom channel open')")
	fl.StringVar(&assetS, "asset", "native", "what to pay in: native (ETH), token (the deployment's test token) or an ERC-20 address; --deposit, --max-per-request and --max-per-day are then in its base units")
	fl.BoolVar(&dryRun, "dry-run", false, "sign the request and print it ({url, method, headers, body}) without sending it; the voucher counts as handed out")
	return cmd
}

// withAsset makes cfg pay in the asset --asset names: "native" (ETH),
// "token" (the deployments file's token) or an ERC-20 token's address, whose
// channels are opened with a permit and topped up in the token.
func withAsset(c *chain.Client, s *chain.Signer, cfg agent.Config, asset string) (agent.Config, error) {
	var addr ethsig.Address
	switch asset {
	case "", x402.Asset:
		return cfg, nil
	case "token":
		if c.Token == nil {
			return cfg, errs.New(errs.InvalidInput, "--asset token: the deployments file names no token (mailroom node deploys one; mailroom deploy --test-token)")
		}
		addr = ethsig.Address(c.Token.Address)
	default:
		a, err := x402.ParseAsset(asset)
		if err != nil {
			return cfg, errs.New(errs.InvalidInput, "--asset: %s", errs.Message(err))
		}
		addr = a
	}
	tok, err := chain.NewToken(c.Backend, c.ChainID, common.Address(addr))
	if err != nil {
		return cfg, err
	}
	cfg.Asset = addr
	cfg.Channels = agent.ChainOps{C: c, S: s, Token: tok}
	return cfg, nil
}
