package main

import (
	"context"
	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
)

func init() { register(newEIP712Cmd) }

// typedDataHashJSON is the structured form of api.TypedDataHash.
type typedDataHashJSON struct {
	Digest          string `json:"digest"`
	DomainSeparator string `json:"domainSeparator"`
	MessageHash     string `json:"messageHash"`
}

func hashJSON(h api.TypedDataHash) typedDataHashJSON {
	return typedDataHashJSON{hex32(h.Digest), hex32(h.DomainSeparator), hex32(h.MessageHash)}
}

func newEIP712Cmd() *cobra.Command {
	var f cryptoFlags
	cmd := &cobra.Command{
		Use:   "eip712",
		Short: "Hash, sign and recover EIP-712 typed data (eth_signTypedData_v4 JSON)",
	}
	f.add(cmd)

	hash := &cobra.Command{
		Use:   "hash FILE|-",
		Short: "Print the EIP-712 signing digest of typed data",
		Args:  exactArgs(1, "one FILE or - for stdin"),
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := readFileOrStdin(cmd, args[0])
			if err != nil {
				return err
			}
			return withRuntime(f.runtime, func(rt api.Runtime) error {
				h, err := rt.HashTypedData(context.Background(), data)
				if err != nil {
					return err
				}
				return f.emit(cmd, hex32(h.Digest), hashJSON(h))
			})
		},
	}

	var keyFile string
	sign := &cobra.Command{
		Use:   "sign --key FILE FILE|-",
		Short: "Sign typed data with a key file and print the 65-byte signature",
		Args:  exactArgs(1, "one FILE or - for stdin"),
		RunE: func(cmd *cobra.Command, args []string) error {
			priv, err := loadKeyFile(keyFile)
			if err != nil {
				return err
			}
			data, err := readFileOrStdin(cmd, args[0])
			if err != nil {
				return err
			}
			return withRuntime(f.runtime, func(rt api.Runtime) error {
				sig, h, err := rt.SignTypedData(context.Background(), priv, data)
				if err != nil {
					return err
				}
				signer, err := rt.AddressOf(context.Background(), priv)
				if err != nil {
					return err
				}
				return f.emit(cmd, sig.Hex(), struct {
					Signature string `json:"signature"`
					Signer    string `json:"signer"`
					typedDataHashJSON
				}{sig.Hex(), signer.String(), hashJSON(h)})
			})
		},
	}
	sign.Flags().StringVar(&keyFile, "key", "", "key file (0x-hex private key on the first line)")

	var sigHex string
	recoverCmd := &cobra.Command{
		Use:   "recover --sig 0x… FILE|-",
		Short: "Print the address that signed typed data",
		Args:  exactArgs(1, "one FILE or - for stdin"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := requireFlags(cmd, "sig"); err != nil {
				return err
			}
			sig, err := hexutil.Decode(sigHex)
			if err != nil {
				return errs.New(errs.InvalidSignature, "--sig is not 0x hex: %s", errs.Message(err))
			}
			data, err := readFileOrStdin(cmd, args[0])
			if err != nil {
				return err
			}
			return withRuntime(f.runtime, func(rt api.Runtime) error {
				h, err := rt.HashTypedData(context.Background(), data)
				if err != nil {
					return err
				}
				signer, err := rt.Recover(context.Background(), h.Digest[:], sig)
				if err != nil {
					return err
				}
				a, err := agentOf(rt, signer)
				if err != nil {
					return err
				}
				return f.emit(cmd, signer.String(), struct {
					agentJSON
					typedDataHashJSON
				}{a, hashJSON(h)})
			})
		},
	}
	recoverCmd.Flags().StringVar(&sigHex, "sig", "", "65-byte r‖s‖v signature, 0x hex")

	cmd.AddCommand(hash, sign, recoverCmd)
	return cmd
}
