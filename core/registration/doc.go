// Package registration is the agent's consent to be registered by an owner
// in the AgentRegistry, so nobody can claim someone else's key:
//
//	RegisterAgent(address agent,address owner,uint256 deadline)
//	domain: {name "AgentRegistry", version "1", chainId, verifyingContract = AgentRegistry}
//
// The registry's consentDigest view returns the same digest.
package registration
