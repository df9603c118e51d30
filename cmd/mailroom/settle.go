package main

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/mailroom"
	"github.com/agentmailroom/mailroom/hosts/mailroom/settle"
)

func init() { register(newSettleCmd) }

func newSettleCmd() *cobra.Command {
	var cf chainFlags
	var storeDir, channel string
	var closeCh bool
	cmd := &cobra.Command{
		Use:   "settle",
		Short: "Claim the accepted vouchers of a mailroom's store on chain",
		Long: `Settle claims, for every channel in --store with unclaimed value (or only
--channel), the latest accepted voucher on chain. With --close it redeems
instead: the recipient is paid, the rest is refunded to the sender and the
channel closes. While 'mailroom serve' runs on the store (which it locks),
settle asks the running mailroom to settle through its control socket
(<store>/control.sock, mode 0600).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := cf.signer(cmd)
			if err != nil {
				return err
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
			// A running `mailroom serve` holds the store: ask it to settle
			// through its control socket.
			outs, viaServe, err := mailroom.SettleVia(ctx, storeDir, mailroom.SettleRequest{Channel: channel, Close: closeCh})
			if err != nil {
				return err
			}
			if !viaServe {
				db, err := mailroom.OpenSenderStore(ctx, c, storeDir)
				if err != nil {
					if errs.KindOf(err) == errs.StoreError && strings.Contains(err.Error(), "timeout") {
						return errs.New(errs.StoreError, "the store %s is locked by another process (a mailroom serve whose control socket does not answer?): stop it, or run settle again once it is up", storeDir)
					}
					return err
				}
				defer db.Close()
				st := settle.New(settle.StoreLedger{S: db}, settle.ChainClaimer{C: c, S: s}, settle.Policy{})
				var rs []settle.Result
				if channel != "" {
					id, err := parseChannelID(channel)
					if err != nil {
						return err
					}
					rs = []settle.Result{st.SettleOne(ctx, id, closeCh)}
				} else {
					rs = st.SettleAll(ctx, closeCh)
				}
				outs = mailroom.Results(rs)
			}
			var firstErr error
			for _, o := range outs {
				if o.Code != "" && firstErr == nil {
					firstErr = &errs.Error{Kind: errs.Kind(o.Code), Msg: o.Error}
				}
			}
			if cf.json {
				if err := printJSON(cmd, outs); err != nil {
					return err
				}
			} else {
				out := cmd.OutOrStdout()
				if len(outs) == 0 {
					fmt.Fprintln(out, "nothing to settle: every accepted voucher is already claimed")
				}
				book := newAssetBook(ctx, c)
				totals := map[ethsig.Address]*big.Int{}
				var order []ethsig.Address
				for _, o := range outs {
					asset, _ := x402.ParseAsset(o.Asset)
					paid, _ := new(big.Int).SetString(o.Paid, 10)
					claimed, _ := new(big.Int).SetString(o.Claimed, 10)
					switch {
					case o.Error != "":
						fmt.Fprintf(out, "channel %s: failed: %s\n", o.ChannelID, o.Error)
					case paid != nil && paid.Sign() != 0:
						fmt.Fprintf(out, "channel %s: claimed %s (cumulative %s)%s\n", o.ChannelID, book.format(asset, paid), book.format(asset, claimed), map[bool]string{true: ", channel closed", false: ""}[o.Closed])
						if totals[asset] == nil {
							totals[asset] = new(big.Int)
							order = append(order, asset)
						}
						totals[asset].Add(totals[asset], paid)
					default:
						fmt.Fprintf(out, "channel %s: nothing new to claim\n", o.ChannelID)
					}
				}
				for _, a := range order {
					fmt.Fprintf(out, "claimed in all: %s\n", book.format(a, totals[a]))
				}
			}
			if firstErr != nil {
				return errs.Wrap(errs.KindOf(firstErr), "settle", firstErr)
			}
			return nil
		},
	}
	cf.add(cmd, true)
	fl := cmd.Flags()
	fl.StringVar(&storeDir, "store", "", "the mailroom's store directory (default .mailroom/<address>)")
	fl.StringVar(&channel, "channel", "", "settle only this channel id")
	fl.BoolVar(&closeCh, "close", false, "redeem: pay, refund the rest to the sender and close")
	return cmd
}
