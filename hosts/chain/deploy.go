package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agentmailroom/mailroom/contracts/gen/agentpaymentchannel"
	"github.com/agentmailroom/mailroom/contracts/gen/agentregistry"
	"github.com/agentmailroom/mailroom/contracts/gen/mailroomtestusd"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
)

// Deployment says where the contracts live. Its JSON form is the
// deployments file: {"chainId":31337,"registry":"0x…","paymentChannel":"0x…","rpc":"http://…"},
// plus "minWithdrawDelay" when the payment channel was deployed with a
// nonzero minimum and "token" when a token was deployed with them.
type Deployment struct {
	ChainID        uint64
	Registry       common.Address
	PaymentChannel common.Address
	RPC            string
	// MinWithdrawDelay is the payment channel's minWithdrawDelay (seconds)
	// as deployed; informational: the contract's minWithdrawDelay() is the
	// authority (Channels.MinWithdrawDelay). 0 when absent from the file.
	MinWithdrawDelay uint64
	// Token is an ERC-20 token deployed with the contracts: the dev chains'
	// MailroomTestUSD (DeployOptions.TestToken). Zero when there is none.
	Token common.Address
}

type deploymentJSON struct {
	ChainID          uint64          `json:"chainId"`
	Registry         ethsig.Address  `json:"registry"`
	PaymentChannel   ethsig.Address  `json:"paymentChannel"`
	RPC              string          `json:"rpc,omitempty"`
	MinWithdrawDelay uint64          `json:"minWithdrawDelay,omitempty"`
	Token            *ethsig.Address `json:"token,omitempty"`
}

// MarshalJSON writes EIP-55 addresses.
func (d Deployment) MarshalJSON() ([]byte, error) {
	w := deploymentJSON{d.ChainID, toCore(d.Registry), toCore(d.PaymentChannel), d.RPC, d.MinWithdrawDelay, nil}
	if d.Token != (common.Address{}) {
		t := toCore(d.Token)
		w.Token = &t
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads a deployments file; unknown fields are refused.
func (d *Deployment) UnmarshalJSON(b []byte) error {
	var w deploymentJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return errs.New(errs.InvalidJSON, "deployments: %v", err)
	}
	*d = Deployment{ChainID: w.ChainID, Registry: fromCore(w.Registry), PaymentChannel: fromCore(w.PaymentChannel), RPC: w.RPC, MinWithdrawDelay: w.MinWithdrawDelay}
	if w.Token != nil {
		d.Token = fromCore(*w.Token)
	}
	return nil
}

// LoadDeployment reads a deployments file.
func LoadDeployment(path string) (Deployment, error) {
	var d Deployment
	data, err := os.ReadFile(path)
	if err != nil {
		return d, errs.New(errs.InvalidInput, "read deployments file: %v", err)
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return d, errs.New(errs.InvalidJSON, "%s: %s", path, errs.Message(err))
	}
	if d.Registry == (common.Address{}) || d.PaymentChannel == (common.Address{}) {
		return d, errs.New(errs.InvalidInput, "%s: registry and paymentChannel are required", path)
	}
	return d, nil
}

// Save writes the deployments file (indented JSON, mode 0644).
func (d Deployment) Save(path string) error {
	data, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return errs.New(errs.Internal, "%v", err)
	}
	// Written to a temporary file and renamed into place: a reader never
	// sees half a file (a script polling for it while `mailroom node`
	// starts, for one).
	tmp, err := os.CreateTemp(filepath.Dir(path), ".deployments-*.json")
	if err != nil {
		return errs.New(errs.InvalidInput, "write deployments file: %v", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return errs.New(errs.InvalidInput, "write deployments file: %v", err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return errs.New(errs.InvalidInput, "write deployments file: %v", err)
	}
	if err := tmp.Close(); err != nil {
		return errs.New(errs.InvalidInput, "write deployments file: %v", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return errs.New(errs.InvalidInput, "write deployments file: %v", err)
	}
	return nil
}

// DefaultMinWithdrawDelay is the payment channel's minimum withdraw delay
// that [Deploy] uses: one hour, the mainnet-like default. Within it a
// recipient that was served against vouchers can always redeem them before
// a sender who asked to close can withdraw.
const DefaultMinWithdrawDelay = 3600

// DeployOptions configures [DeployWith].
type DeployOptions struct {
	// MinWithdrawDelay is the AgentPaymentChannel's minWithdrawDelay
	// (seconds, at most 365 days): createChannel refuses a shorter
	// withdrawDelay. The zero value really means no minimum (what dev
	// chains use); public chains want DefaultMinWithdrawDelay or more.
	MinWithdrawDelay uint64
	// TestToken also deploys MailroomTestUSD (owner: the deployer), the
	// USDC-like test token of dev chains, as the deployer's third
	// transaction (Deployment.Token).
	TestToken bool
}

// maxWithdrawDelay is the contract's MAX_WITHDRAW_DELAY (365 days).
const maxWithdrawDelay = 365 * 24 * 3600

// Deploy deploys both contracts from deployer and waits for them, with the
// payment channel's minimum withdraw delay at DefaultMinWithdrawDelay.
func Deploy(ctx context.Context, b Backend, deployer *Signer) (Deployment, error) {
	return DeployWith(ctx, b, deployer, DeployOptions{MinWithdrawDelay: DefaultMinWithdrawDelay})
}

// DeployWith deploys both contracts from deployer with the given options
// and waits for them.
func DeployWith(ctx context.Context, b Backend, deployer *Signer, opt DeployOptions) (Deployment, error) {
	if opt.MinWithdrawDelay > maxWithdrawDelay {
		return Deployment{}, errs.New(errs.InvalidInput, "minimum withdraw delay %ds exceeds the contract's maximum of 365 days", opt.MinWithdrawDelay)
	}
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return Deployment{}, errs.New(errs.ChainError, "chain id: %v", err)
	}
	t := &transactor{backend: b, chainID: chainID}
	o, err := t.opts(ctx, deployer, nil)
	if err != nil {
		return Deployment{}, err
	}
	regAddr, regTx, _, err := agentregistry.DeployAgentRegistry(o, b)
	if err != nil {
		return Deployment{}, classify("deploy AgentRegistry", err)
	}
	// The second deployment's nonce must follow the first's.
	o.Nonce = new(big.Int).SetUint64(regTx.Nonce() + 1)
	chAddr, chTx, _, err := agentpaymentchannel.DeployAgentPaymentChannel(o, b, new(big.Int).SetUint64(opt.MinWithdrawDelay))
	if err != nil {
		return Deployment{}, classify("deploy AgentPaymentChannel", err)
	}
	var tokAddr common.Address
	var tokTx *types.Transaction
	if opt.TestToken {
		o.Nonce = new(big.Int).SetUint64(chTx.Nonce() + 1)
		if tokAddr, tokTx, _, err = mailroomtestusd.DeployMailroomTestUSD(o, b, deployer.Address()); err != nil {
			return Deployment{}, classify("deploy MailroomTestUSD", err)
		}
	}
	if _, err := t.wait(ctx, "deploy AgentRegistry", deployer.Address(), regTx); err != nil {
		return Deployment{}, err
	}
	if _, err := t.wait(ctx, "deploy AgentPaymentChannel", deployer.Address(), chTx); err != nil {
		return Deployment{}, err
	}
	if tokTx != nil {
		if _, err := t.wait(ctx, "deploy MailroomTestUSD", deployer.Address(), tokTx); err != nil {
			return Deployment{}, err
		}
	}
	return Deployment{ChainID: chainID.Uint64(), Registry: regAddr, PaymentChannel: chAddr, MinWithdrawDelay: opt.MinWithdrawDelay, Token: tokAddr}, nil
}

// HasCode reports whether the contracts of d (and its token, when it names
// one) have code on the chain.
func HasCode(ctx context.Context, b Backend, d Deployment) (bool, error) {
	addrs := []common.Address{d.Registry, d.PaymentChannel}
	if d.Token != (common.Address{}) {
		addrs = append(addrs, d.Token)
	}
	for _, a := range addrs {
		code, err := b.CodeAt(ctx, a, nil)
		if err != nil {
			return false, errs.New(errs.ChainError, "code at %s: %v", a.Hex(), err)
		}
		if len(code) == 0 {
			return false, nil
		}
	}
	return true, nil
}

// Client is a chain connection with both contracts bound.
type Client struct {
	Backend    Backend
	ChainID    *big.Int
	Deployment Deployment
	Registry   *Registry
	Channels   *Channels
	// Token is the deployment's token (nil when Deployment.Token is zero).
	Token *Token
}

// New binds the contracts of d on backend b. It checks that the chain id
// matches d.ChainID (when set; invalid_input otherwise: the deployments are
// the wrong input for that chain) and that both contracts have code.
func New(ctx context.Context, b Backend, d Deployment) (*Client, error) {
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return nil, errs.New(errs.ChainError, "chain id: %v", err)
	}
	if d.ChainID != 0 && chainID.Uint64() != d.ChainID {
		return nil, errs.New(errs.InvalidInput, "deployments are for chain %d but the RPC serves chain %s", d.ChainID, chainID)
	}
	ok, err := HasCode(ctx, b, d)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, errs.New(errs.ChainError, "no contract code at registry %s / paymentChannel %s on chain %s", d.Registry.Hex(), d.PaymentChannel.Hex(), chainID)
	}
	reg, err := NewRegistry(b, chainID, d.Registry)
	if err != nil {
		return nil, err
	}
	ch, err := NewChannels(b, chainID, d.PaymentChannel)
	if err != nil {
		return nil, err
	}
	c := &Client{Backend: b, ChainID: chainID, Deployment: d, Registry: reg, Channels: ch}
	if d.Token != (common.Address{}) {
		if c.Token, err = NewToken(b, chainID, d.Token); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Balance returns the balance of addr in wei.
func (c *Client) Balance(ctx context.Context, addr common.Address) (*big.Int, error) {
	v, err := c.Backend.BalanceAt(ctx, addr, nil)
	if err != nil {
		return nil, errs.New(errs.ChainError, "balance of %s: %v", addr.Hex(), err)
	}
	return v, nil
}

// Identity names the chain c talks to: its chain id and the hash of its
// block 1 (the genesis block while there is none). A dev chain that was
// reset keeps its chain id, its contract addresses and so its channel ids,
// but not its block hashes: stores bind to this (store.DB.BindChain).
func (c *Client) Identity(ctx context.Context) (string, error) {
	n := big.NewInt(1)
	h, err := c.Backend.HeaderByNumber(ctx, n)
	if err != nil || h == nil {
		if h, err = c.Backend.HeaderByNumber(ctx, big.NewInt(0)); err != nil {
			return "", errs.New(errs.ChainError, "read the chain's first block: %v", err)
		}
	}
	return fmt.Sprintf("eip155:%s/%s", c.ChainID, h.Hash().Hex()), nil
}
