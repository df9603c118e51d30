package wazero

import "github.com/agentmailroom/mailroom/core/errs"

// Protocol implements api.Runtime: the protocol machines' operations run in
// the module (mr_request_payload_hash, mr_recipient_*, mr_client_*).
func (r *Runtime) Protocol(op string, request []byte) ([]byte, error) {
	o := r.Ops()
	switch op {
	case "request_payload_hash":
		return o.RequestPayloadHash(request)
	case "recipient_inspect":
		return o.RecipientInspect(request)
	case "recipient_decide":
		return o.RecipientDecide(request)
	case "recipient_complete":
		return o.RecipientComplete(request)
	}
	return nil, errs.New(errs.Unsupported, "no protocol operation %q", op)
}
