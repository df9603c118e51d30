package recipient

import (
	"github.com/agentmailroom/mailroom/core/errs"
)

// RetryAction is Retry's decision for a request whose nonce is used.
type RetryAction int

// Retry's decisions.
const (
	// Replay: answer with the recorded Answer again.
	Replay RetryAction = iota
	// Rerun: the request was accepted and charged but its answer was lost
	// (a crash): run the task again under the recorded charge.
	Rerun
	// RetryRefused: see the Refusal (nonce_replayed, request_in_progress,
	// response_not_retained).
	RetryRefused
)

// Used is what the host knows of a used nonce: the request being served
// now (InFlight, with its Fingerprint and, once answered, its Answer), or
// the stored record (Stored, with its Fingerprint and Answer, nil while
// unanswered).
type Used struct {
	InFlight, Stored bool
	Fingerprint      [32]byte
	Answer           *Answer
}

// Retry decides for a request whose nonce is already used: the very same
// request (same fingerprint) gets its recorded answer again, waits while it
// is being served, or runs again when a crash lost its answer; any other
// request reusing the nonce is nonce_replayed.
func (m *Machine) Retry(in *Inbound, u Used) (RetryAction, *Answer, *Refusal) {
	replayed := refuse(errs.New(errs.NonceReplayed, "nonce already used inside the replay window"))
	switch {
	case !u.InFlight && !u.Stored, u.Fingerprint != in.Fingerprint:
		return RetryRefused, nil, replayed
	case u.Answer != nil && u.Answer.Truncated:
		a := *u.Answer
		a.Body = JSONBody(map[string]string{"code": string(errs.ResponseNotRetained),
			"message": "this request was served and paid; its response was too large to keep for retries (the receipt is in PAYMENT-RESPONSE)"})
		a.Status = StatusFor(errs.ResponseNotRetained)
		a.Header = cloneHeader(a.Header)
		a.Header["Content-Type"] = "application/json"
		return Replay, &a, nil
	case u.Answer != nil:
		return Replay, u.Answer, nil
	case u.InFlight:
		return RetryRefused, nil, refuse(errs.New(errs.RequestInProgress, "this request is still being served; retry it in a moment"))
	case in.Pay == nil:
		return RetryRefused, nil, replayed
	}
	return Rerun, nil, nil
}

func cloneHeader(h map[string]string) map[string]string {
	out := make(map[string]string, len(h)+1)
	for k, v := range h {
		out[k] = v
	}
	return out
}
