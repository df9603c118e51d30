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

// Rate is the agent's rate per task in wei (0 when unset).
func (a *Agent) Rate() *big.Int {
	if a.RatePerTaskWei == nil {
		return new(big.Int)
	}
	return a.RatePerTaskWei
}

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

// Activate marks the agent active without a consent signature: the owner
// lifting its own deactivation, or the agent key (by == the agent) lifting
// its own. After the agent key deactivated itself, the owner needs
// ActivateWithConsent.
func (r *Registry) Activate(ctx context.Context, by *Signer, agent common.Address) (*Receipt, error) {
	return r.ActivateWithConsent(ctx, by, agent, 0, nil)
}

// ActivateWithConsent marks the agent active with the agent key's
// ActivateAgent consent (see SignActivate; nonce = ConsentNonce, valid
// until deadline). consentSig may be nil when by is the agent key or when
// the agent key has not deactivated itself.
func (r *Registry) ActivateWithConsent(ctx context.Context, by *Signer, agent common.Address, deadline uint64, consentSig []byte) (*Receipt, error) {
	return r.t.send(ctx, "activateAgent", by, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.contract.ActivateAgent(o, agent, new(big.Int).SetUint64(deadline), consentSig)
	})
}

// Deactivate marks the agent inactive. The owner or the agent key itself
// (which also revokes the agent's unused consents).
func (r *Registry) Deactivate(ctx context.Context, by *Signer, agent common.Address) (*Receipt, error) {
	return r.t.send(ctx, "deactivateAgent", by, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.contract.DeactivateAgent(o, agent)
	})
}

// TransferOwnership moves the agent to newOwner without a consent
// signature, which the registry accepts only when the owner is the agent
// itself; otherwise use TransferOwnershipWithConsent.
func (r *Registry) TransferOwnership(ctx context.Context, owner *Signer, agent, newOwner common.Address) (*Receipt, error) {
	return r.TransferOwnershipWithConsent(ctx, owner, agent, newOwner, 0, nil)
}

// TransferOwnershipWithConsent moves the agent to newOwner. Owner only,
// with the agent key's TransferAgent consent (see SignTransfer; nonce =
// ConsentNonce, valid until deadline); consentSig may be nil when the owner
// is the agent.
func (r *Registry) TransferOwnershipWithConsent(ctx context.Context, owner *Signer, agent, newOwner common.Address, deadline uint64, consentSig []byte) (*Receipt, error) {
	return r.t.send(ctx, "transferAgentOwnership", owner, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.contract.TransferAgentOwnership(o, agent, newOwner, new(big.Int).SetUint64(deadline), consentSig)
	})
}

// ConsentNonce reads the agent's consentNonce: the nonce its next
// ActivateAgent or TransferAgent consent must carry.
func (r *Registry) ConsentNonce(ctx context.Context, agent common.Address) (uint64, error) {
	n, err := r.contract.ConsentNonce(&bind.CallOpts{Context: ctx}, agent)
	if err != nil {
		return 0, classify("consentNonce", err)
	}
	if !n.IsUint64() {
		return 0, errs.New(errs.ChainError, "consentNonce of %s does not fit 64 bits: %s", agent.Hex(), n)
	}
	return n.Uint64(), nil
}

// DeactivatedBy reads who deactivated the agent since its last activation:
// byOwner (only the owner lifts it) and byAgent (only the agent key's
// consent lifts it).
func (r *Registry) DeactivatedBy(ctx context.Context, agent common.Address) (byOwner, byAgent bool, err error) {
	out, err := r.contract.DeactivatedBy(&bind.CallOpts{Context: ctx}, agent)
	if err != nil {
		return false, false, classify("deactivatedBy", err)
	}
	return out.ByOwner, out.ByAgent, nil
}

// ActivateDigest is the digest the agent signs to consent to its
// reactivation (computed locally by core/registration).
func (r *Registry) ActivateDigest(agent common.Address, nonce, deadline uint64) [32]byte {
	return r.domain.ActivateDigest(&registration.ActivateConsent{Agent: toCore(agent), Nonce: nonce, Deadline: deadline})
}

// SignActivate signs the ActivateAgent consent with the agent's key.
func (r *Registry) SignActivate(agentKey *Signer, nonce, deadline uint64) ethsig.Signature {
	return r.domain.SignActivate(agentKey.Core(), &registration.ActivateConsent{Agent: toCore(agentKey.Address()), Nonce: nonce, Deadline: deadline})
}

// TransferDigest is the digest the agent signs to consent to its transfer
// to newOwner (computed locally by core/registration).
func (r *Registry) TransferDigest(agent, newOwner common.Address, nonce, deadline uint64) [32]byte {
	return r.domain.TransferDigest(&registration.TransferConsent{Agent: toCore(agent), NewOwner: toCore(newOwner), Nonce: nonce, Deadline: deadline})
}

// SignTransfer signs the TransferAgent consent with the agent's key.
func (r *Registry) SignTransfer(agentKey *Signer, newOwner common.Address, nonce, deadline uint64) ethsig.Signature {
	return r.domain.SignTransfer(agentKey.Core(), &registration.TransferConsent{Agent: toCore(agentKey.Address()), NewOwner: toCore(newOwner), Nonce: nonce, Deadline: deadline})
}
