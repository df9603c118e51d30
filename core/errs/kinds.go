package errs

// The error kinds. The strings are part of the public protocol: the WASM ABI,
// the JS and Python bindings, the test vectors and the HTTP error bodies all
// carry them verbatim. Add new kinds freely; never rename or reuse one.
const (
	// Input encoding.
	InvalidJSON  Kind = "invalid_json"  // input is not well-formed JSON, or not of the expected shape
	InvalidHex   Kind = "invalid_hex"   // missing 0x, odd length or a non-hex digit
	InvalidInput Kind = "invalid_input" // a required argument is missing or malformed

	// Keys, addresses and identities.
	InvalidPrivateKey Kind = "invalid_private_key" // not 32 bytes, zero, or >= the curve order
	InvalidAddress    Kind = "invalid_address"     // not 20 bytes of hex
	BadChecksum       Kind = "bad_checksum"        // mixed-case address failing EIP-55
	InvalidDID        Kind = "invalid_did"         // not did:agent:eth:<address>

	// Signatures.
	InvalidSignature    Kind = "invalid_signature"      // not 65 bytes
	InvalidRecoveryID   Kind = "invalid_recovery_id"    // v not in {0,1,27,28}
	SignatureHighS      Kind = "signature_high_s"       // s > n/2 (EIP-2)
	SignatureOutOfRange Kind = "signature_out_of_range" // r or s is 0 or >= n
	RecoveryFailed      Kind = "recovery_failed"        // no public key recovers from (digest, sig)
	SignerMismatch      Kind = "signer_mismatch"        // recovered address is not the expected signer
	InvalidDigest       Kind = "invalid_digest"         // digest is not 32 bytes

	// EIP-712 typed data.
	InvalidTypedData  Kind = "invalid_typed_data"   // structure of the typed-data object is wrong
	InvalidTypeName   Kind = "invalid_type_name"    // a type or field name is malformed
	UnknownType       Kind = "unknown_type"         // a referenced type is neither atomic nor defined (incl. uint/int aliases)
	DuplicateField    Kind = "duplicate_field"      // a struct declares a field name twice
	MissingPrimary    Kind = "missing_primary_type" // primaryType is absent or not in types
	MissingField      Kind = "missing_field"        // a declared field is absent from the value
	ExtraField        Kind = "extra_field"          // the value has a field the type does not declare
	InvalidValue      Kind = "invalid_value"        // a value has the wrong JSON type (e.g. bool as string)
	IntegerOutOfRange Kind = "integer_out_of_range" // integer outside uintN/intN
	InvalidInteger    Kind = "invalid_integer"      // fractional, exponent or unparsable integer
	BytesLength       Kind = "bytes_length"         // bytesN value of the wrong length
	ArrayLength       Kind = "array_length"         // fixed-size array of the wrong length
	LimitExceeded     Kind = "limit_exceeded"       // depth, size, array or type-count limit hit (hostile input)

	// Request envelope and replay.
	WrongRecipient   Kind = "wrong_recipient"   // envelope addressed to another agent
	TimestampExpired Kind = "timestamp_expired" // older than the past window
	TimestampFuture  Kind = "timestamp_future"  // beyond the allowed future skew
	NonceReplayed    Kind = "nonce_replayed"    // (sender, nonce) already used inside the window
	ReplayCapacity   Kind = "replay_capacity"   // guard full: fails closed
	PayloadMismatch  Kind = "payload_mismatch"  // keccak256(body) != payloadHash

	// Payment.
	PaymentRequired       Kind = "payment_required"        // no voucher attached
	VoucherInsufficient   Kind = "voucher_insufficient"    // cumulative < accepted + price
	VoucherExceedsDeposit Kind = "voucher_exceeds_deposit" // cumulative > total deposit
	ChannelMismatch       Kind = "channel_mismatch"        // channel sender/recipient differ from the envelope
	ChannelNotFound       Kind = "channel_not_found"       // no such channel on chain
	ChannelClosed         Kind = "channel_closed"          // channel is closed
	BudgetExceeded        Kind = "budget_exceeded"         // sender-side spending limit reached

	// Registry and transport.
	SenderUnregistered Kind = "sender_unregistered" // sender has no registry entry
	SenderInactive     Kind = "sender_inactive"     // registry entry is deactivated
	AgentNotFound      Kind = "agent_not_found"     // recipient DID not in the registry
	BodyTooLarge       Kind = "body_too_large"      // request body over the limit
	ReceiptInvalid     Kind = "receipt_invalid"     // receipt does not verify
	ChainError         Kind = "chain_error"         // RPC or transaction failure
	Reverted           Kind = "reverted"            // transaction reverted on chain
	StoreError         Kind = "store_error"         // durable store failure
	TaskFailed         Kind = "task_failed"         // the gated handler failed; the charge was rolled back

	// Runtime.
	Unsupported Kind = "unsupported" // the operation is not available in this runtime/build
	Internal    Kind = "internal"    // a bug or an unclassified failure

	// Added after v0 (appended so that All keeps its order).
	TransportError Kind = "transport_error" // the HTTP exchange with another mailroom failed
	CheckFailed    Kind = "check_failed"    // a vector or conformance run found disagreements
	// Added for money safety (issue 8).
	WithdrawDelayTooShort Kind = "withdraw_delay_too_short" // channel's withdrawDelay is below the recipient's minimum
	ChannelClosing        Kind = "channel_closing"          // the sender requested close (or the recipient is redeeming): no new work
	ChainUnavailable      Kind = "chain_unavailable"        // chain records are older than their maximum age and cannot be re-read
	CorrectionUnproven    Kind = "correction_unproven"      // a recipient's upward correction lacks the sender's own voucher signature
	VoucherExcessive      Kind = "voucher_excessive"        // cumulative > accepted + price: the recipient takes exactly the price
	RequestInProgress     Kind = "request_in_progress"      // a retry of a request the recipient is still serving
	ResponseNotRetained   Kind = "response_not_retained"    // a retried request was served, but its response was too large to keep
	// Added for the CLI and SDKs (issue 10).
	AgentInactive Kind = "agent_inactive" // the agent is deactivated in the registry
	NoEndpoint    Kind = "no_endpoint"    // the agent is registered without an HTTP endpoint
	// Added for replicas on a shared database (issue 13).
	StoreUnavailable Kind = "store_unavailable" // the shared store cannot be reached now: nothing was served or charged; retry later
	// Added for channels in ERC-20 tokens (issue 14).
	AssetMismatch Kind = "asset_mismatch" // the channel holds another asset than the terms the payment accepted
)

// All lists every kind, in declaration order. The stability test pins it.
var All = []Kind{
	InvalidJSON, InvalidHex, InvalidInput,
	InvalidPrivateKey, InvalidAddress, BadChecksum, InvalidDID,
	InvalidSignature, InvalidRecoveryID, SignatureHighS, SignatureOutOfRange,
	RecoveryFailed, SignerMismatch, InvalidDigest,
	InvalidTypedData, InvalidTypeName, UnknownType, DuplicateField, MissingPrimary,
	MissingField, ExtraField, InvalidValue, IntegerOutOfRange, InvalidInteger,
	BytesLength, ArrayLength, LimitExceeded,
	WrongRecipient, TimestampExpired, TimestampFuture, NonceReplayed, ReplayCapacity,
	PayloadMismatch,
	PaymentRequired, VoucherInsufficient, VoucherExceedsDeposit, ChannelMismatch,
	ChannelNotFound, ChannelClosed, BudgetExceeded,
	SenderUnregistered, SenderInactive, AgentNotFound, BodyTooLarge, ReceiptInvalid,
	ChainError, Reverted, StoreError, TaskFailed,
	Unsupported, Internal,
	TransportError, CheckFailed,
	WithdrawDelayTooShort, ChannelClosing, ChainUnavailable, CorrectionUnproven,
	VoucherExcessive, RequestInProgress, ResponseNotRetained,
	AgentInactive, NoEndpoint,
	StoreUnavailable,
	AssetMismatch,
}
