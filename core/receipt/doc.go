// Package receipt is the recipient's signed acknowledgement, returned with a
// task's result in the PAYMENT-RESPONSE header:
//
//	Receipt(bytes32 requestDigest,bytes32 channelId,uint256 cumulativeAmount,bytes32 resultHash)
//	domain: the AgentRequest domain (core/envelope)
//
// requestDigest is the EIP-712 digest of the request envelope, resultHash is
// keccak256 of the exact response body, cumulativeAmount is the voucher
// total the recipient accepted with this request.
package receipt
