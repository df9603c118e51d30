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
// The operation exports that call it are generated (exports_gen_wasip1.go,
// from the table in wasm/abi/ops.go).
func call(f op, ptr, n uint32) uint64 {
	var reply []byte
	if req, ok := request(ptr, n); ok {
		reply = run(f, req)
	} else {
		reply = errReply(errBadPointer)
	}
	return uint64(pin(reply))<<32 | uint64(len(reply))
}
