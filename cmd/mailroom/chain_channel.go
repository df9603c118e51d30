package main

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/chain"
)

func init() { register(newChannelCmd) }

func newChannelCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "channel",
		Short: "Open, fund, inspect, settle and close payment channels",
		Args:  exactArgs(0, "a subcommand"),
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newChannelOpenCmd(), newChannelTopUpCmd(), newChannelStatusCmd(), newChannelVoucherCmd(),
		newChannelSettleCmd("claim"), newChannelSettleCmd("redeem"),
		newChannelCloseCmd("request-close"), newChannelCloseCmd("withdraw"))
	return cmd
}

// channelOut is a channel in --json: amounts in base units of asset
// ("native", wei, or the token's address).
type channelOut struct {
	ChannelID        string `json:"channelId"`
	Sender           string `json:"sender"`
	Recipient        string `json:"recipient"`
	Asset            string `json:"asset"`
	Deposit          string `json:"deposit"`
	Claimed          string `json:"claimed"`
	Remaining        string `json:"remaining"`
	WithdrawDelay    uint64 `json:"withdrawDelay"`
	CloseRequestedAt uint64 `json:"closeRequestedAt"`
	Open             bool   `json:"open"`
	Tx               *txOut `json:"tx,omitempty"`
}

// showChannel prints the (resulting) channel state, amounts in its asset.
func showChannel(cmd *cobra.Command, f *chainFlags, book *assetBook, what string, ch *chain.Channel, r *chain.Receipt) error {
	asset := ethsig.Address(ch.Token)
	if f.json {
		o := channelOut{ChannelID: hexutil.Encode(ch.ID[:]), Sender: addrOut(ch.Sender), Recipient: addrOut(ch.Recipient), Asset: x402.AssetOf(asset),
			Deposit: weiOut(ch.Deposit), Claimed: weiOut(ch.Claimed), Remaining: weiOut(ch.Remaining()),
			WithdrawDelay: ch.WithdrawDelay, CloseRequestedAt: ch.CloseRequestedAt, Open: ch.Open}
		if r != nil {
			t := newTxOut(r)
			o.Tx = &t
		}
		return printJSON(cmd, o)
	}
	if r != nil {
		printTx(cmd, what, r)
	}
	out := cmd.OutOrStdout()
	state := "open"
	if !ch.Open {
		state = "closed"
	} else if ch.CloseRequestedAt != 0 {
		state = fmt.Sprintf("open, close requested at %s, withdrawable from %s",
			time.Unix(int64(ch.CloseRequestedAt), 0).UTC().Format(time.RFC3339),
			time.Unix(int64(ch.CloseRequestedAt+ch.WithdrawDelay), 0).UTC().Format(time.RFC3339))
	}
	fmt.Fprintf(out, "channel:        %s\n", hexutil.Encode(ch.ID[:]))
	fmt.Fprintf(out, "sender:         %s\n", did.Format(a2core(ch.Sender)))
	fmt.Fprintf(out, "recipient:      %s\n", did.Format(a2core(ch.Recipient)))
	amount := chain.FormatWei
	if asset != (ethsig.Address{}) {
		amount = func(v *big.Int) string { return book.format(asset, v) }
		fmt.Fprintf(out, "asset:          %s\n", asset)
	}
	fmt.Fprintf(out, "deposit:        %s\n", amount(ch.Deposit))
	fmt.Fprintf(out, "claimed:        %s\n", amount(ch.Claimed))
	fmt.Fprintf(out, "remaining:      %s\n", amount(ch.Remaining()))
	fmt.Fprintf(out, "withdraw delay: %ds\n", ch.WithdrawDelay)
	fmt.Fprintf(out, "state:          %s\n", state)
	return nil
}

func newChannelOpenCmd() *cobra.Command {
	var (
		f                         chainFlags
		to, deposit, delay, asset string
	)
	cmd := &cobra.Command{
		Use:   "open",
		Short: "Open a channel to a recipient with a deposit (the signer is the sender)",
		Args:  exactArgs(0, "no arguments (use --to and --deposit)"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := requireFlags(cmd, "to", "deposit"); err != nil {
				return err
			}
			recipient, err := parseAgentArg(to)
			if err != nil {
				return err
			}
			d, err := parseDelay(delay)
			if err != nil {
				return err
			}
			s, err := f.signer(cmd)
			if err != nil {
				return err
			}
			ctx, cancel := f.context(cmd)
			defer cancel()
			c, err := f.connect(ctx)
			if err != nil {
				return err
			}
			book := newAssetBook(ctx, c)
			a, err := book.resolve(asset)
			if err != nil {
				return errs.Wrap(errs.KindOf(err), "--asset", err)
			}
			amount, err := book.amount(deposit, a)
			if err != nil {
				return errs.Wrap(errs.KindOf(err), "--deposit", err)
			}
			var id [32]byte
			var r *chain.Receipt
			if a == (ethsig.Address{}) {
				id, r, err = c.Channels.Open(ctx, s, recipient, amount, d)
			} else {
				tok, terr := chain.NewToken(c.Backend, c.ChainID, common.Address(a))
				if terr != nil {
					return terr
				}
				// One transaction with an EIP-2612 permit (the token must
				// have one; OpenToken approves first otherwise).
				id, r, err = c.Channels.OpenWithPermit(ctx, s, tok, recipient, amount, d)
			}
			if err != nil {
				return err
			}
			ch, err := c.Channels.Get(ctx, id)
			if err != nil {
				return err
			}
			return showChannel(cmd, &f, book, "opened", ch, r)
		},
	}
	f.add(cmd, true)
	cmd.Flags().StringVar(&to, "to", "", "recipient agent (DID or address)")
	cmd.Flags().StringVar(&deposit, "deposit", "", "deposit in --asset: wei or e.g. 0.05ether; a token's base units or e.g. 5tUSDC")
	cmd.Flags().StringVar(&asset, "asset", "native", "what the channel holds: native (ETH), token (the deployments file's token, opened with an EIP-2612 permit) or a token address")
	cmd.Flags().StringVar(&delay, "delay", "3600", "withdraw delay after request-close (seconds or a duration like 1h)")
	return cmd
}

func newChannelTopUpCmd() *cobra.Command {
	var (
		f      chainFlags
		amount string
	)
	cmd := &cobra.Command{
		Use:   "topup <channel-id>",
		Short: "Add to a channel's deposit (sender only)",
		Args:  exactArgs(1, "a channel id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := requireFlags(cmd, "amount"); err != nil {
				return err
			}
			return channelTx(cmd, &f, args[0], "topped up", func(c *chain.Client, s *chain.Signer, ch *chain.Channel, book *assetBook) (*chain.Receipt, error) {
				asset := ethsig.Address(ch.Token)
				amt, err := book.amount(amount, asset)
				if err != nil {
					return nil, errs.Wrap(errs.KindOf(err), "--amount", err)
				}
				if asset == (ethsig.Address{}) {
					return c.Channels.TopUp(cmd.Context(), s, ch.ID, amt)
				}
				tok, err := chain.NewToken(c.Backend, c.ChainID, ch.Token)
				if err != nil {
					return nil, err
				}
				return c.Channels.TopUpToken(cmd.Context(), s, tok, ch.ID, amt)
			})
		},
	}
	f.add(cmd, true)
	cmd.Flags().StringVar(&amount, "amount", "", "amount to add, in the channel's asset (wei or e.g. 0.01ether; a token's base units or e.g. 5tUSDC)")
	return cmd
}

func newChannelStatusCmd() *cobra.Command {
	var f chainFlags
	cmd := &cobra.Command{
		Use:   "status <channel-id>",
		Short: "Show a channel's on-chain state",
		Args:  exactArgs(1, "a channel id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseChannelID(args[0])
			if err != nil {
				return err
			}
			ctx, cancel := f.context(cmd)
			defer cancel()
			c, err := f.connect(ctx)
			if err != nil {
				return err
			}
			ch, err := c.Channels.Get(ctx, id)
			if err != nil {
				return err
			}
			return showChannel(cmd, &f, newAssetBook(ctx, c), "", ch, nil)
		},
	}
	f.add(cmd, false)
	return cmd
}

func newChannelVoucherCmd() *cobra.Command {
	var (
		f      chainFlags
		amount string
	)
	cmd := &cobra.Command{
		Use:   "voucher <channel-id>",
		Short: "Sign a cumulative voucher for a channel with the sender's key (offline)",
		Long: `Signs Voucher(channelId, cumulativeAmount) under the AgentPaymentChannel
domain of the deployments file (chainId and contract). No transaction is sent.`,
		Args: exactArgs(1, "a channel id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := requireFlags(cmd, "amount"); err != nil {
				return err
			}
			id, err := parseChannelID(args[0])
			if err != nil {
				return err
			}
			amt, err := chain.ParseAmount(amount)
			if err != nil {
				return err
			}
			s, err := f.signer(cmd)
			if err != nil {
				return err
			}
			d, err := chain.LoadDeployment(f.deployments)
			if err != nil {
				return err
			}
			if d.ChainID == 0 {
				return errs.New(errs.InvalidInput, "%s has no chainId", f.deployments)
			}
			ch, err := chain.NewChannels(nil, new(bigInt).SetUint64(d.ChainID), d.PaymentChannel)
			if err != nil {
				return err
			}
			sig, err := ch.SignVoucher(s, id, amt)
			if err != nil {
				return err
			}
			if f.json {
				return printJSON(cmd, struct {
					ChannelID        string `json:"channelId"`
					CumulativeAmount string `json:"cumulativeAmount"`
					Signature        string `json:"signature"`
					Signer           string `json:"signer"`
				}{hexutil.Encode(id[:]), amt.String(), sig.Hex(), addrOut(s.Address())})
			}
			fmt.Fprintln(cmd.OutOrStdout(), sig.Hex())
			return nil
		},
	}
	f.add(cmd, true)
	cmd.Flags().StringVar(&amount, "amount", "", "cumulative amount in the channel's base units (wei for ETH, or e.g. 0.001ether; offline: a token's amount in base units)")
	return cmd
}

func newChannelSettleCmd(op string) *cobra.Command {
	var (
		f           chainFlags
		amount, sig string
	)
	short := map[string]string{
		"claim":  "Claim a voucher's increase; the channel stays open (recipient only)",
		"redeem": "Redeem a voucher, refund the rest to the sender and close (recipient only)",
	}[op]
	cmd := &cobra.Command{
		Use:   op + " <channel-id>",
		Short: short,
		Args:  exactArgs(1, "a channel id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := requireFlags(cmd, "amount", "sig"); err != nil {
				return err
			}
			sigBytes, err := parseSig(sig)
			if err != nil {
				return err
			}
			return channelTx(cmd, &f, args[0], op+"ed", func(c *chain.Client, s *chain.Signer, ch *chain.Channel, book *assetBook) (*chain.Receipt, error) {
				amt, err := book.amount(amount, ethsig.Address(ch.Token))
				if err != nil {
					return nil, errs.Wrap(errs.KindOf(err), "--amount", err)
				}
				if op == "claim" {
					return c.Channels.Claim(cmd.Context(), s, ch.ID, amt, sigBytes)
				}
				return c.Channels.Redeem(cmd.Context(), s, ch.ID, amt, sigBytes)
			})
		},
	}
	f.add(cmd, true)
	cmd.Flags().StringVar(&amount, "amount", "", "the voucher's cumulative amount, in the channel's asset (wei or e.g. 0.001ether; a token's base units or e.g. 0.25tUSDC)")
	cmd.Flags().StringVar(&sig, "sig", "", "the sender's 65-byte voucher signature (0x-hex)")
	return cmd
}

func newChannelCloseCmd(op string) *cobra.Command {
	var f chainFlags
	short := map[string]string{
		"request-close": "Start the withdraw delay (sender only); the recipient may still claim",
		"withdraw":      "After the delay, refund the unclaimed rest and close (sender only)",
	}[op]
	cmd := &cobra.Command{
		Use:   op + " <channel-id>",
		Short: short,
		Args:  exactArgs(1, "a channel id"),
		RunE: func(cmd *cobra.Command, args []string) error {
			what := map[string]string{"request-close": "close requested", "withdraw": "withdrawn"}[op]
			return channelTx(cmd, &f, args[0], what, func(c *chain.Client, s *chain.Signer, ch *chain.Channel, _ *assetBook) (*chain.Receipt, error) {
				if op == "withdraw" {
					return c.Channels.Withdraw(cmd.Context(), s, ch.ID)
				}
				return c.Channels.RequestClose(cmd.Context(), s, ch.ID)
			})
		},
	}
	f.add(cmd, true)
	return cmd
}

// channelTx runs one transaction on a channel and prints the resulting state.
// fn gets the channel as it was before, and the asset book for amounts in
// the channel's asset.
func channelTx(cmd *cobra.Command, f *chainFlags, idArg, what string, fn func(*chain.Client, *chain.Signer, *chain.Channel, *assetBook) (*chain.Receipt, error)) error {
	id, err := parseChannelID(idArg)
	if err != nil {
		return err
	}
	s, err := f.signer(cmd)
	if err != nil {
		return err
	}
	ctx, cancel := f.context(cmd)
	defer cancel()
	cmd.SetContext(ctx)
	c, err := f.connect(ctx)
	if err != nil {
		return err
	}
	before, err := c.Channels.Get(ctx, id)
	if err != nil {
		return err
	}
	book := newAssetBook(ctx, c)
	r, err := fn(c, s, before, book)
	if err != nil {
		return err
	}
	ch, err := c.Channels.Get(ctx, id)
	if err != nil {
		return err
	}
	return showChannel(cmd, f, book, what, ch, r)
}
