package eip712

import (
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
	p := parser{data: data, lim: lim}
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

type parser struct {
	data []byte
	pos  int
	lim  *Limits
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
	for {
		p.skipSpace()
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			return jvalue{}, p.fail("expected an object key")
		}
		key, err := p.str()
		if err != nil {
			return jvalue{}, err
		}
		if len(v.keys) >= 8 && seen == nil {
			seen = make(map[string]struct{}, 16)
			for _, k := range v.keys {
				seen[k] = struct{}{}
			}
		}
		dup := false
		if seen != nil {
			_, dup = seen[key]
			seen[key] = struct{}{}
		} else {
			for _, k := range v.keys {
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
		v.keys = append(v.keys, key)
		v.elems = append(v.elems, elem)
		p.skipSpace()
		if p.pos >= len(p.data) {
			return jvalue{}, p.fail("unterminated object")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case '}':
			p.pos++
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
	for {
		p.skipSpace()
		elem, err := p.value(depth)
		if err != nil {
			return jvalue{}, err
		}
		if len(v.elems) >= p.lim.MaxArrayLen {
			return jvalue{}, errs.New(errs.LimitExceeded, "array longer than %d", p.lim.MaxArrayLen)
		}
		v.elems = append(v.elems, elem)
		p.skipSpace()
		if p.pos >= len(p.data) {
			return jvalue{}, p.fail("unterminated array")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case ']':
			p.pos++
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
	return jvalue{kind: jNumber, s: string(d[start:p.pos])}, nil
}

// str scans a JSON string starting at the opening quote. It refuses
// control characters, invalid UTF-8 and lone surrogates.
func (p *parser) str() (string, error) {
	p.pos++ // opening quote
	start := p.pos
	d := p.data
	// Fast path: no escapes.
	for p.pos < len(d) {
		c := d[p.pos]
		if c == '"' {
			s := d[start:p.pos]
			p.pos++
			if !utf8.Valid(s) {
				return "", errs.New(errs.InvalidJSON, "string is not valid UTF-8")
			}
			return string(s), nil
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
