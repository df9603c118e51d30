package envelope

import (
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/keccak"
	"github.com/agentmailroom/mailroom/core/replay"
)

func TestRequestPayloadHash(t *testing.T) {
	body := []byte(`{"task":"x"}`)
	h := RequestPayloadHash("POST", "/task", body)
	var buf []byte
	for _, p := range [][]byte{[]byte("POST"), []byte("/task"), body} {
		d := keccak.Sum256(p)
		buf = append(buf, d[:]...)
	}
	if h != keccak.Sum256(buf) {
		t.Fatal("not keccak256(keccak(method) ‖ keccak(target) ‖ keccak(body))")
	}
	// Each part is bound; moving bytes between parts changes the hash.
	for _, o := range [][3]string{{"GET", "/task", string(body)}, {"POST", "/other", string(body)}, {"POST", "/task?", string(body)},
		{"POST", "/task", `{"task":"y"}`}, {"POS", "T/task", string(body)}, {"post", "/task", string(body)}} {
		if RequestPayloadHash(o[0], o[1], []byte(o[2])) == h {
			t.Errorf("%q %q %q hashes like POST /task", o[0], o[1], o[2])
		}
	}
	me := ethsig.Address{2}
	r := &Request{Recipient: me, PayloadHash: h, Timestamp: 1000}
	if err := CheckRequest(r, me, replay.DefaultWindow, 1000, "POST", "/task", body); err != nil {
		t.Fatal(err)
	}
	if err := CheckRequest(r, me, replay.DefaultWindow, 1000, "POST", "/admin", body); errs.KindOf(err) != errs.PayloadMismatch {
		t.Fatalf("another target: %v", err)
	}
}
