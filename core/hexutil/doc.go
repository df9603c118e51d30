// Package hexutil encodes and strictly decodes 0x-prefixed hex, the text
// form of bytes everywhere in the protocol. Decoding refuses a missing 0x
// prefix, odd length and non-hex digits with errs.InvalidHex.
package hexutil
