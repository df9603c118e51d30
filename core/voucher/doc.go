// Package voucher is the cumulative payment voucher of a payment channel:
//
//	Voucher(bytes32 channelId,uint256 cumulativeAmount)
//	domain: {name "AgentPaymentChannel", version "1", chainId, verifyingContract = channel contract}
//
// The type is declared once (Type, an eip712.Message) and Domain embeds
// eip712.Domain. The digest uses a precomputed type hash and domain
// separator; core/eip712's declared-message test proves it equals the
// declaration's generic path and the typed-data JSON path, and the
// contract's hashVoucher returns the same bytes.
//
// Accept is the recipient's acceptance rule as a pure function: given the
// last accepted cumulative amount, the price of this request and the
// channel's deposit, a voucher is accepted iff
// lastAccepted + price <= cumulativeAmount <= deposit.
package voucher
