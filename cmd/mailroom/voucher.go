package main

import (
	"context"
	"encoding/json"

	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/num"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
)

func init() { register(newVoucherCmd) }

func newVoucherCmd() *cobra.Command {
	var (
		f        cryptoFlags
		chainID  uint64
		contract string
	)
	cmd := &cobra.Command{
		Use:   "voucher",
		Short: "Sign and verify cumulative payment-channel vouchers",
	}
	f.add(cmd)
	cmd.PersistentFlags().Uint64Var(&chainID, "chain-id", 0, "chain id of the domain")
	cmd.PersistentFlags().StringVar(&contract, "contract", "", "AgentPaymentChannel address (the domain's verifyingContract)")

	domain := func(cmd *cobra.Command, rt api.Runtime) (ethsig.Address, error) {
		if err := requireFlags(cmd, "chain-id", "contract"); err != nil {
			return ethsig.Address{}, err
		}
		a, err := rt.ParseAddress(context.Background(), contract)
		if err != nil {
			return ethsig.Address{}, errs.Wrap(errs.KindOf(err), "--contract", err)
		}
		return a, nil
	}
	describe := func(rt api.Runtime, c ethsig.Address, s *voucher.Signed, signer ethsig.Address) (any, error) {
		digest, err := rt.VoucherDigest(context.Background(), chainID, c, &s.Voucher)
		if err != nil {
			return nil, err
		}
		a, err := agentOf(rt, signer)
		if err != nil {
			return nil, err
		}
		return struct {
			Voucher *voucher.Signed `json:"voucher"`
			Digest  string          `json:"digest"`
			Signer  agentJSON       `json:"signer"`
		}{s, hex32(digest), a}, nil
	}

	var keyFile, channel, amount string
	sign := &cobra.Command{
		Use:   "sign --key FILE --channel 0x… --amount WEI --chain-id ID --contract 0xADDRESS",
		Short: "Sign a voucher for a cumulative amount and print its wire JSON",
		Args:  exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := requireFlags(cmd, "key", "channel", "amount"); err != nil {
				return err
			}
			priv, err := loadKeyFile(keyFile)
			if err != nil {
				return err
			}
			id, err := hexutil.DecodeFixed(channel, 32)
			if err != nil {
				return errs.Wrap(errs.KindOf(err), "--channel", err)
			}
			amt, err := num.ParseUint256(amount)
			if err != nil {
				return errs.Wrap(errs.KindOf(err), "--amount", err)
			}
			return withRuntime(f.runtime, func(rt api.Runtime) error {
				c, err := domain(cmd, rt)
				if err != nil {
					return err
				}
				s, err := rt.SignVoucher(context.Background(), priv, chainID, c, &voucher.Voucher{ChannelID: [32]byte(id), CumulativeAmount: amt})
				if err != nil {
					return err
				}
				if f.json {
					signer, err := rt.AddressOf(context.Background(), priv)
					if err != nil {
						return err
					}
					v, err := describe(rt, c, s, signer)
					if err != nil {
						return err
					}
					return printJSON(cmd, v)
				}
				wire, err := json.Marshal(s)
				if err != nil {
					return errs.New(errs.Internal, "encoding the voucher: %v", err)
				}
				return f.emit(cmd, string(wire), nil)
			})
		},
	}
	sign.Flags().StringVar(&keyFile, "key", "", "channel sender's key file")
	sign.Flags().StringVar(&channel, "channel", "", "channel id (32 bytes, 0x hex)")
	sign.Flags().StringVar(&amount, "amount", "", "cumulative amount in wei (decimal or 0x hex)")

	var sender string
	verify := &cobra.Command{
		Use:   "verify FILE|- --chain-id ID --contract 0xADDRESS [--sender DID|0xADDRESS]",
		Short: "Verify a voucher's signature and print its signer",
		Long: `Read a voucher's wire JSON ({channelId, cumulativeAmount, signature}) and
print the address that signed it. With --sender, fail unless that address
signed it (errs signer_mismatch).`,
		Args: exactArgs(1, "one FILE or - for stdin"),
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := readFileOrStdin(cmd, args[0])
			if err != nil {
				return err
			}
			s, err := voucher.Decode(data)
			if err != nil {
				return err
			}
			return withRuntime(f.runtime, func(rt api.Runtime) error {
				c, err := domain(cmd, rt)
				if err != nil {
					return err
				}
				var signer ethsig.Address
				if sender != "" {
					if signer, err = parseAgent(rt, sender); err != nil {
						return errs.Wrap(errs.KindOf(err), "--sender", err)
					}
					if err := rt.VerifyVoucher(context.Background(), chainID, c, s, signer); err != nil {
						return err
					}
				} else {
					digest, err := rt.VoucherDigest(context.Background(), chainID, c, &s.Voucher)
					if err != nil {
						return err
					}
					if signer, err = rt.Recover(context.Background(), digest[:], s.Signature[:]); err != nil {
						return err
					}
				}
				v, err := describe(rt, c, s, signer)
				if err != nil {
					return err
				}
				return f.emit(cmd, signer.String(), v)
			})
		},
	}
	verify.Flags().StringVar(&sender, "sender", "", "expected signer (the channel's sender), DID or address")

	cmd.AddCommand(sign, verify)
	return cmd
}
