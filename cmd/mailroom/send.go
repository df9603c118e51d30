package main

import (
	"fmt"
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
	var storeDir, endpoint, delayS, channelS string
	var depositS, maxReqS, maxDayS, assetS []string
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
			book := newAssetBook(ctx, c)
			cfgs, err := sendConfigs(c, s, db, book, assetS, sendAmounts{deposit: depositS, maxPerRequest: maxReqS, maxPerDay: maxDayS})
			if err != nil {
				return err
			}
			var delay uint64
			if delayS != "" {
				if delay, err = parseDelay(delayS); err != nil {
					return err
				}
				if delay == 0 {
					return errs.New(errs.WithdrawDelayTooShort, "--withdraw-delay 0 lets the sender withdraw before the recipient can claim; no mailroom accepts it")
				}
			}
			for i := range cfgs {
				cfgs[i].WithdrawDelay = delay
			}
			if len(cfgs) > 1 {
				if dryRun || channelS != "" {
					return errs.New(errs.InvalidInput, "--dry-run and --channel pay in one asset: give one --asset")
				}
				return sendChoosing(cmd, cf.json, book, cfgs, args[0], endpoint, payload)
			}
			cfg := cfgs[0]
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
			return printSent(cmd, cf.json, book, cfg.Asset, res)
		},
	}
	cf.add(cmd, true)
	fl := cmd.Flags()
	fl.StringVar(&storeDir, "store", "", "durable store directory (default .mailroom/<address>)")
	fl.StringSliceVar(&depositS, "deposit", nil, "deposit of a new channel (and of each top-up); default 100 × the price")
	fl.StringSliceVar(&maxReqS, "max-per-request", nil, "refuse a price above this amount")
	fl.StringSliceVar(&maxDayS, "max-per-day", nil, "refuse to spend more than this amount per UTC day")
	fl.StringVar(&endpoint, "endpoint", "", "send to this URL instead of the registry endpoint")
	fl.StringVar(&delayS, "withdraw-delay", "", "withdraw delay of a new channel (seconds or a duration); default 1h, or the recipient's advertised minimum when higher")
	fl.StringVar(&channelS, "channel", "", "pay with this existing channel (e.g. one made by 'mailroom channel open')")
	fl.StringSliceVar(&assetS, "asset", []string{"native"}, "what to pay in: native (ETH), token (the deployment's test token) or an ERC-20 address; --deposit, --max-per-request and --max-per-day are then in that asset: base units, or a decimal with the token's symbol (5tUSDC). Several, the preferred first (--asset token,native): the recipient's 402 decides among those it takes, the first within its --max-per-request; each amount then names its asset (0.01ether, 5tUSDC, 5000000@token), once per asset")
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
