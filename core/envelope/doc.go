// Package envelope is the signed AgentRequest every mailroom request carries:
//
//	AgentRequest(address sender,address recipient,bytes32 payloadHash,uint256 timestamp,uint256 nonce)
//	domain: {name "AgentMailroomRequest", version "1", chainId, verifyingContract = AgentRegistry}
//
// payloadHash is keccak256 of the exact request body. The type is declared
// once (Type, an eip712.Message) and Domain embeds eip712.Domain. The digest
// is computed by specialised code (precomputed type hash and domain
// separator, no allocation); core/eip712's declared-message test proves it
// equals the declaration's generic path and the typed-data JSON path.
//
// Timestamps and nonces are uint256 in the signed type; this package carries
// them as uint64 and refuses larger values when decoding.
//
// Check applies the recipient-side rules that need no state (recipient,
// timestamp window, payload hash); the nonce rule lives in core/replay.
package envelope
