package client

import (
	"encoding/json"
	"math/big"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/core/x402"
)

// HTTP statuses the rules name.
const (
	StatusPaymentRequired = 402
	StatusConflict        = 409
)

// MaxTries bounds the deliveries of one exchange whose outcome is unknown
// (the very same envelope and voucher, see Redeliver).
const MaxTries = 3

// Response is what came back for one request, as the host read it.
type Response struct {
	Status int
	// PaymentRequired and PaymentResponse are the headers of those names
	// ("" when absent).
	PaymentRequired string
	PaymentResponse string
	Body            []byte
}

// ErrorBody is the response's JSON error body (zero when it is none).
func (r *Response) ErrorBody() x402.ErrorBody {
	var eb x402.ErrorBody
	json.Unmarshal(r.Body, &eb)
	return eb
}

// Err is the error a refusal stands for: its body's code and message, or
// errs.Internal with the status and the start of the body when it carries
// no code.
func (r *Response) Err() error {
	eb := r.ErrorBody()
	if eb.Code == "" {
		return errs.New(errs.Internal, "HTTP %d: %.200s", r.Status, r.Body)
	}
	return &errs.Error{Kind: errs.Kind(eb.Code), Msg: eb.Message}
}

// InProgress reports whether r says the recipient is still serving this
// very request (409 request_in_progress).
func InProgress(r *Response) bool {
	return r.Status == StatusConflict && r.ErrorBody().Code == string(errs.RequestInProgress)
}

// Redeliver reports whether to send the very same envelope and voucher
// again after try deliveries (1 first): r is the answer (nil when the
// exchange failed), sent whether any delivery was written to a connection.
// Again when the recipient is still serving it, or when the exchange failed
// after it may have left (the recipient answers a retry idempotently), up
// to MaxTries; never when it provably did not leave.
func Redeliver(r *Response, sent bool, try int) bool {
	if try >= MaxTries {
		return false
	}
	if r != nil {
		return InProgress(r)
	}
	return sent
}

// Backoff is the wait before delivery try+1: 100 ms, then 4× each time.
func Backoff(try int) time.Duration {
	d := 100 * time.Millisecond
	for i := 1; i < try; i++ {
		d *= 4
	}
	return d
}

// Refundable reports whether the budget counted for a chain transaction
// that failed with err is given back: only when it provably moved nothing
// (it reverted); any other failure may have gone through.
func Refundable(err error) bool { return errs.KindOf(err) == errs.Reverted }

// Requirement is the mailroom-channel requirement of r's PAYMENT-REQUIRED,
// checked against the sender: payable to recipient, on the sender's network
// and channel contract (errs.WrongRecipient, errs.Unsupported). Without the
// header it is r.Err().
func (s *Sender) Requirement(recipient ethsig.Address, r *Response) (*x402.Requirement, error) {
	if r.PaymentRequired == "" {
		return nil, r.Err()
	}
	pr, err := x402.DecodePaymentRequired(r.PaymentRequired)
	if err != nil {
		return nil, err
	}
	req, err := pr.FindAsset(x402.AssetOf(s.cfg.Asset))
	if err != nil {
		return nil, err
	}
	if err := s.payable(recipient, req); err != nil {
		return nil, err
	}
	return req, nil
}

// payable checks a requirement against the sender: payable to recipient,
// on the sender's network and channel contract.
func (s *Sender) payable(recipient ethsig.Address, req *x402.Requirement) error {
	if req.PayTo != recipient {
		return errs.New(errs.WrongRecipient, "402 asks to pay %s, not %s", req.PayTo, recipient)
	}
	if req.Network != x402.Network(s.cfg.ChainID) || req.Extra.ChannelContract != s.cfg.ChannelContract {
		return errs.New(errs.Unsupported, "402 asks for %s on contract %s; this agent uses %s on %s",
			req.Network, req.Extra.ChannelContract, x402.Network(s.cfg.ChainID), s.cfg.ChannelContract)
	}
	return nil
}

// LearnTerms reads the terms from the answer to an envelope sent alone
// (Need LearnTerms): a 402 with a requirement Requirement accepts; any
// other answer is its error.
func (s *Sender) LearnTerms(recipient ethsig.Address, r *Response) (Terms, error) {
	if r.Status != StatusPaymentRequired {
		return Terms{}, r.Err()
	}
	req, err := s.Requirement(recipient, r)
	if err != nil {
		return Terms{}, err
	}
	return Stated(req), nil
}

// Resynced is st after the answer to an envelope sent alone on an Uncertain
// channel (Need Resync): the 402's correction applied (Correct) and
// Uncertain cleared. Any other answer, or an unproven correction, is an
// error, and st stays as it is.
func (s *Sender) Resynced(st State, r *Response) (State, error) {
	if r.Status != StatusPaymentRequired {
		return st, r.Err()
	}
	next, err := Correct(s.vDom, s.addr, st, r.ErrorBody())
	if err != nil {
		return st, err
	}
	next = next.Clone()
	next.Uncertain = false
	return next, nil
}

// Correct applies a recipient's correction (eb's acceptedCumulative on
// eb's channelId, proven by acceptedSignature) to st, the record of self's
// channel under voucher domain d:
//   - no correction, or one about another channel: st unchanged (another
//     channel of ours is not this one's business);
//   - downward (at most st.Cumulative): adopted as it is, its signature
//     unknown (the sender only signs again amounts it already handed out);
//   - upward: adopted only with self's own voucher signature of exactly that
//     amount on that channel (Signed raised to it if needed); anything else
//     (no number, no signature, another signer, amount or channel) is
//     errs.CorrectionUnproven, and st unchanged.
func Correct(d *voucher.Domain, self ethsig.Address, st State, eb x402.ErrorBody) (State, error) {
	if eb.AcceptedCumulative == "" || eb.ChannelID == "" {
		return st, nil
	}
	id, err := hexutil.DecodeFixed(eb.ChannelID, 32)
	if err != nil || [32]byte(id) != st.ChannelID {
		return st, nil
	}
	acc, ok := new(big.Int).SetString(eb.AcceptedCumulative, 10)
	if !ok || acc.Sign() < 0 {
		return st, errs.New(errs.CorrectionUnproven, "the recipient's accepted amount %q is not a number", eb.AcceptedCumulative)
	}
	cur := amount(st.Cumulative)
	if acc.Cmp(cur) <= 0 {
		next := st.Clone()
		next.Cumulative, next.Signature = acc, ethsig.Signature{}
		return next, nil
	}
	sig, err := ethsig.ParseSignature(eb.AcceptedSignature)
	if err != nil {
		return st, errs.New(errs.CorrectionUnproven, "the recipient claims %s wei accepted on channel 0x%x (above the %s wei this agent knows) without the agent's signature of it", acc, st.ChannelID, cur)
	}
	if err := d.Verify(&voucher.Voucher{ChannelID: st.ChannelID, CumulativeAmount: acc}, sig, self); err != nil {
		return st, errs.New(errs.CorrectionUnproven, "the recipient's proof of %s wei on channel 0x%x is not this agent's voucher: %s", acc, st.ChannelID, errs.Message(err))
	}
	next := st.Clone()
	next.Cumulative, next.Signature = acc, sig
	if next.Signed == nil || next.Signed.Cmp(acc) < 0 {
		next.Signed = new(big.Int).Set(acc)
	}
	return next, nil
}
