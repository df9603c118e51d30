// Package strictjson decodes the protocol's JSON wire objects strictly. One
// pass over the bytes, guided by the target type, refuses before any
// decoding: a key repeated in one object (at any depth, compared after
// unescaping), a key that is not exactly the name of a field of the struct
// it decodes into (encoding/json would match it case-insensitively), and
// anything but whitespace after the one JSON value; each is errs.InvalidJSON
// naming the key. Values with their own UnmarshalJSON or UnmarshalText
// (json.RawMessage included) are left to that method, which for the wire
// types calls Decode in turn. Then encoding/json decodes, refusing unknown
// fields; the error kinds raised by field decoders (addresses, signatures,
// integers) are kept, and anything else is errs.InvalidJSON.
package strictjson
