package client

import (
	neturl "net/url"
	"testing"
)

// netTarget is what Target was before it stopped linking net/url: the
// reference requestTarget must agree with.
func netTarget(raw string) (string, bool) {
	u, err := neturl.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return "", false
	}
	return u.RequestURI(), true
}

var targetCorpus = []string{
	"https://bob.example/task?x=1", "http://127.0.0.1:8402/task", "http://bob.example", "http://bob.example?x", "http://bob.example/?",
	"http://h/a?", "http://h/a??", "http://h/a?b?c", "http://h/a#frag", "http://h/a?x=1#f?g", "http://h/a#%zz", "http://h/a#%41", "http://h/#\x01",
	"/task", "bob.example/task", "://", "", "http:", "http:/x", "http:x", "http://", "http:///x", "mailto:bob@example", "1http://h/x",
	"HTTP://H/X", "h+t.t-p://h/x", "http://u@h/x", "http://u:p@h/x", "http://u:p@ss@h/x", "http://@h/x", "http://u@/x", "http://u%zz@h/x",
	"http://u é@h/x", "http://üser@h/x", "http://h:/x", "http://h:80/x", "http://h:8a/x", "http://h:1:2/x", "db://h:1:2/x", "db://h:1,h2:2/x",
	"http://[::1]/x", "http://[::1]:80/x", "http://[::1]x/x", "http://[::1/x", "http://a[::1]/x", "http://[fe80::1%25en0]/x", "http://[fe80::1%en0]/x",
	"http://h%41/x", "http://h%C3%A9/x", "http://hé/x", "http://h x/x", "http://h<>/x", "http://h\"/x", "http://h{/x", "http://h%zz/x",
	"http://h/a b", "http://h/a%20b", "http://h/a%2fb", "http://h/a%2Fb", "http://h/%41", "http://h/%zz", "http://h/%", "http://h/a%2",
	"http://h/é", "http://h/%C3%A9", "http://h/a b%2F", "http://h/!$&'()*+,;=:@[]", "http://h/a|b", "http://h/a^b`{}", "http://h/a\\b",
	"http://h/a\"b<c>", "http://h/~user/._-", "http://h/a\x7fb", "http://h/a\tb", "http://h/a b?q r", "http://h/a?q%zz", "http://h/a?é",
	"http://h/*", "http://h//x", "http://h/a/../b", "http://h/a;b,c", "http://h/a?x=1&y=%20", "http://h/a b!", "http://h/[x] y",
}

// TestTargetMatchesNetURL: requestTarget accepts exactly the URLs net/url
// does (with a scheme and a host) and gives the same request target.
func TestTargetMatchesNetURL(t *testing.T) {
	for _, raw := range targetCorpus {
		got, ok := requestTarget(raw)
		want, wok := netTarget(raw)
		if ok != wok || got != want {
			t.Errorf("requestTarget(%q) = %q %v; net/url %q %v", raw, got, ok, want, wok)
		}
	}
}

func FuzzTargetMatchesNetURL(f *testing.F) {
	for _, raw := range targetCorpus {
		f.Add(raw)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		got, ok := requestTarget(raw)
		want, wok := netTarget(raw)
		if ok && wok && got != want {
			t.Fatalf("requestTarget(%q) = %q; net/url %q", raw, got, want)
		}
		if ok != wok {
			// The inside of an IPv6 literal is the one thing not checked.
			if u, err := neturl.Parse(raw); ok && err != nil && u == nil && containsBracket(raw) {
				return
			}
			t.Fatalf("requestTarget(%q) ok=%v; net/url ok=%v", raw, ok, wok)
		}
	})
}

func containsBracket(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '[' {
			return true
		}
	}
	return false
}
