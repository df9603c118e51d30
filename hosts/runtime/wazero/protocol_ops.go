package wazero

import (
	"context"
	"github.com/agentmailroom/mailroom/core/errs"
)

// Protocol implements api.Runtime: the protocol machines' operations run in
// the module (mr_request_payload_hash, mr_recipient_*, mr_client_*).
func (r *Runtime) Protocol(ctx context.Context, op string, request []byte) ([]byte, error) {
	o := r.OpsContext(ctx)
	switch op {
	case "request_payload_hash":
		return o.RequestPayloadHash(request)
	case "recipient_inspect":
		return o.RecipientInspect(request)
	case "recipient_decide":
		return o.RecipientDecide(request)
	case "recipient_complete":
		return o.RecipientComplete(request)
	case "client_plan":
		return o.ClientPlan(request)
	case "client_sign":
		return o.ClientSign(request)
	case "client_envelope":
		return o.ClientEnvelope(request)
	case "client_payment":
		return o.ClientPayment(request)
	case "client_handle":
		return o.ClientHandle(request)
	case "client_lost":
		return o.ClientLost(request)
	case "client_learn_terms":
		return o.ClientLearnTerms(request)
	case "client_choose":
		return o.ClientChoose(request)
	case "client_resync":
		return o.ClientResync(request)
	case "client_verify_receipt":
		return o.ClientVerifyReceipt(request)
	case "client_redeliver":
		return o.ClientRedeliver(request)
	case "client_prepare":
		return o.ClientPrepare(request)
	case "client_withdraw_delay":
		return o.ClientWithdrawDelay(request)
	case "recipient_claimable":
		return o.RecipientClaimable(request)
	case "recipient_mark_claimed":
		return o.RecipientMarkClaimed(request)
	case "client_adopt":
		return o.ClientAdopt(request)
	case "recipient_render":
		return o.RecipientRender(request)
	}
	return nil, errs.New(errs.Unsupported, "no protocol operation %q", op)
}
