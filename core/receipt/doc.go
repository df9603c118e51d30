// Package receipt is the recipient's signed acknowledgement, returned with a
// task's result in the PAYMENT-RESPONSE header:
//
//	Receipt(bytes32 requestDigest,bytes32 channelId,uint256 cumulativeAmount,bytes32 resultHash)
//	domain: the AgentRequest domain (core/envelope)
//
// requestDigest is the EIP-712 digest of the request envelope, resultHash is
// keccak256 of the exact response body, cumulativeAmount is the voucher
// total the recipient accepted with this request. The type is declared once
// (Type, an eip712.Message); the digest is a fixed-buffer fast path proven
// equal to the declaration's generic path by core/eip712's test.
package receipt
