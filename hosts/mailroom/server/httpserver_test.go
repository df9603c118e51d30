package server

import (
	"bufio"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// bodyHandler reads the whole body, as the mailroom does, and answers 200
// (400 when the body cannot be read).
var bodyHandler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	if _, err := io.ReadAll(r.Body); err != nil {
		http.Error(w, "body: "+err.Error(), http.StatusBadRequest)
		return
	}
	io.WriteString(w, "ok\n")
})

func serveLoopback(t *testing.T, srv *http.Server) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

// slowResult is what one slow client saw: how long until the server closed
// the connection (for "idle", counted from the end of its one response), or
// that it did not within the client's own limit.
type slowResult struct {
	kind     string
	after    time.Duration
	byServer bool
	err      error
}

const trickle = 50 * time.Millisecond // one byte every trickle

// slowClient runs one client of kind "header" (trickles header bytes
// forever), "body" (sends a complete header announcing 1 MB, then trickles
// the body) or "idle" (one request, then keeps the connection open and
// silent). It gives up after limit.
func slowClient(addr, kind string, limit time.Duration) slowResult {
	r := slowResult{kind: kind}
	start := time.Now()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		r.err = err
		return r
	}
	defer c.Close()
	c.SetDeadline(start.Add(limit))
	br := bufio.NewReader(c)
	var readErr error
	switch kind {
	case "idle":
		if _, err := io.WriteString(c, "GET / HTTP/1.1\r\nHost: t\r\n\r\n"); err != nil {
			r.err = err
			return r
		}
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			r.err = err
			return r
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		start = time.Now()
		_, readErr = br.ReadByte() // until the server closes the connection
		if readErr == nil {
			r.err = errors.New("unexpected byte on an idle connection")
			return r
		}
	default:
		head := "POST / HTTP/1.1\r\nHost: t\r\nX-Slow: "
		if kind == "body" {
			head = "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 1000000\r\n\r\n"
		}
		done := make(chan struct{})
		go func() {
			if _, err := io.WriteString(c, head); err != nil {
				return
			}
			t := time.NewTicker(trickle)
			defer t.Stop()
			for {
				select {
				case <-done:
					return
				case <-t.C:
					if _, err := c.Write([]byte{'a'}); err != nil {
						return
					}
				}
			}
		}()
		_, readErr = io.Copy(io.Discard, br) // nil at EOF
		close(done)
	}
	r.after = time.Since(start)
	r.byServer = !errors.Is(readErr, os.ErrDeadlineExceeded)
	return r
}

// runSlowClients starts the clients concurrently and returns their results.
func runSlowClients(addr string, headers, bodies, idles int, limit time.Duration) []slowResult {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var out []slowResult
	for kind, n := range map[string]int{"header": headers, "body": bodies, "idle": idles} {
		for range n {
			wg.Go(func() {
				r := slowClient(addr, kind, limit)
				mu.Lock()
				out = append(out, r)
				mu.Unlock()
			})
		}
	}
	wg.Wait()
	return out
}

// checkClosed asserts that the server closed every connection within
// bound, and logs the close times per kind.
func checkClosed(t *testing.T, rs []slowResult, bound time.Duration) {
	t.Helper()
	byKind := map[string][]time.Duration{}
	open := map[string]int{}
	for _, r := range rs {
		if r.err != nil {
			t.Errorf("%s client: %v", r.kind, r.err)
			continue
		}
		if !r.byServer {
			open[r.kind]++
			continue
		}
		byKind[r.kind] = append(byKind[r.kind], r.after)
	}
	for _, kind := range []string{"header", "body", "idle"} {
		ds := byKind[kind]
		slices.Sort(ds)
		if len(ds) > 0 {
			t.Logf("%-6s clients: %d closed by the server after min %v, median %v, max %v; %d still open",
				kind, len(ds), ds[0].Round(time.Millisecond), ds[len(ds)/2].Round(time.Millisecond), ds[len(ds)-1].Round(time.Millisecond), open[kind])
			if ds[len(ds)-1] > bound {
				t.Errorf("%s clients: closed after up to %v, bound %v", kind, ds[len(ds)-1], bound)
			}
		}
		if open[kind] > 0 {
			t.Errorf("%s clients: %d connections still open when the clients gave up", kind, open[kind])
		}
	}
}

// slowServer is the server under test, with short bounds.
func slowServer() *http.Server {
	return NewHTTPServer(bodyHandler, HTTPOptions{
		ReadHeaderTimeout: 300 * time.Millisecond, ReadTimeout: time.Second,
		WriteTimeout: 2 * time.Second, IdleTimeout: time.Second,
	})
}

// TestSlowClientsAreClosed: 300 slow clients (half trickling header bytes,
// half trickling the body) and 30 idle keep-alive connections against a
// NewHTTPServer with short bounds (300 ms header, 1 s read, 1 s idle): the
// server closes every connection, within 2.5 s of its dial (idle ones: of
// their response). A server with only ReadHeaderTimeout (serve.go before
// NewHTTPServer) closes the header tricklers but leaves the body tricklers
// and the idle connections open for good.
func TestSlowClientsAreClosed(t *testing.T) {
	if testing.Short() {
		t.Skip("330 connections for up to 5 s")
	}
	addr := serveLoopback(t, slowServer())
	start := time.Now()
	rs := runSlowClients(addr, 150, 150, 30, 5*time.Second)
	t.Logf("%d connections done in %v", len(rs), time.Since(start).Round(time.Millisecond))
	checkClosed(t, rs, 2500*time.Millisecond)
}

// TestHeaderTooLarge: a request header over MaxHeaderBytes (default
// 64 KiB) is refused with 431; one well under it is served.
func TestHeaderTooLarge(t *testing.T) {
	addr := serveLoopback(t, NewHTTPServer(bodyHandler, HTTPOptions{}))
	for _, c := range []struct {
		size int
		want int
	}{{32 << 10, http.StatusOK}, {80 << 10, http.StatusRequestHeaderFieldsTooLarge}} {
		req, _ := http.NewRequest(http.MethodGet, "http://"+addr+"/", nil)
		req.Header.Set("X-Big", strings.Repeat("a", c.size))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("%d-byte header: %v", c.size, err)
		}
		resp.Body.Close()
		if resp.StatusCode != c.want {
			t.Errorf("%d-byte header: HTTP %d, want %d", c.size, resp.StatusCode, c.want)
		}
	}
}

func TestHTTPServerOptions(t *testing.T) {
	h := http.NotFoundHandler()
	s := NewHTTPServer(h, HTTPOptions{})
	if s.ReadHeaderTimeout != 5*time.Second || s.ReadTimeout != 30*time.Second || s.WriteTimeout != 60*time.Second ||
		s.IdleTimeout != 120*time.Second || s.MaxHeaderBytes != 64<<10 {
		t.Errorf("defaults: %+v", s)
	}
	o := HTTPOptions{ReadHeaderTimeout: 1, ReadTimeout: 2, WriteTimeout: 3, IdleTimeout: 4, MaxHeaderBytes: 5}
	s = NewHTTPServer(h, o)
	if s.ReadHeaderTimeout != 1 || s.ReadTimeout != 2 || s.WriteTimeout != 3 || s.IdleTimeout != 4 || s.MaxHeaderBytes != 5 {
		t.Errorf("set: %+v", s)
	}
	if s.Handler == nil {
		t.Error("no handler")
	}
}
