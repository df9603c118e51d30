package agent

import (
	"context"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/mailroom/store"
)

// Directory reads registry records (hosts/chain/chainview.View is one).
type Directory interface {
	Agent(ctx context.Context, a ethsig.Address) (*chain.Agent, error)
}

// ChannelOps opens and funds channels on chain from this agent's key.
type ChannelOps interface {
	Open(ctx context.Context, recipient common.Address, deposit *big.Int, withdrawDelay uint64) ([32]byte, error)
	TopUp(ctx context.Context, id [32]byte, amount *big.Int) error
	Get(ctx context.Context, id [32]byte) (*chain.Channel, error)
}

// Budget bounds spending; nil fields mean no limit.
type Budget struct {
	MaxPerRequest *big.Int
	MaxPerDay     *big.Int
}

// Config configures an Agent. Key, ChainID, Registry, ChannelContract,
// Directory, Channels and Store are required.
type Config struct {
	Key             *ethsig.PrivateKey
	ChainID         uint64
	Registry        ethsig.Address
	ChannelContract ethsig.Address

	Directory Directory
	Channels  ChannelOps
	Store     store.Sender

	HTTP *http.Client // default: a client with a 30 s timeout
	// Deposit is what a new channel (and each top-up) locks; default 100 × price.
	Deposit *big.Int
	// WithdrawDelay is a new channel's withdraw delay in seconds; 0: the
	// default (client.DefaultWithdrawDelay, 3600) or the recipient's
	// minimum when higher. One set below a recipient's minimum is refused.
	WithdrawDelay uint64
	Budget        Budget
	// Asset is what the agent pays in: an ERC-20 token (its channels are
	// opened in it: Channels must open token channels, as ChainOps with
	// Token set does), or the zero address for ETH (the default). Deposits,
	// budgets and prices are in its base units.
	Asset ethsig.Address
	Now   func() time.Time
}

func (c *Config) fill() error {
	if c.Key == nil || c.ChainID == 0 || c.Directory == nil || c.Channels == nil || c.Store == nil {
		return errs.New(errs.InvalidInput, "agent config: Key, ChainID, Directory, Channels and Store are required")
	}
	if c.HTTP == nil {
		c.HTTP = &http.Client{Timeout: 30 * time.Second}
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return nil
}

// ChainOps adapts a *chain.Client and the agent's signer to ChannelOps.
// With Token set, channels are opened in that ERC-20 token (one
// transaction with an EIP-2612 permit) and topped up in it.
type ChainOps struct {
	C     *chain.Client
	S     *chain.Signer
	Token *chain.Token
}

// Open implements ChannelOps.
func (o ChainOps) Open(ctx context.Context, recipient common.Address, deposit *big.Int, delay uint64) ([32]byte, error) {
	if o.Token != nil {
		id, _, err := o.C.Channels.OpenWithPermit(ctx, o.S, o.Token, recipient, deposit, delay)
		return id, err
	}
	id, _, err := o.C.Channels.Open(ctx, o.S, recipient, deposit, delay)
	return id, err
}

// TopUp implements ChannelOps.
func (o ChainOps) TopUp(ctx context.Context, id [32]byte, amount *big.Int) error {
	if o.Token != nil {
		_, err := o.C.Channels.TopUpToken(ctx, o.S, o.Token, id, amount)
		return err
	}
	_, err := o.C.Channels.TopUp(ctx, o.S, id, amount)
	return err
}

// Get implements ChannelOps.
func (o ChainOps) Get(ctx context.Context, id [32]byte) (*chain.Channel, error) {
	return o.C.Channels.Get(ctx, id)
}
