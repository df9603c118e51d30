// Package protoops is the table of the protocol machines' JSON operations
// (core/recipient, core/client, the request payload hash): one name, one
// function from request JSON to reply JSON. hosts/runtime/native calls it directly,
// the WASM guest exports each as mr_<name> (wasm/ABI.md), and the protocol
// vectors run through it in every runtime, so every runtime answers with the
// same bytes.
package protoops
