package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/chain"
)

func init() {
	register(newRegisterCmd)
	register(newProfileCmd)
	register(newAgentCmd)
}

// profileFlags are --endpoint, --capability and --rate.
type profileFlags struct {
	endpoint string
	caps     []string
	rate     string
}

func (p *profileFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&p.endpoint, "endpoint", "", "the agent's HTTP endpoint")
	cmd.Flags().StringSliceVar(&p.caps, "capability", nil, "a model capability (repeat, or comma-separate)")
	cmd.Flags().StringVar(&p.rate, "rate", "0", "price per task (wei, or e.g. 0.001ether, 10gwei)")
}

// apply overlays the flags that were set on base.
func (p *profileFlags) apply(cmd *cobra.Command, base chain.Profile) (chain.Profile, error) {
	if cmd.Flags().Changed("endpoint") {
		base.Endpoint = p.endpoint
	}
	if cmd.Flags().Changed("capability") {
		base.Capabilities = p.caps
	}
	if cmd.Flags().Changed("rate") || base.RatePerTaskWei == nil {
		r, err := chain.ParseAmount(p.rate)
		if err != nil {
			return base, err
		}
		base.RatePerTaskWei = r
	}
	return base, nil
}

type agentOut struct {
	DID            string   `json:"did"`
	Address        string   `json:"address"`
	Owner          string   `json:"owner"`
	Endpoint       string   `json:"endpoint"`
	Capabilities   []string `json:"capabilities"`
	RatePerTaskWei string   `json:"ratePerTaskWei"`
	Active         bool     `json:"active"`
	Tx             *txOut   `json:"tx,omitempty"`
}

func newAgentOut(a *chain.Agent, r *chain.Receipt) agentOut {
	o := agentOut{DID: a.DID(), Address: addrOut(a.Address), Owner: addrOut(a.Owner), Endpoint: a.Endpoint,
		Capabilities: a.Capabilities, RatePerTaskWei: weiOut(a.RatePerTaskWei), Active: a.Active}
	if o.Capabilities == nil {
		o.Capabilities = []string{}
	}
	if r != nil {
		t := newTxOut(r)
		o.Tx = &t
	}
	return o
}

// showAgent prints the (resulting) agent record, after the transaction if any.
func showAgent(cmd *cobra.Command, f *chainFlags, what string, a *chain.Agent, r *chain.Receipt) error {
	if f.json {
		return printJSON(cmd, newAgentOut(a, r))
	}
	if r != nil {
		printTx(cmd, what, r)
	}
	out := cmd.OutOrStdout()
	fmt.Fprintf(out, "did:          %s\n", a.DID())
	fmt.Fprintf(out, "owner:        %s\n", addrOut(a.Owner))
	fmt.Fprintf(out, "endpoint:     %s\n", a.Endpoint)
	fmt.Fprintf(out, "capabilities: %s\n", strings.Join(a.Capabilities, ", "))
	fmt.Fprintf(out, "rate:         %s\n", chain.FormatWei(a.RatePerTaskWei))
	fmt.Fprintf(out, "active:       %v\n", a.Active)
	return nil
}

func newRegisterCmd() *cobra.Command {
	var (
		f                        chainFlags
		p                        profileFlags
		agentKey, agent, consent string
		agentDev                 int
		deadline                 uint64
	)
	cmd := &cobra.Command{
		Use:   "register",
		Short: "Register an agent in the AgentRegistry (the signer becomes its owner)",
		Long: `Registers an agent; the transaction's signer (--key or --dev-account) becomes
its owner. The agent consents with an EIP-712 RegisterAgent signature:
  - no --agent/--agent-key: the signer registers itself (no signature needed);
  - --agent-key FILE or --agent-dev-account N: the consent is signed here;
  - --agent ADDR|DID --consent-sig 0x… --deadline UNIX: a consent signed elsewhere.`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			owner, err := f.signer(cmd)
			if err != nil {
				return err
			}
			prof, err := p.apply(cmd, chain.Profile{})
			if err != nil {
				return err
			}
			ctx, cancel := f.context(cmd)
			defer cancel()
			c, err := f.connect(ctx)
			if err != nil {
				return err
			}
			var (
				agentAddr = owner.Address()
				sig       []byte
				dl        = deadline
			)
			hasAgentKey := cmd.Flags().Changed("agent-key") || cmd.Flags().Changed("agent-dev-account")
			switch {
			case hasAgentKey && cmd.Flags().Changed("agent"):
				return errs.New(errs.InvalidInput, "--agent and --agent-key are exclusive")
			case hasAgentKey:
				ak, err := signerFrom(cmd, "agent-key", agentKey, "agent-dev-account", agentDev)
				if err != nil {
					return err
				}
				agentAddr = ak.Address()
				if ak.Address() != owner.Address() {
					if dl == 0 {
						dl = uint64(time.Now().Add(time.Hour).Unix())
					}
					s := c.Registry.SignConsent(ak, owner.Address(), dl)
					sig = s.Bytes()
				}
			case cmd.Flags().Changed("agent"):
				a, err := parseAgentArg(agent)
				if err != nil {
					return err
				}
				agentAddr = a
				if a != owner.Address() {
					if err := requireFlags(cmd, "consent-sig", "deadline"); err != nil {
						return err
					}
					if sig, err = parseSig(consent); err != nil {
						return err
					}
				}
			}
			r, err := c.Registry.Register(ctx, owner, agentAddr, prof, dl, sig)
			if err != nil {
				return err
			}
			a, err := c.Registry.GetAgent(ctx, agentAddr)
			if err != nil {
				return err
			}
			return showAgent(cmd, &f, "registered", a, r)
		},
	}
	f.add(cmd, true)
	p.add(cmd)
	fl := cmd.Flags()
	fl.StringVar(&agentKey, "agent-key", "", "the agent's key file; signs the consent here")
	fl.IntVar(&agentDev, "agent-dev-account", -1, "use dev account N as the agent key")
	fl.StringVar(&agent, "agent", "", "the agent (address or did:agent:eth DID) when its consent was signed elsewhere")
	fl.StringVar(&consent, "consent-sig", "", "the agent's 65-byte RegisterAgent signature (with --agent)")
	fl.Uint64Var(&deadline, "deadline", 0, "consent deadline, unix seconds (default: now + 1h when signing here)")
	return cmd
}

func newProfileCmd() *cobra.Command {
	var f chainFlags
	cmd := &cobra.Command{
		Use:   "profile <did|address>",
		Short: "Show an agent's registry record",
		Args:  exactArgs(1, "an agent DID or address"),
		RunE: func(cmd *cobra.Command, args []string) error {
			agent, err := parseAgentArg(args[0])
			if err != nil {
				return err
			}
			ctx, cancel := f.context(cmd)
			defer cancel()
			c, err := f.connect(ctx)
			if err != nil {
				return err
			}
			a, err := c.Registry.GetAgent(ctx, agent)
			if err != nil {
				return err
			}
			return showAgent(cmd, &f, "", a, nil)
		},
	}
	f.add(cmd, false)
	return cmd
}

func newAgentCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "agent",
		Short: "Manage a registered agent (owner operations, and the agent key's consents)",
		Args:  exactArgs(0, "a subcommand"),
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newAgentUpdateCmd(), newAgentSimpleCmd("activate"), newAgentSimpleCmd("deactivate"), newAgentTransferCmd(), newAgentConsentCmd())
	return cmd
}

func newAgentUpdateCmd() *cobra.Command {
	var (
		f chainFlags
		p profileFlags
	)
	cmd := &cobra.Command{
		Use:   "update <did|address>",
		Short: "Change an agent's endpoint, capabilities or rate (unset flags keep their value)",
		Args:  exactArgs(1, "an agent DID or address"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return agentTx(cmd, &f, args[0], "updated", func(c *chain.Client, s *chain.Signer, a *chain.Agent) (*chain.Receipt, error) {
				prof, err := p.apply(cmd, chain.Profile{Endpoint: a.Endpoint, Capabilities: a.Capabilities, RatePerTaskWei: a.RatePerTaskWei})
				if err != nil {
					return nil, err
				}
				return c.Registry.Update(cmd.Context(), s, a.Address, prof)
			})
		},
	}
	f.add(cmd, true)
	p.add(cmd)
	return cmd
}

// consentFlags carry the agent key's consent to an owner operation
// (ActivateAgent or TransferAgent): signed here with --agent-key or
// --agent-dev-account, or signed elsewhere and passed as --consent-sig with
// its --deadline.
type consentFlags struct {
	agentKey string
	agentDev int
	sig      string
	deadline uint64
}

func (cf *consentFlags) add(cmd *cobra.Command, typ string) {
	fl := cmd.Flags()
	fl.StringVar(&cf.agentKey, "agent-key", "", "the agent's key file; signs the agent's "+typ+" consent here")
	fl.IntVar(&cf.agentDev, "agent-dev-account", -1, "use dev account N as the agent key")
	fl.StringVar(&cf.sig, "consent-sig", "", "the agent's 65-byte "+typ+" signature, made elsewhere (see mailroom agent consent)")
	fl.Uint64Var(&cf.deadline, "deadline", 0, "consent deadline, unix seconds (default: now + 1h when signing here; required with --consent-sig)")
}

// resolve returns the deadline and signature to send: none when neither
// the agent key nor a signature was given, or when the transaction's signer
// is the agent key itself (its call is its consent).
func (cf *consentFlags) resolve(cmd *cobra.Command, c *chain.Client, agent common.Address, signer *chain.Signer,
	sign func(agentKey *chain.Signer, nonce, deadline uint64) []byte) (uint64, []byte, error) {
	hasKey := cmd.Flags().Changed("agent-key") || cmd.Flags().Changed("agent-dev-account")
	hasSig := cmd.Flags().Changed("consent-sig")
	switch {
	case hasKey && hasSig:
		return 0, nil, errs.New(errs.InvalidInput, "--consent-sig and --agent-key/--agent-dev-account are exclusive")
	case hasSig:
		if err := requireFlags(cmd, "deadline"); err != nil {
			return 0, nil, err
		}
		sig, err := parseSig(cf.sig)
		return cf.deadline, sig, err
	case hasKey:
		ak, err := signerFrom(cmd, "agent-key", cf.agentKey, "agent-dev-account", cf.agentDev)
		if err != nil {
			return 0, nil, err
		}
		if ak.Address() != agent {
			return 0, nil, errs.New(errs.InvalidInput, "the agent key is %s, not the agent %s", addrOut(ak.Address()), addrOut(agent))
		}
		if ak.Address() == signer.Address() {
			return 0, nil, nil
		}
		nonce, err := c.Registry.ConsentNonce(cmd.Context(), agent)
		if err != nil {
			return 0, nil, err
		}
		dl := cf.deadline
		if dl == 0 {
			dl = uint64(time.Now().Add(time.Hour).Unix())
		}
		return dl, sign(ak, nonce, dl), nil
	default:
		return 0, nil, nil
	}
}

func newAgentSimpleCmd(op string) *cobra.Command {
	var (
		f  chainFlags
		cf consentFlags
	)
	short := map[string]string{
		"activate":   "Mark an agent active (owner; or the agent key, unless the owner deactivated it)",
		"deactivate": "Mark an agent inactive (owner, or the agent key itself)",
	}[op]
	long := map[string]string{
		"activate": `Marks an agent active. The owner lifts its own deactivation. When the agent
key deactivated itself (e.g. because the owner key leaked), reactivating needs
the agent key's consent: the agent key signs the transaction itself
(--dev-account/--key is the agent), or the owner passes its EIP-712
ActivateAgent signature: --agent-key FILE / --agent-dev-account N signs it
here, --consent-sig 0x… --deadline UNIX brings one made elsewhere.`,
		"deactivate": `Marks an agent inactive. The owner may, and so may the agent key itself
(e.g. when the owner key leaked); then only the agent key's consent
reactivates it or moves it to a new owner, and every consent the agent key
signed before and nobody used is void.`,
	}[op]
	cmd := &cobra.Command{
		Use:   op + " <did|address>",
		Short: short,
		Long:  long,
		Args:  exactArgs(1, "an agent DID or address"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return agentTx(cmd, &f, args[0], op+"d", func(c *chain.Client, s *chain.Signer, a *chain.Agent) (*chain.Receipt, error) {
				if op == "deactivate" {
					return c.Registry.Deactivate(cmd.Context(), s, a.Address)
				}
				dl, sig, err := cf.resolve(cmd, c, a.Address, s, func(ak *chain.Signer, nonce, deadline uint64) []byte {
					return c.Registry.SignActivate(ak, nonce, deadline).Bytes()
				})
				if err != nil {
					return nil, err
				}
				return c.Registry.ActivateWithConsent(cmd.Context(), s, a.Address, dl, sig)
			})
		},
	}
	f.add(cmd, true)
	if op == "activate" {
		cf.add(cmd, "ActivateAgent")
	}
	return cmd
}

func newAgentTransferCmd() *cobra.Command {
	var (
		f  chainFlags
		cf consentFlags
	)
	cmd := &cobra.Command{
		Use:   "transfer <did|address> <new-owner>",
		Short: "Transfer an agent to a new owner (owner, with the agent key's consent)",
		Long: `Moves an agent to a new owner. The owner signs the transaction; the agent key
consents to the new owner with an EIP-712 TransferAgent signature:
--agent-key FILE / --agent-dev-account N signs it here, --consent-sig 0x…
--deadline UNIX brings one made elsewhere (see mailroom agent consent). An
agent that owns itself needs no signature.`,
		Args: exactArgs(2, "an agent and a new owner"),
		RunE: func(cmd *cobra.Command, args []string) error {
			newOwner, err := parseAgentArg(args[1])
			if err != nil {
				return err
			}
			if newOwner == (common.Address{}) {
				return errs.New(errs.InvalidAddress, "new owner is the zero address")
			}
			return agentTx(cmd, &f, args[0], "transferred", func(c *chain.Client, s *chain.Signer, a *chain.Agent) (*chain.Receipt, error) {
				dl, sig, err := cf.resolve(cmd, c, a.Address, s, func(ak *chain.Signer, nonce, deadline uint64) []byte {
					return c.Registry.SignTransfer(ak, newOwner, nonce, deadline).Bytes()
				})
				if err != nil {
					return nil, err
				}
				return c.Registry.TransferOwnershipWithConsent(cmd.Context(), s, a.Address, newOwner, dl, sig)
			})
		},
	}
	f.add(cmd, true)
	cf.add(cmd, "TransferAgent")
	return cmd
}

// newAgentConsentCmd signs the agent key's ActivateAgent or TransferAgent
// consent offline, for an owner to pass with --consent-sig.
func newAgentConsentCmd() *cobra.Command {
	var (
		f        chainFlags
		deadline uint64
		nonce    int64
	)
	cmd := &cobra.Command{
		Use:   "consent activate|transfer <did|address> [<new-owner>]",
		Short: "Sign the agent key's consent to its reactivation or transfer (no transaction)",
		Long: `Signs, with the agent's key (--key or --dev-account), the EIP-712 consent an
owner needs: ActivateAgent(agent, nonce, deadline) to reactivate the agent
after it deactivated itself, or TransferAgent(agent, newOwner, nonce,
deadline) to move it to newOwner. The nonce is the registry's
consentNonce(agent), read from the chain unless --nonce is given; each use
increments it, so a consent works once. Prints the signature and the
deadline to pass to mailroom agent activate|transfer --consent-sig --deadline.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) >= 1 && args[0] == "transfer" {
				return exactArgs(3, "transfer, an agent and a new owner")(cmd, args)
			}
			if len(args) >= 1 && args[0] == "activate" {
				return exactArgs(2, "activate and an agent")(cmd, args)
			}
			return errs.New(errs.InvalidInput, "want activate <agent> or transfer <agent> <new-owner>")
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			agent, err := parseAgentArg(args[1])
			if err != nil {
				return err
			}
			var newOwner common.Address
			if args[0] == "transfer" {
				if newOwner, err = parseAgentArg(args[2]); err != nil {
					return err
				}
				if newOwner == (common.Address{}) {
					return errs.New(errs.InvalidAddress, "new owner is the zero address")
				}
			}
			ak, err := f.signer(cmd)
			if err != nil {
				return err
			}
			if ak.Address() != agent {
				return errs.New(errs.InvalidInput, "the key is %s, not the agent %s", addrOut(ak.Address()), addrOut(agent))
			}
			d, err := chain.LoadDeployment(f.deployments)
			if err != nil {
				return err
			}
			if d.ChainID == 0 {
				return errs.New(errs.InvalidInput, "%s has no chainId", f.deployments)
			}
			reg, err := chain.NewRegistry(nil, new(bigInt).SetUint64(d.ChainID), d.Registry)
			if err != nil {
				return err
			}
			n := uint64(nonce)
			if nonce < 0 {
				ctx, cancel := f.context(cmd)
				defer cancel()
				c, err := f.connect(ctx)
				if err != nil {
					return err
				}
				if n, err = c.Registry.ConsentNonce(ctx, agent); err != nil {
					return err
				}
			}
			dl := deadline
			if dl == 0 {
				dl = uint64(time.Now().Add(time.Hour).Unix())
			}
			var sig string
			if args[0] == "transfer" {
				sig = reg.SignTransfer(ak, newOwner, n, dl).Hex()
			} else {
				sig = reg.SignActivate(ak, n, dl).Hex()
			}
			if f.json {
				o := struct {
					Type      string `json:"type"`
					Agent     string `json:"agent"`
					NewOwner  string `json:"newOwner,omitempty"`
					Nonce     uint64 `json:"nonce"`
					Deadline  uint64 `json:"deadline"`
					Signature string `json:"signature"`
				}{Type: "ActivateAgent", Agent: addrOut(agent), Nonce: n, Deadline: dl, Signature: sig}
				if args[0] == "transfer" {
					o.Type, o.NewOwner = "TransferAgent", addrOut(newOwner)
				}
				return printJSON(cmd, o)
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "signature: %s\n", sig)
			fmt.Fprintf(out, "deadline:  %d\n", dl)
			fmt.Fprintf(out, "nonce:     %d\n", n)
			return nil
		},
	}
	f.add(cmd, true)
	cmd.Flags().Uint64Var(&deadline, "deadline", 0, "consent deadline, unix seconds (default: now + 1h)")
	cmd.Flags().Int64Var(&nonce, "nonce", -1, "the agent's consentNonce (default: read from the chain)")
	return cmd
}

// agentTx runs one owner transaction on an existing agent and prints the result.
func agentTx(cmd *cobra.Command, f *chainFlags, agentArg, what string, fn func(*chain.Client, *chain.Signer, *chain.Agent) (*chain.Receipt, error)) error {
	agent, err := parseAgentArg(agentArg)
	if err != nil {
		return err
	}
	s, err := f.signer(cmd)
	if err != nil {
		return err
	}
	ctx, cancel := f.context(cmd)
	defer cancel()
	cmd.SetContext(ctx)
	c, err := f.connect(ctx)
	if err != nil {
		return err
	}
	a, err := c.Registry.GetAgent(ctx, agent)
	if err != nil {
		return err
	}
	r, err := fn(c, s, a)
	if err != nil {
		return err
	}
	if a, err = c.Registry.GetAgent(ctx, agent); err != nil {
		return err
	}
	return showAgent(cmd, f, what+" "+did.Format(a2core(agent)), a, r)
}
