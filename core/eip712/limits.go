package eip712

// Limits bounds the resources one typed-data document may use.
type Limits struct {
	MaxBytes           int // size of the JSON document
	MaxDepth           int // nesting of JSON arrays/objects
	MaxArrayLen        int // elements in one array (also the largest fixed-array size in a type)
	MaxTypes           int // entries in types
	MaxFields          int // fields in one struct type
	MaxEncodeTypeBytes int // total length of all encodeType strings computed
}

// DefaultLimits are generous for real use and small enough for untrusted input.
var DefaultLimits = Limits{
	MaxBytes:           1 << 20,
	MaxDepth:           64,
	MaxArrayLen:        1 << 16,
	MaxTypes:           256,
	MaxFields:          256,
	MaxEncodeTypeBytes: 1 << 22,
}
