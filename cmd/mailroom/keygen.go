package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/hosts/keystore"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
)

func init() { register(newKeygenCmd) }

func newKeygenCmd() *cobra.Command {
	var (
		f            cryptoFlags
		out          string
		keystorePath string
		passwordFile string
		lightKDF     bool
		force        bool
		showPrivate  bool
	)
	cmd := &cobra.Command{
		Use:   "keygen [--out FILE | --keystore FILE]",
		Short: "Generate an agent key and write it to a key file or a keystore (mode 0600)",
		Long: `Generate a secp256k1 agent key from the runtime's secure randomness and
write it to a key file (--out, default agent.key): the 0x-hex private key on
the first line, mode 0600. Prints the address and the DID; the private key
only with --show-private.

With --keystore FILE it writes a Web3 Secret Storage keystore instead
(version 3, scrypt and aes-128-ctr, mode 0600), the format of geth,
Foundry's cast wallet and ethers, which every signing command loads with
--keystore. The password comes from --password-file FILE (its first line),
else $MAILROOM_PASSWORD_FILE, else $MAILROOM_PASSWORD, else it is asked
twice on the terminal. The scrypt cost is go-ethereum's standard one
(N=2^18, r=8, p=1: 256 MiB and about half a second to open, here and at
every signing command); --light-kdf takes go-ethereum's light one (N=2^12,
p=6: 4 MiB, about 30 ms) for small machines.`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			target, what := out, "keyFile"
			switch {
			case keystorePath != "" && cmd.Flags().Changed("out"):
				return errs.New(errs.InvalidInput, "--out and --keystore are exclusive")
			case keystorePath != "":
				target, what = keystorePath, "keystore"
			case cmd.Flags().Changed("keystore"):
				return errs.New(errs.InvalidInput, "--keystore must name a file")
			case passwordFile != "" || lightKDF:
				return errs.New(errs.InvalidInput, "--password-file and --light-kdf go with --keystore FILE")
			}
			if target == "" {
				return errs.New(errs.InvalidInput, "--out must name a file")
			}
			if !force && exists(target) { // before asking for a password
				return errs.New(errs.InvalidInput, "%s already exists; use --force to overwrite it", target)
			}
			var password string
			if what == "keystore" {
				var err error
				if password, err = newKeystorePassword(cmd, target, passwordFile); err != nil {
					return err
				}
			}
			return withRuntime(f.runtime, func(rt api.Runtime) error {
				priv, addr, err := rt.GenerateKey(context.Background())
				if err != nil {
					return err
				}
				content := []byte(hexutil.Encode(priv) + "\n")
				if what == "keystore" {
					kdf := keystore.Standard
					if lightKDF {
						kdf = keystore.Light
					}
					if content, err = keystore.Encrypt(priv, password, kdf); err != nil {
						return err
					}
				}
				if err := writeKeyFile(target, content, force); err != nil {
					return err
				}
				a, err := agentOf(rt, addr)
				if err != nil {
					return err
				}
				if f.json {
					v := struct {
						agentJSON
						KeyFile    string `json:"keyFile,omitempty"`
						Keystore   string `json:"keystore,omitempty"`
						PrivateKey string `json:"privateKey,omitempty"`
					}{agentJSON: a}
					if what == "keystore" {
						v.Keystore = target
					} else {
						v.KeyFile = target
					}
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
	fl := cmd.Flags()
	fl.StringVar(&out, "out", "agent.key", "key `FILE` to write")
	fl.StringVar(&keystorePath, "keystore", "", "write a Web3 Secret Storage keystore `FILE` instead of a key file")
	fl.StringVar(&passwordFile, "password-file", "", "`FILE` whose first line is the keystore's password")
	fl.BoolVar(&lightKDF, "light-kdf", false, "scrypt N=2^12, p=6 (4 MiB, fast) instead of the standard N=2^18, p=1 (256 MiB)")
	fl.BoolVar(&force, "force", false, "overwrite an existing file")
	fl.BoolVar(&showPrivate, "show-private", false, "also print the private key")
	return cmd
}

// writeKeyFile writes a key file with mode 0600. Without force it refuses
// an existing file (O_EXCL); with force it replaces the file atomically
// through a 0600 temporary file in the same directory.
func writeKeyFile(path string, content []byte, force bool) error {
	if path == "" {
		return errs.New(errs.InvalidInput, "the key file path is empty")
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
