package main

import (
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/strictjson"
)

// decode reads a request object strictly (unknown fields and trailing data
// refused; field decoders keep their kinds). An empty request is {}.
func decode(req []byte, v any) error {
	if len(req) == 0 {
		req = []byte("{}")
	}
	return strictjson.Decode(req, v)
}

func privateKey(s *string) (*ethsig.PrivateKey, error) {
	if s == nil {
		return nil, errs.New(errs.InvalidInput, "privateKey is missing")
	}
	return ethsig.ParsePrivateKey(*s)
}

// bytes32 decodes a 0x-prefixed 32-byte hex field.
func bytes32(name string, s *string) ([32]byte, error) {
	if s == nil {
		return [32]byte{}, errs.New(errs.InvalidInput, "%s is missing", name)
	}
	b, err := hexutil.DecodeFixed(*s, 32)
	if err != nil {
		return [32]byte{}, errs.Wrap(errs.InvalidHex, name, err)
	}
	return [32]byte(b), nil
}

// hexBytes decodes a 0x-prefixed hex field of any length.
func hexBytes(name string, s *string) ([]byte, error) {
	if s == nil {
		return nil, errs.New(errs.InvalidInput, "%s is missing", name)
	}
	b, err := hexutil.Decode(*s)
	if err != nil {
		return nil, errs.Wrap(errs.KindOf(err), name, err)
	}
	return b, nil
}
