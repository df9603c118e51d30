package wazero

import (
	"context"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/registration"
)

func consentRequest(o *jsonObject, chainID uint64, registry ethsig.Address, c *registration.Consent) []byte {
	return o.uint("chainId", chainID).address("verifyingContract", registry).
		address("agent", c.Agent).address("owner", c.Owner).uint("deadline", c.Deadline).bytes()
}

// RegistrationDigest is the EIP-712 digest of the agent's consent
// RegisterAgent(agent, owner, deadline) in the AgentRegistry's domain
// (registration.Domain.Digest).
func (rt *Runtime) RegistrationDigest(ctx context.Context, chainID uint64, registry ethsig.Address, c *registration.Consent) ([32]byte, error) {
	if c == nil {
		return [32]byte{}, errs.New(errs.InvalidInput, "registration consent is missing")
	}
	return replyBytes32(rt.call(ctx, opRegistrationDigest, consentRequest(newObject(300), chainID, registry, c)))
}

// SignRegistration signs the consent with the agent's key (the owner passes
// the signature to registerAgent); errs.SignerMismatch unless priv is
// c.Agent's key.
func (rt *Runtime) SignRegistration(ctx context.Context, priv []byte, chainID uint64, registry ethsig.Address, c *registration.Consent) (ethsig.Signature, error) {
	if c == nil {
		if _, err := rt.AddressOf(ctx, priv); err != nil {
			return ethsig.Signature{}, err
		}
		return ethsig.Signature{}, errs.New(errs.InvalidInput, "registration consent is missing")
	}
	return replySignature(rt.call(ctx, opRegistrationSign, consentRequest(newObject(400).hex("privateKey", priv), chainID, registry, c)))
}
