package chain

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agentmailroom/mailroom/contracts/gen/agentregistry"
	"github.com/agentmailroom/mailroom/core/did"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/registration"
)

// Profile is what an owner publishes about an agent.
type Profile struct {
	Endpoint       string
	Capabilities   []string
	RatePerTaskWei *big.Int
}

// Agent is a registry record.
type Agent struct {
	Address        common.Address
	Owner          common.Address
	Endpoint       string
	Capabilities   []string
	RatePerTaskWei *big.Int
	Active         bool
}

// DID returns the agent's did:agent:eth identifier.
func (a *Agent) DID() string { return did.Format(toCore(a.Address)) }

// Registry is a typed client of one AgentRegistry.
type Registry struct {
	t        *transactor
	Address  common.Address
	contract *agentregistry.AgentRegistry
	domain   *registration.Domain
}

// NewRegistry binds the registry at addr on a chain with the given id.
func NewRegistry(b Backend, chainID *big.Int, addr common.Address) (*Registry, error) {
	c, err := agentregistry.NewAgentRegistry(addr, b)
	if err != nil {
		return nil, errs.New(errs.ChainError, "bind registry: %v", err)
	}
	return &Registry{
		t:        &transactor{backend: b, chainID: chainID},
		Address:  addr,
		contract: c,
		domain:   registration.NewDomain(chainID.Uint64(), toCore(addr)),
	}, nil
}

// Contract returns the raw abigen binding.
func (r *Registry) Contract() *agentregistry.AgentRegistry { return r.contract }

// ConsentDigest is the digest the agent signs so that owner may register it
// until deadline (computed locally by core/registration).
func (r *Registry) ConsentDigest(agent, owner common.Address, deadline uint64) [32]byte {
	return r.domain.Digest(&registration.Consent{Agent: toCore(agent), Owner: toCore(owner), Deadline: deadline})
}

// SignConsent signs the registration consent with the agent's key.
func (r *Registry) SignConsent(agentKey *Signer, owner common.Address, deadline uint64) ethsig.Signature {
	return r.domain.Sign(agentKey.Core(), &registration.Consent{Agent: toCore(agentKey.Address()), Owner: toCore(owner), Deadline: deadline})
}

// Register registers agent with owner (the transaction sender) as its
// owner. consentSig is the agent's consent signature (nil when owner is the agent).
func (r *Registry) Register(ctx context.Context, owner *Signer, agent common.Address, p Profile, deadline uint64, consentSig []byte) (*Receipt, error) {
	rate := p.RatePerTaskWei
	if rate == nil {
		rate = new(big.Int)
	}
	caps := p.Capabilities
	if caps == nil {
		caps = []string{}
	}
	return r.t.send(ctx, "registerAgent", owner, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.contract.RegisterAgent(o, agent, p.Endpoint, caps, rate, new(big.Int).SetUint64(deadline), consentSig)
	})
}

// GetAgent reads the agent's record; errs.AgentNotFound when it is not registered.
func (r *Registry) GetAgent(ctx context.Context, agent common.Address) (*Agent, error) {
	out, err := r.contract.GetAgent(&bind.CallOpts{Context: ctx}, agent)
	if err != nil {
		return nil, classify("getAgent", err)
	}
	if !out.Registered {
		return nil, errs.New(errs.AgentNotFound, "%s is not registered", did.Format(toCore(agent)))
	}
	return &Agent{
		Address:        agent,
		Owner:          out.Owner,
		Endpoint:       out.Endpoint,
		Capabilities:   out.Capabilities,
		RatePerTaskWei: out.RatePerTaskWei,
		Active:         out.Active,
	}, nil
}

// Update replaces the agent's profile. Owner only.
func (r *Registry) Update(ctx context.Context, owner *Signer, agent common.Address, p Profile) (*Receipt, error) {
	rate := p.RatePerTaskWei
	if rate == nil {
		rate = new(big.Int)
	}
	caps := p.Capabilities
	if caps == nil {
		caps = []string{}
	}
	return r.t.send(ctx, "updateAgent", owner, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.contract.UpdateAgent(o, agent, p.Endpoint, caps, rate)
	})
}

// Activate marks the agent active. Owner only.
func (r *Registry) Activate(ctx context.Context, owner *Signer, agent common.Address) (*Receipt, error) {
	return r.t.send(ctx, "activateAgent", owner, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.contract.ActivateAgent(o, agent)
	})
}

// Deactivate marks the agent inactive. The owner or the agent key itself.
func (r *Registry) Deactivate(ctx context.Context, by *Signer, agent common.Address) (*Receipt, error) {
	return r.t.send(ctx, "deactivateAgent", by, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.contract.DeactivateAgent(o, agent)
	})
}

// TransferOwnership moves the agent to newOwner. Owner only.
func (r *Registry) TransferOwnership(ctx context.Context, owner *Signer, agent, newOwner common.Address) (*Receipt, error) {
	return r.t.send(ctx, "transferAgentOwnership", owner, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.contract.TransferAgentOwnership(o, agent, newOwner)
	})
}
