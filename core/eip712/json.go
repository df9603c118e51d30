package eip712

import (
	"bytes"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/agentmailroom/mailroom/core/errs"
)

// jkind is the JSON type of a parsed value.
type jkind uint8

const (
	jNull jkind = iota
	jBool
	jNumber
	jString
	jArray
	jObject
)

func (k jkind) String() string {
	return [...]string{"null", "bool", "number", "string", "array", "object"}[k]
}

// jvalue is a parsed JSON value. Numbers keep their literal text so that
// integers of any size are exact. Objects keep key order and never hold a
// key twice.
type jvalue struct {
	kind  jkind
	b     bool
	s     string   // string contents, or the number literal
	elems []jvalue // array elements, or object values
	keys  []string // object keys, parallel to elems
}

// get returns the object member named key.
func (v *jvalue) get(key string) (*jvalue, bool) {
	for i := range v.keys {
		if v.keys[i] == key {
			return &v.elems[i], true
		}
	}
	return nil, false
}

// parseJSON parses one JSON document under the limits.
func parseJSON(data []byte, lim *Limits) (jvalue, error) {
	if len(data) > lim.MaxBytes {
		return jvalue{}, errs.New(errs.LimitExceeded, "typed data is %d bytes, limit %d", len(data), lim.MaxBytes)
	}
	sc := stacks.Get().(*stackPair)
	defer sc.release()
	p := parser{data: data, src: string(data), lim: lim, vals: sc.vals[:0], keys: sc.keys[:0]}
	// Every member but the first of a container follows a comma, and
	// every key precedes a colon: size the slabs from those counts (upper
	// bounds), capped so that commas inside strings cannot make a small
	// document allocate much; carve grows the slabs past the cap.
	const slabCap = 4096
	opens := bytes.Count(data, []byte{'['}) + bytes.Count(data, []byte{'{'})
	p.vsl = make([]jvalue, 0, min(bytes.Count(data, []byte{','})+opens, slabCap))
	p.ksl = make([]string, 0, min(bytes.Count(data, []byte{':'}), slabCap))
	defer func() { sc.vals, sc.keys = p.vals, p.keys }()
	p.skipSpace()
	v, err := p.value(0)
	if err != nil {
		return jvalue{}, err
	}
	p.skipSpace()
	if p.pos != len(p.data) {
		return jvalue{}, p.fail("unexpected data after the JSON value")
	}
	return v, nil
}

// stackPair is the parser's pooled pair of member stacks.
type stackPair struct {
	vals []jvalue
	keys []string
}

var stacks = sync.Pool{New: func() any { return &stackPair{vals: make([]jvalue, 0, 32), keys: make([]string, 0, 32)} }}

// release clears the stacks, so the pool keeps no document alive, and
// pools them unless a large document made them big.
func (sc *stackPair) release() {
	if cap(sc.vals) > 4096 || cap(sc.keys) > 4096 {
		return
	}
	clear(sc.vals[:cap(sc.vals)])
	clear(sc.keys[:cap(sc.keys)])
	stacks.Put(sc)
}

// parser is a recursive-descent JSON parser built for few allocations:
// strings without escapes and number literals are substrings of one copy
// of the input (src), and the members of every array and object are
// gathered on shared stacks, then copied into exactly sized slices carved
// from larger slabs.
type parser struct {
	data []byte
	src  string // string(data): unescaped strings are substrings of it
	pos  int
	lim  *Limits

	vals []jvalue // stack of members of the containers being parsed
	keys []string // stack of keys of the objects being parsed
	vsl  []jvalue // slab that finished containers' members are carved from
	ksl  []string // slab for finished objects' keys
}

// carveValues copies vs into a new exactly sized slice from the slab.
func (p *parser) carveValues(vs []jvalue) []jvalue {
	n := len(vs)
	if cap(p.vsl)-len(p.vsl) < n {
		p.vsl = make([]jvalue, 0, max(n, 2*cap(p.vsl), 16))
	}
	out := p.vsl[len(p.vsl) : len(p.vsl)+n : len(p.vsl)+n]
	p.vsl = p.vsl[:len(p.vsl)+n]
	copy(out, vs)
	return out
}

// carveKeys is carveValues for object keys.
func (p *parser) carveKeys(ks []string) []string {
	n := len(ks)
	if cap(p.ksl)-len(p.ksl) < n {
		p.ksl = make([]string, 0, max(n, 2*cap(p.ksl), 16))
	}
	out := p.ksl[len(p.ksl) : len(p.ksl)+n : len(p.ksl)+n]
	p.ksl = p.ksl[:len(p.ksl)+n]
	copy(out, ks)
	return out
}

func (p *parser) fail(msg string) error {
	return errs.New(errs.InvalidJSON, "%s at offset %d", msg, p.pos)
}

func (p *parser) skipSpace() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) value(depth int) (jvalue, error) {
	if p.pos >= len(p.data) {
		return jvalue{}, p.fail("unexpected end of input")
	}
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object(depth + 1)
	case c == '[':
		return p.array(depth + 1)
	case c == '"':
		s, err := p.str()
		return jvalue{kind: jString, s: s}, err
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	case p.lit("true"):
		return jvalue{kind: jBool, b: true}, nil
	case p.lit("false"):
		return jvalue{kind: jBool}, nil
	case p.lit("null"):
		return jvalue{kind: jNull}, nil
	}
	return jvalue{}, p.fail("invalid character")
}

func (p *parser) lit(word string) bool {
	if len(p.data)-p.pos >= len(word) && string(p.data[p.pos:p.pos+len(word)]) == word {
		p.pos += len(word)
		return true
	}
	return false
}

func (p *parser) object(depth int) (jvalue, error) {
	if depth > p.lim.MaxDepth {
		return jvalue{}, errs.New(errs.LimitExceeded, "JSON nesting deeper than %d", p.lim.MaxDepth)
	}
	p.pos++ // {
	v := jvalue{kind: jObject}
	var seen map[string]struct{}
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return v, nil
	}
	base, kbase := len(p.vals), len(p.keys)
	defer func() { p.vals, p.keys = p.vals[:base], p.keys[:kbase] }()
	for {
		p.skipSpace()
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			return jvalue{}, p.fail("expected an object key")
		}
		key, err := p.str()
		if err != nil {
			return jvalue{}, err
		}
		keys := p.keys[kbase:]
		if len(keys) >= 8 && seen == nil {
			seen = make(map[string]struct{}, 16)
			for _, k := range keys {
				seen[k] = struct{}{}
			}
		}
		dup := false
		if seen != nil {
			_, dup = seen[key]
			seen[key] = struct{}{}
		} else {
			for _, k := range keys {
				if k == key {
					dup = true
					break
				}
			}
		}
		if dup {
			return jvalue{}, errs.New(errs.InvalidJSON, "duplicate object key %q", truncate(key))
		}
		p.skipSpace()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			return jvalue{}, p.fail("expected ':'")
		}
		p.pos++
		p.skipSpace()
		elem, err := p.value(depth)
		if err != nil {
			return jvalue{}, err
		}
		p.keys = append(p.keys, key)
		p.vals = append(p.vals, elem)
		p.skipSpace()
		if p.pos >= len(p.data) {
			return jvalue{}, p.fail("unterminated object")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case '}':
			p.pos++
			v.keys = p.carveKeys(p.keys[kbase:])
			v.elems = p.carveValues(p.vals[base:])
			return v, nil
		default:
			return jvalue{}, p.fail("expected ',' or '}'")
		}
	}
}

func (p *parser) array(depth int) (jvalue, error) {
	if depth > p.lim.MaxDepth {
		return jvalue{}, errs.New(errs.LimitExceeded, "JSON nesting deeper than %d", p.lim.MaxDepth)
	}
	p.pos++ // [
	v := jvalue{kind: jArray}
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return v, nil
	}
	base := len(p.vals)
	defer func() { p.vals = p.vals[:base] }()
	for {
		p.skipSpace()
		elem, err := p.value(depth)
		if err != nil {
			return jvalue{}, err
		}
		if len(p.vals)-base >= p.lim.MaxArrayLen {
			return jvalue{}, errs.New(errs.LimitExceeded, "array longer than %d", p.lim.MaxArrayLen)
		}
		p.vals = append(p.vals, elem)
		p.skipSpace()
		if p.pos >= len(p.data) {
			return jvalue{}, p.fail("unterminated array")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case ']':
			p.pos++
			v.elems = p.carveValues(p.vals[base:])
			return v, nil
		default:
			return jvalue{}, p.fail("expected ',' or ']'")
		}
	}
}

// number scans a JSON number literal and keeps its text.
func (p *parser) number() (jvalue, error) {
	start := p.pos
	d := p.data
	if p.pos < len(d) && d[p.pos] == '-' {
		p.pos++
	}
	digits := func() int {
		n := 0
		for p.pos < len(d) && d[p.pos] >= '0' && d[p.pos] <= '9' {
			p.pos++
			n++
		}
		return n
	}
	if p.pos < len(d) && d[p.pos] == '0' {
		p.pos++
	} else if digits() == 0 {
		return jvalue{}, p.fail("invalid number")
	}
	if p.pos < len(d) && d[p.pos] == '.' {
		p.pos++
		if digits() == 0 {
			return jvalue{}, p.fail("invalid number")
		}
	}
	if p.pos < len(d) && (d[p.pos] == 'e' || d[p.pos] == 'E') {
		p.pos++
		if p.pos < len(d) && (d[p.pos] == '+' || d[p.pos] == '-') {
			p.pos++
		}
		if digits() == 0 {
			return jvalue{}, p.fail("invalid number")
		}
	}
	return jvalue{kind: jNumber, s: p.src[start:p.pos]}, nil
}

// str scans a JSON string starting at the opening quote. It refuses
// control characters, invalid UTF-8 and lone surrogates.
func (p *parser) str() (string, error) {
	p.pos++ // opening quote
	start := p.pos
	d := p.data
	// Fast path: no escapes, a substring of src.
	var high byte
	for p.pos < len(d) {
		c := d[p.pos]
		high |= c
		if c == '"' {
			s := p.src[start:p.pos]
			p.pos++
			if high >= 0x80 && !utf8.ValidString(s) {
				return "", errs.New(errs.InvalidJSON, "string is not valid UTF-8")
			}
			return s, nil
		}
		if c == '\\' {
			break
		}
		if c < 0x20 {
			return "", p.fail("control character in string")
		}
		p.pos++
	}
	buf := append([]byte(nil), d[start:p.pos]...)
	for p.pos < len(d) {
		c := d[p.pos]
		switch {
		case c == '"':
			p.pos++
			if !utf8.Valid(buf) {
				return "", errs.New(errs.InvalidJSON, "string is not valid UTF-8")
			}
			return string(buf), nil
		case c < 0x20:
			return "", p.fail("control character in string")
		case c != '\\':
			buf = append(buf, c)
			p.pos++
			continue
		}
		p.pos++ // backslash
		if p.pos >= len(d) {
			break
		}
		e := d[p.pos]
		p.pos++
		switch e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, ok := p.hex4()
			if !ok {
				return "", p.fail("invalid \\u escape")
			}
			if utf16.IsSurrogate(r) {
				if r >= 0xdc00 || !p.lit("\\u") {
					return "", p.fail("lone UTF-16 surrogate in string")
				}
				r2, ok := p.hex4()
				if !ok {
					return "", p.fail("invalid \\u escape")
				}
				r = utf16.DecodeRune(r, r2)
				if r == utf8.RuneError {
					return "", p.fail("lone UTF-16 surrogate in string")
				}
			}
			buf = utf8.AppendRune(buf, r)
		default:
			return "", p.fail("invalid escape in string")
		}
	}
	return "", p.fail("unterminated string")
}

func (p *parser) hex4() (rune, bool) {
	if len(p.data)-p.pos < 4 {
		return 0, false
	}
	var r rune
	for _, c := range p.data[p.pos : p.pos+4] {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			r |= rune(c - 'A' + 10)
		default:
			return 0, false
		}
	}
	p.pos += 4
	return r, true
}

// truncate shortens s for error messages.
func truncate(s string) string {
	if len(s) > 64 {
		return s[:64] + "…"
	}
	return s
}
