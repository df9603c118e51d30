package recipient

import (
	"encoding/json"
	"fmt"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/keccak"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/x402"
)

// Answer is a response as recorded for retries: the status, the headers a
// retry gets again, and the body (not kept past MaxResponseBody: Truncated).
type Answer struct {
	Status    int
	Header    map[string]string
	Body      []byte
	Truncated bool
}

// TaskResult is what the gated task produced.
type TaskResult struct {
	Status   int
	Header   Header
	Body     []byte
	Panicked bool
}

// Failed reports whether the task failed (5xx or a panic): its charge is
// then rolled back, and the error is the answer's.
func (m *Machine) Failed(t *TaskResult) error {
	switch {
	case t.Panicked:
		return errs.New(errs.TaskFailed, "the task panicked; the charge was rolled back")
	case t.Status >= 500:
		return errs.New(errs.TaskFailed, "the task failed with HTTP %d; the charge was rolled back", t.Status)
	}
	return nil
}

// FailedStatus is the status of a failed task's answer.
func FailedStatus(t *TaskResult) int {
	if t.Panicked {
		return StatusInternalServerError
	}
	return t.Status
}

// Receipt signs the receipt of a served request (over the request digest,
// the channel, the voucher amount and keccak256 of the body) and returns
// the PAYMENT-RESPONSE value: an x402 v2 SettleResponse.
func (m *Machine) Receipt(in *Inbound, body []byte) (string, error) {
	if m.cfg.Sign == nil {
		return "", errs.New(errs.Internal, "recipient config: no Sign")
	}
	v := &in.Pay.Payload
	rc := receipt.Receipt{RequestDigest: in.Digest, ChannelID: v.ChannelID, CumulativeAmount: v.CumulativeAmount, ResultHash: keccak.Sum256(body)}
	rd, err := receipt.Digest(m.reqDom, &rc)
	if err != nil {
		return "", err
	}
	sig, err := m.cfg.Sign(rd)
	if err != nil {
		return "", err
	}
	return x402.EncodePaymentResponse(&x402.PaymentResponse{Success: true, Network: m.network, Payer: in.Env.Sender,
		Extra: x402.ResponseExtra{Receipt: receipt.Signed{Receipt: rc, Signature: sig}}})
}

// KeptHeaders are the response headers a retry gets again.
var KeptHeaders = []string{"Content-Type", x402.HeaderPaymentResponse}

// Keep is the Answer recorded for a served request's response.
func (m *Machine) Keep(status int, header Header, body []byte) *Answer {
	a := &Answer{Status: status, Header: map[string]string{}}
	for _, k := range KeptHeaders {
		if v := header.Get(k); v != "" {
			a.Header[k] = v
		}
	}
	if len(body) <= m.cfg.MaxResponseBody {
		a.Body = append([]byte(nil), body...)
	} else {
		a.Truncated = true
	}
	return a
}

// FailureAnswer is the answer to a request whose charge was rolled back:
// the error body with the channel's accepted amount after the rollback and
// its proof. It is recorded with the rollback, so a retry gets it rather
// than a free second run.
func (m *Machine) FailureAnswer(status int, err error, after *Channel) *Answer {
	body := x402.ErrorBody{Code: string(errs.KindOf(err)), Message: errs.Message(err)}
	correctionOf(after).fill(&body)
	return &Answer{Status: status, Header: map[string]string{"Content-Type": "application/json"}, Body: JSONBody(body)}
}

// JSONBody is v's JSON and a newline: the body of every JSON answer.
func JSONBody(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		b = []byte(fmt.Sprintf(`{"code":"internal","message":%q}`, err.Error()))
	}
	return append(b, '\n')
}
