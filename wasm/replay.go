package main

import (
	"strconv"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/num"
	"github.com/agentmailroom/mailroom/core/replay"
)

// Replay guards live in the guest: the host holds only a handle. Handles
// are never reused within an instance.
var (
	guards     = map[uint32]*replay.Guard{}
	nextHandle uint32
)

// maxWindowSeconds keeps Duration arithmetic (seconds × 1e9) from overflowing.
const maxWindowSeconds = uint64(1<<63-1) / uint64(time.Second)

var errClosed = errs.New(errs.InvalidInput, "replay guard is closed")

// mr_replay_new {"pastSeconds","futureSeconds","capacity"[,"perSender"]} → <handle>
func opReplayNew(req []byte) ([]byte, error) {
	var r struct {
		PastSeconds   *num.Uint64 `json:"pastSeconds"`
		FutureSeconds *num.Uint64 `json:"futureSeconds"`
		Capacity      *int64      `json:"capacity"`
		PerSender     *int64      `json:"perSender"` // optional: replay.DefaultShare(capacity)
	}
	if err := decode(req, &r); err != nil {
		return nil, err
	}
	if r.PastSeconds == nil || r.FutureSeconds == nil || r.Capacity == nil {
		return nil, errs.New(errs.InvalidInput, "replay guard needs pastSeconds, futureSeconds and capacity")
	}
	if *r.Capacity < 1 || *r.Capacity > 1<<31-1 {
		return nil, errs.New(errs.InvalidInput, "replay guard capacity must be in [1, 2^31-1], got %d", *r.Capacity)
	}
	perSender := 0
	if r.PerSender != nil {
		if *r.PerSender < 1 || *r.PerSender > *r.Capacity {
			return nil, errs.New(errs.InvalidInput, "replay guard perSender must be in [1, capacity %d], got %d", *r.Capacity, *r.PerSender)
		}
		perSender = int(*r.PerSender)
	}
	if uint64(*r.PastSeconds) > maxWindowSeconds || uint64(*r.FutureSeconds) > maxWindowSeconds {
		return nil, errs.New(errs.InvalidInput, "replay window bound too large")
	}
	if nextHandle == 1<<32-1 {
		return nil, errs.New(errs.LimitExceeded, "replay guard handles exhausted in this instance")
	}
	nextHandle++
	w := replay.Window{Past: time.Duration(*r.PastSeconds) * time.Second, Future: time.Duration(*r.FutureSeconds) * time.Second}
	guards[nextHandle] = replay.NewGuardWithShare(w, int(*r.Capacity), perSender)
	return strconv.AppendUint(nil, uint64(nextHandle), 10), nil
}

func guardOf(h *uint32) (*replay.Guard, error) {
	if h == nil {
		return nil, errs.New(errs.InvalidInput, "guard is missing")
	}
	g, ok := guards[*h]
	if !ok {
		return nil, errClosed
	}
	return g, nil
}

// mr_replay_use {"guard","sender","nonce","timestamp","now"} → true
func opReplayUse(req []byte) ([]byte, error) {
	var r struct {
		Guard     *uint32         `json:"guard"`
		Sender    *ethsig.Address `json:"sender"`
		Nonce     *num.Uint64     `json:"nonce"`
		Timestamp *num.Uint64     `json:"timestamp"`
		Now       *num.Uint64     `json:"now"`
	}
	if err := decode(req, &r); err != nil {
		return nil, err
	}
	g, err := guardOf(r.Guard)
	if err != nil {
		return nil, err
	}
	if r.Sender == nil || r.Nonce == nil || r.Timestamp == nil || r.Now == nil {
		return nil, errs.New(errs.InvalidInput, "replay use needs guard, sender, nonce, timestamp and now")
	}
	if err := g.Use(replay.Key{Sender: *r.Sender, Nonce: uint64(*r.Nonce)}, uint64(*r.Timestamp), uint64(*r.Now)); err != nil {
		return nil, err
	}
	return jsonTrue, nil
}

// mr_replay_len {"guard"} → <remembered nonces>
func opReplayLen(req []byte) ([]byte, error) {
	var r struct {
		Guard *uint32 `json:"guard"`
	}
	if err := decode(req, &r); err != nil {
		return nil, err
	}
	g, err := guardOf(r.Guard)
	if err != nil {
		return nil, err
	}
	return strconv.AppendInt(nil, int64(g.Len()), 10), nil
}

// mr_replay_close {"guard"} → true; closing twice is not an error.
func opReplayClose(req []byte) ([]byte, error) {
	var r struct {
		Guard *uint32 `json:"guard"`
	}
	if err := decode(req, &r); err != nil {
		return nil, err
	}
	if r.Guard == nil {
		return nil, errs.New(errs.InvalidInput, "guard is missing")
	}
	delete(guards, *r.Guard)
	return jsonTrue, nil
}
