package client

import (
	"math/big"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/voucher"
)

// MaxAttempts bounds the paid attempts of one request (after corrections,
// a new channel, a top-up).
const MaxAttempts = 3

// Attempt is one paid request as it was sent.
type Attempt struct {
	// N is the attempt's number, 1 first.
	N int
	// Before is the record the voucher was signed on (the argument of
	// Sign), After the record persisted with it (Sign's result).
	Before, After State
	// Terms are the terms it paid (Voucher = Before's accepted + price).
	Terms    Terms
	Envelope *envelope.Signed
	Voucher  *voucher.Signed
}

// Outcome is how a request ends.
type Outcome int

const (
	// Done: paid, served and the receipt verified (Decision.Receipt).
	Done Outcome = iota
	// Retry: plan and send again with Decision.Terms (after a correction,
	// on a new channel or after a top-up: Plan says which).
	Retry
	// Fail: give up with Decision.Err.
	Fail
)

func (o Outcome) String() string {
	switch o {
	case Done:
		return "done"
	case Retry:
		return "retry"
	case Fail:
		return "fail"
	}
	return "outcome(?)"
}

// Decision is what to do after an attempt. The host persists State when it
// is not nil (before anything else), gives Refund back to the daily budget
// when it is positive, then acts on Outcome.
type Decision struct {
	Outcome Outcome
	State   *State
	Refund  *big.Int
	Terms   Terms           // Retry: the next attempt's terms
	Receipt *receipt.Signed // Done
	Err     error           // Fail
}

// unusable are the refusals after which the channel is no use with this
// recipient: it is marked Closed and the next plan opens another.
func unusable(k errs.Kind) bool {
	switch k {
	case errs.ChannelNotFound, errs.ChannelClosed, errs.ChannelClosing, errs.WithdrawDelayTooShort:
		return true
	}
	return false
}

// corrective are the refusals whose body may carry a correction (what the
// recipient accepted): Correct applies it.
func corrective(k errs.Kind) bool {
	switch k {
	case errs.PaymentRequired, errs.VoucherInsufficient, errs.VoucherExcessive, errs.VoucherExceedsDeposit, errs.TaskFailed:
		return true
	}
	return false
}

// retryable are the refusals a new attempt can fix (a correction, a new
// channel, a top-up). withdraw_delay_too_short is not: the next request
// opens another channel, this one does not pay for it again.
func retryable(k errs.Kind) bool {
	switch k {
	case errs.ChannelNotFound, errs.ChannelClosed, errs.ChannelClosing,
		errs.VoucherInsufficient, errs.VoucherExcessive, errs.VoucherExceedsDeposit:
		return true
	}
	return false
}

// unknown reports whether an answer leaves the outcome unknown: the
// recipient is still serving it (request_in_progress after every try), or
// a 5xx without an error code (not the mailroom's answer: a proxy, a
// crash), after which the request may have been served.
func unknown(r *Response, k errs.Kind) bool {
	return k == errs.RequestInProgress || (k == "" && r.Status >= 500)
}

// Handle classifies the answer r to attempt at:
//   - 2xx: the receipt must verify (VerifyReceipt) → Done, else Fail
//     receipt_invalid (the record persisted with the voucher stands);
//   - an unknown outcome (request_in_progress after every try, a 5xx
//     without a code): After marked Uncertain (as Lost when sent), Fail;
//   - response_not_retained (a retry of a request served and charged whose
//     answer was not kept): the record persisted with the voucher stands,
//     Fail;
//   - any other answer is a refusal: the voucher was not kept, so the record
//     goes back to Before's accepted amount (the exposure and the budget
//     still count the voucher: it was handed out). A PAYMENT-REQUIRED it
//     carries must pass Requirement (else Fail with its error) and becomes
//     the next terms (its price too). channel_not_found, channel_closed,
//     channel_closing and withdraw_delay_too_short mark the channel Closed;
//     payment_required, voucher_insufficient, voucher_excessive,
//     voucher_exceeds_deposit and task_failed apply the body's correction
//     (Correct; an unproven one is Fail correction_unproven, adopting
//     nothing). Retry when the code is retryable (the three channel codes
//     and the three voucher codes), or is payment_required stating another
//     price than the attempt paid, and at.N < MaxAttempts, else Fail with
//     the refusal's error.
func (s *Sender) Handle(at *Attempt, r *Response) Decision {
	recipient := at.After.Recipient
	if r.Status >= 200 && r.Status < 300 {
		rc, err := VerifyReceipt(s.reqDom, r.PaymentResponse, r.Body, at.Envelope, at.Voucher, recipient)
		if err != nil {
			return Decision{Outcome: Fail, Err: err}
		}
		return Decision{Outcome: Done, Receipt: rc}
	}
	eb := r.ErrorBody()
	code := errs.Kind(eb.Code)
	if unknown(r, code) {
		return s.Lost(at, true, r.Err())
	}
	if code == errs.ResponseNotRetained {
		// Served and charged (a retry of a request whose answer was too
		// large to keep): the record persisted with the voucher is right.
		return Decision{Outcome: Fail, Err: r.Err()}
	}
	st := at.After.Clone()
	st.Cumulative, st.Signature = amount(at.Before.Cumulative), at.Before.Signature
	d := Decision{Outcome: Fail, State: &st, Terms: at.Terms, Err: r.Err()}
	if r.PaymentRequired != "" {
		req, err := s.Requirement(recipient, r)
		if err != nil {
			d.Err = err
			return d
		}
		d.Terms = Stated(req)
	}
	switch {
	case unusable(code):
		st.Closed = true
	case corrective(code):
		c, err := Correct(s.vDom, s.addr, st, eb)
		if err != nil {
			d.Err = err
			return d
		}
		st = c
	}
	if (retryable(code) || repriced(code, at.Terms, d.Terms)) && at.N < MaxAttempts {
		d.Outcome, d.Err = Retry, nil
	}
	return d
}

// repriced reports a payment_required whose 402 states another price than
// the attempt paid (a route priced apart from the registry's rate, a price
// change): the next attempt pays the stated price, if the budget allows it
// (Plan checks it), instead of failing a request it could have paid.
func repriced(code errs.Kind, paid, stated Terms) bool {
	return code == errs.PaymentRequired && stated.Stated != nil && amount(paid.Price).Cmp(amount(stated.Price)) != 0
}

// Lost decides an attempt whose exchange failed with err (no answer).
// Not sent (provably never left: nothing was written to a connection):
// nobody saw the voucher, so the record goes back to Before entirely (its
// accepted amount, signature and exposure) and the budget increase is given
// back (Refund). Sent (the outcome is unknown): After marked Uncertain, so
// the next request first learns what the recipient accepted (Need Resync).
// Both Fail with err.
func (s *Sender) Lost(at *Attempt, sent bool, err error) Decision {
	if !sent {
		st := at.Before.Clone()
		d := Decision{Outcome: Fail, State: &st, Err: err}
		if inc := new(big.Int).Sub(at.Voucher.CumulativeAmount, at.Before.Exposure()); inc.Sign() > 0 {
			d.Refund = inc
		}
		return d
	}
	st := at.After.Clone()
	st.Uncertain = true
	return Decision{Outcome: Fail, State: &st, Err: err}
}
