package client

import (
	"encoding/json"
	"math/big"
	"time"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/num"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/strictjson"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/core/x402"
)

// The JSON form of the sender's machine: what the WASM ABI's mr_client_*
// operations, hosts/runtime/native (through core/protoops) and the client protocol
// vectors take and give (wasm/ABI.md). Byte strings are 0x hex, integers
// decimal strings (a JSON integer or 0x string is accepted on input), an
// HTTP status a JSON number, addresses EIP-55; decoding is strict (unknown
// or repeated fields, trailing data: invalid_json) and a required field
// that is absent (or null) is invalid_input. The envelope, the voucher and
// the receipt are their wire objects (envelope.Signed, voucher.Signed,
// receipt.Signed JSON) and a stated requirement is the x402 object of
// PAYMENT-REQUIRED's accepts, as it was received. The same codec runs
// natively and in the guest.

// Hex and Hash32 are byte strings as 0x hex (core/hexutil's JSON types).
type (
	Hex    = hexutil.Bytes
	Hash32 = hexutil.Bytes32
)

// missing is the error of an absent required field.
func missing(field string) error { return errs.New(errs.InvalidInput, "%s is missing", field) }

// ConfigJSON is Config on the wire: {"privateKey","chainId","registry",
// "channelContract"} required; "deposit" (absent: DepositMultiple × price),
// "withdrawDelay" (absent or 0: not set) and "maxPerRequest" (absent: no
// limit) optional.
type ConfigJSON struct {
	PrivateKey      *string         `json:"privateKey"`
	ChainID         *num.Uint64     `json:"chainId"`
	Registry        *ethsig.Address `json:"registry"`
	ChannelContract *ethsig.Address `json:"channelContract"`
	Deposit         *num.Uint256    `json:"deposit,omitempty"`
	WithdrawDelay   *num.Uint64     `json:"withdrawDelay,omitempty"`
	MaxPerRequest   *num.Uint256    `json:"maxPerRequest,omitempty"`
	// Asset is what the sender pays in: "native" (the default) or a token address.
	Asset string `json:"asset,omitempty"`
}

// Sender builds the sender the config describes.
func (c *ConfigJSON) Sender() (*Sender, error) {
	switch {
	case c == nil || c.PrivateKey == nil:
		return nil, missing("config.privateKey")
	case c.ChainID == nil:
		return nil, missing("config.chainId")
	case c.Registry == nil:
		return nil, missing("config.registry")
	case c.ChannelContract == nil:
		return nil, missing("config.channelContract")
	}
	k, err := ethsig.ParsePrivateKey(*c.PrivateKey)
	if err != nil {
		return nil, err
	}
	cfg := Config{Key: k, ChainID: uint64(*c.ChainID), Registry: *c.Registry, ChannelContract: *c.ChannelContract}
	if c.Deposit != nil {
		cfg.Deposit = new(big.Int).Set(&c.Deposit.Int)
	}
	if c.WithdrawDelay != nil {
		cfg.WithdrawDelay = uint64(*c.WithdrawDelay)
	}
	if c.MaxPerRequest != nil {
		cfg.MaxPerRequest = new(big.Int).Set(&c.MaxPerRequest.Int)
	}
	if c.Asset != "" {
		if cfg.Asset, err = x402.ParseAsset(c.Asset); err != nil {
			return nil, err
		}
	}
	return New(cfg)
}

// StateJSON is State on the wire: {"recipient","channelId","deposit",
// "cumulative","withdrawDelay"} required; "signature" (the voucher of
// cumulative; absent: unknown), "signed" (the exposure; absent:
// cumulative), "uncertain" and "closed" optional.
type StateJSON struct {
	Recipient     *ethsig.Address   `json:"recipient"`
	ChannelID     *Hash32           `json:"channelId"`
	Deposit       *num.Uint256      `json:"deposit"`
	Cumulative    *num.Uint256      `json:"cumulative"`
	Signature     *ethsig.Signature `json:"signature,omitempty"`
	Signed        *num.Uint256      `json:"signed,omitempty"`
	WithdrawDelay *num.Uint64       `json:"withdrawDelay"`
	Uncertain     bool              `json:"uncertain,omitempty"`
	Closed        bool              `json:"closed,omitempty"`
}

// StateToJSON is st on the wire.
func StateToJSON(st *State) *StateJSON {
	if st == nil {
		return nil
	}
	id, delay := Hash32(st.ChannelID), num.Uint64(st.WithdrawDelay)
	j := &StateJSON{Recipient: &st.Recipient, ChannelID: &id, Deposit: num.NewUint256(amount(st.Deposit)),
		Cumulative: num.NewUint256(amount(st.Cumulative)), WithdrawDelay: &delay, Uncertain: st.Uncertain, Closed: st.Closed}
	if st.Signature != (ethsig.Signature{}) {
		s := st.Signature
		j.Signature = &s
	}
	if st.Signed != nil {
		j.Signed = num.NewUint256(st.Signed)
	}
	return j
}

// State is the record j describes (field names where for the errors).
func (j *StateJSON) State(where string) (State, error) {
	switch {
	case j == nil:
		return State{}, missing(where)
	case j.Recipient == nil:
		return State{}, missing(where + ".recipient")
	case j.ChannelID == nil:
		return State{}, missing(where + ".channelId")
	case j.Deposit == nil:
		return State{}, missing(where + ".deposit")
	case j.Cumulative == nil:
		return State{}, missing(where + ".cumulative")
	case j.WithdrawDelay == nil:
		return State{}, missing(where + ".withdrawDelay")
	}
	st := State{Recipient: *j.Recipient, ChannelID: [32]byte(*j.ChannelID), Deposit: new(big.Int).Set(&j.Deposit.Int),
		Cumulative: new(big.Int).Set(&j.Cumulative.Int), WithdrawDelay: uint64(*j.WithdrawDelay), Uncertain: j.Uncertain, Closed: j.Closed}
	if j.Signature != nil {
		st.Signature = *j.Signature
	}
	if j.Signed != nil {
		st.Signed = new(big.Int).Set(&j.Signed.Int)
	}
	return st, nil
}

// TermsJSON is Terms on the wire: {"price","stated"}, both optional.
// "stated" is the recipient's requirement (the x402 object, as received);
// without "price" the price is the stated amount.
type TermsJSON struct {
	Price  *num.Uint256      `json:"price,omitempty"`
	Stated *x402.Requirement `json:"stated,omitempty"`
}

// TermsToJSON is t on the wire (nil for the zero Terms).
func TermsToJSON(t Terms) *TermsJSON {
	if t.Price == nil && t.Stated == nil {
		return nil
	}
	j := &TermsJSON{Stated: t.Stated}
	if t.Price != nil {
		j.Price = num.NewUint256(t.Price)
	}
	return j
}

// Terms is the terms j describes (nil: none).
func (j *TermsJSON) Terms() Terms {
	if j == nil {
		return Terms{}
	}
	var t Terms
	if j.Stated != nil {
		t = Stated(j.Stated)
	}
	if j.Price != nil {
		t.Price = new(big.Int).Set(&j.Price.Int)
	}
	return t
}

// ResponseJSON is Response on the wire: {"status"} required,
// "paymentRequired" and "paymentResponse" (the header values) and "body"
// optional.
type ResponseJSON struct {
	Status          *int   `json:"status"`
	PaymentRequired string `json:"paymentRequired,omitempty"`
	PaymentResponse string `json:"paymentResponse,omitempty"`
	Body            Hex    `json:"body,omitempty"`
}

// Response is the answer j describes.
func (j *ResponseJSON) Response(where string) (*Response, error) {
	if j == nil {
		return nil, missing(where)
	}
	if j.Status == nil {
		return nil, missing(where + ".status")
	}
	return &Response{Status: *j.Status, PaymentRequired: j.PaymentRequired, PaymentResponse: j.PaymentResponse, Body: j.Body}, nil
}

// AttemptJSON is Attempt on the wire: {"n","before","after","terms",
// "envelope","voucher"}, all required: the attempt's number (1 first), the
// state given to client_sign and the state it returned, the terms it paid,
// the envelope sent (client_envelope's reply) and the voucher sent
// (client_sign's).
type AttemptJSON struct {
	N        *num.Uint64      `json:"n"`
	Before   *StateJSON       `json:"before"`
	After    *StateJSON       `json:"after"`
	Terms    *TermsJSON       `json:"terms"`
	Envelope *envelope.Signed `json:"envelope"`
	Voucher  *voucher.Signed  `json:"voucher"`
}

// Attempt is the attempt j describes.
func (j *AttemptJSON) Attempt() (*Attempt, error) {
	switch {
	case j == nil:
		return nil, missing("attempt")
	case j.N == nil:
		return nil, missing("attempt.n")
	case *j.N == 0 || uint64(*j.N) > 1<<31:
		return nil, errs.New(errs.InvalidInput, "attempt.n must be in [1, 2^31]")
	case j.Terms == nil:
		return nil, missing("attempt.terms")
	case j.Envelope == nil:
		return nil, missing("attempt.envelope")
	case j.Voucher == nil:
		return nil, missing("attempt.voucher")
	}
	before, err := j.Before.State("attempt.before")
	if err != nil {
		return nil, err
	}
	after, err := j.After.State("attempt.after")
	if err != nil {
		return nil, err
	}
	return &Attempt{N: int(*j.N), Before: before, After: after, Terms: j.Terms.Terms(), Envelope: j.Envelope, Voucher: j.Voucher}, nil
}

// PlanToJSON is p on the wire: {"need"} and, by need, "voucher" and
// "increase" (pay), "deposit" (open, top-up), "withdrawDelay" (open).
func PlanToJSON(p Plan) *PlanJSON {
	j := &PlanJSON{Need: p.Need.String()}
	if p.Voucher != nil {
		j.Voucher = num.NewUint256(p.Voucher)
	}
	if p.Increase != nil {
		j.Increase = num.NewUint256(p.Increase)
	}
	if p.Deposit != nil {
		j.Deposit = num.NewUint256(p.Deposit)
	}
	if p.Need == Open {
		d := num.Uint64(p.WithdrawDelay)
		j.WithdrawDelay = &d
	}
	return j
}

// PlanJSON is Plan on the wire; need is "pay", "learn-terms", "open",
// "resync" or "top-up".
type PlanJSON struct {
	Need          string       `json:"need"`
	Voucher       *num.Uint256 `json:"voucher,omitempty"`
	Increase      *num.Uint256 `json:"increase,omitempty"`
	Deposit       *num.Uint256 `json:"deposit,omitempty"`
	WithdrawDelay *num.Uint64  `json:"withdrawDelay,omitempty"`
}

// DecisionJSON is Decision on the wire: {"outcome"} ("done", "retry",
// "fail"); "state" (persist it first; absent: keep the record persisted
// with the voucher), "refund" (give it back to the daily budget), "terms"
// (the next attempt's), "receipt" (done) and "code" and "message" (fail).
type DecisionJSON struct {
	Outcome string          `json:"outcome"`
	State   *StateJSON      `json:"state,omitempty"`
	Refund  *num.Uint256    `json:"refund,omitempty"`
	Terms   *TermsJSON      `json:"terms,omitempty"`
	Receipt *receipt.Signed `json:"receipt,omitempty"`
	Code    errs.Kind       `json:"code,omitempty"`
	Message string          `json:"message,omitempty"`
}

// DecisionToJSON is d on the wire.
func DecisionToJSON(d Decision) *DecisionJSON {
	j := &DecisionJSON{Outcome: d.Outcome.String(), State: StateToJSON(d.State), Terms: TermsToJSON(d.Terms), Receipt: d.Receipt}
	if d.Refund != nil && d.Refund.Sign() > 0 {
		j.Refund = num.NewUint256(d.Refund)
	}
	if d.Err != nil {
		j.Code, j.Message = errs.KindOf(d.Err), errs.Message(d.Err)
	}
	return j
}

// optional is State for a field that may be absent (nil: no channel recorded).
func (j *StateJSON) optional(field string) (*State, error) {
	if j == nil {
		return nil, nil
	}
	st, err := j.State(field)
	if err != nil {
		return nil, err
	}
	return &st, nil
}

// decodeWith decodes b strictly into in and builds the sender of its
// config.
func decodeWith(b []byte, in any, cfg **ConfigJSON) (*Sender, error) {
	if err := strictjson.Decode(b, in); err != nil {
		return nil, err
	}
	return (*cfg).Sender()
}

// PlanOp is Sender.Plan over JSON: {"config","state","terms"} →
// {"need","voucher","increase","deposit","withdrawDelay"}; "state" absent
// (or null): no channel recorded.
func PlanOp(b []byte) ([]byte, error) {
	var in struct {
		Config *ConfigJSON `json:"config"`
		State  *StateJSON  `json:"state"`
		Terms  *TermsJSON  `json:"terms"`
	}
	s, err := decodeWith(b, &in, &in.Config)
	if err != nil {
		return nil, err
	}
	if in.Terms == nil {
		return nil, missing("terms")
	}
	st, err := in.State.optional("state")
	if err != nil {
		return nil, err
	}
	p, err := s.Plan(st, in.Terms.Terms())
	if err != nil {
		return nil, err
	}
	return json.Marshal(PlanToJSON(p))
}

// SignOp is Sender.Sign over JSON: {"config","state","cumulativeAmount"}
// → {"state","voucher"}: the record to persist before the voucher leaves
// and the signed voucher (deterministic, RFC 6979).
func SignOp(b []byte) ([]byte, error) {
	var in struct {
		Config *ConfigJSON  `json:"config"`
		State  *StateJSON   `json:"state"`
		Amount *num.Uint256 `json:"cumulativeAmount"`
	}
	s, err := decodeWith(b, &in, &in.Config)
	if err != nil {
		return nil, err
	}
	st, err := in.State.State("state")
	if err != nil {
		return nil, err
	}
	if in.Amount == nil {
		return nil, missing("cumulativeAmount")
	}
	after, vs, err := s.Sign(st, &in.Amount.Int)
	if err != nil {
		return nil, err
	}
	return json.Marshal(struct {
		State   *StateJSON      `json:"state"`
		Voucher *voucher.Signed `json:"voucher"`
	}{StateToJSON(&after), vs})
}

// EnvelopeOp is Sender.Envelope over JSON: {"config","recipient","url",
// "payload","nonce","now"} → the signed envelope's wire object (the
// Agent-Envelope header is base64 of it), its payloadHash binding POST, the
// URL's target and the payload.
func EnvelopeOp(b []byte) ([]byte, error) {
	var in struct {
		Config    *ConfigJSON     `json:"config"`
		Recipient *ethsig.Address `json:"recipient"`
		URL       *string         `json:"url"`
		Payload   *Hex            `json:"payload"`
		Nonce     *num.Uint64     `json:"nonce"`
		Now       *num.Uint64     `json:"now"`
	}
	s, err := decodeWith(b, &in, &in.Config)
	if err != nil {
		return nil, err
	}
	switch {
	case in.Recipient == nil:
		return nil, missing("recipient")
	case in.URL == nil:
		return nil, missing("url")
	case in.Payload == nil:
		return nil, missing("payload")
	case in.Nonce == nil:
		return nil, missing("nonce")
	case in.Now == nil:
		return nil, missing("now")
	case uint64(*in.Now) > 1<<62:
		return nil, errs.New(errs.IntegerOutOfRange, "now %d is not a unix time in seconds", uint64(*in.Now))
	}
	env, err := s.Envelope(*in.Recipient, *in.URL, *in.Payload, uint64(*in.Nonce), time.Unix(int64(*in.Now), 0))
	if err != nil {
		return nil, err
	}
	return json.Marshal(env)
}

// PaymentOp is Sender.Payment over JSON: {"config","url","recipient",
// "terms","voucher"} → the PAYMENT-SIGNATURE value (a JSON string).
func PaymentOp(b []byte) ([]byte, error) {
	var in struct {
		Config    *ConfigJSON     `json:"config"`
		URL       *string         `json:"url"`
		Recipient *ethsig.Address `json:"recipient"`
		Terms     *TermsJSON      `json:"terms"`
		Voucher   *voucher.Signed `json:"voucher"`
	}
	s, err := decodeWith(b, &in, &in.Config)
	if err != nil {
		return nil, err
	}
	switch {
	case in.URL == nil:
		return nil, missing("url")
	case in.Recipient == nil:
		return nil, missing("recipient")
	case in.Terms == nil:
		return nil, missing("terms")
	case in.Voucher == nil:
		return nil, missing("voucher")
	}
	h, err := x402.Encode(s.Payment(*in.URL, *in.Recipient, in.Terms.Terms(), in.Voucher))
	if err != nil {
		return nil, err
	}
	return json.Marshal(h)
}

// HandleOp is Sender.Handle over JSON: {"config","attempt","response"}
// → the decision.
func HandleOp(b []byte) ([]byte, error) {
	var in struct {
		Config   *ConfigJSON   `json:"config"`
		Attempt  *AttemptJSON  `json:"attempt"`
		Response *ResponseJSON `json:"response"`
	}
	s, err := decodeWith(b, &in, &in.Config)
	if err != nil {
		return nil, err
	}
	at, err := in.Attempt.Attempt()
	if err != nil {
		return nil, err
	}
	r, err := in.Response.Response("response")
	if err != nil {
		return nil, err
	}
	return json.Marshal(DecisionToJSON(s.Handle(at, r)))
}

// LostOp is Sender.Lost over JSON: {"config","attempt","sent","code",
// "message"} → the decision; sent is whether anything was written to a
// connection (false: the request provably never left), code the failure's
// kind (absent: transport_error).
func LostOp(b []byte) ([]byte, error) {
	var in struct {
		Config  *ConfigJSON  `json:"config"`
		Attempt *AttemptJSON `json:"attempt"`
		Sent    *bool        `json:"sent"`
		Code    string       `json:"code,omitempty"`
		Message string       `json:"message,omitempty"`
	}
	s, err := decodeWith(b, &in, &in.Config)
	if err != nil {
		return nil, err
	}
	at, err := in.Attempt.Attempt()
	if err != nil {
		return nil, err
	}
	if in.Sent == nil {
		return nil, missing("sent")
	}
	code := errs.Kind(in.Code)
	if code == "" {
		code = errs.TransportError
	}
	return json.Marshal(DecisionToJSON(s.Lost(at, *in.Sent, &errs.Error{Kind: code, Msg: in.Message})))
}

// LearnTermsOp is Sender.LearnTerms over JSON: {"config","recipient",
// "response"} → the terms (the answer to the envelope sent alone).
func LearnTermsOp(b []byte) ([]byte, error) {
	var in struct {
		Config    *ConfigJSON     `json:"config"`
		Recipient *ethsig.Address `json:"recipient"`
		Response  *ResponseJSON   `json:"response"`
	}
	s, err := decodeWith(b, &in, &in.Config)
	if err != nil {
		return nil, err
	}
	to, r, err := recipientAnswer(in.Recipient, in.Response)
	if err != nil {
		return nil, err
	}
	t, err := s.LearnTerms(to, r)
	if err != nil {
		return nil, err
	}
	return json.Marshal(TermsToJSON(t))
}

// recipientAnswer reads the "recipient" and "response" of the ops that
// read a recipient's 402 (LearnTermsOp, ChooseOp).
func recipientAnswer(recipient *ethsig.Address, resp *ResponseJSON) (ethsig.Address, *Response, error) {
	if recipient == nil {
		return ethsig.Address{}, nil, missing("recipient")
	}
	r, err := resp.Response("response")
	if err != nil {
		return ethsig.Address{}, nil, err
	}
	return *recipient, r, nil
}

// PreferenceJSON is Preference on the wire: {"asset"[,"maxPerRequest"]
// [,"dayLeft"]} ("asset": "native" or a token address).
type PreferenceJSON struct {
	Asset         string       `json:"asset"`
	MaxPerRequest *num.Uint256 `json:"maxPerRequest,omitempty"`
	DayLeft       *num.Uint256 `json:"dayLeft,omitempty"`
}

// ChooseOp is Sender.Choose over JSON: {"config","recipient","response",
// "preferences":[{"asset","maxPerRequest"}]} → {"index","asset","terms"}:
// which preference to pay in and its terms.
func ChooseOp(b []byte) ([]byte, error) {
	var in struct {
		Config      *ConfigJSON      `json:"config"`
		Recipient   *ethsig.Address  `json:"recipient"`
		Response    *ResponseJSON    `json:"response"`
		Preferences []PreferenceJSON `json:"preferences"`
	}
	s, err := decodeWith(b, &in, &in.Config)
	if err != nil {
		return nil, err
	}
	to, r, err := recipientAnswer(in.Recipient, in.Response)
	if err != nil {
		return nil, err
	}
	prefs := make([]Preference, len(in.Preferences))
	for i, p := range in.Preferences {
		if p.Asset == "" {
			return nil, missing("preferences[].asset")
		}
		if prefs[i].Asset, err = x402.ParseAsset(p.Asset); err != nil {
			return nil, err
		}
		if p.MaxPerRequest != nil {
			prefs[i].MaxPerRequest = new(big.Int).Set(&p.MaxPerRequest.Int)
		}
		if p.DayLeft != nil {
			prefs[i].DayLeft = new(big.Int).Set(&p.DayLeft.Int)
		}
	}
	i, t, err := s.Choose(to, r, prefs)
	if err != nil {
		return nil, err
	}
	return json.Marshal(struct {
		Index int        `json:"index"`
		Asset string     `json:"asset"`
		Terms *TermsJSON `json:"terms"`
	}{i, x402.AssetOf(prefs[i].Asset), TermsToJSON(t)})
}

// ResyncOp is Sender.Resynced over JSON: {"config","state","response"}
// → the state with the recipient's proven correction applied and uncertain
// cleared; an error leaves the state as it is.
func ResyncOp(b []byte) ([]byte, error) {
	var in struct {
		Config   *ConfigJSON   `json:"config"`
		State    *StateJSON    `json:"state"`
		Response *ResponseJSON `json:"response"`
	}
	s, err := decodeWith(b, &in, &in.Config)
	if err != nil {
		return nil, err
	}
	st, err := in.State.State("state")
	if err != nil {
		return nil, err
	}
	r, err := in.Response.Response("response")
	if err != nil {
		return nil, err
	}
	next, err := s.Resynced(st, r)
	if err != nil {
		return nil, err
	}
	return json.Marshal(StateToJSON(&next))
}

// VerifyReceiptOp is VerifyReceipt over JSON under the config's request
// domain: {"config","recipient","paymentResponse","body","envelope",
// "voucher"} → the receipt's wire object (else receipt_invalid).
func VerifyReceiptOp(b []byte) ([]byte, error) {
	var in struct {
		Config          *ConfigJSON      `json:"config"`
		Recipient       *ethsig.Address  `json:"recipient"`
		PaymentResponse string           `json:"paymentResponse"`
		Body            *Hex             `json:"body"`
		Envelope        *envelope.Signed `json:"envelope"`
		Voucher         *voucher.Signed  `json:"voucher"`
	}
	s, err := decodeWith(b, &in, &in.Config)
	if err != nil {
		return nil, err
	}
	switch {
	case in.Recipient == nil:
		return nil, missing("recipient")
	case in.Body == nil:
		return nil, missing("body")
	case in.Envelope == nil:
		return nil, missing("envelope")
	case in.Voucher == nil:
		return nil, missing("voucher")
	}
	rc, err := VerifyReceipt(s.RequestDomain(), in.PaymentResponse, *in.Body, in.Envelope, in.Voucher, *in.Recipient)
	if err != nil {
		return nil, err
	}
	return json.Marshal(rc)
}

// RedeliverOp is Redeliver and Backoff over JSON: {"response","sent",
// "deliveries"} (the deliveries made so far, 1 first) → {"again"} and,
// when again, "backoffMs" (the wait before the next delivery,
// milliseconds); "response" absent (or null): the exchange failed.
func RedeliverOp(b []byte) ([]byte, error) {
	var in struct {
		Response *ResponseJSON `json:"response"`
		Sent     *bool         `json:"sent"`
		Try      *num.Uint64   `json:"deliveries"`
	}
	if err := strictjson.Decode(b, &in); err != nil {
		return nil, err
	}
	switch {
	case in.Sent == nil:
		return nil, missing("sent")
	case in.Try == nil:
		return nil, missing("deliveries")
	case *in.Try == 0 || uint64(*in.Try) > 1<<31:
		return nil, errs.New(errs.InvalidInput, "deliveries must be in [1, 2^31]")
	}
	var r *Response
	if in.Response != nil {
		x, err := in.Response.Response("response")
		if err != nil {
			return nil, err
		}
		r = x
	}
	out := struct {
		Again     bool        `json:"again"`
		BackoffMs *num.Uint64 `json:"backoffMs,omitempty"`
	}{Again: Redeliver(r, *in.Sent, int(*in.Try))}
	if out.Again {
		ms := num.Uint64(Backoff(int(*in.Try)).Milliseconds())
		out.BackoffMs = &ms
	}
	return json.Marshal(out)
}

// PrepareOp is Sender.Prepare over JSON: {"config","state","amount"} →
// the plan (need "pay": "voucher", "increase") of a voucher of amount more
// than accepted, with no step performed (PrepareRequest): "state" absent
// (or null, or closed) is payment_required, above the deposit
// voucher_exceeds_deposit, an increase above maxPerRequest budget_exceeded.
func PrepareOp(b []byte) ([]byte, error) {
	var in struct {
		Config *ConfigJSON  `json:"config"`
		State  *StateJSON   `json:"state"`
		Amount *num.Uint256 `json:"amount"`
	}
	s, err := decodeWith(b, &in, &in.Config)
	if err != nil {
		return nil, err
	}
	if in.Amount == nil {
		return nil, missing("amount")
	}
	st, err := in.State.optional("state")
	if err != nil {
		return nil, err
	}
	p, err := s.Prepare(st, &in.Amount.Int)
	if err != nil {
		return nil, err
	}
	return json.Marshal(PlanToJSON(p))
}

// WithdrawDelayOp is Sender.WithdrawDelayFor over JSON: {"config","min"}
// → the withdraw delay (seconds, a decimal string) of a new channel to a
// recipient that requires at least min ("min" absent: 0, a channel opened
// without the recipient's terms); withdraw_delay_too_short for a delay
// configured below min.
func WithdrawDelayOp(b []byte) ([]byte, error) {
	var in struct {
		Config *ConfigJSON `json:"config"`
		Min    num.Uint64  `json:"min,omitempty"`
	}
	s, err := decodeWith(b, &in, &in.Config)
	if err != nil {
		return nil, err
	}
	d, err := s.WithdrawDelayFor(uint64(in.Min))
	if err != nil {
		return nil, err
	}
	return json.Marshal(num.Uint64(d))
}

// AdoptOp is Adopt over JSON: {"config","recipient","channel"} → the state
// of an existing channel the sender takes up as its channel to recipient
// (uncertain: the next plan resynchronises). "channel" is the channel as
// the chain reports it: {"id","sender","recipient","deposit","claimed",
// "withdrawDelay","open","token"} required ("token": the channel's asset as
// getChannel returns it, the zero address for ETH), "closeRequested"
// optional; it must be from the config's key to recipient
// (channel_mismatch), open (channel_closed), not closing (channel_closing)
// and in ETH (asset_mismatch).
func AdoptOp(b []byte) ([]byte, error) {
	var in struct {
		Config    *ConfigJSON     `json:"config"`
		Recipient *ethsig.Address `json:"recipient"`
		Channel   *struct {
			ID             *Hash32         `json:"id"`
			Sender         *ethsig.Address `json:"sender"`
			Recipient      *ethsig.Address `json:"recipient"`
			Deposit        *num.Uint256    `json:"deposit"`
			Claimed        *num.Uint256    `json:"claimed"`
			WithdrawDelay  *num.Uint64     `json:"withdrawDelay"`
			Open           *bool           `json:"open"`
			Token          *ethsig.Address `json:"token"`
			CloseRequested bool            `json:"closeRequested,omitempty"`
		} `json:"channel"`
	}
	s, err := decodeWith(b, &in, &in.Config)
	if err != nil {
		return nil, err
	}
	c := in.Channel
	switch {
	case in.Recipient == nil:
		return nil, missing("recipient")
	case c == nil:
		return nil, missing("channel")
	case c.ID == nil:
		return nil, missing("channel.id")
	case c.Sender == nil:
		return nil, missing("channel.sender")
	case c.Recipient == nil:
		return nil, missing("channel.recipient")
	case c.Deposit == nil:
		return nil, missing("channel.deposit")
	case c.Claimed == nil:
		return nil, missing("channel.claimed")
	case c.WithdrawDelay == nil:
		return nil, missing("channel.withdrawDelay")
	case c.Open == nil:
		return nil, missing("channel.open")
	case c.Token == nil:
		return nil, missing("channel.token")
	}
	st, err := s.Adopt(*in.Recipient, OnChain{ID: [32]byte(*c.ID), Sender: *c.Sender, Recipient: *c.Recipient,
		Deposit: new(big.Int).Set(&c.Deposit.Int), Claimed: new(big.Int).Set(&c.Claimed.Int), WithdrawDelay: uint64(*c.WithdrawDelay),
		Open: *c.Open, CloseRequested: c.CloseRequested, Token: *c.Token})
	if err != nil {
		return nil, err
	}
	return json.Marshal(StateToJSON(&st))
}
