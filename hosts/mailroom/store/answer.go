package store

import (
	"encoding/binary"

	"github.com/agentmailroom/mailroom/core/errs"
)

// An answer record is: status (2 bytes), flags (1: truncated), the number
// of headers (1), each header as key length (1), key, value length (2),
// value, then the body. Every store keeps answers in this form.

func answerSize(r *Response) int {
	if r == nil {
		return 0
	}
	size := 4 + len(r.Body)
	for k, v := range r.Header {
		size += 3 + len(k) + len(v)
	}
	return size
}

// AppendAnswer appends r's record to dst (nothing for a nil r).
func AppendAnswer(dst []byte, r *Response) ([]byte, error) {
	if r == nil {
		return dst, nil
	}
	if r.Status < 0 || r.Status > 0xffff || len(r.Header) > 0xff {
		return nil, errs.New(errs.StoreError, "encode response: status %d, %d headers", r.Status, len(r.Header))
	}
	var flags byte
	if r.Truncated {
		flags = 1
	}
	dst = binary.BigEndian.AppendUint16(dst, uint16(r.Status))
	dst = append(dst, flags, byte(len(r.Header)))
	for k, hv := range r.Header {
		if len(k) > 0xff || len(hv) > 0xffff {
			return nil, errs.New(errs.StoreError, "encode response: header %q of %d bytes", k, len(hv))
		}
		dst = append(dst, byte(len(k)))
		dst = append(dst, k...)
		dst = binary.BigEndian.AppendUint16(dst, uint16(len(hv)))
		dst = append(dst, hv...)
	}
	return append(dst, r.Body...), nil
}

// DecodeAnswer reads an answer record (nil for an empty one: unanswered).
func DecodeAnswer(v []byte) (*Response, error) {
	if len(v) == 0 {
		return nil, nil
	}
	bad := errs.New(errs.StoreError, "answer record of %d bytes is malformed", len(v))
	if len(v) < 4 {
		return nil, bad
	}
	r := &Response{Status: int(binary.BigEndian.Uint16(v)), Truncated: v[2]&1 != 0, Header: map[string]string{}}
	nh := int(v[3])
	v = v[4:]
	for i := 0; i < nh; i++ {
		if len(v) < 1 || len(v) < 1+int(v[0])+2 {
			return nil, bad
		}
		k := string(v[1 : 1+int(v[0])])
		v = v[1+int(v[0]):]
		l := int(binary.BigEndian.Uint16(v))
		if len(v) < 2+l {
			return nil, bad
		}
		r.Header[k] = string(v[2 : 2+l])
		v = v[2+l:]
	}
	r.Body = append([]byte(nil), v...)
	return r, nil
}
