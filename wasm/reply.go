package main

import (
	"encoding/json"
	"fmt"

	"github.com/agentmailroom/mailroom/core/errs"
)

// An op answers one JSON request with the JSON value that goes under "ok".
type op func(req []byte) (ok []byte, err error)

// run calls f and wraps its answer as {"ok":…} or {"err":{"code","message"}}.
// A panic inside f (a bug: the core never panics on input) becomes
// {"err":{"code":"internal",…}} so one bad request cannot kill the instance.
func run(f op, req []byte) (reply []byte) {
	defer func() {
		if r := recover(); r != nil {
			reply = errReply(errs.New(errs.Internal, "guest panic: %v", r))
		}
	}()
	ok, err := f(req)
	if err != nil {
		return errReply(err)
	}
	out := make([]byte, 0, len(ok)+7)
	out = append(out, `{"ok":`...)
	out = append(out, ok...)
	return append(out, '}')
}

type errBody struct {
	Code    errs.Kind `json:"code"`
	Message string    `json:"message"`
}

func errReply(err error) []byte {
	b, merr := json.Marshal(struct {
		Err errBody `json:"err"`
	}{errBody{errs.KindOf(err), errs.Message(err)}})
	if merr != nil { // cannot happen for two strings; keep the kind anyway
		return []byte(fmt.Sprintf(`{"err":{"code":%q,"message":"unencodable message"}}`, errs.KindOf(err)))
	}
	return b
}

// str is a JSON string value for text that never needs escaping (hex,
// checksummed addresses, DIDs, decimal integers).
func str(s string) []byte {
	out := make([]byte, 0, len(s)+2)
	out = append(out, '"')
	out = append(out, s...)
	return append(out, '"')
}

// object marshals v as the ok value.
func object(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		if k := errs.KindOf(err); k != errs.Internal {
			return nil, err
		}
		return nil, errs.New(errs.Internal, "encoding the reply: %v", err)
	}
	return b, nil
}

var jsonTrue = []byte("true")

var errBadPointer = errs.New(errs.InvalidInput, "request pointer is not the start of a live mr_alloc buffer large enough for its length")
