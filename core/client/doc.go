// Package client is the sender's side of the protocol: every decision a
// paying agent makes, as pure deterministic functions. Time, nonces,
// responses and chain reads are arguments; signing keys are in the Config
// and signing is deterministic (RFC 6979). Nothing here does I/O, keeps
// mutable state or reads a clock: hosts/mailroom/agent is the host that does the
// HTTP, the chain transactions, the store (State is its store.Outgoing),
// the daily budget total and the per-recipient locking, and asks this
// package for every decision.
//
// # The state machine
//
// State is the sender's record of its channel to one recipient. A paid
// request is:
//
//	for n := 1; ; n++ {
//		for p, _ := s.Plan(st, terms); p.Need != Pay; p, _ = s.Plan(st, terms) {
//			// LearnTerms: terms = s.LearnTerms(recipient, answer to the envelope alone)
//			// Open:       open p.Deposit with p.WithdrawDelay; st = Opened(...)
//			// Resync:     st = s.Resynced(st, answer to the envelope alone)
//			// TopUp:      add p.Deposit; st = ToppedUp(st, p.Deposit)
//		}
//		// count p.Increase against the daily budget
//		after, vs := s.Sign(st, p.Voucher) // persisted before it leaves
//		env := s.Envelope(recipient, url, payload, nonce, now)
//		// send env and s.Payment(url, recipient, terms, vs); deliver the
//		// same again while Redeliver says so, waiting Backoff
//		d := s.Handle(attempt, answer) // or s.Lost(attempt, sent, err)
//		// persist d.State, give d.Refund back, then Done | Retry (terms = d.Terms) | Fail (d.Err)
//	}
//
// # The rules and the functions that decide them
//
// Voucher amount (Sender.Next, Sender.Plan, Sender.Prepare). The next
// voucher is exactly what the recipient accepted + price (State.Cumulative
// + price): never more, so a recipient can never claim ahead of service.
//
// Exposure and the budget (State.Exposure, Sender.Next, Sender.Sign,
// CheckPrice, Day). The exposure is the highest amount ever signed on the
// channel: what the recipient could claim at most. The daily budget counts
// what the sender signs: each voucher's increase over the exposure
// (Plan.Increase; re-signing an amount already handed out costs nothing),
// every deposit and top-up (Plan.Deposit); the day is the UTC date (Day).
// The per-request budget (Config.MaxPerRequest) refuses a price above it
// (CheckPrice) and a voucher whose increase is above it (Next), with
// budget_exceeded. Sign raises State.Signed to the voucher when above the
// exposure; the host persists the record before the voucher leaves.
//
// Opening (Sender.Plan, WithdrawDelay, DepositFor, CheckDeposit, Opened,
// Adopt). Without a usable channel the sender first learns the terms from a
// 402 to the envelope alone (Need LearnTerms, Sender.LearnTerms, which
// checks them with Sender.Requirement: payable to the recipient, on the
// sender's network and channel contract), then opens one (Need Open)
// locking DepositFor(price): the configured deposit or 100 × price, at least
// the price and 1 wei. Its withdraw delay is WithdrawDelay(configured,
// extra.minWithdrawDelay): unset, DefaultWithdrawDelay or the minimum when
// higher; set, the configured delay, or withdraw_delay_too_short when below
// the minimum — decided before any transaction. Adopt takes up an existing
// channel (it must be ours, to that recipient, open and not closing), its
// accepted amount uncertain.
//
// Top-up (Sender.Plan, ToppedUp). A voucher above the deposit is not
// signed: the channel is topped up by DepositFor(price) first (Need TopUp).
//
// Responses (Sender.Handle). 2xx: the receipt must verify (VerifyReceipt),
// else receipt_invalid. Any other answer is a refusal: the voucher was not
// kept, so the record goes back to the amount accepted before it (the
// exposure and the budget still count it: it was handed out). Terms the
// refusal carries (PAYMENT-REQUIRED) must pass Sender.Requirement and are
// the next attempt's, with their price. channel_not_found, channel_closed,
// channel_closing and withdraw_delay_too_short mark the channel Closed (the
// next Plan opens another); payment_required, voucher_insufficient,
// voucher_excessive, voucher_exceeds_deposit and task_failed apply the
// body's correction (Correct). The channel codes (but
// withdraw_delay_too_short) and the voucher codes are retried, up to
// MaxAttempts attempts; anything else fails with its code.
// response_not_retained (a retry of a request served and charged) keeps the
// record as sent.
//
// Corrections (Correct). A correction names the recipient's accepted
// amount on one of the sender's channels. About another channel: ignored.
// Downward (at most what the sender believes was accepted): adopted as it
// is — the sender then only signs again amounts it already handed out.
// Upward: adopted only with the sender's own voucher signature of exactly
// that amount on that channel (acceptedSignature); anything else is
// correction_unproven and changes nothing.
//
// Delivery (Sender.Lost, Redeliver, Backoff, Sender.Resynced). An unknown
// outcome (the request may have reached the recipient: a failure after
// writing, request_in_progress) is delivered again with the very same
// envelope and voucher, which the recipient answers idempotently, up to
// MaxTries (Redeliver, waiting Backoff). A request that provably did not
// leave (nothing written to a connection) restores the record entirely
// (accepted amount, signature, exposure) and gives its budget increase back
// (Lost, not sent). An outcome that stays unknown — also request_in_progress
// after the last try, or a 5xx without a code — marks the channel Uncertain
// (Lost, sent; Handle), and the next Plan resynchronises first (Need
// Resync): the envelope alone, whose 402 carries the accepted amount,
// applied by Correct.
//
// Chain transactions (Refundable). The budget counted for a deposit or a
// top-up is given back only when the transaction provably moved nothing
// (it reverted).
//
// Receipts (VerifyReceipt). PAYMENT-RESPONSE must decode, say success, and
// carry a receipt over this request's envelope digest, this voucher's
// channel and amount and keccak256 of the body received, signed by the
// recipient; else receipt_invalid.
//
// The request on the wire (Target, PayloadHash, Sender.Envelope,
// Sender.Payment). The envelope's payloadHash binds POST, the target of the
// URL (its path and query, as sent) and the payload. PAYMENT-SIGNATURE is
// x402 v2: the resource (the URL), the terms accepted — the recipient's as
// it stated them, without its correction fields, or the sender's own view
// at the price when no 402 was seen — and the voucher.
package client
