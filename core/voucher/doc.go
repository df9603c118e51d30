// Package voucher is the cumulative payment voucher of a payment channel:
//
//	Voucher(bytes32 channelId,uint256 cumulativeAmount)
//	domain: {name "AgentPaymentChannel", version "1", chainId, verifyingContract = channel contract}
//
// The digest uses a precomputed type hash and domain separator; a test
// proves it equals the generic eip712 path, and the contract's hashVoucher
// returns the same bytes.
//
// Accept is the recipient's acceptance rule as a pure function: given the
// last accepted cumulative amount, the price of this request and the
// channel's deposit, a voucher is accepted iff
// lastAccepted + price <= cumulativeAmount <= deposit.
package voucher
