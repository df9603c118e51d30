package server

import (
	"net/http"
	"time"
)

// Defaults of HTTPOptions.
const (
	DefaultReadHeaderTimeout = 5 * time.Second
	DefaultReadTimeout       = 30 * time.Second
	DefaultWriteTimeout      = 60 * time.Second
	DefaultIdleTimeout       = 120 * time.Second
	DefaultMaxHeaderBytes    = 64 << 10
)

// HTTPOptions bounds what one connection may cost the server. A zero field
// takes its default.
type HTTPOptions struct {
	// ReadHeaderTimeout bounds reading a request's header (default 5 s).
	ReadHeaderTimeout time.Duration
	// ReadTimeout bounds reading a whole request, header and body, so a
	// client trickling its body is cut off too (default 30 s).
	ReadTimeout time.Duration
	// WriteTimeout bounds the time from the end of the request header to
	// the end of the response: the task's run included (default 60 s).
	WriteTimeout time.Duration
	// IdleTimeout bounds how long a keep-alive connection may wait for its
	// next request (default 120 s).
	IdleTimeout time.Duration
	// MaxHeaderBytes bounds a request header (default 64 KiB; larger ones
	// are answered 431). net/http allows 4 KiB of slack above it.
	MaxHeaderBytes int
}

// NewHTTPServer returns an http.Server for h whose connections are all
// bounded in time and header size by o (zero fields take the defaults: 5 s
// to read a header, 30 s to read a request, 60 s to answer, 120 s idle,
// 64 KiB of header). Every connection is closed by the server within those
// bounds whatever the client does: slow headers (slowloris), slow bodies,
// idle keep-alives. Serve it with Serve or ListenAndServe; the request body
// limit is the mailroom's (Config.MaxBody).
func NewHTTPServer(h http.Handler, o HTTPOptions) *http.Server {
	or := func(v, d time.Duration) time.Duration {
		if v <= 0 {
			return d
		}
		return v
	}
	maxHeader := o.MaxHeaderBytes
	if maxHeader <= 0 {
		maxHeader = DefaultMaxHeaderBytes
	}
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: or(o.ReadHeaderTimeout, DefaultReadHeaderTimeout),
		ReadTimeout:       or(o.ReadTimeout, DefaultReadTimeout),
		WriteTimeout:      or(o.WriteTimeout, DefaultWriteTimeout),
		IdleTimeout:       or(o.IdleTimeout, DefaultIdleTimeout),
		MaxHeaderBytes:    maxHeader,
	}
}
