package runner

import (
	"context"
	"encoding/json"
	"reflect"

	"github.com/agentmailroom/mailroom/hosts/runtime/api"
	"github.com/agentmailroom/mailroom/testvectors/internal/schema"
)

// protocolIn and protocolOut are a protocol vector (testvectors/README.md):
// one call of a protocol machine's JSON operation and its exact reply.
type protocolIn struct {
	Op      string          `json:"op"`
	Request json.RawMessage `json:"request"`
}

type protocolOut struct {
	Reply json.RawMessage `json:"reply,omitempty"`
	Error string          `json:"error,omitempty"`
}

func runProtocol(rt api.Runtime, v *schema.Vector) (string, error) {
	var in protocolIn
	var out protocolOut
	if err := decode(v, &in, &out); err != nil {
		return "", err
	}
	got, err := rt.Protocol(context.Background(), in.Op, in.Request)
	if f, done := outcome(err, out.Error); done {
		return f, nil
	}
	var g, w any
	if err := json.Unmarshal(got, &g); err != nil {
		return "reply is not JSON: " + err.Error(), nil
	}
	if err := json.Unmarshal(out.Reply, &w); err != nil {
		return "", err
	}
	if !reflect.DeepEqual(g, w) {
		return diff("reply", string(got), string(out.Reply)), nil
	}
	return "", nil
}
