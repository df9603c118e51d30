package main

import "github.com/agentmailroom/mailroom/core/protoops"

// The protocol machines' operations are core/protoops's, byte for byte:
// hosts/native calls the same functions.

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
