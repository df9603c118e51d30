//go:build wasip1

package main

import "unsafe"

// Guest memory. Every buffer handed to the host (mr_alloc results and
// replies) stays referenced here until mr_free, so the garbage collector
// (which never moves objects) keeps it alive at a fixed address.
var live = map[uint32][]byte{}

func pin(b []byte) uint32 {
	p := uint32(uintptr(unsafe.Pointer(unsafe.SliceData(b))))
	live[p] = b
	return p
}

//go:wasmexport mr_abi_version
func exportAbiVersion() int32 { return ABIVersion }

// mr_alloc returns a zeroed buffer of size bytes (at least 1) owned by the
// host until mr_free; 0 when size is negative.
//
//go:wasmexport mr_alloc
func exportAlloc(size int32) uint32 {
	if size < 0 {
		return 0
	}
	return pin(make([]byte, max(size, 1)))
}

// mr_free releases a buffer from mr_alloc or a reply; unknown pointers are
// ignored.
//
//go:wasmexport mr_free
func exportFree(ptr uint32) { delete(live, ptr) }

// request returns the n request bytes at ptr, which must be the start of a
// live mr_alloc buffer of at least n bytes: the guest never reads memory it
// did not hand out.
func request(ptr, n uint32) ([]byte, bool) {
	b, ok := live[ptr]
	if !ok || uint64(n) > uint64(len(b)) {
		return nil, false
	}
	return b[:n:n], true
}

// call runs one JSON operation and returns its pinned reply as ptr<<32|len.
func call(f op, ptr, n uint32) uint64 {
	var reply []byte
	if req, ok := request(ptr, n); ok {
		reply = run(f, req)
	} else {
		reply = errReply(errBadPointer)
	}
	return uint64(pin(reply))<<32 | uint64(len(reply))
}

//go:wasmexport mr_keccak256
func exportKeccak256(ptr, n uint32) uint64 { return call(opKeccak256, ptr, n) }

//go:wasmexport mr_generate_key
func exportGenerateKey(ptr, n uint32) uint64 { return call(opGenerateKey, ptr, n) }

//go:wasmexport mr_address_of
func exportAddressOf(ptr, n uint32) uint64 { return call(opAddressOf, ptr, n) }

//go:wasmexport mr_parse_address
func exportParseAddress(ptr, n uint32) uint64 { return call(opParseAddress, ptr, n) }

//go:wasmexport mr_format_did
func exportFormatDid(ptr, n uint32) uint64 { return call(opFormatDID, ptr, n) }

//go:wasmexport mr_parse_did
func exportParseDid(ptr, n uint32) uint64 { return call(opParseDID, ptr, n) }

//go:wasmexport mr_sign
func exportSign(ptr, n uint32) uint64 { return call(opSign, ptr, n) }

//go:wasmexport mr_recover
func exportRecover(ptr, n uint32) uint64 { return call(opRecover, ptr, n) }

//go:wasmexport mr_typed_data_hash
func exportTypedDataHash(ptr, n uint32) uint64 { return call(opTypedDataHash, ptr, n) }

//go:wasmexport mr_typed_data_sign
func exportTypedDataSign(ptr, n uint32) uint64 { return call(opTypedDataSign, ptr, n) }

//go:wasmexport mr_typed_data_recover
func exportTypedDataRecover(ptr, n uint32) uint64 { return call(opTypedDataRecover, ptr, n) }

//go:wasmexport mr_envelope_digest
func exportEnvelopeDigest(ptr, n uint32) uint64 { return call(opEnvelopeDigest, ptr, n) }

//go:wasmexport mr_envelope_sign
func exportEnvelopeSign(ptr, n uint32) uint64 { return call(opEnvelopeSign, ptr, n) }

//go:wasmexport mr_envelope_verify
func exportEnvelopeVerify(ptr, n uint32) uint64 { return call(opEnvelopeVerify, ptr, n) }

//go:wasmexport mr_voucher_digest
func exportVoucherDigest(ptr, n uint32) uint64 { return call(opVoucherDigest, ptr, n) }

//go:wasmexport mr_voucher_sign
func exportVoucherSign(ptr, n uint32) uint64 { return call(opVoucherSign, ptr, n) }

//go:wasmexport mr_voucher_verify
func exportVoucherVerify(ptr, n uint32) uint64 { return call(opVoucherVerify, ptr, n) }

//go:wasmexport mr_voucher_accept
func exportVoucherAccept(ptr, n uint32) uint64 { return call(opVoucherAccept, ptr, n) }

//go:wasmexport mr_receipt_digest
func exportReceiptDigest(ptr, n uint32) uint64 { return call(opReceiptDigest, ptr, n) }

//go:wasmexport mr_receipt_sign
func exportReceiptSign(ptr, n uint32) uint64 { return call(opReceiptSign, ptr, n) }

//go:wasmexport mr_receipt_verify
func exportReceiptVerify(ptr, n uint32) uint64 { return call(opReceiptVerify, ptr, n) }

//go:wasmexport mr_registration_digest
func exportRegistrationDigest(ptr, n uint32) uint64 { return call(opRegistrationDigest, ptr, n) }

//go:wasmexport mr_registration_sign
func exportRegistrationSign(ptr, n uint32) uint64 { return call(opRegistrationSign, ptr, n) }

//go:wasmexport mr_replay_new
func exportReplayNew(ptr, n uint32) uint64 { return call(opReplayNew, ptr, n) }

//go:wasmexport mr_replay_use
func exportReplayUse(ptr, n uint32) uint64 { return call(opReplayUse, ptr, n) }

//go:wasmexport mr_replay_len
func exportReplayLen(ptr, n uint32) uint64 { return call(opReplayLen, ptr, n) }

//go:wasmexport mr_replay_close
func exportReplayClose(ptr, n uint32) uint64 { return call(opReplayClose, ptr, n) }
