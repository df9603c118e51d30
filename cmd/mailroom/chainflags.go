package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/chain"
)

// Defaults shared by every chain command.
const (
	defaultRPC         = "http://127.0.0.1:8545"
	defaultDeployments = "deployments.json"
)

// chainFlags are the flags of every command that talks to a chain.
type chainFlags struct {
	rpc         string // "" unless --rpc: see config.go for the order
	deployments string
	key         string
	devAccount  int
	timeout     time.Duration
	json        bool
	cmd         *cobra.Command // the command the flags belong to (config.go)
}

// add registers --rpc, --deployments, --timeout, --json and, with withKey,
// the signer's flags: --key, --keystore, --password-file and --dev-account
// (see keys.go). Where the RPC URL and the deployments file come
// from when the flags are not given is config.go's (addConfigFlags).
func (f *chainFlags) add(cmd *cobra.Command, withKey bool) {
	fl := cmd.Flags()
	f.addConfigFlags(cmd)
	fl.DurationVar(&f.timeout, "timeout", 2*time.Minute, "give up after this long")
	fl.BoolVar(&f.json, "json", false, "print structured JSON")
	if withKey {
		fl.StringVar(&f.key, "key", "", "key `FILE` (0x-hex private key on the first line, mode 0600) that signs the transaction")
		addKeystoreFlags(cmd, keyFlagSetOf("key"))
		fl.IntVar(&f.devAccount, "dev-account", -1, "use dev account `N` of mailroom node instead of --key (dev chains only)")
	}
}

func (f *chainFlags) context(cmd *cobra.Command) (context.Context, context.CancelFunc) {
	ctx := cmd.Context()
	if ctx == nil {
		ctx = context.Background()
	}
	return context.WithTimeout(ctx, f.timeout)
}

// parseAgentArg accepts a did:agent:eth DID or a 0x address.
func parseAgentArg(s string) (common.Address, error) {
	a, err := did.ParseAddressOrDID(strings.TrimSpace(s))
	if err != nil {
		return common.Address{}, err
	}
	return common.Address(a), nil
}

// parseChannelID parses a 0x-hex 32-byte channel id.
func parseChannelID(s string) ([32]byte, error) {
	b, err := hexutil.Decode(strings.TrimSpace(s))
	if err != nil || len(b) != 32 {
		return [32]byte{}, errs.New(errs.InvalidInput, "channel id %q is not 0x + 64 hex digits", s)
	}
	return [32]byte(b), nil
}

// parseDelay accepts seconds ("3600") or a Go duration ("1h").
func parseDelay(s string) (uint64, error) {
	if n, err := strconv.ParseUint(s, 10, 64); err == nil {
		return n, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return 0, errs.New(errs.InvalidInput, "delay %q: want seconds or a duration like 1h", s)
	}
	return uint64(d / time.Second), nil
}

func parseSig(s string) ([]byte, error) {
	sig, err := ethsig.ParseSignature(strings.TrimSpace(s))
	if err != nil {
		return nil, err
	}
	return sig.Bytes(), nil
}

// txOut is the JSON form of a mined transaction.
type txOut struct {
	TxHash  string `json:"txHash"`
	GasUsed uint64 `json:"gasUsed"`
	Block   uint64 `json:"block"`
}

func newTxOut(r *chain.Receipt) txOut {
	return txOut{TxHash: r.TxHash.Hex(), GasUsed: r.GasUsed, Block: r.BlockNumber}
}

// printTx prints a transaction's hash and gas in plain mode.
func printTx(cmd *cobra.Command, what string, r *chain.Receipt) {
	out := cmd.OutOrStdout()
	fmt.Fprintf(out, "%s: tx %s (block %d, gas used %d)\n", what, r.TxHash.Hex(), r.BlockNumber, r.GasUsed)
}

func addrOut(a common.Address) string { return ethsig.Address(a).String() }

func weiOut(w *big.Int) string {
	if w == nil {
		return "0"
	}
	return w.String()
}

// writeFileAtomic writes data to path via a temporary file in the same folder.
func writeFileAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return errs.New(errs.InvalidInput, "write %s: %v", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return errs.New(errs.InvalidInput, "write %s: %v", path, err)
	}
	return nil
}

func a2core(a common.Address) ethsig.Address { return ethsig.Address(a) }

type bigInt = big.Int
