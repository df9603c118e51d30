// Package did formats and parses agent DIDs: "did:agent:eth:" followed by an
// EIP-55 address. Parsing accepts the address forms ethsig.ParseAddress
// accepts (all-lower, all-upper or correctly checksummed) and nothing else;
// formatting always checksums.
package did
