package envelope

import (
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/replay"
)

// Check applies the stateless recipient rules in the order of DESIGN §7:
// the envelope is addressed to me, its timestamp is inside the window, and
// payloadHash matches the body. Signature and nonce checks come after.
func Check(r *Request, me ethsig.Address, w replay.Window, now uint64, body []byte) error {
	if r.Recipient != me {
		return errs.New(errs.WrongRecipient, "envelope is addressed to %s, not %s", r.Recipient, me)
	}
	if err := w.Check(r.Timestamp, now); err != nil {
		return err
	}
	if PayloadHash(body) != r.PayloadHash {
		return errs.New(errs.PayloadMismatch, "keccak256(body) does not match the envelope's payloadHash")
	}
	return nil
}
