// Package registration holds the agent key's EIP-712 consents to what an
// owner does with it in the AgentRegistry, so nobody can claim, revive or
// move someone else's key:
//
//	RegisterAgent(address agent,address owner,uint256 deadline)
//	ActivateAgent(address agent,uint256 nonce,uint256 deadline)
//	TransferAgent(address agent,address newOwner,uint256 nonce,uint256 deadline)
//	domain: {name "AgentRegistry", version "1", chainId, verifyingContract = AgentRegistry}
//
// The registry's consentDigest, activateDigest and transferDigest views
// return the same digests. The nonce is the registry's consentNonce(agent),
// incremented on every use, so an Activate or Transfer consent works once.
//
// Each type is declared once (Type, ActivateType, TransferType, eip712
// Messages) and Domain embeds eip712.Domain; the fixed-buffer digests are
// proven equal to the declarations' generic path by core/eip712's test.
package registration
