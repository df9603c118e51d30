package main

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/chain"
)

// Where a chain command finds its chain. docs/CONFIG.md says the same;
// `mailroom help config` prints configHelp.
//
//	RPC URL:          --rpc > $MAILROOM_RPC > the deployments file's "rpc" > http://127.0.0.1:8545
//	deployments file: --deployments > $MAILROOM_DEPLOYMENTS > ./deployments.json
//
// An empty environment variable counts as unset. mailroom deploy writes the
// deployments file, so it never reads an RPC URL from it (--rpc >
// $MAILROOM_RPC > default), and records the one it used. A deployments file
// whose chainId is not the RPC's chain id is refused (invalid_input).
const (
	envRPC         = "MAILROOM_RPC"
	envDeployments = "MAILROOM_DEPLOYMENTS"
)

const configHelp = `Chain commands find the chain like this, the first one set winning:

  RPC URL           --rpc URL
                    $MAILROOM_RPC
                    the "rpc" field of the deployments file
                    http://127.0.0.1:8545

  deployments file  --deployments FILE
                    $MAILROOM_DEPLOYMENTS
                    ./deployments.json

  signing key       --key FILE or --dev-account N (see each command's --help;
                    $MAILROOM_KEYSTORE where --keystore is offered)

An empty environment variable counts as unset. mailroom node --port P writes
its RPC (http://127.0.0.1:P) into the deployments file, so the commands that
use that file reach that node with no --rpc. mailroom deploy writes the
deployments file rather than reading it: its RPC is --rpc, $MAILROOM_RPC or
the default, and it records that one in the file.

A deployments file made for another chain than the one the RPC serves is
refused (error invalid_input), rather than sending transactions to whatever
lives at those addresses there.

Dev accounts (--dev-account N) are the accounts of the standard test
mnemonic "test test test test test test test test test test test junk" at
m/44'/60'/0'/0/N: the same keys on mailroom node, anvil and Hardhat. Their
keys are public; use them on dev chains only.`

func init() {
	register(func() *cobra.Command {
		// A help topic (no Run): `mailroom help config`.
		return &cobra.Command{
			Use:   "config",
			Short: "Where chain commands find the RPC URL, the deployments file and the key",
			Long:  configHelp,
		}
	})
}

// configNote is appended to the help of every command with chainFlags.
const configNote = `The RPC URL is --rpc, else $MAILROOM_RPC, else the deployments file's rpc,
else http://127.0.0.1:8545; the deployments file is --deployments, else
$MAILROOM_DEPLOYMENTS, else deployments.json (see mailroom help config).`

// addConfigFlags registers --rpc and --deployments on cmd.
func (f *chainFlags) addConfigFlags(cmd *cobra.Command) {
	f.cmd = cmd
	fl := cmd.Flags()
	fl.StringVar(&f.rpc, "rpc", "", "JSON-RPC endpoint `URL` of the chain (default: $"+envRPC+", else the deployments file's rpc, else "+defaultRPC+")")
	// The default is resolved now, so that every reader of f.deployments
	// (the offline commands too) sees $MAILROOM_DEPLOYMENTS.
	fl.StringVar(&f.deployments, "deployments", deploymentsDefault(), "deployments `FILE` with the contract addresses ($"+envDeployments+" sets the default)")
	if cmd.Long == "" {
		cmd.Long = cmd.Short
	}
	if !strings.Contains(cmd.Long, "mailroom help config") {
		cmd.Long += "\n\n" + configNote
	}
}

// deploymentsDefault is $MAILROOM_DEPLOYMENTS or deployments.json.
func deploymentsDefault() string {
	if v := os.Getenv(envDeployments); v != "" {
		return v
	}
	return defaultDeployments
}

// deploymentsFrom says where f.deployments came from, for messages.
func (f *chainFlags) deploymentsFrom() string {
	switch {
	case f.cmd != nil && f.cmd.Flags().Changed("deployments"):
		return "--deployments"
	case os.Getenv(envDeployments) != "":
		return "$" + envDeployments
	default:
		return "the default"
	}
}

// rpcURL resolves the RPC URL: --rpc, $MAILROOM_RPC, the rpc of the
// deployments file d (nil: none), the default. It returns where it came from.
func (f *chainFlags) rpcURL(d *chain.Deployment) (url, from string) {
	switch {
	case f.rpc != "":
		return f.rpc, "--rpc"
	case os.Getenv(envRPC) != "":
		return os.Getenv(envRPC), "$" + envRPC
	case d != nil && d.RPC != "":
		return d.RPC, f.deployments
	default:
		return defaultRPC, "the default"
	}
}

// loadDeployment reads the deployments file, with a hint when it is missing.
func (f *chainFlags) loadDeployment() (chain.Deployment, error) {
	d, err := chain.LoadDeployment(f.deployments)
	if err != nil && errors.Is(statErr(f.deployments), fs.ErrNotExist) {
		return d, errs.New(errs.InvalidInput, "no deployments file %s (%s; set --deployments or $%s): start mailroom node, or run mailroom deploy, first",
			f.deployments, f.deploymentsFrom(), envDeployments)
	}
	return d, err
}

// optionalDeployment reads the deployments file when there is one; a
// missing file is no error unless it was asked for by flag or environment.
func (f *chainFlags) optionalDeployment() (*chain.Deployment, error) {
	if errors.Is(statErr(f.deployments), fs.ErrNotExist) && f.deploymentsFrom() == "the default" {
		return nil, nil
	}
	d, err := f.loadDeployment()
	if err != nil {
		return nil, err
	}
	return &d, nil
}

func statErr(path string) error {
	_, err := os.Stat(path)
	return err
}

// dial connects to the RPC resolved against d (nil: no deployments file)
// and, when d names a chain id, checks that the RPC serves that chain.
func (f *chainFlags) dial(ctx context.Context, d *chain.Deployment) (*ethclient.Client, error) {
	url, from := f.rpcURL(d)
	be, err := chain.Dial(ctx, url)
	if err != nil {
		return nil, err
	}
	if d == nil || d.ChainID == 0 {
		return be, nil
	}
	id, err := be.ChainID(ctx)
	if err != nil {
		be.Close()
		return nil, errs.New(errs.ChainError, "chain id of %s (from %s): %v", url, from, err)
	}
	if id.Uint64() != d.ChainID {
		be.Close()
		return nil, errs.New(errs.InvalidInput,
			"deployments file %s is for chain %d, but the RPC %s (from %s) serves chain %s: use that chain's deployments file (--deployments or $%s) or this file's RPC (--rpc or $%s; see mailroom help config)",
			f.deployments, d.ChainID, url, from, id, envDeployments, envRPC)
	}
	return be, nil
}

// connect dials the chain and binds the contracts of the deployments file.
func (f *chainFlags) connect(ctx context.Context) (*chain.Client, error) {
	d, err := f.loadDeployment()
	if err != nil {
		return nil, err
	}
	be, err := f.dial(ctx, &d)
	if err != nil {
		return nil, err
	}
	return chain.New(ctx, be, d)
}
