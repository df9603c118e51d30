package replay

import (
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
)

// Window is the accepted timestamp range around now.
type Window struct {
	Past   time.Duration // how old a timestamp may be (default 300 s)
	Future time.Duration // how far ahead of now it may be (default 30 s)
}

// DefaultWindow is 300 s into the past and 30 s into the future.
var DefaultWindow = Window{Past: 300 * time.Second, Future: 30 * time.Second}

// pastSeconds and futureSeconds return the bounds in whole seconds.
func (w Window) pastSeconds() uint64   { return uint64(w.Past / time.Second) }
func (w Window) futureSeconds() uint64 { return uint64(w.Future / time.Second) }

// Check applies the window rule to a unix timestamp at unix time now.
func (w Window) Check(timestamp, now uint64) error {
	if timestamp > now && timestamp-now > w.futureSeconds() {
		return errs.New(errs.TimestampFuture, "timestamp %d is %d s ahead of now (limit %d s)", timestamp, timestamp-now, w.futureSeconds())
	}
	if timestamp < now && now-timestamp > w.pastSeconds() {
		return errs.New(errs.TimestampExpired, "timestamp %d is %d s old (limit %d s)", timestamp, now-timestamp, w.pastSeconds())
	}
	return nil
}

// ExpiresAt returns the unix second after which a request with this
// timestamp is refused by the window alone: its nonce can be forgotten then.
func (w Window) ExpiresAt(timestamp uint64) uint64 {
	e := timestamp + w.pastSeconds()
	if e < timestamp { // overflow
		return ^uint64(0)
	}
	return e
}

// Accept is the whole rule as a pure function: the window check, then
// whether the nonce was already used (used reports that).
func Accept(w Window, timestamp, now uint64, used bool) error {
	if err := w.Check(timestamp, now); err != nil {
		return err
	}
	if used {
		return errs.New(errs.NonceReplayed, "nonce already used inside the replay window")
	}
	return nil
}
