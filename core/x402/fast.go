package x402

import (
	"encoding/base64"
	"strconv"
	"sync"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/num"
	"github.com/agentmailroom/mailroom/core/voucher"
)

// The hot headers have a fast path: a hand-written scanner that accepts only
// the canonical form the SDK emits (keys in order, each once, no whitespace,
// strings of printable ASCII without escapes, nothing after the object) and
// parses every value with the same function the encoding/json path calls.
// Whatever it does not accept, or any value it cannot parse, goes to the
// strict encoding/json path (DecodeJSON: strictjson.Decode), which then
// decides (and words the error). So the fast path changes speed, never
// outcomes; the differential test and FuzzDecodeHeaders hold it to that.

// scan is a cursor over canonical JSON.
type scan struct {
	b []byte
	i int
}

// lit consumes s exactly.
func (c *scan) lit(s string) bool {
	if len(c.b)-c.i < len(s) || string(c.b[c.i:c.i+len(s)]) != s {
		return false
	}
	c.i += len(s)
	return true
}

// str consumes a string of printable ASCII without escapes and returns it
// with its quotes.
func (c *scan) str() ([]byte, bool) {
	if c.i >= len(c.b) || c.b[c.i] != '"' {
		return nil, false
	}
	for j := c.i + 1; j < len(c.b); j++ {
		switch ch := c.b[j]; {
		case ch == '"':
			q := c.b[c.i : j+1]
			c.i = j + 1
			return q, true
		case ch < 0x20 || ch >= 0x7f || ch == '\\':
			return nil, false
		}
	}
	return nil, false
}

// field consumes `"name":` followed by a plain string; it returns the
// string with its quotes.
func (c *scan) field(sep, name string) ([]byte, bool) {
	if !c.lit(sep) || !c.lit(`"`+name+`":`) {
		return nil, false
	}
	return c.str()
}

func (c *scan) end() bool { return c.i == len(c.b) }

func inner(q []byte) []byte { return q[1 : len(q)-1] }

// b64 decodes like decodeB64 but only the canonical standard encoding with
// no surrounding space; ok false means "let decodeB64 decide".
func b64(s string) ([]byte, bool) {
	if len(s) == 0 || len(s) > MaxHeaderBytes || s[0] <= ' ' || s[len(s)-1] <= ' ' {
		return nil, false
	}
	b, err := base64.StdEncoding.DecodeString(s)
	return b, err == nil
}

// fastEnvelope parses the canonical Agent-Envelope JSON.
func fastEnvelope(b []byte) (envelope.Signed, bool) {
	var s envelope.Signed
	c := scan{b: b}
	var v [8][]byte
	var ok bool
	for i, name := range [8]string{"sender", "recipient", "payloadHash", "timestamp", "nonce", "chainId", "verifyingContract", "signature"} {
		sep := ","
		if i == 0 {
			sep = "{"
		}
		if v[i], ok = c.field(sep, name); !ok {
			return s, false
		}
	}
	if !c.lit("}") || !c.end() {
		return s, false
	}
	var ts, n, ch num.Uint64
	if !parseAddress(&s.Sender, inner(v[0])) || !parseAddress(&s.Recipient, inner(v[1])) ||
		!parseUint64(&ts, v[3]) || !parseUint64(&n, v[4]) || !parseUint64(&ch, v[5]) ||
		!parseAddress(&s.Registry, inner(v[6])) || s.Signature.UnmarshalText(inner(v[7])) != nil {
		return envelope.Signed{}, false
	}
	ph, err := hexutil.DecodeFixed(string(inner(v[2])), 32)
	if err != nil {
		return envelope.Signed{}, false
	}
	s.PayloadHash = [32]byte(ph)
	s.Timestamp, s.Nonce, s.ChainID = uint64(ts), uint64(n), uint64(ch)
	return s, true
}

// DecodeEnvelope decodes an Agent-Envelope header value (base64 of the
// envelope's JSON wire form), exactly as DecodeJSON into an envelope.Signed.
func DecodeEnvelope(h string) (envelope.Signed, error) {
	if b, ok := b64(h); ok {
		if s, ok := fastEnvelope(b); ok {
			return s, nil
		}
	}
	var s envelope.Signed
	err := DecodeJSON(h, &s)
	return s, err
}

// fastPaymentPayload parses the canonical PAYMENT-SIGNATURE JSON, as the
// SDK writes it:
//
//	{"x402Version":2,"resource":{"url":…},"accepted":{"scheme":…,"network":…,
//	 "amount":…,"asset":…,"payTo":…,"maxTimeoutSeconds":N,"extra":{
//	 "channelContract":…,"registry":…,"minWithdrawDelay":N}},
//	 "payload":{"channelId":…,"cumulativeAmount":…,"signature":…}}
func fastPaymentPayload(b []byte) (*PaymentPayload, bool) {
	c := scan{b: b}
	if !c.lit(`{"x402Version":`) {
		return nil, false
	}
	ver, ok := c.number()
	if !ok || ver > 1<<30 {
		return nil, false
	}
	p := &PaymentPayload{X402Version: int(ver)}
	url, ok := c.field(`,"resource":{`, "url")
	if !ok || !c.lit("}") {
		return nil, false
	}
	p.Resource = &Resource{URL: string(inner(url))}
	a := &p.Accepted
	var v [5][]byte
	for i, name := range [5]string{"scheme", "network", "amount", "asset", "payTo"} {
		sep := ","
		if i == 0 {
			sep = `,"accepted":{`
		}
		if v[i], ok = c.field(sep, name); !ok {
			return nil, false
		}
	}
	if !c.lit(`,"maxTimeoutSeconds":`) {
		return nil, false
	}
	if a.MaxTimeoutSeconds, ok = c.number(); !ok {
		return nil, false
	}
	cc, ok := c.field(`,"extra":{`, "channelContract")
	if !ok {
		return nil, false
	}
	reg, ok := c.field(",", "registry")
	if !ok || !c.lit(`,"minWithdrawDelay":`) {
		return nil, false
	}
	if a.Extra.MinWithdrawDelay, ok = c.number(); !ok || !c.lit("}}") {
		return nil, false
	}
	id, ok := c.field(`,"payload":{`, "channelId")
	if !ok {
		return nil, false
	}
	cum, ok := c.field(",", "cumulativeAmount")
	if !ok {
		return nil, false
	}
	sig, ok := c.field(",", "signature")
	if !ok || !c.lit("}}") || !c.end() {
		return nil, false
	}
	a.Scheme, a.Network, a.Asset = string(inner(v[0])), string(inner(v[1])), string(inner(v[3]))
	if a.Amount.UnmarshalJSON(v[2]) != nil || !parseAddress(&a.PayTo, inner(v[4])) ||
		!parseAddress(&a.Extra.ChannelContract, inner(cc)) || !parseAddress(&a.Extra.Registry, inner(reg)) {
		return nil, false
	}
	idb, err := hexutil.DecodeFixed(string(inner(id)), 32)
	if err != nil {
		return nil, false
	}
	var amt num.Uint256
	if amt.UnmarshalJSON(cum) != nil || p.Payload.Signature.UnmarshalText(inner(sig)) != nil {
		return nil, false
	}
	p.Payload.Voucher = voucher.Voucher{ChannelID: [32]byte(idb), CumulativeAmount: &amt.Int}
	return p, true
}

// number consumes a JSON integer of up to 19 digits without a leading zero
// (what encoding/json decodes into a uint64 without question).
func (c *scan) number() (uint64, bool) {
	j := c.i
	var x uint64
	for c.i < len(c.b) && c.b[c.i] >= '0' && c.b[c.i] <= '9' && c.i-j < 19 {
		x = x*10 + uint64(c.b[c.i]-'0')
		c.i++
	}
	if c.i == j || (c.b[j] == '0' && c.i-j > 1) || (c.i < len(c.b) && c.b[c.i] >= '0' && c.b[c.i] <= '9') {
		return 0, false
	}
	return x, true
}

// parseUint64 is (*num.Uint64).UnmarshalJSON reporting only success, with
// a shortcut for quoted decimals of up to 19 digits (always below 2^64).
func parseUint64(u *num.Uint64, q []byte) bool {
	d := inner(q)
	if len(d) >= 1 && len(d) <= 19 {
		var x uint64
		for _, c := range d {
			if c < '0' || c > '9' {
				return u.UnmarshalJSON(q) == nil
			}
			x = x*10 + uint64(c-'0')
		}
		*u = num.Uint64(x)
		return true
	}
	return u.UnmarshalJSON(q) == nil
}

// parsed caches addresses that ethsig.ParseAddress accepted, by their text
// (bounded): checking an EIP-55 checksum costs a keccak, and a mailroom sees
// the same few senders, recipient and registry over and over.
var parsed struct {
	sync.RWMutex
	m map[string]ethsig.Address
}

// parseAddress is (*ethsig.Address).UnmarshalText reporting only success.
func parseAddress(a *ethsig.Address, b []byte) bool {
	parsed.RLock()
	v, ok := parsed.m[string(b)]
	parsed.RUnlock()
	if ok {
		*a = v
		return true
	}
	if a.UnmarshalText(b) != nil {
		return false
	}
	parsed.Lock()
	if parsed.m == nil {
		parsed.m = make(map[string]ethsig.Address)
	}
	if len(parsed.m) < maxChecksummed {
		parsed.m[string(b)] = *a
	}
	parsed.Unlock()
	return true
}

// plain reports whether s needs no escaping as a JSON string (printable
// ASCII other than the quote, the backslash and encoding/json's HTML-escaped
// <, > and &).
func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c >= 0x7f, c == '"', c == '\\', c == '<', c == '>', c == '&':
			return false
		}
	}
	return true
}

// checksummed caches EIP-55 forms of the payers seen (bounded).
var checksummed struct {
	sync.Map
	n    sync.Mutex
	size int
}

const maxChecksummed = 1 << 14

func appendAddress(dst []byte, a ethsig.Address) []byte {
	if v, ok := checksummed.Load(a); ok {
		return append(dst, v.(string)...)
	}
	s := a.String()
	checksummed.n.Lock()
	if checksummed.size < maxChecksummed {
		checksummed.size++
		checksummed.Store(a, s)
	}
	checksummed.n.Unlock()
	return append(dst, s...)
}

func appendHex(dst []byte, b []byte) []byte {
	const digits = "0123456789abcdef"
	dst = append(dst, '0', 'x')
	for _, c := range b {
		dst = append(dst, digits[c>>4], digits[c&0xf])
	}
	return dst
}

// appendPaymentResponse appends the JSON of p exactly as encoding/json
// writes it; ok false when p has a field that needs encoding/json (a
// string needing escapes, a missing amount).
func appendPaymentResponse(dst []byte, p *PaymentResponse) ([]byte, bool) {
	r := &p.Extra.Receipt
	if !plain(p.Network) || !plain(p.Transaction) || r.CumulativeAmount == nil || r.CumulativeAmount.Sign() < 0 {
		return dst, false
	}
	dst = append(dst, `{"success":`...)
	dst = strconv.AppendBool(dst, p.Success)
	dst = append(dst, `,"transaction":"`...)
	dst = append(dst, p.Transaction...)
	dst = append(dst, `","network":"`...)
	dst = append(dst, p.Network...)
	dst = append(dst, `","payer":"`...)
	dst = appendAddress(dst, p.Payer)
	dst = append(dst, `","extra":{"receipt":{"requestDigest":"`...)
	dst = appendHex(dst, r.RequestDigest[:])
	dst = append(dst, `","channelId":"`...)
	dst = appendHex(dst, r.ChannelID[:])
	dst = append(dst, `","cumulativeAmount":"`...)
	dst = r.CumulativeAmount.Append(dst, 10)
	dst = append(dst, `","resultHash":"`...)
	dst = appendHex(dst, r.ResultHash[:])
	dst = append(dst, `","signature":"`...)
	dst = appendHex(dst, r.Signature[:])
	dst = append(dst, `"}}}`...)
	return dst, true
}

// EncodePaymentResponse is Encode(p), without reflection when it can.
func EncodePaymentResponse(p *PaymentResponse) (string, error) {
	var buf [512]byte
	if b, ok := appendPaymentResponse(buf[:0], p); ok {
		return base64.StdEncoding.EncodeToString(b), nil
	}
	return Encode(p)
}
