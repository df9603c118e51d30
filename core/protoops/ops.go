package protoops

import (
	"encoding/json"
	"sort"

	"github.com/agentmailroom/mailroom/core/client"
	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/recipient"
	"github.com/agentmailroom/mailroom/core/strictjson"
)

// Op is one operation: request JSON in, reply JSON out (errors carry their
// core/errs kind).
type Op func(request []byte) ([]byte, error)

var table = map[string]Op{
	"request_payload_hash":   payloadHash,
	"recipient_inspect":      recipient.InspectJSON,
	"recipient_decide":       recipient.DecideJSON,
	"recipient_complete":     recipient.CompleteJSON,
	"recipient_claimable":    recipient.ClaimableJSON,
	"recipient_mark_claimed": recipient.MarkClaimedJSON,
	"recipient_render":       recipient.RenderJSON,

	"client_plan":           client.PlanOp,
	"client_sign":           client.SignOp,
	"client_envelope":       client.EnvelopeOp,
	"client_payment":        client.PaymentOp,
	"client_handle":         client.HandleOp,
	"client_lost":           client.LostOp,
	"client_learn_terms":    client.LearnTermsOp,
	"client_choose":         client.ChooseOp,
	"client_resync":         client.ResyncOp,
	"client_verify_receipt": client.VerifyReceiptOp,
	"client_redeliver":      client.RedeliverOp,
	"client_prepare":        client.PrepareOp,
	"client_withdraw_delay": client.WithdrawDelayOp,
	"client_adopt":          client.AdoptOp,
}

// Register adds an operation.
func Register(name string, op Op) { table[name] = op }

// Names lists the operations, sorted.
func Names() []string {
	out := make([]string, 0, len(table))
	for n := range table {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Call runs operation name on request.
func Call(name string, request []byte) ([]byte, error) {
	op, ok := table[name]
	if !ok {
		return nil, errs.New(errs.Unsupported, "no protocol operation %q", name)
	}
	return op(request)
}

// payloadHash is envelope.RequestPayloadHash: {"method","target","body"}
// → "0x<32 bytes>".
func payloadHash(b []byte) ([]byte, error) {
	var in struct {
		Method *string        `json:"method"`
		Target *string        `json:"target"`
		Body   *recipient.Hex `json:"body"`
	}
	if err := strictjson.Decode(b, &in); err != nil {
		return nil, err
	}
	if in.Method == nil || in.Target == nil || in.Body == nil {
		return nil, errs.New(errs.InvalidInput, "request_payload_hash needs method, target and body")
	}
	h := envelope.RequestPayloadHash(*in.Method, *in.Target, *in.Body)
	return json.Marshal(hexutil.Encode(h[:]))
}
