package wazero

import (
	"encoding/hex"
	"encoding/json"
	"math/big"
	"strconv"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
)

// jsonObject appends a request object field by field. Values are hex,
// decimal or checksummed text that never needs escaping.
type jsonObject struct{ b []byte }

func newObject(capacity int) *jsonObject {
	o := &jsonObject{b: make([]byte, 0, capacity)}
	o.b = append(o.b, '{')
	return o
}

func (o *jsonObject) key(k string) {
	if len(o.b) > 1 {
		o.b = append(o.b, ',')
	}
	o.b = append(o.b, '"')
	o.b = append(o.b, k...)
	o.b = append(o.b, '"', ':')
}

func (o *jsonObject) hex(k string, v []byte) *jsonObject {
	o.key(k)
	o.b = append(o.b, '"', '0', 'x')
	o.b = hex.AppendEncode(o.b, v)
	o.b = append(o.b, '"')
	return o
}

func (o *jsonObject) address(k string, a ethsig.Address) *jsonObject { return o.hex(k, a[:]) }

func (o *jsonObject) uint(k string, v uint64) *jsonObject {
	o.key(k)
	o.b = append(o.b, '"')
	o.b = strconv.AppendUint(o.b, v, 10)
	o.b = append(o.b, '"')
	return o
}

// big adds a non-negative integer; a nil one is left out (the guest then
// reports the missing field, as the core does for a nil amount).
func (o *jsonObject) big(k string, v *big.Int) *jsonObject {
	if v == nil {
		return o
	}
	o.key(k)
	o.b = append(o.b, '"')
	o.b = v.Append(o.b, 10)
	o.b = append(o.b, '"')
	return o
}

func (o *jsonObject) number(k string, v int64) *jsonObject {
	o.key(k)
	o.b = strconv.AppendInt(o.b, v, 10)
	return o
}

func (o *jsonObject) raw(k string, v []byte) *jsonObject {
	o.key(k)
	o.b = append(o.b, v...)
	return o
}

func (o *jsonObject) bytes() []byte { return append(o.b, '}') }

// unquote returns the text of a JSON string reply that needs no unescaping
// (hex, addresses, DIDs, decimals); anything else goes through encoding/json.
func unquote(v []byte) (string, error) {
	if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
		inner := v[1 : len(v)-1]
		plain := true
		for _, c := range inner {
			if c == '\\' || c < 0x20 || c >= 0x80 {
				plain = false
				break
			}
		}
		if plain {
			return string(inner), nil
		}
	}
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		return "", errs.New(errs.Internal, "mailroom.wasm returned %.100q where a string was expected", v)
	}
	return s, nil
}

func replyAddress(v []byte, err error) (ethsig.Address, error) {
	if err != nil {
		return ethsig.Address{}, err
	}
	s, err := unquote(v)
	if err != nil {
		return ethsig.Address{}, err
	}
	a, err := ethsig.ParseAddress(s)
	if err != nil {
		return ethsig.Address{}, errs.New(errs.Internal, "mailroom.wasm returned a bad address %q: %v", s, err)
	}
	return a, nil
}

func replyBytes32(v []byte, err error) ([32]byte, error) {
	if err != nil {
		return [32]byte{}, err
	}
	s, err := unquote(v)
	if err != nil {
		return [32]byte{}, err
	}
	return parse32(s)
}

func parse32(s string) ([32]byte, error) {
	var out [32]byte
	if len(s) != 66 || s[:2] != "0x" {
		return out, errs.New(errs.Internal, "mailroom.wasm returned %q where a 32-byte hex was expected", s)
	}
	if _, err := hex.Decode(out[:], []byte(s[2:])); err != nil {
		return out, errs.New(errs.Internal, "mailroom.wasm returned %q where a 32-byte hex was expected", s)
	}
	return out, nil
}

func replySignature(v []byte, err error) (ethsig.Signature, error) {
	if err != nil {
		return ethsig.Signature{}, err
	}
	s, err := unquote(v)
	if err != nil {
		return ethsig.Signature{}, err
	}
	sig, err := ethsig.ParseSignature(s)
	if err != nil {
		return ethsig.Signature{}, errs.New(errs.Internal, "mailroom.wasm returned a bad signature %q: %v", s, err)
	}
	return sig, nil
}

// decodeReply decodes an object reply into v.
func decodeReply(v []byte, out any) error {
	if err := json.Unmarshal(v, out); err != nil {
		return errs.New(errs.Internal, "mailroom.wasm returned an unexpected reply %.200q: %v", v, err)
	}
	return nil
}

// stringRequest is {"<k>": s} with s escaped by encoding/json (which turns
// invalid UTF-8 into U+FFFD: such text is then refused by the guest as an
// invalid address or DID, as the core refuses the original).
func stringRequest(k, s string) ([]byte, error) {
	v, err := json.Marshal(s)
	if err != nil {
		return nil, errs.New(errs.Internal, "encoding %s: %v", k, err)
	}
	return newObject(len(v)+len(k)+8).raw(k, v).bytes(), nil
}
