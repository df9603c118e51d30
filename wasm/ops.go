package main

// ABIVersion is returned by mr_abi_version. Bump it on any incompatible
// change to wasm/ABI.md.
const ABIVersion = 1

// ops maps each JSON export name to its operation. exports_wasip1.go has
// one //go:wasmexport per entry; a test checks the two lists and ABI.md
// agree.
var ops = map[string]op{
	"mr_keccak256":           opKeccak256,
	"mr_generate_key":        opGenerateKey,
	"mr_address_of":          opAddressOf,
	"mr_parse_address":       opParseAddress,
	"mr_format_did":          opFormatDID,
	"mr_parse_did":           opParseDID,
	"mr_sign":                opSign,
	"mr_recover":             opRecover,
	"mr_typed_data_hash":     opTypedDataHash,
	"mr_typed_data_sign":     opTypedDataSign,
	"mr_typed_data_recover":  opTypedDataRecover,
	"mr_envelope_digest":     opEnvelopeDigest,
	"mr_envelope_sign":       opEnvelopeSign,
	"mr_envelope_verify":     opEnvelopeVerify,
	"mr_voucher_digest":      opVoucherDigest,
	"mr_voucher_sign":        opVoucherSign,
	"mr_voucher_verify":      opVoucherVerify,
	"mr_voucher_accept":      opVoucherAccept,
	"mr_receipt_digest":      opReceiptDigest,
	"mr_receipt_sign":        opReceiptSign,
	"mr_receipt_verify":      opReceiptVerify,
	"mr_registration_digest": opRegistrationDigest,
	"mr_registration_sign":   opRegistrationSign,
	"mr_replay_new":          opReplayNew,
	"mr_replay_use":          opReplayUse,
	"mr_replay_len":          opReplayLen,
	"mr_replay_close":        opReplayClose,
}
