package errs

import (
	"errors"
	"fmt"
)

// Kind is a stable failure class. It implements error so that
// errors.Is(err, errs.InvalidHex) works on any *Error of that kind.
type Kind string

// Error returns the kind string itself.
func (k Kind) Error() string { return string(k) }

// Error is a failure of one Kind with a human-readable message.
type Error struct {
	Kind Kind
	Msg  string
}

// Error formats as "<kind>: <message>".
func (e *Error) Error() string {
	if e.Msg == "" {
		return string(e.Kind)
	}
	return string(e.Kind) + ": " + e.Msg
}

// Is reports whether target is this error's Kind.
func (e *Error) Is(target error) bool {
	k, ok := target.(Kind)
	return ok && k == e.Kind
}

// New returns an *Error of kind k with a formatted message.
func New(k Kind, format string, args ...any) error {
	if len(args) == 0 {
		return &Error{Kind: k, Msg: format}
	}
	return &Error{Kind: k, Msg: fmt.Sprintf(format, args...)}
}

// Wrap returns an *Error of kind k whose message is prefix + ": " + err.
// If err already carries a kind it is kept in the message only.
func Wrap(k Kind, prefix string, err error) error {
	return &Error{Kind: k, Msg: prefix + ": " + Message(err)}
}

// KindOf returns the Kind carried by err (searching wrapped errors), or
// Internal when err has none, or "" when err is nil.
func KindOf(err error) Kind {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	var k Kind
	if errors.As(err, &k) {
		return k
	}
	return Internal
}

// Message returns err's message without its kind prefix.
func Message(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Error() == err.Error() {
		return e.Msg
	}
	return err.Error()
}
