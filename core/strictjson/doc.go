// Package strictjson decodes the protocol's JSON wire objects: unknown
// fields and trailing data are refused, and the error kinds raised by field
// decoders (addresses, signatures, integers) are kept; anything else is
// errs.InvalidJSON.
package strictjson
