package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/hosts/api"
)

func init() { register(newKeygenCmd) }

func newKeygenCmd() *cobra.Command {
	var (
		f           cryptoFlags
		out         string
		force       bool
		showPrivate bool
	)
	cmd := &cobra.Command{
		Use:   "keygen",
		Short: "Generate an agent key and write it to a key file (mode 0600)",
		Long: `Generate a secp256k1 agent key from the runtime's secure randomness and
write it to a key file: the 0x-hex private key on the first line, mode 0600.
Prints the address and the DID; the private key only with --show-private.`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return withRuntime(f.runtime, func(rt api.Runtime) error {
				priv, addr, err := rt.GenerateKey()
				if err != nil {
					return err
				}
				if err := writeKeyFile(out, []byte(hexutil.Encode(priv)+"\n"), force); err != nil {
					return err
				}
				a, err := agentOf(rt, addr)
				if err != nil {
					return err
				}
				if f.json {
					v := struct {
						agentJSON
						KeyFile    string `json:"keyFile"`
						PrivateKey string `json:"privateKey,omitempty"`
					}{agentJSON: a, KeyFile: out}
					if showPrivate {
						v.PrivateKey = hexutil.Encode(priv)
					}
					return printJSON(cmd, v)
				}
				w := cmd.OutOrStdout()
				fmt.Fprintln(w, a.Address)
				fmt.Fprintln(w, a.DID)
				if showPrivate {
					fmt.Fprintln(w, hexutil.Encode(priv))
				}
				return nil
			})
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&out, "out", "agent.key", "key file to write")
	cmd.Flags().BoolVar(&force, "force", false, "overwrite an existing key file")
	cmd.Flags().BoolVar(&showPrivate, "show-private", false, "also print the private key")
	return cmd
}

// writeKeyFile writes a key file with mode 0600. Without force it refuses
// an existing file (O_EXCL); with force it replaces the file atomically
// through a 0600 temporary file in the same directory.
func writeKeyFile(path string, content []byte, force bool) error {
	if path == "" {
		return errs.New(errs.InvalidInput, "--out must name a file")
	}
	if !force {
		fh, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) {
			return errs.New(errs.InvalidInput, "%s already exists; use --force to overwrite it", path)
		}
		if err != nil {
			return errs.New(errs.InvalidInput, "cannot create key file %s: %v", path, unwrapPathError(err))
		}
		return finishKeyFile(fh, path, content)
	}
	if st, err := os.Lstat(path); err == nil && st.IsDir() {
		return errs.New(errs.InvalidInput, "%s is a directory", path)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".agent-key-*") // mode 0600
	if err != nil {
		return errs.New(errs.InvalidInput, "cannot create a key file next to %s: %v", path, unwrapPathError(err))
	}
	if err := finishKeyFile(tmp, tmp.Name(), content); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return errs.New(errs.InvalidInput, "cannot replace %s: %v", path, err)
	}
	return nil
}

func finishKeyFile(fh *os.File, path string, content []byte) error {
	err := fh.Chmod(0o600)
	if err == nil {
		_, err = fh.Write(content)
	}
	if err == nil {
		err = fh.Sync()
	}
	if cerr := fh.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return errs.New(errs.InvalidInput, "cannot write key file %s: %v", path, err)
	}
	return nil
}
