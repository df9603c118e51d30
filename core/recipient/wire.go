package recipient

import (
	"encoding/json"
	"math/big"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/num"
	"github.com/agentmailroom/mailroom/core/replay"
	"github.com/agentmailroom/mailroom/core/strictjson"
	"github.com/agentmailroom/mailroom/core/x402"
)

// The JSON form of the one-call machine: what the WASM ABI's
// mr_recipient_* operations, hosts/runtime/native and the protocol vectors take and
// give (wasm/ABI.md). Byte strings are 0x hex, integers decimal strings,
// addresses EIP-55; the same codec runs natively and in the guest.

// Hex and Hash32 are byte strings as 0x hex (core/hexutil's JSON types).
type (
	Hex    = hexutil.Bytes
	Hash32 = hexutil.Bytes32
)

// ConfigJSON is Config on the wire; privateKey signs receipts.
type ConfigJSON struct {
	PrivateKey      Hex            `json:"privateKey"`
	ChainID         num.Uint64     `json:"chainId"`
	Registry        ethsig.Address `json:"registry"`
	ChannelContract ethsig.Address `json:"channelContract"`
	Price           *num.Uint256   `json:"price,omitempty"`
	Asset           string         `json:"asset,omitempty"` // "native" (the default) or a token address
	// Accepts is the default price in several assets (preference first),
	// instead of price and asset.
	Accepts           []PriceJSON `json:"accepts,omitempty"`
	Routes            []RouteJSON `json:"routes,omitempty"`
	MinWithdrawDelay  num.Uint64  `json:"minWithdrawDelay"`
	PastSeconds       *num.Uint64 `json:"pastSeconds,omitempty"`
	FutureSeconds     *num.Uint64 `json:"futureSeconds,omitempty"`
	MaxTimeoutSeconds *num.Uint64 `json:"maxTimeoutSeconds,omitempty"`
	MaxBody           *num.Uint64 `json:"maxBody,omitempty"`
	MaxResponseBody   *num.Uint64 `json:"maxResponseBody,omitempty"`
}

// Machine builds the machine the config describes.
func (c *ConfigJSON) Machine() (*Machine, error) {
	k, err := ethsig.PrivateKeyFromBytes(c.PrivateKey)
	if err != nil {
		return nil, err
	}
	price, asset, accepts, err := pricesOf("config", c.Price, c.Asset, c.Accepts)
	if err != nil {
		return nil, err
	}
	routes, err := routesOf(c.Routes)
	if err != nil {
		return nil, err
	}
	cfg := Config{Me: k.Address(), ChainID: uint64(c.ChainID), Registry: c.Registry, ChannelContract: c.ChannelContract, Routes: routes,
		Price: price, Asset: asset, Accepts: accepts, MinWithdrawDelay: uint64(c.MinWithdrawDelay),
		Sign: func(d [32]byte) (ethsig.Signature, error) { return k.Sign(d), nil }}
	if c.PastSeconds != nil || c.FutureSeconds != nil {
		cfg.Window = replay.DefaultWindow
		if c.PastSeconds != nil {
			cfg.Window.Past = secs(*c.PastSeconds)
		}
		if c.FutureSeconds != nil {
			cfg.Window.Future = secs(*c.FutureSeconds)
		}
	}
	if c.MaxTimeoutSeconds != nil {
		cfg.MaxTimeoutSeconds = uint64(*c.MaxTimeoutSeconds)
	}
	if c.MaxBody != nil {
		cfg.MaxBody = int64(*c.MaxBody)
	}
	if c.MaxResponseBody != nil {
		cfg.MaxResponseBody = int(*c.MaxResponseBody)
	}
	return New(cfg)
}

// RequestJSON is Request on the wire.
type RequestJSON struct {
	Method   string `json:"method"`
	Target   string `json:"target"`
	Envelope string `json:"envelope,omitempty"`
	Payment  string `json:"payment,omitempty"`
	Body     Hex    `json:"body"`
}

func (r *RequestJSON) request() *Request {
	return &Request{Method: r.Method, Target: r.Target, Envelope: r.Envelope, Payment: r.Payment, Body: r.Body}
}

// ChannelJSON is Channel on the wire.
type ChannelJSON struct {
	ID        Hash32            `json:"id"`
	Sender    ethsig.Address    `json:"sender"`
	Accepted  num.Uint256       `json:"accepted"`
	Signature *ethsig.Signature `json:"signature,omitempty"`
	Settle    *num.Uint256      `json:"settle,omitempty"`
	SettleSig *ethsig.Signature `json:"settleSignature,omitempty"`
	Claimed   num.Uint256       `json:"claimed"`
	Closed    bool              `json:"closed,omitempty"`
}

func channelJSON(c *Channel) *ChannelJSON {
	if c == nil {
		return nil
	}
	j := &ChannelJSON{ID: Hash32(c.ID), Sender: c.Sender, Closed: c.Closed}
	if c.Accepted != nil {
		j.Accepted.Set(c.Accepted)
	}
	if c.Claimed != nil {
		j.Claimed.Set(c.Claimed)
	}
	if c.Signature != (ethsig.Signature{}) {
		s := c.Signature
		j.Signature = &s
	}
	if c.Settle != nil {
		j.Settle = num.NewUint256(c.Settle)
		if c.SettleSig != (ethsig.Signature{}) {
			s := c.SettleSig
			j.SettleSig = &s
		}
	}
	return j
}

func (j *ChannelJSON) channel() *Channel {
	if j == nil {
		return nil
	}
	c := &Channel{ID: [32]byte(j.ID), Sender: j.Sender, Accepted: new(big.Int).Set(&j.Accepted.Int), Claimed: new(big.Int).Set(&j.Claimed.Int), Closed: j.Closed}
	if j.Signature != nil {
		c.Signature = *j.Signature
	}
	if j.Settle != nil {
		c.Settle = new(big.Int).Set(&j.Settle.Int)
		if j.SettleSig != nil {
			c.SettleSig = *j.SettleSig
		}
	}
	return c
}

// PriceJSON is Price on the wire: {"price","asset"} ("asset" optional:
// ETH).
type PriceJSON struct {
	Price *num.Uint256 `json:"price"`
	Asset string       `json:"asset,omitempty"`
}

// RouteJSON is Route on the wire: {"method","path","price","asset"} or
// {"method","path","accepts":[{"price","asset"},…]} ("method" and "asset"
// optional: any method, ETH).
type RouteJSON struct {
	Method  string       `json:"method,omitempty"`
	Path    string       `json:"path"`
	Price   *num.Uint256 `json:"price,omitempty"`
	Asset   string       `json:"asset,omitempty"`
	Accepts []PriceJSON  `json:"accepts,omitempty"`
}

func routesOf(js []RouteJSON) ([]Route, error) {
	var out []Route
	for i, j := range js {
		price, asset, accepts, err := pricesOf("routes["+itoa(i)+"]", j.Price, j.Asset, j.Accepts)
		if err != nil {
			return nil, err
		}
		out = append(out, Route{Method: j.Method, Path: j.Path, Price: price, Asset: asset, Accepts: accepts})
	}
	return out, nil
}

// pricesOf reads "price" and "asset", or "accepts" (exactly one of them).
func pricesOf(what string, price *num.Uint256, asset string, accepts []PriceJSON) (*big.Int, ethsig.Address, []Price, error) {
	switch {
	case len(accepts) > 0 && (price != nil || asset != ""):
		return nil, ethsig.Address{}, nil, errs.New(errs.InvalidInput, "%s: \"price\"/\"asset\" or \"accepts\", not both", what)
	case len(accepts) == 0 && price == nil:
		return nil, ethsig.Address{}, nil, errs.New(errs.InvalidInput, "%s.price is required", what)
	case len(accepts) == 0:
		a, err := parseAsset(asset)
		return new(big.Int).Set(&price.Int), a, nil, err
	}
	out := make([]Price, len(accepts))
	for i, p := range accepts {
		if p.Price == nil {
			return nil, ethsig.Address{}, nil, errs.New(errs.InvalidInput, "%s.accepts[%d].price is required", what, i)
		}
		a, err := parseAsset(p.Asset)
		if err != nil {
			return nil, ethsig.Address{}, nil, err
		}
		out[i] = Price{new(big.Int).Set(&p.Price.Int), a}
	}
	return nil, ethsig.Address{}, out, nil
}

func parseAsset(s string) (ethsig.Address, error) {
	if s == "" {
		return ethsig.Address{}, nil
	}
	return x402.ParseAsset(s)
}

// ChainChannelJSON is ChainChannel on the wire.
type ChainChannelJSON struct {
	Sender           ethsig.Address `json:"sender"`
	Recipient        ethsig.Address `json:"recipient"`
	Deposit          num.Uint256    `json:"deposit"`
	Claimed          num.Uint256    `json:"claimed"`
	WithdrawDelay    num.Uint64     `json:"withdrawDelay"`
	CloseRequestedAt num.Uint64     `json:"closeRequestedAt"`
	Open             bool           `json:"open"`
	// Token is the channel's asset as getChannel returns it (the zero
	// address for ETH). Required: a host that does not say which asset the
	// channel holds gets invalid_input, never a token taken for ETH.
	Token *ethsig.Address `json:"token"`
}

// AnswerJSON is Answer on the wire.
type AnswerJSON struct {
	Status    int               `json:"status"`
	Header    map[string]string `json:"header"`
	Body      Hex               `json:"body"`
	Truncated bool              `json:"truncated,omitempty"`
}

func answerJSON(a *Answer) *AnswerJSON {
	if a == nil {
		return nil
	}
	h := a.Header
	if h == nil {
		h = map[string]string{}
	}
	return &AnswerJSON{Status: a.Status, Header: h, Body: a.Body, Truncated: a.Truncated}
}

func (a *AnswerJSON) answer() *Answer {
	if a == nil {
		return nil
	}
	return &Answer{Status: a.Status, Header: a.Header, Body: a.Body, Truncated: a.Truncated}
}

// SnapshotJSON is Snapshot on the wire.
type SnapshotJSON struct {
	Used *struct {
		InFlight    bool        `json:"inFlight,omitempty"`
		Stored      bool        `json:"stored,omitempty"`
		Fingerprint Hash32      `json:"fingerprint"`
		Answer      *AnswerJSON `json:"answer,omitempty"`
	} `json:"used,omitempty"`
	Sender struct {
		Registered bool `json:"registered"`
		Active     bool `json:"active"`
	} `json:"sender"`
	Channel *ChainChannelJSON `json:"channel,omitempty"`
	Deposit *num.Uint256      `json:"deposit,omitempty"`
	Own     *ChannelJSON      `json:"own,omitempty"`
	Flags   struct {
		Closed  bool `json:"closed,omitempty"`
		Closing bool `json:"closing,omitempty"`
	} `json:"flags"`
	WaitedOut bool `json:"waitedOut,omitempty"`
}

func (j *SnapshotJSON) snapshot() (*Snapshot, error) {
	s := &Snapshot{Sender: SenderRecord{Registered: j.Sender.Registered, Active: j.Sender.Active},
		Own: j.Own.channel(), Flags: OwnFlags{Closed: j.Flags.Closed, Closing: j.Flags.Closing}, WaitedOut: j.WaitedOut}
	if j.Used != nil {
		s.Used = &Used{InFlight: j.Used.InFlight, Stored: j.Used.Stored, Fingerprint: [32]byte(j.Used.Fingerprint), Answer: j.Used.Answer.answer()}
	}
	if c := j.Channel; c != nil {
		if c.Token == nil {
			return nil, errs.New(errs.InvalidInput, "snapshot.channel.token is required: the channel's asset as getChannel returns it (0x0000000000000000000000000000000000000000 for ETH)")
		}
		s.Channel = &ChainChannel{Sender: c.Sender, Recipient: c.Recipient, Deposit: new(big.Int).Set(&c.Deposit.Int), Claimed: new(big.Int).Set(&c.Claimed.Int),
			WithdrawDelay: uint64(c.WithdrawDelay), CloseRequestedAt: uint64(c.CloseRequestedAt), Open: c.Open, Token: *c.Token}
	}
	if j.Deposit != nil {
		s.Deposit = new(big.Int).Set(&j.Deposit.Int)
	}
	return s, nil
}

// ServedJSON is Served on the wire.
type ServedJSON struct {
	Digest      Hash32           `json:"digest"`
	Fingerprint Hash32           `json:"fingerprint"`
	Sender      ethsig.Address   `json:"sender"`
	Nonce       num.Uint64       `json:"nonce"`
	NonceExpiry num.Uint64       `json:"nonceExpiry"`
	ChannelID   Hash32           `json:"channelId"`
	Cumulative  num.Uint256      `json:"cumulativeAmount"`
	Signature   ethsig.Signature `json:"signature"`
	// Price is what the request was charged; required by recipient_complete
	// (a failed task rolls back exactly that: with routes it is not one price).
	Price *num.Uint256 `json:"price"`
	// Asset is what price is in ("native" or the channel's token); absent
	// on input: the route's first asset is not assumed, the channel's is
	// what was charged, and a rollback needs only the amount.
	Asset string `json:"asset,omitempty"`
}

func servedJSON(s *Served) *ServedJSON {
	if s == nil {
		return nil
	}
	j := &ServedJSON{Digest: s.Digest, Fingerprint: s.Fingerprint, Sender: s.Sender, Nonce: num.Uint64(s.Nonce), NonceExpiry: num.Uint64(s.NonceExpiry),
		ChannelID: s.ChannelID, Signature: s.Signature, Asset: x402.AssetOf(s.Asset)}
	j.Cumulative.Set(s.Cumulative)
	if s.Price != nil {
		j.Price = new(num.Uint256)
		j.Price.Set(s.Price)
	}
	return j
}

func (j *ServedJSON) served() (*Served, error) {
	if j.Price == nil {
		return nil, errs.New(errs.InvalidInput, "served.price is required: what the request was charged (recipient_decide's served carries it)")
	}
	asset, err := parseAsset(j.Asset)
	if err != nil {
		return nil, err
	}
	return &Served{Asset: asset, Digest: [32]byte(j.Digest), Fingerprint: [32]byte(j.Fingerprint), Sender: j.Sender, Nonce: uint64(j.Nonce), NonceExpiry: uint64(j.NonceExpiry),
		ChannelID: [32]byte(j.ChannelID), Cumulative: new(big.Int).Set(&j.Cumulative.Int), Signature: j.Signature, Price: new(big.Int).Set(&j.Price.Int)}, nil
}

// ResponseJSON is Response on the wire.
type ResponseJSON struct {
	Status int               `json:"status"`
	Header map[string]string `json:"header"`
	Body   Hex               `json:"body"`
}

func responseJSON(r *Response) *ResponseJSON {
	if r == nil {
		return nil
	}
	return &ResponseJSON{Status: r.Status, Header: r.Header, Body: r.Body}
}

// InspectJSON is Inspect over JSON: {"request"} → {"ok","sender","nonce","channelId"}.
func InspectJSON(b []byte) ([]byte, error) {
	var in struct {
		Request *RequestJSON `json:"request"`
	}
	if err := strictjson.Decode(b, &in); err != nil {
		return nil, err
	}
	if in.Request == nil {
		return nil, errs.New(errs.InvalidInput, "request is required")
	}
	l, ok := Inspect(in.Request.request())
	out := struct {
		OK        bool            `json:"ok"`
		Sender    *ethsig.Address `json:"sender,omitempty"`
		Nonce     *num.Uint64     `json:"nonce,omitempty"`
		ChannelID *Hash32         `json:"channelId,omitempty"`
	}{OK: ok}
	if ok {
		n := num.Uint64(l.Nonce)
		out.Sender, out.Nonce = &l.Sender, &n
		if l.ChannelID != nil {
			id := Hash32(*l.ChannelID)
			out.ChannelID = &id
		}
	}
	return json.Marshal(out)
}

// DecideJSON is Decide over JSON: {"config","request","now","resourceUrl",
// "snapshot"} → {"action","code","response","next","served"}.
func DecideJSON(b []byte) ([]byte, error) {
	var in struct {
		Config      ConfigJSON   `json:"config"`
		Request     RequestJSON  `json:"request"`
		Now         num.Uint64   `json:"now"`
		ResourceURL string       `json:"resourceUrl"`
		Snapshot    SnapshotJSON `json:"snapshot"`
	}
	if err := strictjson.Decode(b, &in); err != nil {
		return nil, err
	}
	m, err := in.Config.Machine()
	if err != nil {
		return nil, err
	}
	snap, err := in.Snapshot.snapshot()
	if err != nil {
		return nil, err
	}
	o := m.Decide(in.Request.request(), uint64(in.Now), snap, in.ResourceURL)
	return json.Marshal(struct {
		Action   Action        `json:"action"`
		Code     errs.Kind     `json:"code,omitempty"`
		Response *ResponseJSON `json:"response,omitempty"`
		Next     *ChannelJSON  `json:"next,omitempty"`
		Served   *ServedJSON   `json:"served,omitempty"`
	}{o.Action, o.Code, responseJSON(o.Response), channelJSON(o.Next), servedJSON(o.Served)})
}

// CompleteJSON is Complete over JSON: {"config","served","task","own",
// "held"} → {"response","keep","rollback"}.
func CompleteJSON(b []byte) ([]byte, error) {
	var in struct {
		Config ConfigJSON  `json:"config"`
		Served ServedJSON  `json:"served"`
		Own    ChannelJSON `json:"own"`
		Held   []HeldJSON  `json:"held,omitempty"`
		Task   struct {
			Status   int               `json:"status"`
			Header   map[string]string `json:"header,omitempty"`
			Body     Hex               `json:"body"`
			Panicked bool              `json:"panicked,omitempty"`
		} `json:"task"`
	}
	if err := strictjson.Decode(b, &in); err != nil {
		return nil, err
	}
	m, err := in.Config.Machine()
	if err != nil {
		return nil, err
	}
	task := &TaskResult{Status: in.Task.Status, Header: Header{}, Body: in.Task.Body, Panicked: in.Task.Panicked}
	for k, v := range in.Task.Header {
		task.Header[k] = []string{v}
	}
	var held Held
	for _, h := range in.Held {
		held.Hold(&h.Amount.Int, h.Signature)
	}
	served, err := in.Served.served()
	if err != nil {
		return nil, err
	}
	c, err := m.Complete(served, task, in.Own.channel(), held)
	if err != nil {
		return nil, err
	}
	return json.Marshal(struct {
		Response *ResponseJSON `json:"response"`
		Keep     *AnswerJSON   `json:"keep,omitempty"`
		Rollback *ChannelJSON  `json:"rollback,omitempty"`
	}{responseJSON(c.Response), answerJSON(c.Keep), channelJSON(c.Rollback)})
}

// HeldJSON is a HeldVoucher on the wire.
type HeldJSON struct {
	Amount    num.Uint256      `json:"amount"`
	Signature ethsig.Signature `json:"signature"`
}

func secs(n num.Uint64) time.Duration { return time.Duration(n) * time.Second }

// ClaimableJSON is Channel.Claimable and Unclaimed over JSON: {"own"} →
// {"amount","signature","unclaimed"}: the voucher settlement claims with
// (the highest amount held with its signature that is at most accepted;
// "signature" absent when amount is 0) and what it adds over claimed.
func ClaimableJSON(b []byte) ([]byte, error) {
	var in struct {
		Own *ChannelJSON `json:"own"`
	}
	if err := strictjson.Decode(b, &in); err != nil {
		return nil, err
	}
	if in.Own == nil {
		return nil, errs.New(errs.InvalidInput, "own is required")
	}
	c := in.Own.channel()
	a, sig := c.Claimable()
	out := struct {
		Amount    num.Uint256       `json:"amount"`
		Signature *ethsig.Signature `json:"signature,omitempty"`
		Unclaimed num.Uint256       `json:"unclaimed"`
	}{}
	out.Amount.Set(a)
	out.Unclaimed.Set(c.Unclaimed())
	if sig != (ethsig.Signature{}) {
		out.Signature = &sig
	}
	return json.Marshal(out)
}

// MarkClaimedJSON is Channel.MarkClaimed over JSON: {"own","claimed",
// "closed"} → the channel record after claimed (cumulative) was paid on
// chain, closed when the channel closed.
func MarkClaimedJSON(b []byte) ([]byte, error) {
	var in struct {
		Own     *ChannelJSON `json:"own"`
		Claimed *num.Uint256 `json:"claimed"`
		Closed  bool         `json:"closed,omitempty"`
	}
	if err := strictjson.Decode(b, &in); err != nil {
		return nil, err
	}
	if in.Own == nil || in.Claimed == nil {
		return nil, errs.New(errs.InvalidInput, "own and claimed are required")
	}
	next := in.Own.channel().MarkClaimed(&in.Claimed.Int, in.Closed)
	return json.Marshal(channelJSON(&next))
}

// RenderJSON is Render over JSON, for a failure the host met itself
// (reading the chain, the store, the body): {"config","code","message",
// "resourceUrl","sender","own"} → {"status","header","body"}: the status
// of the code (StatusFor), the error body and, for a payment refusal, the
// terms; with "sender" and "own" (the sender's channel record) the
// correction.
func RenderJSON(b []byte) ([]byte, error) {
	var in struct {
		Config      ConfigJSON      `json:"config"`
		Code        string          `json:"code"`
		Message     string          `json:"message,omitempty"`
		ResourceURL string          `json:"resourceUrl"`
		Sender      *ethsig.Address `json:"sender,omitempty"`
		Own         *ChannelJSON    `json:"own,omitempty"`
		// Method and Target (optional) name the request: the terms are its route's.
		Method string `json:"method,omitempty"`
		Target string `json:"target,omitempty"`
	}
	if err := strictjson.Decode(b, &in); err != nil {
		return nil, err
	}
	if in.Code == "" {
		return nil, errs.New(errs.InvalidInput, "code is required")
	}
	m, err := in.Config.Machine()
	if err != nil {
		return nil, err
	}
	f := &Refusal{Err: errs.New(errs.Kind(in.Code), "%s", in.Message), Sender: in.Sender}
	var own *Channel
	if in.Sender != nil {
		own = in.Own.channel()
	}
	status, h, body := m.RenderFor(f, in.Method, in.Target, in.ResourceURL, own)
	return json.Marshal(responseJSON(&Response{Status: status, Header: h, Body: body}))
}
