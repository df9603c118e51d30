package native

import (
	"context"
	"github.com/agentmailroom/mailroom/core/protoops"
)

// Protocol implements api.Runtime: the core's protocol operations, called
// directly.
func (*Runtime) Protocol(ctx context.Context, op string, request []byte) ([]byte, error) {
	return protoops.Call(op, request)
}
