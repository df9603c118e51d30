package main

import (
	"context"
	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
)

func init() { register(newDIDCmd) }

func newDIDCmd() *cobra.Command {
	var (
		f       cryptoFlags
		keyFile string
	)
	cmd := &cobra.Command{
		Use:   "did [0xADDRESS | --key FILE]",
		Short: "Print the agent DID of an address or a key file",
		Long: `Print did:agent:eth:<EIP-55 address> for an address (all-lower, all-upper
or correctly checksummed hex) or for the key in a key file.
"mailroom did parse DID" prints the address inside a DID.`,
		Args: maxArgs(1, "one address"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withRuntime(f.runtime, func(rt api.Runtime) error {
				var addr ethsig.Address
				switch {
				case keyFile != "" && len(args) == 1:
					return errs.New(errs.InvalidInput, "give an address or --key, not both")
				case keyFile != "":
					priv, err := loadKeyFile(keyFile)
					if err != nil {
						return err
					}
					if addr, err = rt.AddressOf(context.Background(), priv); err != nil {
						return err
					}
				case len(args) == 1:
					var err error
					if addr, err = parseAgent(rt, args[0]); err != nil {
						return err
					}
				default:
					return errs.New(errs.InvalidInput, "give an address or --key FILE")
				}
				a, err := agentOf(rt, addr)
				if err != nil {
					return err
				}
				return f.emit(cmd, a.DID, a)
			})
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&keyFile, "key", "", "key file whose DID to print")
	cmd.AddCommand(&cobra.Command{
		Use:   "parse DID",
		Short: "Print the address inside an agent DID",
		Args:  exactArgs(1, "one DID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withRuntime(f.runtime, func(rt api.Runtime) error {
				addr, err := rt.ParseDID(context.Background(), args[0])
				if err != nil {
					return err
				}
				a, err := agentOf(rt, addr)
				if err != nil {
					return err
				}
				return f.emit(cmd, a.Address, a)
			})
		},
	})
	return cmd
}
