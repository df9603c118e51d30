package recipient

import (
	"math/big"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/x402"
)

// The one-call form of the machine, for hosts that gather what they know
// before asking (the WASM ABI, JS and Python): Inspect says what to look
// up, Decide takes the request and a Snapshot and returns an Outcome,
// Complete turns the task's result into the response. Decide composes
// exactly the step functions the Go host calls one by one.

// Lookup is what a host must read before Decide: the sender's registry
// record, whether (Sender, Nonce) is used, and, when a voucher came, the
// channel on chain and the recipient's own record of it.
type Lookup struct {
	Sender    ethsig.Address
	Nonce     uint64
	ChannelID *[32]byte // nil: no (well-formed) voucher
}

// Inspect decodes the request's headers (no signature check) and says
// what to look up; ok is false when the envelope does not decode (Decide
// then refuses without any lookup).
func Inspect(req *Request) (Lookup, bool) {
	env, err := x402.DecodeEnvelope(req.Envelope)
	if req.Envelope == "" || err != nil {
		return Lookup{}, false
	}
	l := Lookup{Sender: env.Sender, Nonce: env.Nonce}
	if req.Payment != "" {
		if p, err := x402.DecodePaymentPayload(req.Payment); err == nil {
			id := p.Payload.ChannelID
			l.ChannelID = &id
		}
	}
	return l, true
}

// Snapshot is what the host knows for Decide.
type Snapshot struct {
	// Used is set when (sender, nonce) is already used (the host's replay
	// guard or store says so), with what the host knows of it.
	Used *Used
	// Sender is the sender's registry record.
	Sender SenderRecord
	// Channel is the voucher's channel on chain (nil: not found), Deposit
	// the freshest deposit the host could read (nil: Channel.Deposit).
	Channel *ChainChannel
	Deposit *big.Int
	// Own is the recipient's record of the channel (for a channel it never
	// saw: Accepted = Claimed = what was claimed on chain) and Flags its
	// own knowledge (closed by itself, closing).
	Own   *Channel
	Flags OwnFlags
	// WaitedOut is set when the host already waited for this request's
	// turn (after a Wait outcome) as long as it would.
	WaitedOut bool
}

// Action is what the host does with an Outcome.
type Action string

// Outcome actions.
const (
	ActRefuse Action = "refuse" // write Response
	ActReplay Action = "replay" // write Response (a recorded answer, with Idempotent-Replayed)
	ActWait   Action = "wait"   // wait (bounded) for the channel's record to change, then Decide again
	ActAccept Action = "accept" // commit Next with the nonce record atomically, run the task, then Complete
	ActRerun  Action = "rerun"  // run the task again under its recorded charge (no commit), then Complete
)

// Response is an HTTP answer the machine made.
type Response struct {
	Status int
	Header map[string]string
	Body   []byte
}

// Served is an accepted request, what Complete needs of it.
type Served struct {
	Digest      [32]byte
	Fingerprint [32]byte
	Sender      ethsig.Address
	Nonce       uint64
	NonceExpiry uint64
	ChannelID   [32]byte
	Cumulative  *big.Int
	Signature   ethsig.Signature
	// Price is what the request was charged (its route's price in the
	// asset it was paid in): a failed task rolls back exactly that.
	Price *big.Int
	// Asset is what Price is in (the channel's token; zero: ETH).
	Asset ethsig.Address
}

// Outcome is Decide's answer.
type Outcome struct {
	Action   Action
	Code     errs.Kind // of a refusal
	Response *Response // ActRefuse, ActReplay
	Next     *Channel  // ActAccept: the channel record to commit
	Served   *Served   // ActAccept, ActRerun
}

func (m *Machine) refused(f *Refusal, ps []Price, at int, resourceURL string, own *Channel) Outcome {
	var snap *Channel
	if f.Sender != nil {
		snap = own
	}
	status, h, body := m.render(f, ps, at, resourceURL, snap)
	return Outcome{Action: ActRefuse, Code: f.Code(), Response: &Response{status, h, body}}
}

// Decide runs the recipient's rules (docs/PROTOCOL.md §6) on one request.
func (m *Machine) Decide(req *Request, now uint64, snap *Snapshot, resourceURL string) Outcome {
	in, f := m.Verify(req, now)
	if f != nil {
		return m.refused(f, m.pricesOf(req.Method, req.Target), 0, resourceURL, nil)
	}
	p, at := in.prices, in.at
	if snap.Used != nil {
		action, ans, f := m.Retry(in, *snap.Used)
		switch action {
		case Replay:
			h := cloneHeader(ans.Header)
			h["Idempotent-Replayed"] = "true"
			return Outcome{Action: ActReplay, Code: errs.KindOf(nil), Response: &Response{ans.Status, h, ans.Body}}
		case Rerun:
			return Outcome{Action: ActRerun, Served: m.served(in)}
		}
		return m.refused(f, p, at, resourceURL, snap.Own)
	}
	if f := m.AdmitSender(in, snap.Sender); f != nil {
		return m.refused(f, p, at, resourceURL, nil)
	}
	if f := m.AdmitPayment(in); f != nil {
		return m.refused(f, p, at, resourceURL, snap.Own)
	}
	s := in.Env.Sender
	if snap.Channel == nil {
		return m.refused(&Refusal{Err: errs.New(errs.ChannelNotFound, "no channel %s on chain", hex32(in.Pay.Payload.ChannelID)), Sender: &s}, p, at, resourceURL, snap.Own)
	}
	if f := m.AdmitChannel(in, snap.Channel, snap.Flags); f != nil {
		own := snap.Own
		if snap.Channel.Sender != s {
			own = nil
		}
		return m.refused(f, p, at, resourceURL, own)
	}
	if f := m.AdmitVoucher(in); f != nil {
		return m.refused(f, p, at, resourceURL, snap.Own)
	}
	own := snap.Own
	if own == nil {
		own = &Channel{ID: in.Pay.Payload.ChannelID, Sender: s, Accepted: new(big.Int).Set(snap.Channel.Claimed), Claimed: new(big.Int).Set(snap.Channel.Claimed)}
	}
	deposit := snap.Deposit
	if deposit == nil {
		deposit = snap.Channel.Deposit
	}
	switch d, f := m.Charge(in, own, deposit, snap.WaitedOut); d {
	case Wait:
		return Outcome{Action: ActWait}
	case Refuse:
		return m.refused(f, p, at, resourceURL, own)
	}
	next := m.Accepted(in, own)
	return Outcome{Action: ActAccept, Next: &next, Served: m.served(in)}
}

func (m *Machine) served(in *Inbound) *Served {
	v := &in.Pay.Payload
	return &Served{Digest: in.Digest, Fingerprint: in.Fingerprint, Sender: in.Env.Sender, Nonce: in.Env.Nonce, NonceExpiry: m.NonceExpiry(in),
		ChannelID: v.ChannelID, Cumulative: new(big.Int).Set(v.CumulativeAmount), Signature: v.Signature, Price: in.Price(), Asset: in.Asset()}
}

// chargedOf is what s was charged: its Price (Config.Price for a Served
// made without one).
func (m *Machine) chargedOf(s *Served) *big.Int {
	if s.Price != nil {
		return s.Price
	}
	return m.cfg.Price
}

// Completion is Complete's answer: the response to send, and either the
// answer to record for retries (Keep) or, for a failed task, the rolled
// back channel record to commit with the failure answer (Rollback, Keep).
type Completion struct {
	Response *Response
	Keep     *Answer
	Rollback *Channel
}

// Complete turns a served request's task result into its response: a
// receipt for a success, a rollback of the charge for a failure. own is the
// channel's record now, held its recent vouchers.
func (m *Machine) Complete(s *Served, task *TaskResult, own *Channel, held Held) (Completion, error) {
	if err := m.Failed(task); err != nil {
		next := own.Rollback(m.chargedOf(s), held)
		ans := m.FailureAnswer(FailedStatus(task), err, &next)
		return Completion{Response: &Response{ans.Status, ans.Header, ans.Body}, Keep: ans, Rollback: &next}, nil
	}
	in := &Inbound{Digest: s.Digest, Fingerprint: s.Fingerprint}
	in.Env.Sender, in.Env.Nonce = s.Sender, s.Nonce
	in.Pay = &x402.PaymentPayload{}
	in.Pay.Payload.ChannelID, in.Pay.Payload.CumulativeAmount, in.Pay.Payload.Signature = s.ChannelID, s.Cumulative, s.Signature
	h, err := m.Receipt(in, task.Body)
	if err != nil {
		next := own.Rollback(m.chargedOf(s), held)
		ans := m.FailureAnswer(500, errs.New(errs.Internal, "sign receipt: %s", errs.Message(err)), &next)
		return Completion{Response: &Response{ans.Status, ans.Header, ans.Body}, Keep: ans, Rollback: &next}, nil
	}
	header := make(map[string]string, len(task.Header)+1)
	for k, v := range task.Header {
		if len(v) > 0 {
			header[k] = v[0]
		}
	}
	header[x402.HeaderPaymentResponse] = h
	keep := m.Keep(task.Status, Header{"Content-Type": {task.Header.Get("Content-Type")}, x402.HeaderPaymentResponse: {h}}, task.Body)
	return Completion{Response: &Response{task.Status, header, task.Body}, Keep: keep}, nil
}
