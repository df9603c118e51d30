package main

import "github.com/agentmailroom/mailroom/core/protoops"

// The protocol machines' operations are core/protoops's, byte for byte:
// hosts/runtime/native calls the same functions.

// mr_request_payload_hash {"method","target","body"} → "0x<32>"
func opRequestPayloadHash(req []byte) ([]byte, error) {
	return protoops.Call("request_payload_hash", req)
}

// mr_recipient_inspect {"request"} → {"ok","sender","nonce","channelId"}
func opRecipientInspect(req []byte) ([]byte, error) { return protoops.Call("recipient_inspect", req) }

// mr_recipient_decide {"config","request","now","resourceUrl","snapshot"} → outcome
func opRecipientDecide(req []byte) ([]byte, error) { return protoops.Call("recipient_decide", req) }

// mr_recipient_complete {"config","served","own","held","task"} → completion
func opRecipientComplete(req []byte) ([]byte, error) { return protoops.Call("recipient_complete", req) }

// mr_client_plan {"config","state","terms"} → plan
func opClientPlan(req []byte) ([]byte, error) { return protoops.Call("client_plan", req) }

// mr_client_sign {"config","state","cumulativeAmount"} → {"state","voucher"}
func opClientSign(req []byte) ([]byte, error) { return protoops.Call("client_sign", req) }

// mr_client_envelope {"config","recipient","url","payload","nonce","now"} → signed envelope
func opClientEnvelope(req []byte) ([]byte, error) { return protoops.Call("client_envelope", req) }

// mr_client_payment {"config","url","recipient","terms","voucher"} → PAYMENT-SIGNATURE value
func opClientPayment(req []byte) ([]byte, error) { return protoops.Call("client_payment", req) }

// mr_client_handle {"config","attempt","response"} → decision
func opClientHandle(req []byte) ([]byte, error) { return protoops.Call("client_handle", req) }

// mr_client_lost {"config","attempt","sent","code","message"} → decision
func opClientLost(req []byte) ([]byte, error) { return protoops.Call("client_lost", req) }

// mr_client_learn_terms {"config","recipient","response"} → terms
func opClientLearnTerms(req []byte) ([]byte, error) { return protoops.Call("client_learn_terms", req) }

// mr_client_choose {"config","recipient","response","preferences"} → {"index","asset","terms"}
func opClientChoose(req []byte) ([]byte, error) { return protoops.Call("client_choose", req) }

// mr_client_resync {"config","state","response"} → state
func opClientResync(req []byte) ([]byte, error) { return protoops.Call("client_resync", req) }

// mr_client_verify_receipt {"config","recipient","paymentResponse","body","envelope","voucher"} → receipt
func opClientVerifyReceipt(req []byte) ([]byte, error) {
	return protoops.Call("client_verify_receipt", req)
}

// mr_client_redeliver {"response","sent","try"} → {"again","backoffMs"}
func opClientRedeliver(req []byte) ([]byte, error) { return protoops.Call("client_redeliver", req) }

// mr_client_prepare {"config","state","amount"} → plan
func opClientPrepare(req []byte) ([]byte, error) { return protoops.Call("client_prepare", req) }

// mr_client_withdraw_delay {"config","min"} → seconds
func opClientWithdrawDelay(req []byte) ([]byte, error) {
	return protoops.Call("client_withdraw_delay", req)
}

// mr_recipient_claimable {"own"} → {"amount","signature","unclaimed"}
func opRecipientClaimable(req []byte) ([]byte, error) {
	return protoops.Call("recipient_claimable", req)
}

// mr_recipient_mark_claimed {"own","claimed","closed"} → channel
func opRecipientMarkClaimed(req []byte) ([]byte, error) {
	return protoops.Call("recipient_mark_claimed", req)
}

// mr_recipient_render {"config","code","message","resourceUrl","sender","own"} → response
func opRecipientRender(req []byte) ([]byte, error) { return protoops.Call("recipient_render", req) }

// mr_client_adopt {"config","recipient","channel"} → state
func opClientAdopt(req []byte) ([]byte, error) { return protoops.Call("client_adopt", req) }
