package devchain

import (
	"context"
	"errors"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"maps"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/chain"
)

// ChainID is the dev chain's id (0x7a69), as anvil and hardhat use.
const ChainID = 31337

// Config configures a dev chain. The zero value is usable: 127.0.0.1, a
// random free port, in memory, 10 accounts of 10000 ether.
type Config struct {
	Host     string   // listen host; default 127.0.0.1
	Port     int      // listen port; 0 picks a free port
	DataDir  string   // "" keeps the chain in memory
	Accounts int      // dev accounts to fund; default 10
	Balance  *big.Int // wei per account; default 10000 ether
	GasLimit uint64   // block gas limit; default 30,000,000
	// Existing is a previous deployment (with DataDir): reused if both
	// contracts still have code, otherwise the contracts are redeployed.
	Existing *chain.Deployment
	// MinWithdrawDelay is the payment channel's minimum withdraw delay
	// (seconds) when the contracts are deployed. The default 0 lets a dev
	// chain open channels with any delay, even 0, so that the mailroom's
	// own off-chain minimum is what refuses a too-short one; public chains
	// deploy with chain.DefaultMinWithdrawDelay (`mailroom deploy`).
	MinWithdrawDelay uint64
	// TokenBalance is how much of the test token (MailroomTestUSD, 6
	// decimals, deployed with the contracts) each dev account is minted;
	// default DefaultTokenBalance (1,000,000 tUSDC).
	TokenBalance *big.Int
}

// DefaultTokenBalance is each dev account's test token balance: 1,000,000
// tUSDC (10^12 base units).
var DefaultTokenBalance = big.NewInt(1_000_000_000_000)

// Chain is a running dev chain.
type Chain struct {
	RPC        string            // http://host:port
	ChainID    *big.Int          // 31337
	Client     *ethclient.Client // connected over HTTP
	Keys       []*chain.Signer   // funded dev accounts; Keys[0] deployed the contracts
	Deployment chain.Deployment  // contract addresses (RPC filled in)
	Reused     bool              // the contracts came from Config.Existing
	Contracts  *chain.Client     // typed client of the contracts

	stack  *node.Node
	beacon *catalyst.SimulatedBeacon
}

// Start starts a dev chain, deploys the contracts (or reuses Existing) and
// returns once the RPC answers. Close stops it.
func Start(ctx context.Context, cfg Config) (*Chain, error) {
	if cfg.Host == "" {
		cfg.Host = "127.0.0.1"
	}
	if cfg.Accounts == 0 {
		cfg.Accounts = 10
	}
	if cfg.Accounts < 1 || cfg.Accounts > MaxAccounts {
		return nil, errs.New(errs.InvalidInput, "accounts must be in [1, %d]", MaxAccounts)
	}
	if cfg.Balance == nil {
		cfg.Balance = new(big.Int).Mul(big.NewInt(10000), big.NewInt(params.Ether))
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = 30_000_000
	}
	if cfg.Port < 0 || cfg.Port > 65535 {
		return nil, errs.New(errs.InvalidInput, "port %d out of range", cfg.Port)
	}
	port := cfg.Port // 0: the HTTP server listens on a free port, read back after start
	keys, err := DevKeys(cfg.Accounts)
	if err != nil {
		return nil, err
	}

	nodeCfg := node.DefaultConfig
	nodeCfg.Name = "mailroom-devchain"
	nodeCfg.DataDir = cfg.DataDir
	nodeCfg.P2P = p2p.Config{NoDiscovery: true, NoDial: true, MaxPeers: 0, ListenAddr: ""}
	nodeCfg.HTTPHost = cfg.Host
	nodeCfg.HTTPPort = port
	nodeCfg.HTTPModules = []string{"eth", "net", "web3", "txpool", "dev"}
	nodeCfg.HTTPCors = []string{"*"}
	nodeCfg.HTTPVirtualHosts = []string{"*"}
	nodeCfg.WSHost = ""
	nodeCfg.IPCPath = ""
	nodeCfg.AuthPort = 0
	nodeCfg.UseLightweightKDF = true
	stack, err := node.New(&nodeCfg)
	if err != nil {
		return nil, errs.New(errs.ChainError, "node: %v", err)
	}
	c := &Chain{stack: stack, ChainID: big.NewInt(ChainID), Keys: keys}
	ok := false
	defer func() {
		if !ok {
			c.Close()
		}
	}()

	config := *params.AllDevChainProtocolChanges
	config.ChainID = big.NewInt(ChainID)
	alloc := core.SystemContractAllocs()
	for i := 1; i <= 0x11; i++ { // precompiles get 1 wei, as in geth --dev
		alloc[common.BytesToAddress([]byte{byte(i)})] = types.Account{Balance: big.NewInt(1)}
	}
	funded := make(types.GenesisAlloc, len(keys))
	for _, k := range keys {
		funded[k.Address()] = types.Account{Balance: new(big.Int).Set(cfg.Balance)}
	}
	maps.Copy(alloc, funded)
	ethCfg := ethconfig.Defaults
	ethCfg.NetworkId = ChainID
	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.Genesis = &core.Genesis{
		Config:     &config,
		GasLimit:   cfg.GasLimit,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: big.NewInt(0),
		Alloc:      alloc,
	}
	ethCfg.Miner.GasCeil = cfg.GasLimit
	ethCfg.Miner.GasPrice = big.NewInt(1)
	ethCfg.Miner.PendingFeeRecipient = keys[0].Address()
	ethCfg.TxPool.NoLocals = true
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		if cfg.DataDir != "" && strings.Contains(err.Error(), "genesis") {
			// The genesis holds the dev accounts and their balance: a
			// data directory made with other accounts (say, by a
			// mailroom node before the dev accounts became anvil's) or
			// another --balance cannot be reopened.
			return nil, errs.New(errs.ChainError, "eth: %v; the data directory %s was made with other dev accounts, --accounts or --balance: start with the same ones or remove it", err, cfg.DataDir)
		}
		return nil, errs.New(errs.ChainError, "eth: %v", err)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize: ethCfg.FilterLogCacheSize, LogQueryLimit: ethCfg.LogQueryLimit, RangeLimit: ethCfg.RangeLimit,
	})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	beacon, err := catalyst.NewSimulatedBeacon(0, keys[0].Address(), backend)
	if err != nil {
		return nil, errs.New(errs.ChainError, "simulated beacon: %v", err)
	}
	catalyst.RegisterSimulatedBeaconAPIs(stack, beacon)
	stack.RegisterLifecycle(beacon)
	c.beacon = beacon
	if err := stack.Start(); err != nil {
		return nil, errs.New(errs.ChainError, "start node on %s:%d: %v", cfg.Host, port, err)
	}
	c.RPC = stack.HTTPEndpoint()
	client, err := ethclient.DialContext(ctx, c.RPC)
	if err != nil {
		return nil, errs.New(errs.ChainError, "dial %s: %v", c.RPC, err)
	}
	c.Client = client
	if err := c.waitReady(ctx); err != nil {
		return nil, err
	}
	if err := c.primeMiner(ctx); err != nil {
		return nil, err
	}

	if cfg.Existing != nil {
		has, err := chain.HasCode(ctx, client, *cfg.Existing)
		if err != nil {
			return nil, err
		}
		if has {
			c.Deployment = *cfg.Existing
			c.Reused = true
		}
	}
	if !c.Reused {
		d, err := chain.DeployWith(ctx, client, keys[0], chain.DeployOptions{MinWithdrawDelay: cfg.MinWithdrawDelay, TestToken: true})
		if err != nil {
			return nil, err
		}
		c.Deployment = d
	}
	c.Deployment.ChainID = ChainID
	c.Deployment.RPC = c.RPC
	contracts, err := chain.New(ctx, client, c.Deployment)
	if err != nil {
		return nil, err
	}
	c.Contracts = contracts
	if !c.Reused && contracts.Token != nil {
		if err := c.fundToken(ctx, cfg.TokenBalance); err != nil {
			return nil, err
		}
	}
	ok = true
	return c, nil
}

func (c *Chain) waitReady(ctx context.Context) error {
	deadline := time.Now().Add(10 * time.Second)
	for {
		id, err := c.Client.ChainID(ctx)
		if err == nil {
			if id.Int64() != ChainID {
				return errs.New(errs.ChainError, "dev chain reports chain id %s", id)
			}
			return nil
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return errs.New(errs.ChainError, "dev chain RPC not answering: %v", err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// primeMiner makes sure the simulated beacon's mine-on-arrival loop is
// listening before the first transaction is sent. go-ethereum starts that
// loop in a goroutine of its own, which subscribes to the transaction pool
// a little later; a transaction that arrives first raises no event and
// then waits for the next one forever (seen in CI on a busy machine, with
// two chains starting in one process). A zero-amount withdrawal is an event
// the same loop mines on, so it is sent until a block appears: from then on
// the loop is subscribed. It costs one empty block at start.
func (c *Chain) primeMiner(ctx context.Context) error {
	start, err := c.Client.BlockNumber(ctx)
	if err != nil {
		return errs.New(errs.ChainError, "dev chain block number: %v", err)
	}
	rc := c.Client.Client()
	deadline := time.Now().Add(10 * time.Second)
	for i := uint64(0); ; i++ {
		w := &types.Withdrawal{Index: i, Address: common.Address{}, Amount: 0}
		if err := rc.CallContext(ctx, nil, "dev_addWithdrawal", w); err != nil {
			return errs.New(errs.ChainError, "dev_addWithdrawal: %v", err)
		}
		time.Sleep(time.Duration(min(i+1, 10)) * 5 * time.Millisecond)
		n, err := c.Client.BlockNumber(ctx)
		if err == nil && n > start {
			return nil
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return errs.New(errs.ChainError, "dev chain does not mine (block %d after %d nudges)", n, i+1)
		}
	}
}

// Close stops the chain and releases its port and data directory.
func (c *Chain) Close() error {
	if c == nil {
		return nil
	}
	if c.Client != nil {
		c.Client.Close()
		c.Client = nil
	}
	var err error
	if c.stack != nil {
		// Closing the stack stops the beacon (a registered lifecycle).
		err = c.stack.Close()
		c.stack = nil
	}
	if err != nil && !errors.Is(err, node.ErrNodeStopped) {
		return errs.New(errs.ChainError, "close dev chain: %v", err)
	}
	return nil
}

// Addresses returns the dev accounts' addresses.
func (c *Chain) Addresses() []common.Address {
	out := make([]common.Address, len(c.Keys))
	for i, k := range c.Keys {
		out[i] = k.Address()
	}
	return out
}

// fundToken mints amount (default DefaultTokenBalance) of the test token to
// every dev account, from dev account 0 (its owner), all transactions sent
// before the first is awaited.
func (c *Chain) fundToken(ctx context.Context, amount *big.Int) error {
	if amount == nil {
		amount = DefaultTokenBalance
	}
	if amount.Sign() == 0 {
		return nil
	}
	tok := c.Contracts.Token
	o, err := bind.NewKeyedTransactorWithChainID(c.Keys[0].ECDSA(), c.ChainID)
	if err != nil {
		return errs.New(errs.InvalidPrivateKey, "%v", err)
	}
	o.Context = ctx
	nonce, err := c.Client.PendingNonceAt(ctx, c.Keys[0].Address())
	if err != nil {
		return errs.New(errs.ChainError, "nonce: %v", err)
	}
	var txs []*types.Transaction
	for i, k := range c.Keys {
		o.Nonce = new(big.Int).SetUint64(nonce + uint64(i))
		tx, err := tok.Contract().Mint(o, k.Address(), amount)
		if err != nil {
			return errs.New(errs.ChainError, "mint the test token to %s: %v", k.Address().Hex(), err)
		}
		txs = append(txs, tx)
	}
	for _, tx := range txs {
		rc, err := chain.WaitMined(ctx, c.Client, tx.Hash())
		if err != nil {
			return err
		}
		if rc.Status != types.ReceiptStatusSuccessful {
			return errs.New(errs.ChainError, "mint the test token: transaction %s reverted", tx.Hash().Hex())
		}
	}
	return nil
}
