// Package num holds the JSON forms of protocol integers. Both accept a JSON
// integer, a decimal string or a 0x-hex string, and emit a decimal string so
// that JavaScript never rounds them through float64.
package num
