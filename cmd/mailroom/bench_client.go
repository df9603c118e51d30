package main

import (
	"bufio"
	"bytes"
	"context"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/x402"
)

// poster sends one pre-signed request and returns the paid response (HTTP
// 200 with a PAYMENT-RESPONSE receipt) or an error. buf holds the body until
// the next call. A poster serves one goroutine.
type poster interface {
	post(ctx context.Context, q *benchReq, buf *bytes.Buffer) (*benchResp, error)
	close()
}

// netHTTPPoster is the Go net/http client (keep-alive, shared transport).
type netHTTPPoster struct {
	hc  *http.Client
	url string
}

func (p netHTTPPoster) post(ctx context.Context, q *benchReq, buf *bytes.Buffer) (*benchResp, error) {
	return doBench(ctx, p.hc, p.url, q, buf)
}

func (netHTTPPoster) close() {}

// rawPoster speaks HTTP/1.1 on one keep-alive connection of its own, the
// way load generators (wrk, hey) do: it writes the request line, the headers
// and the body, and reads the response with net/http's parser, without the
// transport's per-request goroutine hand-offs. It redials when the server
// closes the connection.
type rawPoster struct {
	addr, host, path string
	conn             net.Conn
	br               *bufio.Reader
	bw               *bufio.Writer
}

func newRawPoster(rawURL string) (*rawPoster, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, errs.New(errs.InvalidInput, "url: %v", err)
	}
	return &rawPoster{addr: u.Host, host: u.Host, path: u.RequestURI()}, nil
}

func (p *rawPoster) dial() error {
	c, err := net.DialTimeout("tcp", p.addr, 10*time.Second)
	if err != nil {
		return errs.New(errs.TransportError, "dial %s: %v", p.addr, err)
	}
	p.conn = c
	p.br = bufio.NewReaderSize(c, 8<<10)
	p.bw = bufio.NewWriterSize(c, 8<<10)
	return nil
}

func (p *rawPoster) close() {
	if p.conn != nil {
		p.conn.Close()
		p.conn = nil
	}
}

func (p *rawPoster) post(ctx context.Context, q *benchReq, buf *bytes.Buffer) (*benchResp, error) {
	if p.conn == nil {
		if err := p.dial(); err != nil {
			return nil, err
		}
	}
	if d, ok := ctx.Deadline(); ok {
		p.conn.SetDeadline(d)
	}
	w := p.bw
	w.WriteString("POST ")
	w.WriteString(p.path)
	w.WriteString(" HTTP/1.1\r\nHost: ")
	w.WriteString(p.host)
	w.WriteString("\r\n")
	for k, vs := range q.hdr {
		for _, v := range vs {
			w.WriteString(k)
			w.WriteString(": ")
			w.WriteString(v)
			w.WriteString("\r\n")
		}
	}
	w.WriteString("Content-Length: ")
	w.WriteString(strconv.Itoa(len(q.body)))
	w.WriteString("\r\n\r\n")
	w.Write(q.body)
	if err := w.Flush(); err != nil {
		p.close()
		return nil, errs.New(errs.TransportError, "write: %v", err)
	}
	resp, err := http.ReadResponse(p.br, nil)
	if err != nil {
		p.close()
		return nil, errs.New(errs.TransportError, "read response: %v", err)
	}
	buf.Reset()
	_, err = buf.ReadFrom(resp.Body)
	resp.Body.Close()
	if err != nil {
		p.close()
		return nil, errs.New(errs.TransportError, "read body: %v", err)
	}
	if resp.Close {
		p.close()
	}
	return paidResponse(resp, buf.Bytes())
}

// paidResponse accepts only HTTP 200 with a PAYMENT-RESPONSE receipt.
func paidResponse(resp *http.Response, b []byte) (*benchResp, error) {
	if resp.StatusCode != http.StatusOK {
		return nil, errs.New(errs.Internal, "HTTP %d: %s", resp.StatusCode, bytes.TrimSpace(b))
	}
	if resp.Header.Get(x402.HeaderPaymentResponse) == "" {
		return nil, errs.New(errs.Internal, "HTTP 200 without a %s receipt", x402.HeaderPaymentResponse)
	}
	return &benchResp{Header: resp.Header, body: b}, nil
}
