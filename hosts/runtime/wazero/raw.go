package wazero

// rawExports are the binary fast-path exports (wasm/ABI.md §7).
var rawExports = []string{}
