package envelope

import (
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
	"github.com/agentmailroom/mailroom/core/replay"
)

// RequestPayloadHash is the payloadHash of an HTTP request (docs/PROTOCOL.md
// §3): it binds the method, the request target and the body, so that a
// signed request cannot be replayed at another path or with another method:
//
//	payloadHash = keccak256(keccak256(method) ‖ keccak256(target) ‖ keccak256(body))
//
// method is the request method exactly as sent ("POST"); target is the
// request target in origin form exactly as sent: the path and, when
// present, "?" and the query ("/task?x=1"), percent-encoding untouched.
func RequestPayloadHash(method, target string, body []byte) [32]byte {
	var buf [96]byte
	m, t, b := keccak.Sum256([]byte(method)), keccak.Sum256([]byte(target)), keccak.Sum256(body)
	copy(buf[:32], m[:])
	copy(buf[32:64], t[:])
	copy(buf[64:], b[:])
	return keccak.Sum256(buf[:])
}

// CheckRequest applies the recipient's envelope rules to an HTTP request:
// addressed to me, timestamp inside the window, payloadHash equal to
// RequestPayloadHash(method, target, body).
func CheckRequest(r *Request, me ethsig.Address, w replay.Window, now uint64, method, target string, body []byte) error {
	if r.Recipient != me {
		return errs.New(errs.WrongRecipient, "envelope is addressed to %s, not %s", r.Recipient, me)
	}
	if err := w.Check(r.Timestamp, now); err != nil {
		return err
	}
	if RequestPayloadHash(method, target, body) != r.PayloadHash {
		return errs.New(errs.PayloadMismatch, "the envelope's payloadHash does not match this request's method %s, target %q and body", method, target)
	}
	return nil
}
