package client

import (
	"strings"

	"github.com/agentmailroom/mailroom/core/errs"
)

// requestTarget is the origin-form request target of an absolute URL
// exactly as Go's net/url computes it (url.Parse(raw).RequestURI(), what
// net/http writes on the request line), without linking net/url: the
// WebAssembly module runs Target too, and net/url (with net/netip) would
// add about a megabyte to it. The URL must parse as net/url parses it and
// have a scheme and a host; the target is the escaped path ("/" when
// empty) and, when the URL has a '?', "?" and the raw query, untouched.
// The one difference from net/url is that the inside of an IPv6 literal
// ("[…]") is not checked to be an IPv6 address.
func requestTarget(raw string) (string, bool) {
	u, frag, hasFrag := strings.Cut(raw, "#")
	if hasFrag {
		if _, ok := unescapeURL(frag, modeOther); !ok {
			return "", false
		}
	}
	for i := 0; i < len(u); i++ {
		if u[i] < ' ' || u[i] == 0x7f {
			return "", false
		}
	}
	scheme, rest, ok := urlScheme(u)
	if !ok || scheme == "" {
		return "", false
	}
	var query string
	hasQuery := false
	if strings.HasSuffix(rest, "?") && strings.Count(rest, "?") == 1 {
		rest, hasQuery = rest[:len(rest)-1], true
	} else {
		rest, query, hasQuery = strings.Cut(rest, "?")
	}
	if !strings.HasPrefix(rest, "//") {
		return "", false // opaque (scheme:x) or no authority: no host
	}
	authority, path := rest[2:], ""
	if i := strings.IndexByte(authority, '/'); i >= 0 {
		authority, path = authority[:i], authority[i:]
	}
	if host, ok := urlAuthority(strings.ToLower(scheme), authority); !ok || host == "" {
		return "", false
	}
	p, ok := escapedPath(path)
	if !ok {
		return "", false
	}
	if p == "" {
		p = "/"
	}
	if hasQuery {
		p += "?" + query
	}
	return p, true
}

// urlScheme splits a leading scheme ([a-zA-Z][a-zA-Z0-9+.-]*) and ':' off
// raw (net/url getScheme); none: "", raw. A ':' first is an error.
func urlScheme(raw string) (scheme, rest string, ok bool) {
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.':
			if i == 0 {
				return "", raw, true
			}
		case c == ':':
			if i == 0 {
				return "", "", false
			}
			return raw[:i], raw[i+1:], true
		default:
			return "", raw, true
		}
	}
	return "", raw, true
}

// urlAuthority checks [userinfo@]host[:port] as net/url does and returns
// the host (still escaped).
func urlAuthority(scheme, authority string) (string, bool) {
	host := authority
	if i := strings.LastIndexByte(authority, '@'); i >= 0 {
		user := authority[:i]
		for j := 0; j < len(user); j++ {
			// net/url's validUserinfo (a non-ASCII byte is refused too).
			if c := user[j]; !unreservedURL(c) && strings.IndexByte(":!$&'()*+,;=%@", c) < 0 {
				return "", false
			}
		}
		if _, ok := unescapeURL(user, modeOther); !ok {
			return "", false
		}
		host = authority[i+1:]
	}
	if !urlHost(scheme, host) {
		return "", false
	}
	return host, true
}

// urlHost checks host[:port] as net/url's parseHost does (but for the
// address inside an IPv6 literal).
func urlHost(scheme, host string) bool {
	if open := strings.LastIndexByte(host, '['); open > 0 {
		return false
	} else if open == 0 {
		end := strings.LastIndexByte(host, ']')
		if end < 0 || !validPort(host[end+1:]) {
			return false
		}
		name := host[1:end]
		if z := strings.Index(name, "%25"); z >= 0 {
			if _, ok := unescapeURL(name[:z], modeHost); !ok {
				return false
			}
			_, ok := unescapeURL(name[z:], modeZone)
			return ok && ipv6Like(name[:z])
		}
		_, ok := unescapeURL(name, modeHost)
		return ok && ipv6Like(name)
	} else if i := strings.IndexByte(host, ':'); i >= 0 {
		if last := strings.LastIndexByte(host, ':'); last != i && scheme != "http" && scheme != "https" {
			i = last
		}
		if !validPort(host[i:]) {
			return false
		}
	}
	_, ok := unescapeURL(host, modeHost)
	return ok
}

// ipv6Like is a light check of an IPv6 literal: hex digits, ':' and '.',
// with at least one ':'.
func ipv6Like(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isHexDigit(c) && c != ':' && c != '.' {
			return false
		}
	}
	return strings.IndexByte(s, ':') >= 0
}

// validPort is "" or ':' followed by digits.
func validPort(p string) bool {
	if p == "" {
		return true
	}
	if p[0] != ':' {
		return false
	}
	for i := 1; i < len(p); i++ {
		if p[i] < '0' || p[i] > '9' {
			return false
		}
	}
	return true
}

// escapedPath is net/url's EscapedPath of the raw path p: p itself when it
// is a valid encoding (pchar or %XX), else p decoded and escaped again.
func escapedPath(p string) (string, bool) {
	dec, ok := unescapeURL(p, modeOther)
	if !ok {
		return "", false
	}
	esc := escapePath(dec)
	if esc == p || validEncodedPath(p) {
		return p, true
	}
	return esc, true
}

func validEncodedPath(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '@', '[', ']', '%':
		default:
			if escapeInPath(c) {
				return false
			}
		}
	}
	return true
}

// escapeInPath is net/url's shouldEscape(c, encodePath).
func escapeInPath(c byte) bool {
	if unreservedURL(c) {
		return false
	}
	switch c {
	case '$', '&', '+', ',', '/', ':', ';', '=', '@':
		return false
	}
	return true
}

func escapePath(s string) string {
	const upper = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; escapeInPath(c) {
			b.WriteByte('%')
			b.WriteByte(upper[c>>4])
			b.WriteByte(upper[c&15])
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// unreservedURL is ALPHA / DIGIT / "-" / "." / "_" / "~".
func unreservedURL(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~'
}

type urlMode int

const (
	modeOther urlMode = iota // path, fragment, userinfo: any %XX
	modeHost
	modeZone
)

// escapeInHost is net/url's shouldEscape(c, encodeHost) (= encodeZone).
func escapeInHost(c byte) bool {
	if unreservedURL(c) {
		return false
	}
	switch c {
	case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '[', ']', '<', '>', '"':
		return false
	}
	return true
}

// unescapeURL decodes %XX escapes as net/url's unescape does in mode,
// refusing a malformed escape and, in a host or zone, the ASCII bytes a
// host may not hold (and %-escapes of ASCII but %25 in a host).
func unescapeURL(s string, mode urlMode) (string, bool) {
	n := 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '%':
			n++
			if i+2 >= len(s) || !isHexDigit(s[i+1]) || !isHexDigit(s[i+2]) {
				return "", false
			}
			if mode == modeHost && unhexDigit(s[i+1]) < 8 && s[i:i+3] != "%25" {
				return "", false
			}
			if mode == modeZone {
				v := unhexDigit(s[i+1])<<4 | unhexDigit(s[i+2])
				if s[i:i+3] != "%25" && v != ' ' && escapeInHost(v) {
					return "", false
				}
			}
			i += 3
		default:
			if (mode == modeHost || mode == modeZone) && s[i] < 0x80 && escapeInHost(s[i]) {
				return "", false
			}
			i++
		}
	}
	if n == 0 {
		return s, true
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' {
			b.WriteByte(unhexDigit(s[i+1])<<4 | unhexDigit(s[i+2]))
			i += 2
		} else {
			b.WriteByte(s[i])
		}
	}
	return b.String(), true
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhexDigit(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// errTarget is Target's refusal.
func errTarget(url string) error {
	return errs.New(errs.InvalidInput, "%q is not an absolute http(s) URL", url)
}
